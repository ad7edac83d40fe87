/**
 * The schedule as of the status date: milestone states, result spans (own and derived),
 * the timeline's rows cut to the plan period, its filters and counts, and the checks of
 * a milestone or span as typed.
 */
import { describe, expect, it } from 'vitest';
import {
  assessMilestone,
  buildTimeline,
  checkMilestoneDraft,
  checkSpanDraft,
  isDerivedSpan,
  milestoneFields,
  NO_COMPONENT,
  NO_TIMELINE_FILTERS,
  resultSpans,
  upcomingEnd,
  type TimelineFilters,
} from '../../../shared/analysis/schedule';
import { statusDateOf } from '../../../shared/analysis/status-date';
import { fixedClock } from '../../../shared/dates';
import type { ComponentId, PlanData, ResultId } from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { blankData, counterHex } from '../../fixtures/plans';
import { milestone, result, roles, UNIT_A, UNIT_R, viewOf } from './quality-plans';

const STATUS = '2012-01-31';

describe('assessMilestone', () => {
  const at = (fields: Parameters<typeof milestone>[3], due = '2012-01-15') => assessMilestone(milestone('m', 'p', due, fields), STATUS);

  it('is overdue when due before the status date and neither done nor cancelled, with the days it is late', () => {
    expect(at({})).toMatchObject({ state: 'overdue', daysLate: 16, daysToDue: -16 });
    expect(at({ status: 'in_progress' }).state).toBe('overdue');
    expect(at({}, '2012-01-30').state).toBe('overdue');
  });

  it('is due in the next 90 days from the status date itself up to 90 days after it', () => {
    expect(upcomingEnd(STATUS)).toBe('2012-04-30');
    expect(at({}, '2012-01-31')).toMatchObject({ state: 'next90', daysToDue: 0, daysLate: 0 });
    expect(at({}, '2012-04-30')).toMatchObject({ state: 'next90', daysToDue: 90 });
    expect(at({}, '2012-05-01')).toMatchObject({ state: 'later', daysToDue: 91 });
  });

  it('is done once completed on or before the status date, late by the days after its due date', () => {
    expect(at({ status: 'done', completedDate: '2012-01-10' })).toMatchObject({ state: 'done', daysLate: 0 });
    expect(at({ status: 'done', completedDate: '2012-01-31' })).toMatchObject({ state: 'done', daysLate: 16, doneAfterStatusDate: false });
    expect(at({ status: 'done', completedDate: null }).state).toBe('done');
  });

  it('judges a milestone completed after the status date by its due date: as of the status date it was open', () => {
    expect(at({ status: 'done', completedDate: '2012-02-10' })).toMatchObject({ state: 'overdue', daysLate: 16, doneAfterStatusDate: true });
    expect(at({ status: 'done', completedDate: '2012-06-10' }, '2012-06-01')).toMatchObject({ state: 'later', doneAfterStatusDate: true });
  });

  it('is cancelled whatever its date', () => {
    expect(at({ status: 'cancelled' }, '2010-01-01')).toMatchObject({ state: 'cancelled', daysLate: 0 });
  });
});

/** Goal g > outcomes o1, o2 > outputs p1 (under o1), p2 (under o2) > activities a1, a2 (under p1). */
function chain(change: (d: PlanData) => void = () => undefined): PlanData {
  const data = blankData();
  data.results = [
    result('g', 'goal', null),
    result('o1', 'outcome', 'g', 'a'),
    result('o2', 'outcome', 'g', 'b'),
    result('p1', 'output', 'o1'),
    result('p2', 'output', 'o2'),
    result('a1', 'activity', 'p1', 'a'),
    result('a2', 'activity', 'p1', 'b'),
  ];
  change(data);
  return data;
}
const R = (id: string) => id as ResultId;
const set = (d: PlanData, id: string, fields: Partial<PlanData['results'][number]>) => Object.assign(d.results.find((r) => r.id === id)!, fields);

