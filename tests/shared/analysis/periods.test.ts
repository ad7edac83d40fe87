import { describe, expect, it } from 'vitest';
import {
  generatePeriods,
  periodContaining,
  periodsOverlap,
  periodUsage,
  planPeriodChange,
  uncoveredRanges,
  type NewPeriod,
} from '../../../shared/analysis/periods';
import type { Indicator, IndicatorId, ReportingPeriod, ReportingPeriodId, ResourceAllocation, ResourceAllocationId, ResultId } from '../../../shared/model';
import { blankIndicator } from '../../../shared/plan-doc';

const pid = (s: string) => s as ReportingPeriodId;
const period = (id: string, label: string, start: string, end: string): ReportingPeriod => ({ id: pid(id), label, start, end, deletedAt: null, deletedBy: null });
const BIENNIA = [period('b1', '2010-11', '2010-01-01', '2011-12-31'), period('b2', '2012-13', '2012-01-01', '2013-12-31'), period('b3', '2014-15', '2014-01-01', '2015-12-31')];
const withIds = (spans: ReturnType<typeof generatePeriods>, prefix: string): NewPeriod[] => spans.map((s, i) => ({ ...s, id: pid(`${prefix}${i}`) }));

function indicator(id: string, fields: Partial<Indicator> = {}): Indicator {
  return { ...blankIndicator(id as IndicatorId, 'r1' as ResultId, 'a0'), ...fields };
}
function allocation(id: string, periodId: string): ResourceAllocation {
  return { id: id as ResourceAllocationId, resultId: 'r1' as ResultId, periodId: pid(periodId), source: 'regular_budget', amount: 100, currency: 'USD', status: 'planned', note: '', deletedAt: null, deletedBy: null };
}

