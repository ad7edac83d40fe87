/** The documents' content built from the plan (shared/export/report-build.ts). */
import { describe, expect, it } from 'vitest';
import { REPORT_PARTS, type Block, type Report, type ReportOptions, type Table } from '../../../shared/export/report';
import { buildReport } from '../../../shared/export/report-build';
import { PlanSession } from '../../../shared/plan-doc';
import { blankData, ACTOR_A } from '../../fixtures/plans';
import { sampleView } from '../../fixtures/sample-view';
import { fixedClock } from '../../../shared/dates';

const OPTIONS: ReportOptions = { parts: REPORT_PARTS, layout: 'plan', paper: 'A4', language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29' };
const view = sampleView();

const tables = (report: Report, part: string): Table[] =>
  report.sections
    .filter((s) => s.part === part)
    .flatMap((s) => s.blocks)
    .filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')
    .map((b) => b.table);
const cellText = (table: Table, row: number, column: number) =>
  table.rows[row]!.cells[column]!.lines.map((l) => l.map((r) => r.text).join('')).join('\n');
const headings = (report: Report, level: number) =>
  report.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('buildReport on the sample plan', () => {
  const report = buildReport(view, OPTIONS);

  it('has a cover with the plan facts and every part in document order', () => {
    expect(report.cover?.title).toBe(view.plan.title);
    expect(report.cover?.facts.map((f) => f.label)).toEqual(['Plan period', 'Status', 'Version', 'Progress as of', 'Date of this document']);
    expect(report.cover?.facts[0]!.value).toBe('1 January 2010 to 31 December 2015');
    expect(report.contents).toBe(true);
    expect(report.sections.map((s) => s.part)).toEqual(['narrative', 'logframe', 'indicators', 'risks', 'milestones', 'responsibilities', 'resources']);
    expect(headings(report, 1)).toEqual([
      'Strategy paper',
      'Logframe',
      'Annex: indicators',
      'Annex: risk register',
      'Annex: milestones',
      'Annex: responsibility matrix',
      'Annex: resources',
    ]);
  });

  it('puts the matrix, indicators, risks and responsibilities on landscape pages', () => {
    const orientation = Object.fromEntries(report.sections.map((s) => [s.part, s.orientation]));
    expect(orientation).toMatchObject({ narrative: 'portrait', logframe: 'landscape', indicators: 'landscape', risks: 'landscape', milestones: 'portrait' });
  });

  it('gives the strategy paper its section titles and body blocks', () => {
    const titles = headings(report, 2).slice(0, view.sectionOrder.length);
    expect(titles).toEqual(view.sectionOrder.map((id) => view.sections[id]!.title));
    const narrative = report.sections[0]!.blocks;
    expect(narrative.some((b) => b.kind === 'list')).toBe(true);
  });

  it('lists every result in the matrix, numbered and in tree order, with its level as the row kind', () => {
    const [matrix] = tables(report, 'logframe');
    const resultRows = matrix!.rows.filter((r) => r.kind !== 'group');
    expect(resultRows).toHaveLength(view.tree.length);
    // Grouped by component as on screen (results of no component first), tree order within each group.
    const componentOf = (id: string) => view.results[id]!.componentId ?? null;
    const expected = [null, ...view.componentOrder].flatMap((c) => view.tree.filter((n) => componentOf(n.id) === c).map((n) => n.number));
    expect(resultRows.map((r) => r.cells[0]!.lines[0]![0]!.text)).toEqual(expected);
    const groups = matrix!.rows.filter((r) => r.kind === 'group').map((r) => r.cells[0]!.lines[0]![0]!.text);
    expect(groups[0]).toBe('Results under no component');
    expect(groups.length).toBe(1 + view.componentOrder.filter((c) => view.tree.some((n) => componentOf(n.id) === c)).length);
    const first = view.tree[0]!;
    const firstRow = resultRows.find((r) => r.cells[0]!.lines[0]![0]!.text === first.number)!;
    expect(firstRow.kind).toBe(view.results[first.id]!.level);
    expect(firstRow.cells[1]!.lines[0]!.map((r) => r.text).join('')).toBe(view.results[first.id]!.statement);
    expect(matrix!.columns.map((c) => c.header)).toEqual(['No.', 'Intervention logic', 'Indicators (baseline, targets)', 'Means of verification', 'Assumptions', 'Risks']);
  });

  it.each([
    ['eu', ['No.', 'Intervention logic', 'Objectively verifiable indicators', 'Sources of verification', 'Assumptions']],
    ['dfid', ['No.', 'Intervention logic', 'Indicator', 'Baseline', 'Milestones', 'Final target', 'Source', 'Assumptions']],
  ] as const)('uses the %s column layout when chosen', (layout, headers) => {
    const [matrix] = tables(buildReport(view, { ...OPTIONS, layout, parts: ['logframe'] }), 'logframe');
    expect(matrix!.columns.map((c) => c.header)).toEqual(headers);
    // The layout's level names too: the goal is the EU's "Overall objective", DFID's "Impact".
    const goal = matrix!.rows.find((r) => r.kind === 'goal')!;
    expect(goal.cells[0]!.lines[1]![0]!.text).toBe(layout === 'eu' ? 'Overall objective' : 'Impact');
  });

  it('gives each indicator its baseline, targets and actuals per period and a status in words', () => {
    const [annex] = tables(report, 'indicators');
    expect(annex!.columns.map((c) => c.header)).toEqual(['Indicator', 'Baseline', ...view.periodOrder.map((id) => view.periods[id]!.label), 'Final target', 'Status']);
    const ratifications = annex!.rows.findIndex((r) => r.cells[0]!.lines[0]?.[0]?.text.startsWith('Ratifications of the Migration for Employment Convention'));
    expect(ratifications).toBeGreaterThan(0);
    expect(cellText(annex!, ratifications, 1)).toMatch(/^5 \(2007\)/);
    expect(cellText(annex!, ratifications, 2)).toBe('Target: 8\nActual: 8');
    expect(cellText(annex!, ratifications, 6)).toBe('On track\n100% of target');
    expect(annex!.rows[ratifications]!.cells[6]!.tone).toBe('onTrack');
    const indicatorRows = annex!.rows.filter((r) => r.kind === 'body');
    expect(indicatorRows).toHaveLength(Object.keys(view.indicators).length);
  });

  it('lists risks by score with bands in words, and both heat maps as 5×5 tables', () => {
    const [register, inherent, residual] = tables(report, 'risks');
    expect(register!.rows).toHaveLength(Object.keys(view.risks).length);
    const scores = register!.rows.map((r) => Number(r.cells[3]!.lines[0]![0]!.text.split(' ')[0]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(cellText(register!, 0, 3)).toMatch(/^\d+ (Low|Moderate|High|Extreme)\nL\d × I\d$/);
    for (const map of [inherent!, residual!]) {
      expect(map.rows).toHaveLength(5);
      expect(map.rows.every((r) => r.cells.length === 6)).toBe(true);
    }
    // Every risk appears once on the inherent map.
    const placed = inherent!.rows.flatMap((r) => r.cells.slice(1)).flatMap((c) => (c.lines.length === 2 ? c.lines[0]!.map((x) => x.text).join('').split(', ') : []));
    expect(placed.sort()).toEqual(register!.rows.map((r) => r.cells[0]!.lines[0]![0]!.text).sort());
  });

  it('lists milestones by due date with their state as of the status date', () => {
    const [milestones] = tables(report, 'milestones');
    expect(milestones!.rows).toHaveLength(Object.keys(view.milestones).length);
    const due = Object.values(view.milestones).map((m) => m.dueDate).sort();
    expect(milestones!.rows[0]!.cells[0]!.lines[0]![0]!.text).toBe('31 Mar 2010');
    expect(due[0]).toBe('2010-03-31');
    expect(milestones!.rows.some((r) => r.cells[4]!.lines[0]![0]!.text === 'Overdue')).toBe(true);
  });

  it('gives resources by objective and by source with planned, secured and gap', () => {
    const [byObjective, bySource] = tables(report, 'resources');
    expect(byObjective!.columns.map((c) => c.header)).toEqual(['Strategic objective', 'Funding source', 'Planned', 'Secured', 'Gap']);
    expect(bySource!.rows.map((r) => r.cells[0]!.lines[0]![0]!.text)).toEqual(['Regular budget', 'Extra-budgetary', 'Total']);
    expect(bySource!.rows.at(-1)!.kind).toBe('total');
  });

  it('leaves out the parts not chosen', () => {
    const only = buildReport(view, { ...OPTIONS, parts: ['logframe', 'risks'] });
    expect(only.cover).toBeNull();
    expect(only.contents).toBe(false);
    expect(only.sections.map((s) => s.part)).toEqual(['logframe', 'risks']);
  });
});

describe('buildReport on a blank plan', () => {
  it('says what is missing instead of printing empty tables', () => {
    const blank = PlanSession.create(blankData('Empty plan'), { actor: ACTOR_A, office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') }).view;
    const report = buildReport(blank, OPTIONS);
    for (const section of report.sections) {
      const notes = section.blocks.filter((b) => b.kind === 'paragraph' && b.note);
      expect(notes.length, section.part).toBeGreaterThan(0);
    }
    expect(report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table')).toHaveLength(0);
  });
});