describe('resultSpans', () => {
  it('gives no span to results with no dates at all, and none to their parents', () => {
    const spans = resultSpans(viewOf(chain()));
    for (const id of ['g', 'o1', 'o2', 'p1', 'p2', 'a1', 'a2']) expect(spans.get(R(id))).toBeNull();
  });

  it("uses a result's own dates, and derives its parents' spans from them up the chain", () => {
    const spans = resultSpans(
      viewOf(
        chain((d) => {
          set(d, 'a1', { startDate: '2010-03-01', endDate: '2010-06-30' });
          set(d, 'a2', { startDate: '2010-05-01', endDate: '2011-02-28' });
        }),
      ),
    );
    expect(spans.get(R('a1'))).toEqual({ start: '2010-03-01', end: '2010-06-30', startSource: 'own', endSource: 'own' });
    expect(isDerivedSpan(spans.get(R('a1'))!)).toBe(false);
    const derived = { start: '2010-03-01', end: '2011-02-28', startSource: 'derived', endSource: 'derived' };
    expect(spans.get(R('p1'))).toEqual(derived);
    expect(spans.get(R('o1'))).toEqual(derived);
    expect(spans.get(R('g'))).toEqual(derived);
    expect(isDerivedSpan(spans.get(R('g'))!)).toBe(true);
    expect(spans.get(R('o2'))).toBeNull();
  });

  it("derives from the result's own milestones: due dates, completion dates of done ones, not cancelled ones", () => {
    const spans = resultSpans(
      viewOf(
        chain((d) => {
          d.milestones = [
            milestone('m1', 'p2', '2011-06-30', { status: 'done', completedDate: '2011-09-15' }),
            milestone('m2', 'p2', '2011-03-31'),
            milestone('m3', 'p2', '2015-01-01', { status: 'cancelled' }),
            milestone('m4', 'p2', '2010-01-01', { status: 'in_progress', completedDate: null }),
          ];
        }),
      ),
    );
    expect(spans.get(R('p2'))).toEqual({ start: '2010-01-01', end: '2011-09-15', startSource: 'derived', endSource: 'derived' });
    expect(spans.get(R('o2'))).toMatchObject({ start: '2010-01-01', end: '2011-09-15' });
  });

  it('mixes an own date with a derived one, and an own date with nothing lets it stand for both ends', () => {
    const view = viewOf(
      chain((d) => {
        set(d, 'a1', { startDate: '2010-03-01', endDate: '2010-06-30' });
        set(d, 'p1', { endDate: '2012-12-31' });
        set(d, 'p2', { startDate: '2013-01-01' });
      }),
    );
    const spans = resultSpans(view);
    expect(spans.get(R('p1'))).toEqual({ start: '2010-03-01', end: '2012-12-31', startSource: 'derived', endSource: 'own' });
    expect(spans.get(R('p2'))).toEqual({ start: '2013-01-01', end: '2013-01-01', startSource: 'own', endSource: 'none' });
  });

  it('lets an own date win over a derived end on the wrong side of it, and reads reversed own dates the right way round', () => {
    const view = viewOf(
      chain((d) => {
        set(d, 'a1', { startDate: '2010-03-01', endDate: '2010-06-30' });
        set(d, 'p1', { startDate: '2011-01-01' });
        set(d, 'a2', { startDate: '2011-12-31', endDate: '2011-01-01' });
      }),
    );
    const spans = resultSpans(view);
    expect(spans.get(R('a2'))).toMatchObject({ start: '2011-01-01', end: '2011-12-31' });
    // a1 and a2 end by 2011-12-31: after p1's own start, so the derived end stands.
    expect(spans.get(R('p1'))).toMatchObject({ start: '2011-01-01', end: '2011-12-31', startSource: 'own', endSource: 'derived' });
    const late = resultSpans(viewOf(chain((d) => (set(d, 'a1', { endDate: '2010-06-30' }), set(d, 'p1', { startDate: '2012-01-01' })))));
    expect(late.get(R('p1'))).toMatchObject({ start: '2012-01-01', end: '2012-01-01', startSource: 'own', endSource: 'derived' });
  });
});

