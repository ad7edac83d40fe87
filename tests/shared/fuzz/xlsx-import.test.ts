/**
 * Fuzzing of the Excel import (shared/export/xlsx-import.ts) against the sample plan.
 *
 * - The parsed-rows level (previewTrackingRows), 10,000 cases: sheets of hostile cell values
 *   (formulas and shared formulas with any result, errors, rich text with odd runs, hyperlinks,
 *   valid and invalid dates, NaN and infinities, huge strings, lone surrogates, objects with
 *   prototype keys, deeply wrapped values, objects without a prototype) under a real header
 *   row (columns in any order, prototype keys as extra column names) with ids that are real,
 *   made up or prototype keys ('__proto__', 'constructor', ...).
 * - Real workbook bytes, fewer cases: workbooks written by exceljs with such cells (and
 *   prototype keys as sheet names and column headers), and byte mutations of a real export.
 *
 * Each case returns a preview or an error result with a message key within a time bound; a
 * preview only ever names indicators and periods of the plan, with values the indicator can
 * take; nothing throws; no built-in prototype changes.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { renderXlsx, TRACKING_COLUMNS, type TrackingColumn } from '../../../shared/export/xlsx';
import { previewTrackingRows, readTrackingSheet, type SheetRows, type TrackingImport } from '../../../shared/export/xlsx-import';
import { translator } from '../../../shared/i18n';
import { PlanSession, type PlanView } from '../../../shared/plan-doc';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';
import { CORE_PROTOTYPES, expectPrototypesUnchanged, snapshotPrototypes, withTimeLimit, type PrototypeSnapshot } from './harness';

const ROW_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const WORKBOOK_RUNS = Math.max(20, Math.round(ROW_RUNS / 100));
const CASE_LIMIT_MS = 5_000;

let view: PlanView;
let exported: Uint8Array;
let prototypes: PrototypeSnapshot;
const stats = { cases: 0, previews: 0, errors: 0, changes: 0, slowest: 0 };

beforeAll(async () => {
  const data = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
  view = PlanSession.create(data, { actor: 'a'.repeat(32), office: 'HQ', clock: fixedClock('2026-01-01T00:00:00.000Z') }).view;
  exported = await renderXlsx(view, { language: 'en', asOf: '2012-01-31', generatedOn: '2026-11-29' });
  prototypes = snapshotPrototypes();
});
afterAll(() => {
  console.info(`xlsx-import fuzz: ${stats.cases} cases (${stats.previews} previews with ${stats.changes} changes, ${stats.errors} error results); the slowest took ${stats.slowest.toFixed(1)} ms`);
});

// ---------------------------------------------------------------------------
// The property

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Checks one outcome: an error with a key, or a preview that only names the plan's own entities with values they can take. */
function checkOutcome(result: TrackingImport, rowCount: number): void {
  stats.cases++;
  if (!result.ok) {
    stats.errors++;
    if (!result.error.key.startsWith('excel.import.errors.')) throw new Error(`unexpected error key ${result.error.key}`);
    return;
  }
  stats.previews++;
  stats.changes += result.changes.length + result.removals.length;
  if (result.rows > Math.max(0, rowCount - 1)) throw new Error(`${result.rows} rows read from ${rowCount}`);
  const written = new Set<string>();
  for (const change of [...result.changes, ...result.removals]) {
    if (!Object.hasOwn(view.indicators, change.indicatorId) || !Object.hasOwn(view.periods, change.periodId)) throw new Error(`a change names ${change.indicatorId}/${change.periodId}`);
    if (change.row < 2 || change.row > rowCount) throw new Error(`a change on row ${change.row}`);
    const key = `${change.indicatorId}/${change.periodId}/${change.field}`;
    if (written.has(key)) throw new Error(`two changes of ${key}`);
    written.add(key);
    const ind = view.indicators[change.indicatorId]!;
    const after = change.after;
    if (after === null) {
      if (!result.removals.includes(change)) throw new Error('an emptied value listed as a change');
      continue;
    }
    if (!result.changes.includes(change)) throw new Error('a value listed as a removal');
    if (!Number.isFinite(after)) throw new Error(`a value that is not finite: ${after}`);
    if (ind.measureType === 'percentage' && (after < 0 || after > 100)) throw new Error(`a percentage of ${after}`);
    if (ind.measureType === 'qualitative' && !(Number.isInteger(after) && after >= 0 && after < ind.qualitativeStages.length)) throw new Error(`stage ${after}`);
    if (typeof change.afterText !== 'string' || typeof change.beforeText !== 'string') throw new Error('texts missing');
  }
  for (const problem of [...result.unmatched, ...result.invalid]) {
    if (problem.row < 2 || problem.row > rowCount) throw new Error(`a problem on row ${problem.row}`);
    for (const value of Object.values(problem.reason.params ?? {})) if (typeof value === 'string' && value.length > 200) throw new Error('a message quoting a huge cell');
  }
}

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  stats.slowest = Math.max(stats.slowest, elapsed);
  if (elapsed > CASE_LIMIT_MS) throw new Error(`a case took ${Math.round(elapsed)} ms`);
  return result;
}

