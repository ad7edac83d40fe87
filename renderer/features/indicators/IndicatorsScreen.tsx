/** The indicators screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function IndicatorsScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="indicators-title">
      <h1 id="indicators-title">{t('nav.indicators')}</h1>
    </section>
  );
}