describe('buildTimeline', () => {
  const filters = (f: Partial<TimelineFilters>): TimelineFilters => ({ ...NO_TIMELINE_FILTERS, ...f });

  it('lists every result in tree order with its number and depth, and knows where the status date lies', () => {
    const timeline = buildTimeline(viewOf(chain()), STATUS);
    expect(timeline.rows.map((r) => [r.id, r.number, r.depth])).toEqual([
      ['g', '1', 0],
      ['o1', '1.1', 1],
      ['p1', '1.1.1', 2],
      ['a1', '1.1.1.1', 3],
      ['a2', '1.1.1.2', 3],
      ['o2', '1.2', 1],
      ['p2', '1.2.1', 2],
    ]);
    expect(timeline).toMatchObject({ statusDate: STATUS, upcomingEnd: '2012-04-30', periodStart: '2010-01-01', periodEnd: '2015-12-31', statusDatePosition: 'within' });
    expect(buildTimeline(viewOf(chain()), '2009-06-30').statusDatePosition).toBe('before');
    expect(buildTimeline(viewOf(chain()), '2016-01-01').statusDatePosition).toBe('after');
    for (const row of timeline.rows) expect([row.span, row.bar, row.spanPosition, row.milestones]).toEqual([null, null, null, []]);
  });

  it('cuts spans to the plan period, and draws none for a span wholly outside it', () => {
    const view = viewOf(
      chain((d) => {
        set(d, 'a1', { startDate: '2009-01-01', endDate: '2010-06-30' });
        set(d, 'a2', { startDate: '2015-06-01', endDate: '2017-12-31' });
        set(d, 'p2', { startDate: '2008-01-01', endDate: '2009-12-31' });
        set(d, 'o2', { startDate: '2016-01-01', endDate: '2016-12-31' });
      }),
    );
    const rows = Object.fromEntries(buildTimeline(view, STATUS).rows.map((r) => [r.id, r]));
    expect(rows.a1!.bar).toEqual({ start: '2010-01-01', end: '2010-06-30', cutStart: true, cutEnd: false });
    expect(rows.a2!.bar).toEqual({ start: '2015-06-01', end: '2015-12-31', cutStart: false, cutEnd: true });
    expect(rows.p1!.bar).toEqual({ start: '2010-01-01', end: '2015-12-31', cutStart: true, cutEnd: true });
    expect(rows.p1!.span).toMatchObject({ start: '2009-01-01', end: '2017-12-31' });
    expect([rows.p2!.bar, rows.p2!.spanPosition]).toEqual([null, 'before']);
    expect([rows.o2!.bar, rows.o2!.spanPosition]).toEqual([null, 'after']);
    expect(rows.a1!.spanPosition).toBe('within');
  });

  const withMilestones = () =>
    chain((d) => {
      d.components = [{ id: 'c1' as ComponentId, code: '(i)', name: 'Framework', description: '', sortKey: 'm', deletedAt: null, deletedBy: null }];
      set(d, 'o2', { componentId: 'c1' as ComponentId });
      set(d, 'p2', { componentId: 'c1' as ComponentId });
      d.units = [
        { id: UNIT_A, code: 'LEAD', name: 'Lead', kind: 'department', parentId: null, deletedAt: null, deletedBy: null },
        { id: UNIT_R, code: 'FIELD', name: 'Field', kind: 'country_office', parentId: null, deletedAt: null, deletedBy: null },
      ];
      d.responsibilities = [...roles('p1', [UNIT_A, 'A']), ...roles('a1', [UNIT_R, 'I'])];
      d.milestones = [
        milestone('late', 'p1', '2011-12-31', { status: 'done', completedDate: '2012-01-20' }),
        milestone('ontime', 'p1', '2011-06-30', { status: 'done', completedDate: '2011-06-01' }),
        milestone('overdue', 'a1', '2011-09-30', { status: 'in_progress' }),
        milestone('soon', 'p2', '2012-03-15'),
        milestone('later', 'p2', '2013-06-30'),
        milestone('cancelled', 'p2', '2011-01-31', { status: 'cancelled' }),
        milestone('outside', 'o2', '2016-03-31'),
      ];
    });

  it('gives each row its milestones by due date with their state and place in the period, and counts them', () => {
    const timeline = buildTimeline(viewOf(withMilestones()), STATUS);
    const rows = Object.fromEntries(timeline.rows.map((r) => [r.id, r]));
    expect(rows.p1!.milestones.map((m) => [m.milestone.id, m.state, m.daysLate])).toEqual([
      ['ontime', 'done', 0],
      ['late', 'done', 20],
    ]);
    expect(rows.p2!.milestones.map((m) => [m.milestone.id, m.state])).toEqual([
      ['cancelled', 'cancelled'],
      ['soon', 'next90'],
      ['later', 'later'],
    ]);
    expect(rows.o2!.milestones[0]).toMatchObject({ state: 'later', position: 'after' });
    expect(rows.a1!.milestones[0]).toMatchObject({ state: 'overdue', daysLate: 123, position: 'within' });
    expect(timeline.counts).toEqual({ overdue: 1, next90: 1, later: 2, done: 2, cancelled: 1, total: 7, doneLate: 1 });
  });

  it('filters by level, component (or none), and unit, counting only the milestones of the rows kept', () => {
    const view = viewOf(withMilestones());
    const ids = (f: Partial<TimelineFilters>) => buildTimeline(view, STATUS, filters(f)).rows.map((r) => r.id);
    expect(ids({ level: 'output' })).toEqual(['p1', 'p2']);
    expect(ids({ componentId: 'c1' })).toEqual(['o2', 'p2']);
    expect(ids({ componentId: NO_COMPONENT })).toEqual(['g', 'o1', 'p1', 'a1', 'a2']);
    expect(ids({ unitId: UNIT_R })).toEqual(['a1']);
    expect(ids({ unitId: UNIT_A, level: 'activity' })).toEqual([]);
    expect(buildTimeline(view, STATUS, filters({ level: 'output' })).counts).toMatchObject({ total: 5, done: 2, next90: 1, overdue: 0 });
  });

  it('"due soon only" keeps the overdue and next-90-days milestones and their results, but counts all of theirs', () => {
    const timeline = buildTimeline(viewOf(withMilestones()), STATUS, filters({ dueSoonOnly: true }));
    expect(timeline.rows.map((r) => [r.id, r.milestones.map((m) => m.milestone.id)])).toEqual([
      ['a1', ['overdue']],
      ['p2', ['soon']],
    ]);
    expect(timeline.counts).toMatchObject({ overdue: 1, next90: 1, done: 2 });
  });

  it('skips milestones whose result is gone', () => {
    const view = viewOf(withMilestones());
    const orphan = { ...view, milestones: { ...view.milestones, x: milestone('x', 'nowhere', '2011-01-01') } };
    expect(buildTimeline(orphan, STATUS).counts.total).toBe(7);
  });
});

