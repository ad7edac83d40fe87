/**
 * The documents' annexes, built from the same analyses the monitoring screens show:
 * indicators with targets and actuals per period and their status (progress), the risk
 * register and its heat maps (risks), milestones as of the status date (schedule), the
 * responsibility matrix (raci) and resources by strategic objective and by source
 * (resources). See report-build.ts for the whole document.
 */
import { planProgress, type IndicatorStatus, type PeriodProgress } from '../analysis/progress';
import { buildRaciMatrix } from '../analysis/raci';
import { currencyRollup, rollUpResources, SOURCES, toMajor, type CurrencyRollup, type Figures } from '../analysis/resources';
import { bandOf, heatMap, registerRows, sortRows, DEFAULT_SORT, type RatingBasis, type RiskBand } from '../analysis/risks';
import { assessMilestone, type MilestoneState } from '../analysis/schedule';
import { RACI_ROLES, type Indicator, type Risk } from '../model';
import { cell, componentTitle, indicatorsOf, matrixGroups, numberCell, text, textCell, type BuildContext } from './report-context';
import type { Block, Cell, Line, Row, Section, TableColumn, Tone } from './report';
import { baselineText, NO_VALUE } from './values';

const STATUS_TONE: Readonly<Record<IndicatorStatus, Tone>> = { on_track: 'onTrack', at_risk: 'atRisk', off_track: 'offTrack', not_measured: 'notMeasured' };
const BAND_TONE: Readonly<Record<RiskBand, Tone>> = { low: 'low', moderate: 'moderate', high: 'high', extreme: 'extreme' };

/** "score 12, high". */
export function riskScoreText(ctx: BuildContext, likelihood: number, impact: number): string {
  const score = likelihood * impact;
  return ctx.t('exportDoc.risks.score', { score, band: ctx.t(`risks.band.${bandOf(score)}`).toLowerCase() });
}

function heading(level: 1 | 2, value: string): Block {
  return { kind: 'heading', level, text: value };
}

function note(value: string): Block {
  return { kind: 'paragraph', runs: text(value), note: true };
}

// ---------------------------------------------------------------------------------------
// Indicators

/** More periods than this do not fit side by side: they are listed in one column. */
const MAX_PERIOD_COLUMNS = 6;

function periodLines(ctx: BuildContext, ind: Indicator, p: PeriodProgress): Line[] {
  const { t, f } = ctx;
  if (p.notApplicable) return [text(t('matrix.notApplicable'), { italic: true })];
  const lines: Line[] = [];
  if (p.target !== null) lines.push(text(t('exportDoc.indicators.target', { value: f.value(p.target, ind) })));
  if (p.actual !== null) lines.push(text(t('exportDoc.indicators.actual', { value: f.value(p.actual, ind) }), { bold: true }));
  if (p.overdue) lines.push(text(t('exportDoc.indicators.overdue'), { italic: true }));
  return lines;
}

