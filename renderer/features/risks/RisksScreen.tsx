/** The risks screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function RisksScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="risks-title">
      <h1 id="risks-title">{t('nav.risks')}</h1>
    </section>
  );
}
