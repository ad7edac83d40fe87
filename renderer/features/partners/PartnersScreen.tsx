/** The partners screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function PartnersScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="partners-title">
      <h1 id="partners-title">{t('nav.partners')}</h1>
    </section>
  );
}
