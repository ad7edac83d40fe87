/**
 * The plan's languages (issue 8): the main language its texts are written in, and the
 * further languages they are translated into. Changing the main language only says what
 * language the texts are in; removing a further language keeps its translations, which
 * come back if it is added again (command setPlanLanguages).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, planLanguages } from '../../../shared/model';
import { useApp } from '../../store';
import { ConfirmDialog } from '../../ui/Dialog';
import { capitalised, languageName, languageOptions } from '../../ui/languages';
import './languages.css';

/** "French (français)": the name in the interface language, and in the language itself where that differs. */
export function bilingualName(code: string, uiLanguage: string): string {
  const inUi = languageName(code, uiLanguage);
  const own = languageName(code, code);
  return own.toLocaleLowerCase(code) === inUi.toLocaleLowerCase(uiLanguage) ? capitalised(inUi, uiLanguage) : `${capitalised(inUi, uiLanguage)} (${own})`;
}

export function LanguagesSection() {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const plan = useApp((s) => s.mainView!.plan);
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const { main, further } = planLanguages(plan);
  const [toAdd, setToAdd] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const ids = useId();
  const options = languageOptions(CONTENT_LANGUAGES, ui);
  const addable = options.filter((o) => o.code !== main && !further.includes(o.code));
  const name = (code: string) => bilingualName(code, ui);

  const changeMain = async (code: string) => {
    if (await dispatch('setPlanLanguages', { main: code })) notify({ tone: 'info', message: { key: 'planLanguages.section.mainChanged', params: { name: name(code) } } });
  };
  const add = async () => {
    if (toAdd === '') return;
    if (await dispatch('setPlanLanguages', { add: [toAdd] })) {
      notify({ tone: 'info', message: { key: 'planLanguages.section.added', params: { name: name(toAdd) } } });
      setToAdd('');
    }
  };
  const remove = async (code: string) => {
    setRemoving(null);
    if (await dispatch('setPlanLanguages', { remove: [code] })) notify({ tone: 'info', message: { key: 'planLanguages.section.removed', params: { name: name(code) } } });
  };

  return (
    <section className="card settings-card settings-languages" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('planLanguages.section.title')}</h2>
      <p className="hint">{t('planLanguages.section.intro')}</p>
      <div className="field">
        <label htmlFor={`${ids}-main`}>{t('planLanguages.section.main')}</label>
        <select id={`${ids}-main`} value={main} aria-describedby={`${ids}-main-hint`} onChange={(e) => void changeMain(e.target.value)}>
          {options
            .filter((o) => !further.includes(o.code))
            .map((o) => (
              <option key={o.code} value={o.code}>
                {name(o.code)}
              </option>
            ))}
        </select>
        <p id={`${ids}-main-hint`} className="hint">
          {t('planLanguages.section.mainHint')}
        </p>
      </div>
      <h3 id={`${ids}-further`}>{t('planLanguages.section.further')}</h3>
      {further.length === 0 ? (
        <p className="muted">{t('planLanguages.section.none')}</p>
      ) : (
        <ul className="languages-list" aria-labelledby={`${ids}-further`}>
          {further.map((code) => (
            <li key={code}>
              <span>{name(code)}</span>
              <button type="button" className="link-button" aria-label={t('planLanguages.section.removeLabel', { name: name(code) })} onClick={() => setRemoving(code)}>
                {t('planLanguages.section.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="languages-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor={`${ids}-add`}>{t('planLanguages.section.addLabel')}</label>
        <select id={`${ids}-add`} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
          <option value="">{t('planLanguages.section.choose')}</option>
          {addable.map((o) => (
            <option key={o.code} value={o.code}>
              {name(o.code)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={toAdd === ''}>
          {t('planLanguages.section.addButton')}
        </button>
      </form>
      {removing && (
        <ConfirmDialog
          title={t('planLanguages.section.removeTitle', { name: name(removing) })}
          message={t('planLanguages.section.removeBody', { name: name(removing) })}
          confirmLabel={t('planLanguages.section.removeConfirm', { name: name(removing) })}
          cancelLabel={t('common.cancel')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
