/** `rbm export <plan.rbmplan> --format ... --out ...`: a plan file as a document. */
import { statusDateOf } from '../shared/analysis/status-date';
import { isIsoDate, nowIso, toIsoDate, type Clock } from '../shared/dates';
import { MATRIX_LAYOUTS, PAPER_SIZES, REPORT_PARTS, type MatrixLayout, type PaperSize, type ReportOptions, type ReportPart } from '../shared/export/report';
import { catalogues, type Translate } from '../shared/i18n';
import { documentLanguages, isDocumentLanguage, languageName, untranslated } from '../shared/export/language';
import { LANGUAGE_CODE } from '../shared/model/translations';
import type { PlanView } from '../shared/plan-doc';
import { parseArgs, stringOption } from './args';
import { htmlToPdf } from './chromium';
import { CliError, usageError } from './errors';
import { checkOutput, humanSize, writeAtomically } from './files';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'iati', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats made from the report tree (the only ones --layout, --paper and --parts apply to). */
const REPORT_FORMATS: readonly ExportFormat[] = ['docx', 'html', 'pdf'];

const SPEC = { format: 'string', out: 'string', layout: 'string', paper: 'string', parts: 'string', 'as-of': 'string', language: 'string', help: 'flag' } as const;
const COMMAND = 'export';

