/** The dashboard screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function DashboardScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('nav.dashboard')}</h1>
    </section>
  );
}
