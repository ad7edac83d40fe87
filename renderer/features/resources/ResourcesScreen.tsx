/** The resources screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function ResourcesScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="resources-title">
      <h1 id="resources-title">{t('nav.resources')}</h1>
    </section>
  );
}
