/**
 * The IATI 2.03 results export: parsed back (happy-dom) for its content and element
 * order, and validated against the official 2.03 schema with xmllint.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { IatiExportError, renderIati } from '../../../shared/export/iati';
import { xmlSafe } from '../../../shared/export/text';
import { translator } from '../../../shared/i18n';
import { IatiSettingsSchema, PlanSchema, type Indicator, type PlanData } from '../../../shared/model';
import { InProcessEngine, type PlanView } from '../../../shared/plan-doc';
import { buildSamplePlan, SAMPLE_IATI } from '../../../shared/sample';
import { ACTOR_A, counterHex } from '../../fixtures/plans';
import { HOSTILE } from '../../fixtures/report';

const SCHEMA = join(process.cwd(), 'standards/iati-2.03/iati-activities-schema.xsd');
const clock = fixedClock('2012-02-01T10:00:00.000Z');
const OPTIONS = { language: 'en', asOf: '2012-01-31', generatedAt: '2012-02-01T10:00:00Z' };

const sampleData = (): PlanData => buildSamplePlan({ randomHex: counterHex(), clock, officeName: 'Geneva' });
const viewOf = (data: PlanData): PlanView => InProcessEngine.create(data, { actor: ACTOR_A, office: 'Geneva', clock }).state.view;
const sample = viewOf(sampleData());

function parse(xml: string): Document {
  const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Runs xmllint against the 2.03 schema; returns its complaints ('' when valid). */
function schemaErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rbm-iati-'));
  const file = join(dir, 'activity.xml');
  writeFileSync(file, xml, 'utf8');
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

const children = (e: Element) => Array.from(e.children);
const names = (e: Element) => children(e).map((c) => c.tagName.toLowerCase());
const child = (e: Element, name: string) => children(e).find((c) => c.tagName.toLowerCase() === name);
const narrative = (e: Element | undefined) => e?.getElementsByTagName('narrative')[0]?.textContent ?? null;

/** Checks that `actual` follows the schema's sequence `order` (each name in order, repeats allowed). */
function inOrder(actual: readonly string[], order: readonly string[]): boolean {
  let at = 0;
  for (const name of actual) {
    const i = order.indexOf(name, at);
    if (i < 0) return false;
    at = i;
  }
  return true;
}

