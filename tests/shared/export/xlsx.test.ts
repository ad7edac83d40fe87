/**
 * The Excel workbook read back by exceljs: its two sheets, their header rows and frozen
 * panes, one tracking row per indicator and reporting period of the sample plan in the
 * screen's order, texts that would be formulas neutralised, and hostile texts exported.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { cellText, renderXlsx, TRACKING_COLUMNS } from '../../../shared/export/xlsx';
import { translator } from '../../../shared/i18n';
import type { PlanData } from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { HOSTILE } from '../../fixtures/report';
import { viewOf } from '../analysis/quality-plans';

const OPTIONS = { language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29T10:00:00.000Z' } as const;
const t = translator('en');

function sampleData(): PlanData {
  return buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);

describe('renderXlsx', () => {
  const data = sampleData();
  const view = viewOf(data);

  it('makes a Logframe sheet with a row per result in tree order, numbered as on screen', async () => {
    const wb = await readBack(await renderXlsx(view, OPTIONS));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Logframe', 'Indicator tracking']);
    expect(wb.title).toBe(data.plan.title);
    expect(wb.creator).toBe('RBM Planner');
    const ws = wb.getWorksheet('Logframe')!;
    expect(rowValues(ws, 1)).toEqual(['No.', 'Level', 'Result statement', 'Indicators', 'Baseline', 'Targets', 'Means of verification', 'Assumptions']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(view.tree.length + 1);
    view.tree.forEach((node, i) => {
      expect(ws.getCell(i + 2, 1).value).toBe(node.number);
      expect(ws.getCell(i + 2, 3).value).toBe(view.results[node.id]!.statement);
    });
    // Levels look different: the goal row is bold on a dark fill, an activity row is plain.
    const goalRow = view.tree.findIndex((n) => view.results[n.id]!.level === 'goal') + 2;
    const activityRow = view.tree.findIndex((n) => view.results[n.id]!.level === 'activity') + 2;
    expect(ws.getCell(goalRow, 3).font?.bold).toBe(true);
    expect(ws.getCell(goalRow, 3).fill).toMatchObject({ type: 'pattern' });
    expect(ws.getCell(activityRow, 3).font?.bold).toBeFalsy();
    expect(ws.getCell(2, 3).alignment?.wrapText).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' });
    expect(ws.autoFilter).toBeTruthy();
    // The footer's page codes stay codes (an escaped "&&P" prints a literal "&P"); the title's "&" is text.
    expect(ws.headerFooter.oddFooter).toBe('&CPage &P of &N');
  });

  it('escapes an ampersand in the running header, so a title with "&" prints as written', async () => {
    const titled = viewOf({ ...data, plan: { ...data.plan, title: 'Migration & mobility' } });
    const ws = (await readBack(await renderXlsx(titled, OPTIONS))).getWorksheet('Logframe')!;
    expect(ws.headerFooter.oddHeader).toBe('&LMigration && mobility&R&A');
  });

  it('makes a tracking row per indicator and period, in order, with baseline, target, actual, status and ids', async () => {
    const wb = await readBack(await renderXlsx(view, OPTIONS));
    const ws = wb.getWorksheet('Indicator tracking')!;
    expect(rowValues(ws, 1)).toEqual(TRACKING_COLUMNS.map((k) => t(`excel.tracking.columns.${k}`)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const expected: [string, string][] = [];
    for (const node of view.tree) for (const id of view.indicatorsByResult[node.id] ?? []) for (const pid of view.periodOrder) expected.push([id, pid]);
    expect(expected.length).toBe(Object.keys(view.indicators).length * view.periodOrder.length);
    expect(ws.rowCount).toBe(expected.length + 1);
    const col = (k: (typeof TRACKING_COLUMNS)[number]) => TRACKING_COLUMNS.indexOf(k) + 1;
    expected.forEach(([id, pid], i) => {
      const r = i + 2;
      const ind = view.indicators[id]!;
      expect(ws.getCell(r, col('indicatorId')).value).toBe(id);
      expect(ws.getCell(r, col('periodId')).value).toBe(pid);
      expect(ws.getCell(r, col('period')).value).toBe(view.periods[pid]!.label);
      expect(ws.getCell(r, col('indicator')).value).toBe(ind.definition);
      if (ind.measureType === 'qualitative') {
        const target = ind.targets[pid as keyof typeof ind.targets];
        expect(ws.getCell(r, col('target')).value).toBe(target === undefined ? null : ind.qualitativeStages[target]);
      } else {
        expect(ws.getCell(r, col('target')).value).toBe(ind.targets[pid as keyof typeof ind.targets] ?? null);
        expect(ws.getCell(r, col('actual')).value).toBe(ind.actuals[pid as keyof typeof ind.actuals]?.value ?? null);
        expect(ws.getCell(r, col('baseline')).value).toBe(ind.baseline.value);
      }
    });
    const statuses = new Set<unknown>();
    for (let r = 2; r <= ws.rowCount; r++) statuses.add(ws.getCell(r, col('status')).value);
    expect(statuses).toContain('On track');
    expect(statuses).toContain('Off track');
    expect(statuses).toContain('At risk');
    // Qualitative values are stage names: the sample's strategy paper was consulted, not adopted.
    const paper = Object.values(view.indicators).find((i) => i.measureType === 'qualitative')!;
    const paperRow = expected.findIndex(([id]) => id === paper.id) + 2;
    expect(ws.getCell(paperRow, col('actual')).value).toBe(paper.qualitativeStages[paper.actuals[view.periodOrder[0]! as keyof typeof paper.actuals]!.value!]);
    expect(ws.pageSetup.printArea).toMatch(/^A1:H\d+$/);
    // Input cells: a percentage is checked from 0 to 100, a stage is chosen from a list.
    const pct = Object.values(view.indicators).find((i) => i.measureType === 'percentage')!;
    const pctRow = expected.findIndex(([id]) => id === pct.id) + 2;
    expect(ws.getCell(pctRow, col('actual')).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(ws.getCell(paperRow, col('target')).dataValidation).toMatchObject({ type: 'list', formulae: [`"${paper.qualitativeStages.join(',')}"`] });
  });

  it('neutralises texts that would be formulas, and keeps numbers numbers', async () => {
    const data2 = sampleData();
    const starts = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'];
    const [a, b, c] = data2.results;
    a!.statement = starts[0]!;
    a!.assumptions = starts[1]!;
    b!.statement = starts[4]!;
    c!.statement = starts[5]!;
    const ind = data2.indicators.find((i) => i.measureType === 'number')!;
    ind.definition = starts[2]!;
    ind.unitOfMeasure = starts[3]!;
    ind.baseline.value = -5;
    const v = viewOf(data2);
    const wb = await readBack(await renderXlsx(v, OPTIONS));
    const cells: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.some((c) => c.formula !== undefined || c.type === ExcelJS.ValueType.Formula)).toBe(false);
    for (const c of cells) if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
    const texts = cells.map((c) => c.value).filter((x): x is string => typeof x === 'string');
    // XML reads a carriage return back as a line feed; the apostrophe before it is what counts.
    for (const s of starts) expect(texts.some((x) => x === `'${s}` || x === `'${s.replace('\r', '\n')}`), JSON.stringify(s)).toBe(true);
    const tracking = wb.getWorksheet('Indicator tracking')!;
    const baselines: unknown[] = [];
    tracking.eachRow((row, r) => {
      if (r > 1 && row.getCell(TRACKING_COLUMNS.indexOf('indicatorId') + 1).value === ind.id) baselines.push(row.getCell(TRACKING_COLUMNS.indexOf('baseline') + 1).value);
    });
    expect(baselines.length).toBe(v.periodOrder.length);
    expect(baselines.every((b) => b === -5)).toBe(true);
  });

  it('cellText prefixes an apostrophe only where a formula could start', () => {
    expect(cellText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(cellText('-')).toBe(`'-`);
    expect(cellText('Plain text - with = inside')).toBe('Plain text - with = inside');
    // A control character XML cannot hold is removed first, so it cannot hide a formula.
    expect(cellText('\u0007=1+1')).toBe(`'=1+1`);
    expect(cellText('x'.repeat(40_000)).length).toBe(32_767);
  });

  it('exports hostile texts (XML specials, emoji, right-to-left, control characters, 5,000 characters)', async () => {
    const data2 = sampleData();
    data2.plan.title = `${HOSTILE.xml} ${HOSTILE.emoji}`;
    data2.plan.organisation = HOSTILE.rtl;
    data2.results.forEach((r, i) => {
      r.statement = Object.values(HOSTILE)[i % 5]!.slice(0, 2000);
      r.assumptions = HOSTILE.long;
    });
    data2.indicators.forEach((ind, i) => {
      ind.definition = Object.values(HOSTILE)[(i + 1) % 5]!.slice(0, 2000);
      ind.meansOfVerification.source = HOSTILE.control;
    });
    const v = viewOf(data2);
    const wb = await readBack(await renderXlsx(v, OPTIONS));
    const ws = wb.getWorksheet('Logframe')!;
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && all.push(c.value)));
    expect(all).toContain(HOSTILE.xml);
    expect(all).toContain(HOSTILE.emoji);
    expect(all).toContain(HOSTILE.rtl);
    expect(all).toContain(HOSTILE.long);
    expect(all.some((s) => s.includes('\u0007') || /[\ud800-\udbff](?![\udc00-\udfff])/.test(s))).toBe(false);
    expect(wb.title).toBe(data2.plan.title);
  });
});
