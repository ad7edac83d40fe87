/**
 * One text of the Translation view: where it is, its state (in words and an icon, never
 * colour alone), the main text read-only and the translation's editor. What is typed is a
 * draft held by the screen until it is saved (Save, Ctrl+Enter) or reverted (Revert, Escape).
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowState, TextRow } from './rows';

export interface RowHandlers {
  /** A new draft for the row (undefined: none, the stored translation is shown). */
  readonly onDraft: (row: TextRow, text: string | undefined) => void;
  readonly onSave: (row: TextRow, text: string | undefined, focusAfter: boolean) => void;
  readonly onConfirm: (row: TextRow, focusAfter: boolean) => void;
  /** Drops the draft and puts the caret back in the row's editor. */
  readonly onRevert: (row: TextRow) => void;
}

interface TranslationRowProps {
  readonly row: TextRow;
  readonly where: string;
  readonly draft: string | undefined;
  readonly mainLanguage: string;
  readonly mainName: string;
  readonly language: string;
  readonly languageName: string;
  readonly handlers: RowHandlers;
}

const ICONS: Readonly<Record<RowState, string>> = { missing: '○', stale: '⚠', current: '✓' };

export function StateMark({ state, id }: { readonly state: RowState; readonly id?: string }) {
  const { t } = useTranslation();
  return (
    <span id={id} className={`tr-state tr-state-${state}`}>
      <span className="tr-state-icon" aria-hidden="true">
        {ICONS[state]}
      </span>
      <span>{t(`translation.state.${state}`)}</span>
    </span>
  );
}

export const TranslationRow = memo(function TranslationRow({ row, where, draft, mainLanguage, mainName, language, languageName, handlers }: TranslationRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const dirty = draft !== undefined && draft !== row.translation;
  const value = draft ?? row.translation;
  const describedBy = [`${id}-state`, row.state === 'stale' ? `${id}-stale` : null, dirty ? `${id}-draft` : null].filter(Boolean).join(' ');

  return (
    <li className={`tr-row tr-row-${row.state}${row.long ? ' tr-row-long' : ''}${row.path === 'body' ? ' tr-row-body' : ''}${dirty ? ' tr-row-dirty' : ''}`} data-row-key={row.key} data-state={row.state}>
      <div className="tr-row-head">
        <span className="tr-where">{where}</span>
        <StateMark state={row.state} id={`${id}-state`} />
        {dirty && (
          <span id={`${id}-draft`} className="tr-draft">
            <span aria-hidden="true">✎ </span>
            <span>{t('translation.draft')}</span>
          </span>
        )}
      </div>
      <div className="tr-pair">
        <div className="tr-main" lang={mainLanguage} role="group" aria-label={t('translation.mainLabel', { where, language: mainName })}>
          {row.main}
        </div>
        <div className="tr-edit">
          <textarea
            className="tr-editor"
            lang={language}
            spellCheck
            value={value}
            maxLength={row.max}
            rows={row.long ? 6 : 2}
            aria-label={t('translation.editorLabel', { where, language: languageName })}
            aria-describedby={describedBy}
            onChange={(e) => handlers.onDraft(row, e.target.value === row.translation ? undefined : e.target.value)}
          />
          {row.state === 'stale' && (
            <p id={`${id}-stale`} className="tr-stale-hint">
              {t('translation.staleHint', { main: mainName })}
            </p>
          )}
          {(dirty || row.state === 'stale') && (
            <div className="tr-actions">
              {dirty && (
                <>
                  <button type="button" className="primary" aria-label={t('translation.saveFor', { where })} onClick={() => handlers.onSave(row, draft, true)}>
                    {t('translation.save')}
                  </button>
                  <button type="button" aria-label={t('translation.revertFor', { where })} onClick={() => handlers.onRevert(row)}>
                    {t('translation.revert')}
                  </button>
                </>
              )}
              {!dirty && row.state === 'stale' && (
                <button type="button" aria-label={t('translation.stillCorrectFor', { where })} onClick={() => handlers.onConfirm(row, true)}>
                  <span aria-hidden="true">✓ </span>
                  {t('translation.stillCorrect')}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </li>
  );
});