export function indicatorsAnnex(ctx: BuildContext): Section {
  const { view, t, f, options } = ctx;
  const progress = planProgress(view, options.asOf);
  const periods = view.periodOrder.map((id) => view.periods[id]!);
  const sideBySide = periods.length <= MAX_PERIOD_COLUMNS;
  const periodShare = sideBySide ? Math.max(8, Math.floor(48 / Math.max(1, periods.length))) : 40;
  const columns: TableColumn[] = [
    { header: t('exportDoc.indicators.indicator'), width: 34 },
    { header: t('exportDoc.indicators.baseline'), width: 11 },
    ...(sideBySide ? periods.map((p) => ({ header: p.label, width: periodShare })) : [{ header: t('exportDoc.indicators.periods'), width: periodShare }]),
    { header: t('exportDoc.indicators.finalTarget'), width: 9 },
    { header: t('exportDoc.indicators.status'), width: 13 },
  ];
  const rows: Row[] = [];
  let count = 0;
  for (const node of view.tree) {
    const indicators = indicatorsOf(view, node.id);
    if (indicators.length === 0) continue;
    const result = view.results[node.id]!;
    rows.push({
      kind: 'group',
      cells: [cell([[{ text: `${node.number} ${ctx.levelName(result.level)}: `, bold: true }, { text: result.statement || t('matrix.noStatement') }]], { colSpan: columns.length })],
    });
    for (const ind of indicators) {
      count++;
      const p = progress.indicators[ind.id]!;
      const definition: Line[] = [text(ind.definition || t('matrix.untitledIndicator'))];
      if (ind.unitOfMeasure) definition.push(text(ind.unitOfMeasure, { italic: true }));
      if (ind.illustrative) definition.push(text(t('exportDoc.indicators.illustrative'), { italic: true }));
      const baseline: Line[] = [text(baselineText(ind, f, t))];
      if (ind.baseline.source) baseline.push(text(ind.baseline.source, { italic: true }));
      const periodCells: Cell[] = sideBySide
        ? p.periods.map((pp) => cell(periodLines(ctx, ind, pp)))
        : [cell(p.periods.flatMap((pp) => periodLines(ctx, ind, pp).map((line, i) => (i === 0 ? [{ text: `${pp.label}: `, bold: true }, ...line] : line))))];
      const status = p.toDate.status;
      const statusLines: Line[] = [text(t(`dashboard.status.${status}`), { bold: true })];
      if (p.toDate.achievement !== null) statusLines.push(text(t('exportDoc.indicators.achievement', { value: f.percent(p.toDate.achievement) })));
      rows.push({
        kind: 'body',
        cells: [cell(definition), cell(baseline), ...periodCells, textCell(f.value(ind.finalTarget, ind)), cell(statusLines, { tone: STATUS_TONE[status] })],
      });
    }
  }
  const counts = progress.plan.counts;
  const blocks: Block[] = [
    heading(1, t('exportDoc.indicators.title')),
    note(
      t('exportDoc.indicators.intro', {
        date: f.date(options.asOf),
        count,
        onTrack: counts.on_track,
        atRisk: counts.at_risk,
        offTrack: counts.off_track,
        notMeasured: counts.not_measured,
      }),
    ),
  ];
  if (count === 0) blocks.push(note(t('exportDoc.indicators.empty')));
  else blocks.push({ kind: 'table', table: { caption: t('exportDoc.indicators.caption'), columns, rows, compact: true } });
  return { part: 'indicators', orientation: 'landscape', blocks };
}

// ---------------------------------------------------------------------------------------
// Risks

function ratingCell(ctx: BuildContext, likelihood: number | null, impact: number | null): Cell {
  if (likelihood === null || impact === null) return cell([text(ctx.t('risks.notRated'), { italic: true })], { tone: 'muted' });
  const score = likelihood * impact;
  const band = bandOf(score);
  return cell(
    [text(`${score} ${ctx.t(`risks.band.${band}`)}`, { bold: true }), text(ctx.t('exportDoc.risks.ratingDetail', { likelihood, impact }))],
    { tone: BAND_TONE[band], align: 'center' },
  );
}

function heatMapTable(ctx: BuildContext, risks: readonly Risk[], numbers: ReadonlyMap<string, string>, basis: RatingBasis): Block[] {
  const { t } = ctx;
  const map = heatMap(risks, basis);
  const columns: TableColumn[] = [
    { header: t('exportDoc.risks.likelihoodImpact'), width: 20 },
    ...[1, 2, 3, 4, 5].map((i) => ({ header: `${i} ${t(`risks.impactScale.${i}`)}`, width: 16, align: 'center' as const })),
  ];
  const rows: Row[] = map.rows.map((row) => ({
    kind: 'body',
    cells: [
      cell([text(`${row[0]!.likelihood} ${t(`risks.likelihoodScale.${row[0]!.likelihood}`)}`, { bold: true })]),
      ...row.map((c) =>
        cell(
          [...(c.riskIds.length > 0 ? [text(c.riskIds.map((id) => numbers.get(id)!).join(', '), { bold: true })] : []), text(`${c.score} ${t(`risks.band.${c.band}`)}`, { italic: true })],
          { tone: BAND_TONE[c.band], align: 'center' },
        ),
      ),
    ],
  }));
  const blocks: Block[] = [
    heading(2, t(basis === 'inherent' ? 'exportDoc.risks.heatInherent' : 'exportDoc.risks.heatResidual')),
    { kind: 'table', table: { caption: t(basis === 'inherent' ? 'exportDoc.risks.heatInherentCaption' : 'exportDoc.risks.heatResidualCaption'), columns, rows } },
  ];
  if (map.unrated.length > 0) blocks.push(note(t('exportDoc.risks.unrated', { risks: map.unrated.map((id) => numbers.get(id)!).join(', ') })));
  return blocks;
}