describe('generatePeriods', () => {
  it('splits a plan period into calendar years', () => {
    expect(generatePeriods('2010-01-01', '2012-12-31', 'year')).toEqual([
      { label: '2010', start: '2010-01-01', end: '2010-12-31' },
      { label: '2011', start: '2011-01-01', end: '2011-12-31' },
      { label: '2012', start: '2012-01-01', end: '2012-12-31' },
    ]);
  });

  it('splits a plan period into biennia labelled as in a programme and budget', () => {
    expect(generatePeriods('2010-01-01', '2015-12-31', 'biennium')).toEqual([
      { label: '2010-11', start: '2010-01-01', end: '2011-12-31' },
      { label: '2012-13', start: '2012-01-01', end: '2013-12-31' },
      { label: '2014-15', start: '2014-01-01', end: '2015-12-31' },
    ]);
  });

  it('labels a biennium across a century by the last two digits', () => {
    expect(generatePeriods('2099-01-01', '2100-12-31', 'biennium')).toEqual([{ label: '2099-00', start: '2099-01-01', end: '2100-12-31' }]);
  });

  it('splits a plan period into calendar quarters with the leap day in Q1 of a leap year', () => {
    const quarters = generatePeriods('2012-01-01', '2012-12-31', 'quarter');
    expect(quarters.map((q) => q.label)).toEqual(['2012 Q1', '2012 Q2', '2012 Q3', '2012 Q4']);
    expect(quarters.map((q) => [q.start, q.end])).toEqual([
      ['2012-01-01', '2012-03-31'],
      ['2012-04-01', '2012-06-30'],
      ['2012-07-01', '2012-09-30'],
      ['2012-10-01', '2012-12-31'],
    ]);
  });

  it('shortens the first and last periods of a plan that does not start or end on a boundary', () => {
    expect(generatePeriods('2010-07-01', '2012-03-31', 'year')).toEqual([
      { label: '2010', start: '2010-07-01', end: '2010-12-31' },
      { label: '2011', start: '2011-01-01', end: '2011-12-31' },
      { label: '2012', start: '2012-01-01', end: '2012-03-31' },
    ]);
    expect(generatePeriods('2010-02-15', '2010-08-10', 'quarter')).toEqual([
      { label: '2010 Q1', start: '2010-02-15', end: '2010-03-31' },
      { label: '2010 Q2', start: '2010-04-01', end: '2010-06-30' },
      { label: '2010 Q3', start: '2010-07-01', end: '2010-08-10' },
    ]);
  });

  it('counts biennia from the plan\'s first year and labels one cut to a single year by that year', () => {
    expect(generatePeriods('2011-04-01', '2015-12-31', 'biennium')).toEqual([
      { label: '2011-12', start: '2011-04-01', end: '2012-12-31' },
      { label: '2013-14', start: '2013-01-01', end: '2014-12-31' },
      { label: '2015', start: '2015-01-01', end: '2015-12-31' },
    ]);
  });

  it('ends a period on the leap day when the plan ends on it', () => {
    expect(generatePeriods('2015-01-01', '2016-02-29', 'year')).toEqual([
      { label: '2015', start: '2015-01-01', end: '2015-12-31' },
      { label: '2016', start: '2016-01-01', end: '2016-02-29' },
    ]);
    expect(generatePeriods('2016-01-01', '2016-02-29', 'quarter')).toEqual([{ label: '2016 Q1', start: '2016-01-01', end: '2016-02-29' }]);
  });

  it('gives consecutive periods without gaps or overlaps', () => {
    for (const kind of ['year', 'biennium', 'quarter'] as const) {
      const ps = generatePeriods('2009-11-17', '2021-05-03', kind);
      expect(ps[0]!.start).toBe('2009-11-17');
      expect(ps[ps.length - 1]!.end).toBe('2021-05-03');
      for (let i = 1; i < ps.length; i++) {
        const dayAfter = new Date(`${ps[i - 1]!.end}T12:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(ps[i]!.start).toBe(dayAfter.toISOString().slice(0, 10));
      }
    }
  });

  it('gives one period for a one-day plan and none for a plan that ends before it starts', () => {
    expect(generatePeriods('2010-05-05', '2010-05-05', 'year')).toEqual([{ label: '2010', start: '2010-05-05', end: '2010-05-05' }]);
    expect(generatePeriods('2011-01-01', '2010-12-31', 'year')).toEqual([]);
  });
});

describe('period helpers', () => {
  it('finds the period containing a date, ends included, and detects overlaps', () => {
    expect(periodContaining(BIENNIA, '2011-12-31')?.id).toBe('b1');
    expect(periodContaining(BIENNIA, '2012-01-01')?.id).toBe('b2');
    expect(periodContaining(BIENNIA, '2016-01-01')).toBeUndefined();
    expect(periodsOverlap(BIENNIA[0]!, { label: 'x', start: '2011-12-31', end: '2012-06-30' })).toBe(true);
    expect(periodsOverlap(BIENNIA[0]!, BIENNIA[1]!)).toBe(false);
  });

  it('finds the days of the plan period no period covers', () => {
    expect(uncoveredRanges(BIENNIA, '2010-01-01', '2015-12-31')).toEqual([]);
    expect(uncoveredRanges([BIENNIA[2]!, BIENNIA[0]!], '2010-01-01', '2015-12-31')).toEqual([{ start: '2012-01-01', end: '2013-12-31' }]);
    expect(uncoveredRanges([BIENNIA[1]!], '2010-01-01', '2015-12-31')).toEqual([
      { start: '2010-01-01', end: '2011-12-31' },
      { start: '2014-01-01', end: '2015-12-31' },
    ]);
    expect(uncoveredRanges([], '2010-01-01', '2010-12-31')).toEqual([{ start: '2010-01-01', end: '2010-12-31' }]);
  });

  it('counts the targets (per category too), actuals and allocations referring to each period', () => {
    const ind = indicator('i1', {
      targets: { [pid('b1')]: 8, [pid('b2')]: 10 },
      categoryTargets: { [pid('b1')]: { Women: 4, Men: 4 } },
      actuals: { [pid('b1')]: { value: 7, date: '2011-12-31', evidence: '', link: '' } },
    });
    const usage = periodUsage([ind], [allocation('a1', 'b1'), allocation('a2', 'b3')]);
    expect(usage.get('b1')).toEqual({ targets: 3, actuals: 1, allocations: 1 });
    expect(usage.get('b2')).toEqual({ targets: 1, actuals: 0, allocations: 0 });
    expect(usage.get('b3')).toEqual({ targets: 0, actuals: 0, allocations: 1 });
  });
});

describe('planPeriodChange', () => {
  const years = withIds(generatePeriods('2010-01-01', '2015-12-31', 'year'), 'y');
  const idOf = (label: string) => years.find((y) => y.label === label)!.id;

  it('moves biennium targets to the year holding the biennium\'s end, actuals by their date, allocations to the first year', () => {
    const ind = indicator('i1', {
      targets: { [pid('b1')]: 8, [pid('b2')]: 10 },
      targetsNotApplicable: { [pid('b3')]: true },
      categoryTargets: { [pid('b1')]: { Africa: 3 } },
      actuals: { [pid('b1')]: { value: 7, date: '2010-11-30', evidence: 'GB report', link: '', byCategory: { Africa: 2 } }, [pid('b2')]: { value: 9, date: null, evidence: '', link: '' } },
    });
    const change = planPeriodChange({ periods: BIENNIA, indicators: [ind], resources: [allocation('a1', 'b1'), allocation('a2', 'b2')], next: years });
    expect(change.collisions).toEqual([]);
    expect(change.unplaced).toEqual([]);
    expect(change.removed).toEqual(['b1', 'b2', 'b3']);
    expect(change.indicators).toEqual([
      {
        id: 'i1',
        targets: { [idOf('2011')]: 8, [idOf('2013')]: 10 },
        targetsNotApplicable: { [idOf('2015')]: true },
        categoryTargets: { [idOf('2011')]: { Africa: 3 } },
        actuals: { [idOf('2010')]: ind.actuals[pid('b1')], [idOf('2013')]: ind.actuals[pid('b2')] },
      },
    ]);
    expect(change.allocations).toEqual([
      { id: 'a1', to: idOf('2010') },
      { id: 'a2', to: idOf('2012') },
    ]);
    const move = change.moves.find((m) => m.from.id === 'b1')!;
    expect(move).toMatchObject({ kept: false, targetsTo: idOf('2011'), actualsTo: [idOf('2010')], allocationsTo: idOf('2010'), usage: { targets: 2, actuals: 1, allocations: 1 } });
  });

  it('keeps the id of a new period with the same dates as an old one, and leaves its values alone', () => {
    const next: NewPeriod[] = [
      { id: pid('n1'), label: 'First biennium', start: '2010-01-01', end: '2011-12-31' },
      ...withIds(generatePeriods('2012-01-01', '2015-12-31', 'year'), 'n'),
    ];
    const ind = indicator('i1', { targets: { [pid('b1')]: 8 }, actuals: { [pid('b1')]: { value: 7, date: '2011-06-30', evidence: '', link: '' } } });
    const change = planPeriodChange({ periods: BIENNIA, indicators: [ind], resources: [allocation('a1', 'b1')], next });
    expect(change.periods[0]).toEqual({ id: 'b1', label: 'First biennium', start: '2010-01-01', end: '2011-12-31' });
    expect(change.removed).toEqual(['b2', 'b3']);
    expect(change.indicators).toEqual([]);
    expect(change.allocations).toEqual([]);
    expect(change.moves[0]).toMatchObject({ kept: true, targetsTo: 'b1', allocationsTo: 'b1' });
  });

  it('puts an actual dated outside its old period (reported after it ended) at that period\'s end', () => {
    const reportedLater = indicator('i1', { actuals: { [pid('b1')]: { value: 7, date: '2012-01-20', evidence: '', link: '' } } });
    const before = indicator('i2', { actuals: { [pid('b1')]: { value: 7, date: '2009-12-31', evidence: '', link: '' } } });
    const undated = indicator('i3', { actuals: { [pid('b2')]: { value: 7, date: null, evidence: '', link: '' } } });
    const change = planPeriodChange({ periods: BIENNIA, indicators: [reportedLater, before, undated], resources: [], next: years });
    expect(change.indicators.map((i) => Object.keys(i.actuals))).toEqual([[idOf('2011')], [idOf('2011')], [idOf('2013')]]);
  });

  it('reports a collision when two yearly targets of one indicator would land in one biennium, and names the periods', () => {
    const yearly = years.map((y) => ({ ...y, deletedAt: null, deletedBy: null }));
    const biennia = withIds(generatePeriods('2010-01-01', '2015-12-31', 'biennium'), 'b');
    const clash = indicator('i1', { targets: { [idOf('2010')]: 5, [idOf('2011')]: 8 } });
    const fine = indicator('i2', { targets: { [idOf('2011')]: 8 }, targetsNotApplicable: { [idOf('2012')]: true, [idOf('2013')]: true } });
    const change = planPeriodChange({ periods: yearly, indicators: [clash, fine], resources: [allocation('a1', idOf('2010')), allocation('a2', idOf('2011'))], next: biennia });
    expect(change.collisions).toEqual([{ indicatorId: 'i1', kind: 'target', periodId: 'b0', from: [idOf('2010'), idOf('2011')] }]);
    // Two "not applicable" marks merge; two allocations are two entities and both move.
    expect(change.indicators.find((i) => i.id === 'i2')).toMatchObject({ targets: { b0: 8 }, targetsNotApplicable: { b1: true } });
    expect(change.allocations).toEqual([
      { id: 'a1', to: 'b0' },
      { id: 'a2', to: 'b0' },
    ]);
  });

  it('reports collisions of actuals and of category targets', () => {
    const yearly = years.map((y) => ({ ...y, deletedAt: null, deletedBy: null }));
    const biennia = withIds(generatePeriods('2010-01-01', '2015-12-31', 'biennium'), 'b');
    const ind = indicator('i1', {
      disaggregation: ['Women', 'Men'],
      categoryTargets: { [idOf('2010')]: { Women: 1 }, [idOf('2011')]: { Women: 2, Men: 3 } },
      actuals: { [idOf('2012')]: { value: 1, date: null, evidence: '', link: '' }, [idOf('2013')]: { value: 2, date: null, evidence: '', link: '' } },
    });
    const change = planPeriodChange({ periods: yearly, indicators: [ind], resources: [], next: biennia });
    expect(change.collisions).toEqual([
      { indicatorId: 'i1', kind: 'categoryTarget', periodId: 'b0', from: [idOf('2010'), idOf('2011')], category: 'Women' },
      { indicatorId: 'i1', kind: 'actual', periodId: 'b1', from: [idOf('2012'), idOf('2013')] },
    ]);
  });

  it('reports values whose period has no counterpart in the new set', () => {
    const next = withIds(generatePeriods('2012-01-01', '2015-12-31', 'year'), 'n');
    const ind = indicator('i1', { targets: { [pid('b1')]: 8 } });
    const change = planPeriodChange({ periods: BIENNIA, indicators: [ind], resources: [allocation('a1', 'b1')], next });
    expect(change.unplaced).toEqual([
      { kind: 'target', ownerId: 'i1', from: 'b1' },
      { kind: 'allocation', ownerId: 'a1', from: 'b1' },
    ]);
  });

  it('leaves values of a period that is no longer live where they are', () => {
    const ind = indicator('i1', { targets: { [pid('gone')]: 3, [pid('b1')]: 8 } });
    const change = planPeriodChange({ periods: BIENNIA, indicators: [ind], resources: [], next: years });
    expect(change.indicators[0]!.targets).toEqual({ gone: 3, [idOf('2011')]: 8 });
    expect(change.unplaced).toEqual([]);
  });
});