// ---------------------------------------------------------------------------
// Cell values

const hugeString = fc.constantFrom(1_000, 100_000, 1_000_000).map((n) => '7'.repeat(n));
const LONE_SURROGATES = ['\ud800', 'x\udfff', '\udc00\ud800', '1\ud83d', '\ufffe'];
const NUMBER_TEXTS = ['1,234.5', '12 %', "'42", '1e400', '-0', '.5', '5.', '+3', '0x10', '1_000', '١٢', '12,5', 'NaN', 'Infinity', ' 7 ', '1e-400', '100.0000001 %'];
const protoKeyObject = fc.constantFrom(...PROTO_KEYS.slice(0, 3)).map((key) => JSON.parse(`{"${key}":{"polluted":true},"richText":[{"text":"x"}]}`) as unknown);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1),
  fc.constantFrom(...NUMBER_TEXTS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...LONE_SURROGATES, ...PROTO_KEYS, '', ' ', "'", '=1+1', '#DIV/0!'),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date({ noInvalidDate: false }),
);

const cellValue: fc.Arbitrary<unknown> = fc.letrec<{ cell: unknown }>((tie) => ({
  cell: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar, weight: 8 },
    fc.record({ formula: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()), result: fc.oneof(scalar, tie('cell')) }, { requiredKeys: ['formula'] }),
    fc.record({ sharedFormula: fc.oneof(fc.string(), fc.integer()), result: scalar }, { requiredKeys: [] }),
    fc.record({ error: fc.oneof(fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!'), fc.constant(Object.create(null) as unknown), fc.integer()) }),
    fc.record({ richText: fc.oneof(fc.array(fc.oneof(fc.record({ text: fc.oneof(fc.string(), fc.integer()) }), scalar), { maxLength: 4 }), scalar) }),
    fc.record({ text: tie('cell'), hyperlink: fc.oneof(fc.constant('https://example.org/'), fc.constant('javascript:alert(1)')) }),
    fc.record({ result: tie('cell') }),
    protoKeyObject,
    hugeString,
    fc.constant(Object.create(null) as unknown),
    fc.array(scalar, { maxLength: 3 }),
    fc.constant([1, 2, 3].reduce<unknown>((inner) => ({ result: { text: inner } }), 5)),
  ),
})).cell;

// ---------------------------------------------------------------------------
// Sheets

const HEADERS = Object.fromEntries(TRACKING_COLUMNS.map((k) => [k, translator('en')(`excel.tracking.columns.${k}`)])) as Record<TrackingColumn, string>;

interface Layout {
  /** Header of each column from 1 (a tracking column or another name). */
  readonly header: readonly unknown[];
  readonly columnOf: Partial<Record<TrackingColumn, number>>;
}

