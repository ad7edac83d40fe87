/** Who changed what and when; earlier versions of the plan; imported files. */
import { useTranslation } from 'react-i18next';

export function HistoryScreen() {
  const { t } = useTranslation();
  return <h2>{t('historyScreen.title')}</h2>;
}
