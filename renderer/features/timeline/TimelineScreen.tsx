/** The timeline screen (being built in this session). */
import { useTranslation } from 'react-i18next';

export function TimelineScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('nav.timeline')}</h1>
    </section>
  );
}