describe('renderIati on the sample plan', () => {
  const xml = renderIati(sample, OPTIONS);
  const doc = parse(xml);
  const root = doc.documentElement;
  const activity = root.getElementsByTagName('iati-activity')[0]!;
  const results = Array.from(activity.getElementsByTagName('result'));

  it('is valid against the IATI 2.03 activity schema', () => {
    expect(schemaErrors(xml)).toBe('');
  });

  it('writes the activities header and the activity identifiers', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.tagName).toBe('iati-activities');
    expect(root.getAttribute('version')).toBe('2.03');
    expect(root.getAttribute('generated-datetime')).toBe('2012-02-01T10:00:00Z');
    expect(root.getElementsByTagName('iati-activity')).toHaveLength(1);
    expect(activity.getAttribute('xml:lang')).toBe('en');
    expect(child(activity, 'iati-identifier')?.textContent).toBe('XM-DAC-41302-MIGRATION-STRATEGY-2010-2015');
    const org = child(activity, 'reporting-org')!;
    expect([org.getAttribute('ref'), org.getAttribute('type'), narrative(org)]).toEqual(['XM-DAC-41302', '40', 'International Labour Organization']);
    expect(narrative(child(activity, 'title'))).toBe('Office-wide strategy on labour migration, 2010-15');
    expect(child(activity, 'activity-status')?.getAttribute('code')).toBe('2');
    const dates = children(activity).filter((c) => c.tagName === 'activity-date').map((d) => [d.getAttribute('type'), d.getAttribute('iso-date')]);
    expect(dates).toEqual([['1', '2010-01-01'], ['3', '2015-12-31']]);
  });

  it('keeps the 2.03 element order at every level', () => {
    const activityOrder = ['iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status', 'activity-date', 'contact-info', 'result'];
    expect(inOrder(names(activity), activityOrder)).toBe(true);
    for (const result of results) {
      expect(inOrder(names(result), ['title', 'description', 'document-link', 'reference', 'indicator'])).toBe(true);
      for (const indicator of Array.from(result.getElementsByTagName('indicator'))) {
        expect(inOrder(names(indicator), ['title', 'description', 'document-link', 'reference', 'baseline', 'period'])).toBe(true);
        for (const period of Array.from(indicator.getElementsByTagName('period'))) {
          expect(names(period).slice(0, 2)).toEqual(['period-start', 'period-end']);
          expect(inOrder(names(period), ['period-start', 'period-end', 'target', 'actual'])).toBe(true);
          for (const value of children(period).slice(2)) expect(inOrder(names(value), ['location', 'dimension', 'comment', 'document-link'])).toBe(true);
        }
      }
    }
  });

  it('has one result per outcome and output with indicators, typed 2 and 1, in the order of the results chain', () => {
    const expected = sample.tree
      .map((n) => sample.results[n.id]!)
      .filter((r) => (r.level === 'outcome' || r.level === 'output') && (sample.indicatorsByResult[r.id]?.length ?? 0) > 0);
    expect(expected.length).toBeGreaterThan(3);
    expect(results.map((r) => narrative(child(r, 'title')))).toEqual(expected.map((r) => r.statement));
    expect(results.map((r) => r.getAttribute('type'))).toEqual(expected.map((r) => (r.level === 'outcome' ? '2' : '1')));
    for (const r of results) expect(r.getAttribute('aggregation-status')).toBe('0');
    const indicatorCount = expected.reduce((n, r) => n + sample.indicatorsByResult[r.id]!.length, 0);
    expect(activity.getElementsByTagName('indicator')).toHaveLength(indicatorCount);
  });

  it('writes each indicator with its measure, direction, baseline and periods', () => {
    const all = Object.values(sample.indicators);
    const byTitle = new Map(Array.from(activity.getElementsByTagName('indicator')).map((e) => [narrative(child(e, 'title')), e]));
    for (const indicator of all) {
      const e = byTitle.get(indicator.definition);
      if (!e) continue; // an indicator of the goal or an activity
      expect(e.getAttribute('measure')).toBe({ number: '1', percentage: '2', qualitative: '5' }[indicator.measureType]);
      expect(e.getAttribute('ascending')).toBe(indicator.direction === 'increase' ? '1' : '0');
      const baseline = child(e, 'baseline');
      if (indicator.baseline.date === null && indicator.baseline.value === null) expect(baseline).toBeUndefined();
      if (indicator.baseline.date !== null) {
        expect(baseline?.getAttribute('year')).toBe(indicator.baseline.date.slice(0, 4));
        expect(baseline?.getAttribute('iso-date')).toBe(indicator.baseline.date);
      }
      if (indicator.measureType !== 'qualitative' && indicator.baseline.value !== null) expect(baseline?.getAttribute('value')).toBe(String(indicator.baseline.value));
      const periods = children(e).filter((c) => c.tagName === 'period');
      const expectedPeriods = sample.periodOrder.filter((p) => indicator.targets[p] !== undefined || (indicator.actuals[p]?.value ?? null) !== null);
      expect(periods.map((p) => child(p, 'period-start')?.getAttribute('iso-date'))).toEqual(expectedPeriods.map((p) => sample.periods[p]!.start));
      expect(periods.map((p) => child(p, 'period-end')?.getAttribute('iso-date'))).toEqual(expectedPeriods.map((p) => sample.periods[p]!.end));
      if (indicator.measureType !== 'qualitative') {
        const targets = periods.map((p) => child(p, 'target')?.getAttribute('value') ?? null);
        expect(targets).toEqual(expectedPeriods.map((p) => (indicator.targets[p] === undefined ? null : String(indicator.targets[p]))));
        const actuals = periods.map((p) => child(p, 'actual')?.getAttribute('value') ?? null);
        expect(actuals).toEqual(expectedPeriods.map((p) => (indicator.actuals[p]?.value == null ? null : String(indicator.actuals[p]!.value))));
      }
    }
  });

  it('writes the ratifications of C.97 with the evaluation baseline, targets, actuals and regional dimensions', () => {
    const ratifications = Array.from(activity.getElementsByTagName('indicator')).find((e) => narrative(child(e, 'title'))?.includes('(No. 97)'))!;
    expect(ratifications).toBeDefined();
    const baseline = child(ratifications, 'baseline')!;
    expect([baseline.getAttribute('year'), baseline.getAttribute('iso-date'), baseline.getAttribute('value')]).toEqual(['2007', '2007-12-31', '5']);
    expect(narrative(child(baseline, 'comment'))).toContain('GB.301/4');
    const first = children(ratifications).find((c) => c.tagName === 'period')!;
    expect(child(first, 'actual')?.getAttribute('value')).not.toBeNull();
    const dimensions = Array.from(ratifications.getElementsByTagName('dimension'));
    expect(dimensions.length).toBeGreaterThan(0);
    expect(dimensions.every((d) => d.getAttribute('name') === 'Disaggregation' && (d.getAttribute('value') ?? '') !== '')).toBe(true);
  });

  it('writes a qualitative indicator\'s values as stages in comments, without @value', () => {
    const qualitative = Array.from(activity.getElementsByTagName('indicator')).find((e) => e.getAttribute('measure') === '5')!;
    expect(qualitative).toBeDefined();
    for (const v of [...Array.from(qualitative.getElementsByTagName('target')), ...Array.from(qualitative.getElementsByTagName('actual')), ...Array.from(qualitative.getElementsByTagName('baseline'))]) {
      expect(v.hasAttribute('value')).toBe(false);
      expect(narrative(child(v, 'comment'))).toMatch(/stage \d on a scale of 0 to \d/);
    }
    expect(narrative(child(child(qualitative, 'baseline')!, 'comment'))).toContain('No strategy paper (stage 0');
  });
});