export interface ExportRequest {
  readonly input: string;
  readonly out: string;
  readonly format: ExportFormat;
  readonly layout: MatrixLayout;
  readonly paper: PaperSize;
  readonly parts: readonly ReportPart[];
  readonly asOf: string | null;
  /**
   * The document's language: its texts where translated and its labels (language.ts); null
   * for the plan's main language. Checked against the plan once it is open.
   */
  readonly language: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** The request the command line makes, or a usage error naming what is wrong. */
export function parseExportArgs(args: readonly string[]): ExportRequest | 'help' {
  const parsed = parseArgs(args, SPEC, COMMAND);
  if (parsed.options.help === true) return 'help';
  const [input, extra] = parsed.positionals;
  if (input === undefined) throw usageError('cli.errors.missingInput', {}, COMMAND);
  if (extra !== undefined) throw usageError('cli.errors.extraArgument', { argument: extra }, COMMAND);
  const format = stringOption(parsed, 'format');
  if (format === undefined) throw usageError('cli.errors.missingOption', { option: '--format' }, COMMAND);
  if (!oneOf(EXPORT_FORMATS, format)) throw usageError('cli.errors.badFormat', { value: format }, COMMAND);
  const out = stringOption(parsed, 'out');
  if (out === undefined) throw usageError('cli.errors.missingOption', { option: '--out' }, COMMAND);
  for (const option of ['layout', 'paper', 'parts'] as const) {
    if (parsed.options[option] !== undefined && !REPORT_FORMATS.includes(format)) throw usageError('cli.errors.optionNotForFormat', { option: `--${option}`, format }, COMMAND);
  }
  const layout = stringOption(parsed, 'layout') ?? 'plan';
  if (!oneOf(MATRIX_LAYOUTS, layout)) throw usageError('cli.errors.badLayout', { value: layout }, COMMAND);
  const paperText = stringOption(parsed, 'paper') ?? 'A4';
  const paper = PAPER_SIZES.find((p) => p.toLowerCase() === paperText.toLowerCase());
  if (paper === undefined) throw usageError('cli.errors.badPaper', { value: paperText }, COMMAND);
  let parts: readonly ReportPart[] = REPORT_PARTS;
  const partsText = stringOption(parsed, 'parts');
  if (partsText !== undefined) {
    const named = partsText.split(',').map((p) => p.trim()).filter((p) => p !== '');
    if (named.length === 0) throw usageError('cli.errors.noParts', {}, COMMAND);
    for (const part of named) if (!oneOf(REPORT_PARTS, part)) throw usageError('cli.errors.badPart', { value: part, parts: REPORT_PARTS.join(', ') }, COMMAND);
    // Document order, whatever order they were named in.
    parts = REPORT_PARTS.filter((p) => named.includes(p));
  }
  const asOf = stringOption(parsed, 'as-of') ?? null;
  if (asOf !== null && !isIsoDate(asOf)) throw usageError('cli.errors.badDate', { value: asOf }, COMMAND);
  const language = stringOption(parsed, 'language') ?? null;
  if (language !== null && !Object.prototype.hasOwnProperty.call(catalogues, language) && !LANGUAGE_CODE.test(language)) {
    throw usageError('exportLanguage.cli.badCode', { value: language, catalogues: Object.keys(catalogues).join(', ') }, COMMAND);
  }
  return { input, out, format, layout, paper, parts, asOf, language };
}

/** Renders the document. Each format's code is loaded only when it is asked for (a quicker start). */
async function render(view: PlanView, request: ExportRequest & { readonly language: string }, asOf: string, clock: Clock, env: NodeJS.ProcessEnv, t: Translate): Promise<Uint8Array> {
  const generatedOn = toIsoDate(clock.now());
  if (request.format === 'iati') {
    const { IatiExportError, renderIati } = await import('../shared/export/iati');
    try {
      return new TextEncoder().encode(renderIati(view, { asOf, generatedAt: nowIso(clock) }));
    } catch (e) {
      if (e instanceof IatiExportError) throw new CliError('cli.errors.iati', { message: t(e.key, e.params) });
      throw e;
    }
  }
  if (request.format === 'xlsx') {
    const { renderXlsx } = await import('../shared/export/xlsx');
    return renderXlsx(view, { language: request.language, asOf, generatedOn });
  }
  const options: ReportOptions = { parts: request.parts, layout: request.layout, paper: request.paper, language: request.language, asOf, generatedOn };
  const { buildReport } = await import('../shared/export/report-build');
  const report = buildReport(view, options);
  if (request.format === 'docx') {
    const { renderDocx } = await import('../shared/export/docx');
    return renderDocx(report);
  }
  const { renderPrintHtml } = await import('../shared/export/html');
  const html = renderPrintHtml(report);
  if (request.format === 'html') return new TextEncoder().encode(html);
  return htmlToPdf(html, env, t);
}

export async function runExport(request: ExportRequest, context: { clock: Clock; env: NodeJS.ProcessEnv; t: Translate; print: (line: string) => void }): Promise<void> {
  const { clock, env, t } = context;
  await checkOutput(request.out, request.input);
  const { openPlanFile } = await import('./open');
  const view = await openPlanFile(request.input, clock, t);
  const asOf = request.asOf ?? statusDateOf(view.plan, clock);
  const language = request.language ?? documentLanguages(view.plan)[0]!.code;
  if (!isDocumentLanguage(view.plan, language)) {
    const own = documentLanguages(view.plan).filter((l) => l.inPlan).map((l) => l.code);
    throw usageError('exportLanguage.cli.notPlanLanguage', { value: language, catalogues: Object.keys(catalogues).join(', '), languages: own.join(', ') }, COMMAND);
  }
  let bytes: Uint8Array;
  try {
    bytes = await render(view, { ...request, language }, asOf, clock, env, t);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('cli.errors.exportFailed', { format: t(`cli.formats.${request.format}`), reason: e instanceof Error ? e.message : String(e) });
  }
  await writeAtomically(request.out, bytes);
  context.print(t('cli.done.exported', { title: view.plan.title, format: t(`cli.formats.${request.format}`), path: request.out, size: humanSize(bytes.length, t), asOf }));
  // What the document leaves in the main language (an IATI file holds every language).
  const left = request.format === 'iati' ? null : untranslated(view, language);
  if (left !== null && left.count > 0) {
    // The command line speaks English (cli/main.ts): the languages are named in English.
    context.print(t('exportLanguage.cli.untranslated', { count: left.count, language: languageName(language, 'en'), main: languageName(left.main, 'en') }));
  }
}
