/**
 * The plan as a document: `buildReport` turns the plan view and the user's choices into
 * the neutral report tree (report.ts) that the Word and print renderers typeset. All
 * the words are decided here, from the catalogue of the chosen language, so the Word
 * document and the PDF say the same.
 *
 * Parts, in order: cover; contents; the strategy paper's narrative; the logframe matrix
 * (landscape, in the chosen column layout, levels set apart, numbered as on screen,
 * grouped by component when the plan has components); annexes: indicators (baseline,
 * target and actual per period, status as of the status date), risk register with
 * heat maps, milestones, responsibility matrix, resources by strategic objective and by
 * source. The annexes live in report-annexes.ts.
 */
import { translator } from '../i18n';
import type { Indicator, Partner, ResourceAllocation, Result, Risk } from '../model';
import { parseMarkdown, type TextRun } from '../narrative/markdown';
import type { PlanView } from '../plan-doc/view-types';
import { TEMPLATES, templateOf, type MatrixColumn } from '../templates';
import { labelLanguage, languageName, localizeView, untranslated, type Untranslated } from './language';
import { indicatorsAnnex, milestonesAnnex, resourcesAnnex, responsibilitiesAnnex, risksAnnex, riskScoreText } from './report-annexes';
import type { Block, Cell, Cover, Line, Report, ReportOptions, Row, Section, TableColumn } from './report';
import { cell, componentTitle, indicatorsOf, matrixGroups, numberCell, paragraphs, text, type BuildContext } from './report-context';
import { baselineText, targetsText, valueFormats, verificationText } from './values';
import { capitalised } from '../i18n/language-names';

function runsOf(runs: readonly TextRun[]): Line {
  return runs.map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) }));
}

/**
 * The document of a plan in `options.language`: `mainView` is the plan as the engine holds
 * it (main-language texts and their translations); the texts are taken in the chosen
 * language where translated (language.ts), the labels, dates and numbers from its catalogue
 * (English where it has none). Texts left in the main language carry that language on their
 * runs (Word's proofing language, HTML lang), and the cover says how many there are.
 */
export function buildReport(mainView: PlanView, options: ReportOptions): Report {
  const labels = labelLanguage(options.language);
  const t = translator(labels);
  const view = localizeView(mainView, options.language);
  const left = untranslated(mainView, options.language);
  const template = options.layout === 'plan' ? templateOf(view.plan.templateId) : TEMPLATES[options.layout];
  const ctx: BuildContext = {
    view,
    // Every part writes numbers and dates in the labels' language.
    options: { ...options, language: labels },
    t,
    f: valueFormats(labels),
    template,
    levelName: (level) => t(template.levels[level]),
  };
  const wanted = new Set(options.parts);
  const sections: Section[] = [];
  const add = (section: Section | null) => {
    if (section) sections.push(section);
  };
  if (wanted.has('narrative')) add(narrativeSection(ctx));
  if (wanted.has('logframe')) add(logframeSection(ctx));
  if (wanted.has('indicators')) add(indicatorsAnnex(ctx));
  if (wanted.has('risks')) add(risksAnnex(ctx));
  if (wanted.has('milestones')) add(milestonesAnnex(ctx));
  if (wanted.has('responsibilities')) add(responsibilitiesAnnex(ctx));
  if (wanted.has('resources')) add(resourcesAnnex(ctx));
  const inOtherLanguage = options.language !== left.main;
  const languageFacts = inOtherLanguage ? languageNotes(ctx, options.language, left) : [];
  const withCover = wanted.has('cover');
  // Without a cover, the note on untranslated texts opens the first part.
  if (!withCover && left.count > 0 && sections.length > 0) {
    const [first, ...rest] = sections;
    const blocks = [...first!.blocks];
    blocks.splice(blocks[0]?.kind === 'heading' ? 1 : 0, 0, { kind: 'paragraph', runs: text(languageFacts.map((f) => `${f.label}: ${f.value}.`).join(' ')), note: true });
    sections.splice(0, sections.length, { ...first!, blocks }, ...rest);
  }
  const report: Report = {
    language: options.language,
    paper: options.paper,
    title: view.plan.title,
    cover: withCover ? cover(ctx, languageFacts) : null,
    contents: wanted.has('contents'),
    sections,
    labels: { contents: t('exportDoc.contents'), pageOf: t('exportDoc.pageOf', { page: '{page}', pages: '{pages}' }) },
  };
  return inOtherLanguage && left.count > 0 ? markUntranslated(report, left) : report;
}

