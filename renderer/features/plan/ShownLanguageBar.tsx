/**
 * The language the open plan is shown in (issue 8): "Shown in: English | Français | …",
 * a choice remembered per plan (store setShownLanguage), offered only when the plan has
 * further languages. While a further language is shown, a slim notice says how many texts
 * are not yet translated (shown in the main language), that edits of existing texts are
 * saved as translations and new elements in the main language, with a link to the
 * Translation view.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planLanguages, translationStatuses, type TranslationTarget } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { useApp } from '../../store';
import { shownLanguageOf } from '../../store/contentLanguage';
import { COLLECTIONS } from '../../../shared/model';
import { languageName } from '../../ui/languages';
import './shown-language.css';

/** Untranslated texts per entity object and language (an edit counts only the entities it replaced again). */
const missingCache = new WeakMap<object, Map<string, number>>();

function missingIn(target: TranslationTarget, entity: object, language: string): number {
  let byLanguage = missingCache.get(entity);
  if (!byLanguage) missingCache.set(entity, (byLanguage = new Map()));
  let n = byLanguage.get(language);
  if (n === undefined) {
    n = translationStatuses(target, entity, language).filter((s) => s.state === 'missing').length;
    byLanguage.set(language, n);
  }
  return n;
}

/** How many texts of the plan have no translation into `language`. */
export function untranslatedCount(view: PlanView, language: string): number {
  let n = missingIn('plan', view.plan, language);
  for (const collection of COLLECTIONS) for (const entity of Object.values(view[collection]) as object[]) n += missingIn(collection, entity, language);
  return n;
}

const cap = (s: string, l: string) => s.charAt(0).toLocaleUpperCase(l) + s.slice(1);

export function ShownLanguageBar() {
  const { t, i18n } = useTranslation();
  const mainView = useApp((s) => s.mainView);
  const chosen = useApp((s) => s.shownLanguage);
  const setShownLanguage = useApp((s) => s.setShownLanguage);
  const setTab = useApp((s) => s.setTab);
  const languages = mainView ? planLanguages(mainView.plan) : null;
  const shown = shownLanguageOf(mainView, chosen);
  const missing = useMemo(() => (mainView && shown ? untranslatedCount(mainView, shown) : 0), [mainView, shown]);
  if (!languages || languages.further.length === 0) return null;
  const ui = i18n.language;
  const current = shown ?? languages.main;
  const inUi = (code: string) => cap(languageName(code, ui), ui);
  return (
    <div className="shown-language">
      <div className="shown-language-picker" role="group" aria-label={t('planLanguages.shown.label')}>
        <span className="shown-language-label" aria-hidden="true">
          {t('planLanguages.shown.label')}:
        </span>
        {[languages.main, ...languages.further].map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={code === current}
            title={inUi(code)}
            className={code === current ? 'shown-language-option current' : 'shown-language-option'}
            onClick={() => void setShownLanguage(code === languages.main ? null : code)}
          >
            {cap(languageName(code, code), code)}
          </button>
        ))}
      </div>
      {shown && (
        <p className="shown-language-notice">
          <span>{missing === 0 ? t('planLanguages.shown.noticeAll', { shown: inUi(shown) }) : t('planLanguages.shown.notice', { count: missing, shown: inUi(shown), main: inUi(languages.main) })}</span>{' '}
          <span className="muted">{t('planLanguages.shown.editing', { shown: inUi(shown), main: inUi(languages.main) })}</span>{' '}
          <button type="button" className="link-button" onClick={() => setTab('translation')}>
            {t('planLanguages.shown.openTranslation')}
          </button>
        </p>
      )}
    </div>
  );
}