describe('renderIati edge cases', () => {
  const plainIndicator = (data: PlanData): Indicator => data.indicators.find((i) => i.measureType === 'number' && data.results.find((r) => r.id === i.resultId)?.level === 'output')!;

  it('keeps hostile texts well-formed and valid, and reads them back as written (minus what XML cannot hold)', () => {
    const data = sampleData();
    const outcome = data.results.find((r) => r.level === 'outcome' && data.indicators.some((i) => i.resultId === r.id))!;
    outcome.statement = `${HOSTILE.xml} ${HOSTILE.rtl}`;
    outcome.description = `${HOSTILE.long} ${HOSTILE.control}`;
    const indicator = data.indicators.find((i) => i.resultId === outcome.id)!;
    indicator.definition = `${HOSTILE.emoji} ${HOSTILE.xml}`;
    indicator.unitOfMeasure = HOSTILE.control;
    data.plan.title = `${HOSTILE.xml} ${HOSTILE.emoji}`.slice(0, 300);
    data.plan.iati = { ...SAMPLE_IATI, reportingOrgName: HOSTILE.rtl };
    const view = viewOf(data);
    const xml = renderIati(view, OPTIONS);
    expect(schemaErrors(xml)).toBe('');
    const doc = parse(xml);
    const activity = doc.getElementsByTagName('iati-activity')[0]!;
    expect(narrative(child(activity, 'title'))).toBe(data.plan.title);
    expect(narrative(child(activity, 'reporting-org'))).toBe(HOSTILE.rtl);
    const result = Array.from(activity.getElementsByTagName('result')).find((r) => narrative(child(r, 'title')) === outcome.statement.trim())!;
    expect(result).toBeDefined();
    // (The document stores text as UTF-8: a lone surrogate is already U+FFFD in the view.)
    expect(narrative(child(result, 'description'))).toBe(xmlSafe(view.results[outcome.id]!.description).trim());
    expect(narrative(child(result, 'description'))).toContain('tripartism. END Bell and form feed');
    expect(narrative(child(result.getElementsByTagName('indicator')[0]!, 'title'))).toBe(indicator.definition);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
  });

  it('writes a baseline with a value but no date in the plan\'s first year and says so; leaves out results without indicators', () => {
    const data = sampleData();
    const indicator = plainIndicator(data);
    indicator.baseline = { value: 4, date: null, source: '' };
    const bare = data.results.find((r) => r.level === 'output' && !data.indicators.some((i) => i.resultId === r.id))!;
    bare.statement = 'An output with no indicator at all';
    const xml = renderIati(viewOf(data), OPTIONS);
    expect(schemaErrors(xml)).toBe('');
    const doc = parse(xml);
    const e = Array.from(doc.getElementsByTagName('indicator')).find((i) => narrative(child(i, 'title')) === indicator.definition)!;
    const baseline = child(e, 'baseline')!;
    expect([baseline.getAttribute('year'), baseline.hasAttribute('iso-date'), baseline.getAttribute('value')]).toEqual(['2010', false, '4']);
    expect(narrative(child(baseline, 'comment'))).toContain('first of the plan (2010)');
    expect(xml).not.toContain('An output with no indicator at all');
  });

  it('judges the activity status as of the date given', () => {
    const status = (asOf: string) => parse(renderIati(sample, { ...OPTIONS, asOf })).getElementsByTagName('activity-status')[0]!.getAttribute('code');
    expect([status('2009-12-31'), status('2010-01-01'), status('2015-12-31'), status('2016-01-01')]).toEqual(['1', '2', '2', '3']);
  });

  it('refuses a plan without IATI identifiers, with inconsistent ones, or without an organisation name, with a message key', () => {
    const t = translator('en');
    const attempt = (plan: PlanView['plan']) => {
      try {
        renderIati({ ...sample, plan }, OPTIONS);
        return null;
      } catch (e) {
        expect(e).toBeInstanceOf(IatiExportError);
        const key = (e as IatiExportError).key;
        expect(t(key, (e as IatiExportError).params)).not.toBe(key);
        return key;
      }
    };
    expect(attempt({ ...sample.plan, iati: undefined })).toBe('iati.errors.noIdentifier');
    // A merge of two offices' edits can leave the pair inconsistent: it is caught on export.
    expect(attempt({ ...sample.plan, iati: { ...SAMPLE_IATI, activityId: 'GB-CHC-1234-X' } })).toBe('iati.errors.invalidIdentifier');
    expect(attempt({ ...sample.plan, organisation: '', iati: { ...SAMPLE_IATI, reportingOrgName: undefined } })).toBe('iati.errors.noOrganisationName');
    expect(attempt({ ...sample.plan, organisation: 'ILO', iati: { ...SAMPLE_IATI, reportingOrgName: '  ' } })).toBeNull();
  });
});

