/** The responsibilities screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function ResponsibilitiesScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="raci-title">
      <h1 id="raci-title">{t('nav.responsibilities')}</h1>
    </section>
  );
}
