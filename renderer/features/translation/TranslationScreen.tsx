/** The Translation view (issue 8): being built by the translate helper. */
import { useTranslation } from 'react-i18next';

export function TranslationScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="translation-title">
      <h1 id="translation-title" tabIndex={-1}>{t('translation.title')}</h1>
    </section>
  );
}