/** The cover's facts about a document's language: which it is and what is not yet translated into it. */
function languageNotes({ t, options }: BuildContext, language: string, left: Untranslated): { label: string; value: string }[] {
  const labels = options.language;
  const facts = [{ label: t('exportLanguage.doc.language'), value: capitalised(languageName(language, labels), labels) }];
  if (left.count > 0) facts.push({ label: t('exportLanguage.doc.untranslatedLabel'), value: t('exportLanguage.doc.untranslated', { count: left.count, language: languageName(left.main, labels) }) });
  return facts;
}

/** The report with each run holding a text left in the main language marked with that language. */
function markUntranslated(report: Report, left: Untranslated): Report {
  const LETTER = /\p{L}/u;
  const markLine = (line: Line): Line => {
    let changed = false;
    const out = line.map((run) => {
      if (run.lang !== undefined || !LETTER.test(run.text) || !left.texts.has(run.text.trim())) return run;
      changed = true;
      return { ...run, lang: left.main };
    });
    return changed ? out : line;
  };
  const markCell = (c: Cell): Cell => ({ ...c, lines: c.lines.map(markLine) });
  const markBlock = (block: Block): Block => {
    switch (block.kind) {
      case 'heading':
        return block.lang === undefined && LETTER.test(block.text) && left.texts.has(block.text.trim()) ? { ...block, lang: left.main } : block;
      case 'paragraph':
        return { ...block, runs: markLine(block.runs) };
      case 'list':
        return { ...block, items: block.items.map(markLine) };
      case 'table':
        return { ...block, table: { ...block.table, rows: block.table.rows.map((row) => ({ ...row, cells: row.cells.map(markCell) })) } };
      default:
        return block;
    }
  };
  return { ...report, sections: report.sections.map((section) => ({ ...section, blocks: section.blocks.map(markBlock) })) };
}

function cover({ view, options, t, f }: BuildContext, languageFacts: readonly { label: string; value: string }[]): Cover {
  const plan = view.plan;
  const facts = [
    { label: t('exportDoc.cover.period'), value: t('exportDoc.cover.periodValue', { start: f.longDate(plan.periodStart), end: f.longDate(plan.periodEnd) }) },
    { label: t('exportDoc.cover.status'), value: t(`status.${plan.status}`) },
  ];
  if (plan.versionLabel.trim()) facts.push({ label: t('exportDoc.cover.version'), value: plan.versionLabel.trim() });
  facts.push({ label: t('exportDoc.cover.asOf'), value: f.longDate(options.asOf) });
  facts.push({ label: t('exportDoc.cover.date'), value: f.longDate(options.generatedOn) });
  facts.push(...languageFacts);
  const subtitle = options.parts.includes('narrative') ? t('exportDoc.cover.subtitlePaper') : t('exportDoc.cover.subtitleLogframe');
  return { title: plan.title, organisation: plan.organisation, subtitle, facts };
}

// ---------------------------------------------------------------------------------------
// The strategy paper

function narrativeSection({ view, t }: BuildContext): Section {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('exportDoc.narrative.title') }];
  if (view.sectionOrder.length === 0) blocks.push({ kind: 'paragraph', runs: text(t('exportDoc.narrative.none')), note: true });
  for (const id of view.sectionOrder) {
    const section = view.sections[id]!;
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    const body = parseMarkdown(section.body);
    if (body.length === 0) blocks.push({ kind: 'paragraph', runs: text(t('exportDoc.narrative.empty')), note: true });
    for (const block of body) {
      if (block.kind === 'heading') blocks.push({ kind: 'heading', level: block.level === 3 ? 4 : 3, text: block.runs.map((r) => r.text).join('') });
      else if (block.kind === 'paragraph') blocks.push({ kind: 'paragraph', runs: runsOf(block.runs) });
      else blocks.push({ kind: 'list', ordered: block.ordered, start: block.start, items: block.items.map((item) => runsOf(item.runs)) });
    }
  }
  return { part: 'narrative', orientation: 'portrait', blocks };
}

// ---------------------------------------------------------------------------------------
// The logframe matrix

/** Relative widths of the matrix columns (the number column is 7). */
const COLUMN_WIDTH: Readonly<Record<MatrixColumn, number>> = {
  statement: 27,
  indicators: 32,
  baseline: 11,
  targets: 17,
  finalTarget: 9,
  verification: 17,
  assumptions: 17,
  risks: 18,
  partners: 16,
  resources: 13,
};

