/**
 * File > Export: the format (Word, PDF, Excel, IATI), for documents the parts to
 * include, the logframe's column layout and the paper size, and the document's language:
 * the plan's languages (main first, then the further ones), then the other languages the
 * app has labels in. The choice decides the texts (translated where the plan holds a
 * translation, main language where not: the dialog says how many) and the labels. An IATI
 * file holds every language of the plan, so it has no choice. Exporting makes the file and
 * saves it where the user chooses (a download in the browser); PDF opens the print preview.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countUntranslated, documentLanguages, isDocumentLanguage, languageName } from '../../../shared/export/language';
import { MATRIX_LAYOUTS, PAPER_SIZES, REPORT_PARTS, type MatrixLayout, type PaperSize, type ReportPart } from '../../../shared/export/report';
import type { PlanView } from '../../../shared/plan-doc';
import { Dialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';
import { EXPORT_FORMATS, type ExportChoices, type ExportFormat } from './make';
import './export.css';

interface Props {
  readonly view: PlanView;
  readonly choices: ExportChoices;
  readonly asOf: string;
  /** The further language the plan is shown in (null: its main language): the document's first choice then. */
  readonly shownLanguage?: string | null;
  /** While the file is being made: the dialog shows it and refuses a second export. */
  readonly busy: boolean;
  /** The last attempt's error, in words. */
  readonly error: string | null;
  readonly onExport: (choices: ExportChoices) => void;
  readonly onClose: () => void;
  readonly onOpenSettings: () => void;
}

const DOCUMENT_FORMATS: ReadonlySet<ExportFormat> = new Set(['docx', 'pdf']);

export function ExportDialog({ view, choices: initial, asOf, shownLanguage = null, busy, error, onExport, onClose, onOpenSettings }: Props) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>(initial.format);
  const [parts, setParts] = useState<ReadonlySet<ReportPart>>(new Set(initial.parts));
  const [layout, setLayout] = useState<MatrixLayout>(initial.layout);
  const [paper, setPaper] = useState<PaperSize>(initial.paper);
  const languages = documentLanguages(view.plan);
  const main = languages[0]!.code;
  const [language, setLanguage] = useState(() => {
    if (shownLanguage !== null && isDocumentLanguage(view.plan, shownLanguage)) return shownLanguage;
    return isDocumentLanguage(view.plan, initial.language) ? initial.language : main;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const statusId = useId();
  const languageHintId = useId();
  const isDocument = DOCUMENT_FORMATS.has(format);
  const nameOf = (code: string) => {
    const name = languageName(code, i18n.language);
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };
  const chosen = languages.find((l) => l.code === language) ?? languages[0]!;
  const leftCount = useMemo(() => countUntranslated(view, language), [view, language]);
  let languageHint: string;
  if (format === 'iati') languageHint = t('exportLanguage.dialog.iati', { main: nameOf(main) });
  else if (!chosen.inPlan) languageHint = t('exportLanguage.dialog.labelsOnlyHint', { name: nameOf(chosen.code), main: nameOf(main) });
  else if (chosen.main) languageHint = t('exportLanguage.dialog.mainHint', { name: nameOf(chosen.code) });
  else if (leftCount > 0) languageHint = t('exportLanguage.dialog.untranslated', { count: leftCount, name: nameOf(chosen.code), main: nameOf(main) });
  else languageHint = t('exportLanguage.dialog.allTranslated', { name: nameOf(chosen.code) });
  const noCatalogue = format !== 'iati' && !chosen.catalogue ? t('exportLanguage.dialog.noCatalogue', { name: nameOf(chosen.code) }) : null;
  const hasStatusDate = Boolean(view.plan.statusDate);

  const toggle = (part: ReportPart, on: boolean) => {
    const next = new Set(parts);
    if (on) next.add(part);
    else next.delete(part);
    setParts(next);
    setProblem(null);
  };

  const submit = () => {
    if (busy) return;
    const chosen = REPORT_PARTS.filter((p) => parts.has(p));
    if (isDocument && chosen.filter((p) => p !== 'cover' && p !== 'contents').length === 0) {
      setProblem(t('exportDialog.noParts'));
      return;
    }
    onExport({ format, parts: chosen, layout, paper, language });
  };

  const shownError = problem ?? error;
  return (
    <Dialog title={t('exportDialog.title')} onClose={onClose} describedBy={statusId}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="export-formats">
          <legend>{t('exportDialog.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="export-format">
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>
                <span className="export-format-name">{t(`exportDialog.formats.${f}`)}</span>
                <span className="export-format-hint">{t(`exportDialog.hints.${f}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {isDocument && (
          <>
            <fieldset className="export-parts">
              <legend>{t('exportDialog.parts')}</legend>
              {REPORT_PARTS.map((part) => (
                <label key={part}>
                  <input type="checkbox" checked={parts.has(part)} onChange={(e) => toggle(part, e.target.checked)} />
                  {t(`exportDialog.part.${part}`)}
                </label>
              ))}
            </fieldset>
            <div className="export-row">
              <label>
                {t('exportDialog.layout')}
                <select value={layout} onChange={(e) => setLayout(e.target.value as MatrixLayout)}>
                  {MATRIX_LAYOUTS.map((l) => (
                    <option key={l} value={l}>
                      {l === 'plan' ? t('exportDialog.layoutPlan', { template: t(`templates.names.${view.plan.templateId}`, { defaultValue: t('templates.names.organisation') }) }) : t(`templates.names.${l}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('exportDialog.paper')}
                <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                  {PAPER_SIZES.map((p) => (
                    <option key={p} value={p}>
                      {t(`exportDialog.paperSizes.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </>
        )}

        <div className="export-language">
          {format !== 'iati' && (
            <label>
              {t('exportLanguage.dialog.label')}
              <select value={language} onChange={(e) => setLanguage(e.target.value)} aria-describedby={languageHintId}>
                {languages.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.main ? t('exportLanguage.dialog.main', { name: nameOf(l.code) }) : l.inPlan ? nameOf(l.code) : t('exportLanguage.dialog.labelsOnly', { name: nameOf(l.code) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p id={languageHintId} className="export-language-hint">
            {languageHint}
            {noCatalogue && ` ${noCatalogue}`}
          </p>
        </div>

        <p className="export-asof">
          {t(hasStatusDate ? 'exportDialog.asOfStatusDate' : 'exportDialog.asOfToday', { date: formatDate(asOf) })}{' '}
          <button type="button" className="link-button" onClick={onOpenSettings}>
            {t('exportDialog.changeStatusDate')}
          </button>
        </p>

        <div id={statusId} className="export-status" role="status" aria-live="polite">
          {busy && <p>{t('exportDialog.busy')}</p>}
        </div>
        {shownError && (
          <p className="export-error" role="alert">
            {shownError}
          </p>
        )}

        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} aria-disabled={busy}>
            {t(`exportDialog.submit.${format}`)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