const layout: fc.Arbitrary<Layout> = fc
  .tuple(
    fc.shuffledSubarray([...TRACKING_COLUMNS], { minLength: 0 }),
    fc.array(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 }), cellValue), { maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([columns, extra, keepIds, headerAsRichText]) => {
    const used = keepIds ? [...new Set<TrackingColumn>(['indicatorId', 'periodId', ...columns])] : columns;
    const header: unknown[] = [undefined];
    const columnOf: Partial<Record<TrackingColumn, number>> = {};
    for (const k of used) {
      columnOf[k] = header.length;
      header.push(headerAsRichText ? { richText: [{ text: `  ${HEADERS[k].toUpperCase()} ` }] } : HEADERS[k]);
    }
    header.push(...extra);
    return { header, columnOf };
  });

function idCell(kind: 'indicator' | 'period'): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...Object.keys(kind === 'indicator' ? view.indicators : view.periods)), weight: 6 },
    fc.constantFrom(...PROTO_KEYS, ''),
    fc.constantFrom(...Object.keys(kind === 'indicator' ? view.indicators : view.periods)).map((id) => ({ richText: [{ text: `'${id}` }] })),
    cellValue,
  );
}

const dataRow = (lay: Layout): fc.Arbitrary<unknown[]> =>
  fc.tuple(idCell('indicator'), idCell('period'), fc.array(cellValue, { minLength: lay.header.length, maxLength: lay.header.length })).map(([indicatorId, periodId, cells]) => {
    const row: unknown[] = [undefined, ...cells.slice(1)];
    if (lay.columnOf.indicatorId !== undefined) row[lay.columnOf.indicatorId] = indicatorId;
    if (lay.columnOf.periodId !== undefined) row[lay.columnOf.periodId] = periodId;
    return row;
  });

const trackingSheet = layout.chain((lay) => fc.array(dataRow(lay), { maxLength: 12 }).map((rows) => [lay.header, ...rows] as unknown[][]));
const otherSheet = fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 3 });

const sheetsArb = fc
  .tuple(fc.array(otherSheet, { maxLength: 2 }), trackingSheet, fc.boolean(), fc.integer({ min: 0, max: 2 }))
  .map(([others, sheet, first, blankRows]) => ({ sheets: first ? [sheet, ...others] : [...others, sheet], blankRows }));

function asSheetRows(rows: readonly unknown[][], blankRows = 0): SheetRows {
  const all = [...rows, ...Array.from({ length: blankRows }, () => [] as unknown[])];
  return { rowCount: all.length, row: (r) => all[r - 1] ?? [] };
}

// ---------------------------------------------------------------------------