export function risksAnnex(ctx: BuildContext): Section {
  const { view, t, f, options } = ctx;
  const sorted = sortRows(registerRows(view, options.asOf), DEFAULT_SORT);
  const numbers = new Map(sorted.map((row, i) => [row.risk.id, `R${i + 1}`]));
  const unitName = (id: string | null) => {
    const u = id ? view.units[id] : undefined;
    return u ? u.code || u.name : '';
  };
  const columns: TableColumn[] = [
    { header: t('exportDoc.risks.number'), width: 5 },
    { header: t('exportDoc.risks.risk'), width: 27 },
    { header: t('exportDoc.risks.results'), width: 8 },
    { header: t('exportDoc.risks.inherent'), width: 10, align: 'center' },
    { header: t('exportDoc.risks.residual'), width: 10, align: 'center' },
    { header: t('exportDoc.risks.owner'), width: 9 },
    { header: t('exportDoc.risks.mitigations'), width: 31 },
  ];
  const rows: Row[] = sorted.map((row) => {
    const r = row.risk;
    const mitigations: Line[] = row.mitigations.map((m) => {
      const details = [unitName(m.ownerUnitId), m.dueDate ? t('exportDoc.risks.due', { date: f.date(m.dueDate) }) : '', t(`risks.mitigationStatus.${m.status}`)].filter(Boolean);
      const overdue = row.overdue.includes(m);
      return [{ text: m.action }, { text: ` (${details.join(', ')})`, italic: true }, ...(overdue ? [{ text: ` ${t('exportDoc.risks.overdue')}`, bold: true }] : [])];
    });
    return {
      kind: 'body',
      cells: [
        textCell(numbers.get(r.id)!),
        cell([text(r.description), text(t(`risks.category.${r.category}`), { italic: true })]),
        textCell(row.resultNumbers.join(', ')),
        ratingCell(ctx, r.likelihood, r.impact),
        ratingCell(ctx, r.residualLikelihood, r.residualImpact),
        textCell(row.ownerName),
        cell(mitigations.length > 0 ? mitigations : [text(t('exportDoc.risks.noMitigation'), { italic: true })]),
      ],
    };
  });
  const blocks: Block[] = [heading(1, t('exportDoc.risks.title')), note(t('exportDoc.risks.intro', { count: sorted.length, date: f.date(options.asOf) }))];
  if (sorted.length === 0) return { part: 'risks', orientation: 'landscape', blocks: [...blocks, note(t('exportDoc.risks.empty'))] };
  const risks = sorted.map((row) => row.risk);
  return {
    part: 'risks',
    orientation: 'landscape',
    blocks: [
      ...blocks,
      { kind: 'table', table: { caption: t('exportDoc.risks.caption'), columns, rows, compact: true } },
      ...heatMapTable(ctx, risks, numbers, 'inherent'),
      ...heatMapTable(ctx, risks, numbers, 'residual'),
      note(t('risks.bandsNote')),
    ],
  };
}

// ---------------------------------------------------------------------------------------
// Milestones

const STATE_TONE: Readonly<Record<MilestoneState, Tone>> = { overdue: 'offTrack', next90: 'atRisk', later: 'notMeasured', done: 'onTrack', cancelled: 'muted' };