describe('the plan\'s IATI identifiers', () => {
  it('are optional, so plans saved before them still load', () => {
    const { iati: _omitted, ...plan } = sampleData().plan;
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('accept registered identifiers and refuse malformed or unprefixed ones', () => {
    const ok = (s: object) => IatiSettingsSchema.safeParse({ ...SAMPLE_IATI, ...s }).success;
    expect(ok({})).toBe(true);
    expect(ok({ reportingOrgRef: 'GB-CHC-202918', activityId: 'GB-CHC-202918-P1' })).toBe(true);
    expect(ok({ reportingOrgRef: 'ILO' , activityId: 'ILO-1' })).toBe(false);
    expect(ok({ reportingOrgRef: 'xm-dac-41302', activityId: 'xm-dac-41302-1' })).toBe(false);
    expect(ok({ activityId: 'XM-DAC-41302' })).toBe(false);
    expect(ok({ activityId: 'XM-DAC-41302-' })).toBe(false);
    expect(ok({ activityId: 'XM-DAC-99999-1' })).toBe(false);
    expect(ok({ activityId: 'XM-DAC-41302-A B' })).toBe(false);
    expect(ok({ activityId: 'XM-DAC-41302-A/B' })).toBe(false);
    expect(ok({ reportingOrgType: '99' })).toBe(false);
  });

  it('are set and cleared through updatePlan, which refuses inconsistent ones', async () => {
    const data = sampleData();
    delete data.plan.iati;
    const engine = InProcessEngine.create(data, { actor: ACTOR_A, office: 'Geneva', clock });
    await engine.run('updatePlan', { iati: { reportingOrgRef: 'GB-CHC-202918', reportingOrgType: '21', activityId: 'GB-CHC-202918-MIG' } });
    expect(engine.state.view.plan.iati).toEqual({ reportingOrgRef: 'GB-CHC-202918', reportingOrgType: '21', activityId: 'GB-CHC-202918-MIG' });
    await expect(engine.run('updatePlan', { iati: { reportingOrgRef: 'GB-CHC-202918', reportingOrgType: '21', activityId: 'XM-DAC-1-MIG' } })).rejects.toThrow();
    await engine.run('updatePlan', { iati: undefined });
    expect(engine.state.view.plan.iati).toBeUndefined();
    await engine.undo();
    expect(engine.state.view.plan.iati?.activityId).toBe('GB-CHC-202918-MIG');
  });
});