describe('checkMilestoneDraft', () => {
  const draft = { title: 'Report adopted', dueDate: '2012-03-31', status: 'planned' as const, completedDate: '' };
  const problems = (d: Partial<typeof draft> | { status: 'done' | 'cancelled' | 'in_progress'; completedDate?: string }) =>
    checkMilestoneDraft({ ...draft, ...d }, STATUS).map((p) => `${p.field}:${p.key}`);

  it('accepts a planned milestone with a title and a due date, outside the plan period too', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ dueDate: '2030-01-01' })).toEqual([]);
  });

  it('needs a title and a valid due date', () => {
    expect(problems({ title: '  ' })).toEqual(['title:titleRequired']);
    expect(problems({ title: 'x'.repeat(501) })).toEqual(['title:titleTooLong']);
    expect(problems({ dueDate: '' })).toEqual(['dueDate:dueDateRequired']);
    expect(problems({ dueDate: '2012-02-30' })).toEqual(['dueDate:dateInvalid']);
  });

  it('needs a completion date for a done milestone, not after the status date', () => {
    expect(problems({ status: 'done' })).toEqual(['completedDate:completedDateRequired']);
    expect(problems({ status: 'done', completedDate: '2012-13-01' })).toEqual(['completedDate:dateInvalid']);
    expect(problems({ status: 'done', completedDate: '2012-02-01' })).toEqual(['completedDate:completedAfterStatusDate']);
    expect(problems({ status: 'done', completedDate: STATUS })).toEqual([]);
    expect(problems({ status: 'done', completedDate: '2009-05-01' })).toEqual([]);
  });

  it('ignores a completion date left in the form of a milestone that is not done, and drops it from the fields', () => {
    expect(problems({ status: 'in_progress', completedDate: '2099-01-01' })).toEqual([]);
    expect(milestoneFields({ ...draft, title: ' Report ', status: 'cancelled', completedDate: '2011-01-01' })).toEqual({ title: 'Report', dueDate: '2012-03-31', status: 'cancelled', completedDate: null });
    expect(milestoneFields({ ...draft, status: 'done', completedDate: '2011-01-01' }).completedDate).toBe('2011-01-01');
  });
});

