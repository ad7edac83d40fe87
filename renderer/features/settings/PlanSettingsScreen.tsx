/**
 * Plan settings: how the plan is measured. Its reporting periods (edited one by one or
 * regenerated with a preview), the status date progress is reported as of, the
 * indicator status thresholds and the share counted for "significant" objectives.
 */
import { useTranslation } from 'react-i18next';
import { GeneratePeriods } from './GeneratePeriods';
import { IatiSection } from './IatiSection';
import { LanguagesSection } from './LanguagesSection';
import { SignificantShareSection, StatusDateSection, ThresholdsSection } from './MonitoringSettings';
import { PeriodsSection } from './PeriodsSection';
import './settings.css';

export function PlanSettingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="plan-settings" aria-labelledby="settings-title">
      <div className="screen-heading">
        <h1 id="settings-title">{t('planSettings.title')}</h1>
      </div>
      <p className="intro">{t('planSettings.intro')}</p>
      <div className="settings-grid">
        <div className="settings-column">
          <PeriodsSection />
          <GeneratePeriods />
          <LanguagesSection />
        </div>
        <div className="settings-column">
          <StatusDateSection />
          <ThresholdsSection />
          <SignificantShareSection />
          <IatiSection />
        </div>
      </div>
    </section>
  );
}
