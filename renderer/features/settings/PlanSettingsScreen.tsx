/** The planSettings screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function PlanSettingsScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('nav.planSettings')}</h1>
    </section>
  );
}