function matrixCell(ctx: BuildContext, column: MatrixColumn, result: Result): Cell {
  const { view, t, f } = ctx;
  const indicators = indicatorsOf(view, result.id);
  const perIndicator = (line: (ind: Indicator) => string) => cell(indicators.map((ind) => text(line(ind))));
  switch (column) {
    case 'statement':
      return result.statement ? cell([text(result.statement, { bold: result.level === 'goal' || result.level === 'outcome' })]) : cell([text(t('matrix.noStatement'), { italic: true })]);
    case 'assumptions':
      return cell(paragraphs(result.assumptions));
    case 'indicators': {
      const lines: Line[] = [];
      for (const ind of indicators) {
        lines.push(text(ind.definition || t('matrix.untitledIndicator')));
        lines.push(
          text(`${t('matrix.baselineShort')} ${baselineText(ind, f, t)} · ${targetsText(view, ind, f, t)} · ${t('matrix.finalShort')} ${f.value(ind.finalTarget, ind)}`, {
            italic: true,
          }),
        );
      }
      return cell(lines);
    }
    case 'baseline':
      return perIndicator((ind) => baselineText(ind, f, t));
    case 'targets':
      return perIndicator((ind) => targetsText(view, ind, f, t));
    case 'finalTarget':
      return perIndicator((ind) => f.value(ind.finalTarget, ind));
    case 'verification':
      return perIndicator((ind) => verificationText(ind, t));
    case 'risks':
      return cell((links(view).risks.get(result.id) ?? []).map((r) => text(`${r.description} (${riskScoreText(ctx, r.likelihood, r.impact)})`)));
    case 'partners':
      return cell(
        (links(view).partners.get(result.id) ?? [])
          .sort((a, b) => (a.acronym || a.name).localeCompare(b.acronym || b.name))
          .map((p) => {
            const outcome = p.links[result.id]!.expectedOutcome;
            return [{ text: p.acronym || p.name, bold: true }, ...(outcome ? [{ text: `: ${outcome}` }] : [])];
          }),
      );
    case 'resources': {
      const totals = new Map<string, number>();
      for (const a of links(view).resources.get(result.id) ?? []) {
        const key = `${a.source}|${a.currency}`;
        totals.set(key, (totals.get(key) ?? 0) + a.amount);
      }
      return cell(
        [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([key, amount]) => {
          const [source, currency] = key.split('|');
          return text(`${t(`matrix.source.${source}`)}: ${f.number(amount)} ${currency}`);
        }),
      );
    }
  }
}

/** Risks, partners and allocations by result, indexed once per view (one pass each, not one per row). */
interface Links {
  readonly risks: Map<string, Risk[]>;
  readonly partners: Map<string, Partner[]>;
  readonly resources: Map<string, ResourceAllocation[]>;
}
const linksCache = new WeakMap<PlanView, Links>();

function links(view: PlanView): Links {
  const cached = linksCache.get(view);
  if (cached) return cached;
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const made: Links = { risks: new Map(), partners: new Map(), resources: new Map() };
  for (const r of Object.values(view.risks)) for (const id of new Set(r.resultIds)) push(made.risks, id, r);
  for (const p of Object.values(view.partners)) for (const id of Object.keys(p.links)) push(made.partners, id, p);
  for (const a of Object.values(view.resources)) push(made.resources, a.resultId, a);
  linksCache.set(view, made);
  return made;
}

function logframeSection(ctx: BuildContext): Section {
  const { view, t, template } = ctx;
  const columns: TableColumn[] = [
    { header: t('exportDoc.logframe.number'), width: 8 },
    ...template.columns.map((c) => ({ header: t(c.label), width: COLUMN_WIDTH[c.id] })),
  ];
  const rows: Row[] = [];
  const groups = matrixGroups(view);
  const grouped = view.componentOrder.length > 0;
  for (const group of groups) {
    if (grouped) rows.push({ kind: 'group', cells: [cell([text(componentTitle(ctx, group.componentId), { bold: true })], { colSpan: columns.length })] });
    for (const node of group.nodes) {
      const result = view.results[node.id]!;
      rows.push({ kind: result.level, cells: [numberCell(ctx, node), ...template.columns.map((c) => matrixCell(ctx, c.id, result))] });
    }
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('exportDoc.logframe.title') },
    { kind: 'paragraph', runs: text(t('exportDoc.logframe.intro', { template: t(`templates.names.${template.id}`), results: view.tree.length })), note: true },
  ];
  if (view.tree.length === 0) blocks.push({ kind: 'paragraph', runs: text(t('exportDoc.logframe.empty')), note: true });
  else blocks.push({ kind: 'table', table: { caption: t('exportDoc.logframe.caption'), columns, rows, compact: true } });
  return { part: 'logframe', orientation: 'landscape', blocks };
}
