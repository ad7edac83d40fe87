/** Fields two offices changed at once: each value with its office and time, and a way to settle them. */
import { useTranslation } from 'react-i18next';

export function ConflictsScreen() {
  const { t } = useTranslation();
  return <h2>{t('conflicts.title')}</h2>;
}