describe('checkSpanDraft', () => {
  it('accepts empty ends (derived), valid dates, and one-day spans', () => {
    expect(checkSpanDraft('', '')).toEqual([]);
    expect(checkSpanDraft('2010-01-01', '')).toEqual([]);
    expect(checkSpanDraft('2010-01-01', '2010-01-01')).toEqual([]);
  });

  it('refuses invalid dates and an end before the start', () => {
    expect(checkSpanDraft('2010-02-31', '')).toEqual([{ field: 'startDate', key: 'dateInvalid' }]);
    expect(checkSpanDraft('', 'soon')).toEqual([{ field: 'endDate', key: 'dateInvalid' }]);
    expect(checkSpanDraft('2011-01-01', '2010-12-31')).toEqual([{ field: 'endDate', key: 'endBeforeStart' }]);
  });
});

describe('the sample plan as of its status date, 31 January 2012', () => {
  const sample = buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2009-11-16T09:30:00.000Z'), officeName: 'HQ' });
  const view = viewOf(sample);
  const timeline = buildTimeline(view, statusDateOf(view.plan, fixedClock('2030-01-01T00:00:00.000Z')));

  it('reads as of the sample status date, not today', () => {
    expect(timeline.statusDate).toBe('2012-01-31');
    expect(timeline.statusDatePosition).toBe('within');
  });

  it('has milestones overdue, due in the next 90 days, done on time and late, and later', () => {
    expect(timeline.counts).toEqual({ overdue: 4, next90: 2, later: 2, done: 8, cancelled: 0, total: 16, doneLate: 4 });
  });

  it('dates every activity with its own span and derives every other result from them, all inside the plan period', () => {
    for (const row of timeline.rows) {
      expect(row.span, row.number).not.toBeNull();
      expect(row.spanPosition).toBe('within');
      expect(row.bar).toMatchObject({ cutStart: false, cutEnd: false });
      const own = row.span!.startSource === 'own' && row.span!.endSource === 'own';
      expect(own, row.number).toBe(row.level === 'activity');
    }
    expect(timeline.rows[0]!.span).toMatchObject({ start: '2010-01-01', end: '2015-12-31' });
  });
});