export function milestonesAnnex(ctx: BuildContext): Section {
  const { view, t, f, options } = ctx;
  const assessed = Object.values(view.milestones)
    .filter((m) => view.results[m.resultId])
    .map((m) => assessMilestone(m, options.asOf))
    .sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate) || a.milestone.title.localeCompare(b.milestone.title));
  const numberOf = (resultId: string) => {
    const i = view.treeIndex[resultId];
    return i === undefined ? '' : view.tree[i]!.number;
  };
  const columns: TableColumn[] = [
    { header: t('exportDoc.milestones.due'), width: 13 },
    { header: t('exportDoc.milestones.milestone'), width: 45 },
    { header: t('exportDoc.milestones.result'), width: 10 },
    { header: t('exportDoc.milestones.status'), width: 14 },
    { header: t('exportDoc.milestones.asOf'), width: 18 },
  ];
  const rows: Row[] = assessed.map((a) => {
    const m = a.milestone;
    const state: Line[] = [text(t(`timeline.states.${a.state}`), { bold: true })];
    if (a.state === 'overdue') state.push(text(t('timeline.stateDetail.overdue', { count: a.daysLate })));
    if (a.state === 'done' && m.completedDate) state.push(text(t('exportDoc.milestones.completed', { date: f.date(m.completedDate) })));
    if (a.state === 'done' && a.daysLate > 0) state.push(text(t('exportDoc.milestones.late', { count: a.daysLate }), { italic: true }));
    return {
      kind: 'body',
      cells: [textCell(f.date(m.dueDate)), textCell(m.title), textCell(numberOf(m.resultId)), textCell(t(`timeline.status.${m.status}`)), cell(state, { tone: STATE_TONE[a.state] })],
    };
  });
  const blocks: Block[] = [heading(1, t('exportDoc.milestones.title')), note(t('exportDoc.milestones.intro', { date: f.date(options.asOf), count: assessed.length }))];
  if (assessed.length === 0) blocks.push(note(t('exportDoc.milestones.empty')));
  else blocks.push({ kind: 'table', table: { caption: t('exportDoc.milestones.caption'), columns, rows } });
  return { part: 'milestones', orientation: 'portrait', blocks };
}

// ---------------------------------------------------------------------------------------
// Responsibilities

export function responsibilitiesAnnex(ctx: BuildContext): Section {
  const { view, t } = ctx;
  const matrix = buildRaciMatrix(view);
  const units = new Map(matrix.units.map((u) => [u.id, u.code || u.name]));
  const rowsById = new Map(matrix.rows.map((r) => [r.id, r]));
  const columns: TableColumn[] = [
    { header: t('exportDoc.logframe.number'), width: 9 },
    { header: t('exportDoc.raci.result'), width: 35 },
    ...RACI_ROLES.map((role) => ({ header: t(`exportDoc.raci.role.${role}`), width: 14 })),
  ];
  const rows: Row[] = [];
  const grouped = view.componentOrder.length > 0;
  for (const group of matrixGroups(view)) {
    if (grouped) rows.push({ kind: 'group', cells: [cell([text(componentTitle(ctx, group.componentId), { bold: true })], { colSpan: columns.length })] });
    for (const node of group.nodes) {
      const row = rowsById.get(node.id);
      if (!row) continue;
      const holders = (role: string) =>
        Object.entries(row.roles)
          .filter(([, roles]) => roles.includes(role as never))
          .map(([unitId]) => units.get(unitId as never) ?? '')
          .filter(Boolean);
      const roleCells = RACI_ROLES.map((role) => {
        const names = holders(role);
        if (role === 'A' && names.length === 0 && row.answeredBy) return cell([text(t('exportDoc.raci.answeredBy', { unit: units.get(row.answeredBy) ?? '' }), { italic: true })]);
        if (role === 'A' && row.warning) return cell(names.length > 0 ? [text(names.join(', ')), text(t('exportDoc.raci.manyAccountable'), { italic: true })] : [text(t('exportDoc.raci.noAccountable'), { italic: true })], { tone: 'atRisk' });
        return textCell(names.join(', '));
      });
      rows.push({ kind: row.level, cells: [numberCell(ctx, node), textCell(row.statement || t('matrix.noStatement')), ...roleCells] });
    }
  }
  const legend = [...units].map(([id, label]) => {
    const unit = view.units[id]!;
    return { label, value: unit.name };
  });
  const blocks: Block[] = [
    heading(1, t('exportDoc.raci.title')),
    note(t('exportDoc.raci.intro', { warnings: matrix.warnings.total })),
  ];
  if (rows.length === 0) blocks.push(note(t('exportDoc.raci.empty')));
  else blocks.push({ kind: 'table', table: { caption: t('exportDoc.raci.caption'), columns, rows, compact: true } });
  if (legend.some((l) => l.label !== l.value)) blocks.push(heading(2, t('exportDoc.raci.units')), { kind: 'facts', items: legend.filter((l) => l.label !== l.value) });
  return { part: 'responsibilities', orientation: 'landscape', blocks };
}

