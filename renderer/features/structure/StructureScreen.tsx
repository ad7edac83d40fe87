/** The units, strategic objectives and components screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function StructureScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="structure-title">
      <h1 id="structure-title">{t('nav.structure')}</h1>
    </section>
  );
}
