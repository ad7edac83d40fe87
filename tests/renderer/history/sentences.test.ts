import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../shared/dates';
import { translator } from '../../../shared/i18n';
import type { IndicatorId, NarrativeSectionId, ResultId, RiskId } from '../../../shared/model';
import { addIndicator, addResult, blankIndicator, blankRisk, deleteEntity, addEntity, PlanSession, setSectionBody, addSection, updateIndicator, updateResult, updatePlan } from '../../../shared/plan-doc';
import { readHistory } from '../../../shared/plan-doc/history';
import { describeEntry } from '../../../renderer/features/history/sentences';
import { ACTOR_A, blankData } from '../../fixtures/plans';

const t = translator('en');
const rid = (s: string) => s as ResultId;

function handClock(): Clock & { advance(seconds: number): void } {
  let time = new Date('2026-03-01T09:00:00.000Z').getTime();
  return { now: () => new Date(time), advance: (s) => (time += s * 1000) };
}

/** A plan with goal 1 and outcome 1.1 measured by indicator 1.1.1, each step a separate entry. */
function plan(office = 'Nairobi office') {
  const clock = handClock();
  const s = PlanSession.create(blankData(), { actor: ACTOR_A, office, clock });
  const step = <A, O>(command: Parameters<typeof s.run<A, O>>[0], args: A) => {
    clock.advance(600);
    s.run(command, args);
  };
  step(addResult, { id: rid('g'), parentId: null, statement: 'Migrant workers are protected' });
  step(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Ratifications rise' });
  const period = s.view.periodOrder[0]!;
  step(addIndicator, { indicator: { ...blankIndicator('i' as IndicatorId, rid('o'), 'a0', 'Ratifications of C97'), targets: { [period]: 5 } } });
  return { s, step, period, label: s.view.periods[period]!.label };
}

const headline = (s: PlanSession, index = 0) => describeEntry(readHistory(s.document, { limit: index + 1 }).entries[index]!, s.view, t, s.view.plan.id);

describe('history sentences', () => {
  it('says who changed which target of which indicator, from what to what', () => {
    const { s, step, period, label } = plan();
    step(updateIndicator, { id: 'i' as IndicatorId, fields: { targets: { [period]: 8 } } });
    expect(headline(s).headline).toBe(`Nairobi office changed the target for ${label} of indicator 1.1.1 “Ratifications of C97” from 5 to 8`);
  });

  it('names an added result by level, number and statement, and a statement change without repeating it', () => {
    const { s, step } = plan('Headquarters');
    expect(headline(s, 1).headline).toBe('Headquarters added outcome 1.1 “Ratifications rise”');
    step(updateResult, { id: rid('o'), fields: { statement: 'Ratifications of C97 and C143 rise' } });
    expect(headline(s).headline).toBe('Headquarters changed the statement of outcome 1.1 from “Ratifications rise” to “Ratifications of C97 and C143 rise”');
  });

  it('names a deleted risk from the entry, says "edited" for narrative text, and counts further changes', () => {
    const { s, step, period } = plan();
    step(addEntity, { collection: 'risks', entity: blankRisk('k' as RiskId, 'Political will fades', []) });
    step(deleteEntity, { collection: 'risks', id: 'k' });
    expect(headline(s).headline).toBe('Nairobi office deleted risk “Political will fades” (no longer in the plan)');

    step(addSection, { id: 'sec' as NarrativeSectionId, title: 'Context', afterId: null });
    step(setSectionBody, { id: 'sec' as NarrativeSectionId, body: 'Labour migration is cross-cutting.' });
    expect(headline(s).headline).toBe('Nairobi office edited the text of narrative section “Context”');

    const next = s.view.periodOrder[1]!;
    step(updateIndicator, { id: 'i' as IndicatorId, fields: { targets: { [period]: 6, [next]: 9 }, finalTarget: 12 } });
    const text = headline(s);
    expect(text.headline).toMatch(/^Nairobi office set the final target of indicator 1\.1\.1 “Ratifications of C97” to 12, and 2 more changes$/);
    expect(text.details).toHaveLength(3);
  });

  it('summarises the plan’s creation and marks undo', () => {
    const { s, step } = plan();
    const created = readHistory(s.document, { limit: 10 }).entries.at(-1)!;
    expect(describeEntry(created, s.view, t, s.view.plan.id).headline).toMatch(/^Nairobi office created the plan with \d+ reporting periods\.$/);
    step(updatePlan, { title: 'Renamed plan' });
    s.undo();
    expect(headline(s).headline).toBe('Nairobi office undid an earlier change: changed the plan’s title from “Renamed plan” to “Test plan”');
  });
});