// ---------------------------------------------------------------------------------------
// Resources

function moneyCells(money: (minor: number) => string, fig: Figures): Cell[] {
  return [textCell(money(fig.planned), { align: 'right' }), textCell(money(fig.secured), { align: 'right' }), textCell(money(fig.gap), { align: 'right' })];
}

function currencyBlocks(ctx: BuildContext, c: CurrencyRollup): Block[] {
  const { view, t, options } = ctx;
  const number = new Intl.NumberFormat(options.language, { minimumFractionDigits: c.fractionDigits, maximumFractionDigits: c.fractionDigits });
  const money = (minor: number) => (minor === 0 ? NO_VALUE : number.format(toMajor(minor, c.minorDigits)));
  const figureColumns: TableColumn[] = [
    { header: t('exportDoc.resources.planned'), width: 14, align: 'right' },
    { header: t('exportDoc.resources.secured'), width: 14, align: 'right' },
    { header: t('exportDoc.resources.gap'), width: 14, align: 'right' },
  ];
  const byObjective: Row[] = [];
  for (const row of c.objectives) {
    const o = view.objectives[row.key];
    const name = o ? (o.code ? `${o.code} ${o.title}` : o.title) : row.key;
    for (const source of SOURCES) {
      byObjective.push({
        kind: 'body',
        cells: [
          source === SOURCES[0] ? cell([text(name, { bold: true }), text(t('exportDoc.resources.results', { principal: row.principalResults, significant: row.significantResults }), { italic: true })]) : textCell(''),
          textCell(t(`resources.source.${source}`)),
          ...moneyCells(money, row.bySource[source]),
        ],
      });
    }
    byObjective.push({ kind: 'total', cells: [textCell(''), textCell(t('exportDoc.resources.bothSources')), ...moneyCells(money, row.bySource.total)] });
  }
  if (c.notAttributed.bySource.total.planned > 0 || c.notAttributed.bySource.total.secured > 0) {
    byObjective.push({ kind: 'body', cells: [textCell(t('exportDoc.resources.notAttributed')), textCell(t('exportDoc.resources.bothSources')), ...moneyCells(money, c.notAttributed.bySource.total)] });
  }
  const bySource: Row[] = [
    ...SOURCES.map((source): Row => ({ kind: 'body', cells: [textCell(t(`resources.source.${source}`)), ...moneyCells(money, c.total.bySource[source])] })),
    { kind: 'total', cells: [textCell(t('exportDoc.resources.total')), ...moneyCells(money, c.total.bySource.total)] },
  ];
  return [
    heading(2, t('exportDoc.resources.byObjective', { currency: c.currency })),
    note(t('exportDoc.resources.objectiveNote', { share: ctx.f.percent(ctx.view.plan.significantShare ?? 0.4) })),
    {
      kind: 'table',
      table: {
        caption: t('exportDoc.resources.byObjectiveCaption', { currency: c.currency }),
        columns: [{ header: t('exportDoc.resources.objective'), width: 36 }, { header: t('exportDoc.resources.source'), width: 20 }, ...figureColumns],
        rows: byObjective,
      },
    },
    heading(2, t('exportDoc.resources.bySource', { currency: c.currency })),
    {
      kind: 'table',
      table: { caption: t('exportDoc.resources.bySourceCaption', { currency: c.currency }), columns: [{ header: t('exportDoc.resources.source'), width: 40 }, ...figureColumns], rows: bySource },
    },
  ];
}

export function resourcesAnnex(ctx: BuildContext): Section {
  const { view, t } = ctx;
  const rollup = rollUpResources(view);
  const blocks: Block[] = [heading(1, t('exportDoc.resources.title'))];
  const withFigures = rollup.currencies.filter((c) => c.allocations > 0);
  if (withFigures.length === 0) blocks.push(note(t('exportDoc.resources.empty')));
  for (const c of withFigures) blocks.push(...currencyBlocks(ctx, currencyRollup(rollup, c.currency)));
  if (withFigures.length > 1) blocks.push(note(t('exportDoc.resources.currencies')));
  return { part: 'resources', orientation: 'portrait', blocks };
}