describe('the Excel import under fuzzing', () => {
  it('rows of hostile cells: a preview naming only the plan\'s entities, or an error result', () => {
    fc.assert(
      fc.property(sheetsArb, ({ sheets, blankRows }) => {
        const sheetRows = sheets.map((rows) => asSheetRows(rows, blankRows));
        const result = timed(() => previewTrackingRows(sheetRows, view));
        checkOutcome(result, Math.max(...sheetRows.map((s) => s.rowCount)));
        expectPrototypesUnchanged(prototypes, CORE_PROTOTYPES);
      }),
      { numRuns: ROW_RUNS },
    );
    expectPrototypesUnchanged(prototypes);
  }, 180_000);

  it('a preview is reached often, with changes, so the property is not vacuous', () => {
    expect(stats.previews).toBeGreaterThan(ROW_RUNS / 4);
    expect(stats.changes).toBeGreaterThan(ROW_RUNS / 4);
  });

  it('workbooks written by exceljs with hostile cells, sheet names and column headers', async () => {
    const sheetName = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'Tracking', 'hasOwnProperty'), fc.string({ minLength: 1, maxLength: 20 }));
    // Values exceljs itself can write (it refuses objects without a prototype and the like).
    const plain = { noNullPrototype: true };
    const writable = fc.oneof(
      { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 3 },
      fc.constantFrom(...NUMBER_TEXTS, ...LONE_SURROGATES, ...PROTO_KEYS, '=1+1', ''),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.date({ min: new Date('1900-03-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
      fc.record(
        {
          formula: fc.constantFrom('1/0', 'SUM(A1:A2)', 'HYPERLINK("https://x")', '__proto__'),
          result: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 10 }), fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A') }, plain)),
        },
        plain,
      ),
      fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?') }, plain),
      fc.record({ richText: fc.array(fc.record({ text: fc.string({ maxLength: 10 }), font: fc.constant({ bold: true }) }, plain), { minLength: 1, maxLength: 3 }) }, plain),
      fc.record({ text: fc.string({ maxLength: 10 }), hyperlink: fc.constantFrom('https://example.org/', 'javascript:alert(1)', 'file:///etc/passwd') }, plain),
      fc.constantFrom(50_000, 32_767).map((n) => '9'.repeat(n)),
    );
    let workbooksRead = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(sheetName, { minLength: 1, maxLength: 3, comparator: (a, b) => a.toLowerCase().slice(0, 29) === b.toLowerCase().slice(0, 29) }),
        fc.shuffledSubarray([...TRACKING_COLUMNS], { minLength: 2 }),
        fc.array(fc.constantFrom(...PROTO_KEYS), { maxLength: 2 }),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(view.indicators), ...PROTO_KEYS), fc.constantFrom(...Object.keys(view.periods), ...PROTO_KEYS), fc.array(writable, { minLength: 6, maxLength: 6 })), { maxLength: 8 }),
        async (names, columns, extraHeaders, rows) => {
          const wb = new ExcelJS.Workbook();
          // Names Excel (and so exceljs) refuses are made acceptable: the point is hostile names it takes.
          const sheets = names.map((name) => {
            const safe = name.replace(/[*?:\\/[\]]/g, '_').slice(0, 31);
            return wb.addWorksheet(/^'|'$/.test(safe) || safe.trim() === '' ? `_${safe.slice(0, 29)}_` : safe);
          });
          const ws = sheets[sheets.length - 1]!;
          const header = [...new Set<TrackingColumn>(['indicatorId', 'periodId', ...columns])].map((k) => HEADERS[k]);
          ws.addRow([...header, ...extraHeaders]);
          for (const [indicatorId, periodId, values] of rows) {
            ws.addRow([indicatorId, periodId, ...values]);
          }
          const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
          const started = performance.now();
          const result = await withTimeLimit(readTrackingSheet(bytes, view), CASE_LIMIT_MS);
          stats.slowest = Math.max(stats.slowest, performance.now() - started);
          checkOutcome(result, rows.length + 1);
          // exceljs writes characters XML cannot hold (U+FFFE, lone surrogates) as they are: such a file is refused as not a workbook.
          if (result.ok) workbooksRead++;
          expectPrototypesUnchanged(prototypes, CORE_PROTOTYPES);
        },
      ),
      { numRuns: WORKBOOK_RUNS },
    );
    expect(workbooksRead).toBeGreaterThan(WORKBOOK_RUNS / 3);
    expectPrototypesUnchanged(prototypes);
  }, 180_000);

  it('byte mutations of a real export: a preview or an error result, never a throw', async () => {
    const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
    let mutatedRead = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.record({ at: position, xor: fc.integer({ min: 1, max: 255 }) }), fc.record({ at: position, cut: fc.constant(true) })), { minLength: 1, maxLength: 4 }),
        async (mutations) => {
          let bytes = exported.slice();
          for (const m of mutations) {
            const at = Math.floor(m.at * bytes.length);
            if ('cut' in m) bytes = bytes.slice(0, at);
            else bytes[at] = bytes[at]! ^ m.xor;
          }
          const started = performance.now();
          const result = await withTimeLimit(readTrackingSheet(bytes, view), CASE_LIMIT_MS);
          stats.slowest = Math.max(stats.slowest, performance.now() - started);
          checkOutcome(result, 100_000);
          if (result.ok) mutatedRead++;
          expectPrototypesUnchanged(prototypes, CORE_PROTOTYPES);
        },
      ),
      { numRuns: WORKBOOK_RUNS },
    );
    console.info(`xlsx-import fuzz: ${mutatedRead} of ${WORKBOOK_RUNS} mutated exports still read as a tracking sheet`);
    expectPrototypesUnchanged(prototypes);
  }, 180_000);

  it('the unmutated export reads back with nothing to change', async () => {
    const result = await readTrackingSheet(exported, view);
    expect(result.ok && result.changes.length + result.removals.length).toBe(0);
  });
});
