/**
 * resolveConflict: a field two offices changed at once is settled by one new change that
 * supersedes every value kept; the resolution travels in files so headquarters and both
 * offices converge on it; later edits are kept; undo puts the conflict back; narrative
 * text never conflicts; bad requests are refused and change nothing.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { IndicatorId, ReportingPeriodId } from '../../../shared/model';
import { CommandError, PlanSession, listConflicts, resolveConflict, setSectionBody, updateEntity, updatePlan, type MergeConflict } from '../../../shared/plan-doc';
import { concurrentChanges, findConflicts } from '../../../shared/plan-doc/conflict-scan';
import { ACTOR_B, ACTOR_C, tickingClock, sampleOffices } from '../../fixtures/plans';

const offices = sampleOffices;

/** `to` merges `from`'s whole copy, as when it opens a full plan file and applies it. */
function exchange(from: PlanSession, to: PlanSession): void {
  const preview = to.previewImport(A.save(from.document));
  expect(to.adopt(preview)).toBe(true);
}

/** An indicator with a target for the plan's second period, and that period. */
function someTarget(s: PlanSession): { id: IndicatorId; period: ReportingPeriodId; old: number } {
  const period = s.view.periodOrder[1] as ReportingPeriodId;
  const id = Object.keys(s.view.indicators).find((i) => s.view.indicators[i]!.targets[period] !== undefined) as IndicatorId;
  return { id, period, old: s.view.indicators[id]!.targets[period]! };
}

function setTarget(s: PlanSession, id: IndicatorId, period: ReportingPeriodId, value: number): void {
  expect(s.run(updateEntity, { collection: 'indicators', id, fields: { targets: { [period]: value } } }).changed).toBe(true);
}

/** HQ with the same indicator target written as 5 in Nairobi and 8 in Dakar. */
function conflicted() {
  const o = offices();
  const t = someTarget(o.hq);
  setTarget(o.nairobi, t.id, t.period, 5);
  setTarget(o.dakar, t.id, t.period, 8);
  exchange(o.nairobi, o.hq);
  exchange(o.dakar, o.hq);
  const conflicts = o.hq.conflicts();
  expect(conflicts).toHaveLength(1);
  return { ...o, ...t, conflict: conflicts[0]! };
}

const argsOf = (c: MergeConflict, value: unknown) => ({ target: c.target, id: c.id, path: c.path, value });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof CommandError) return e.code;
    throw e;
  }
  throw new Error('not refused');
}

describe('resolveConflict', () => {
  it('settles a conflict at headquarters, and headquarters and both offices converge on it after exchanging files', () => {
    const { hq, nairobi, dakar, id, period, conflict } = conflicted();
    expect(conflict).toMatchObject({ target: 'indicators', id, path: ['targets', period] });
    expect(conflict.values.map((v) => [v.value, v.office]).sort()).toEqual([
      [5, 'Nairobi'],
      [8, 'Dakar'],
    ]);
    // Keep the value already shown: it must still be written, or the other would stay.
    const shown = conflict.values[0]!.value;
    const other = conflict.values[1]!.value;
    const outcome = hq.run(resolveConflict, argsOf(conflict, shown));
    expect(outcome.changed).toBe(true);
    expect(hq.conflicts()).toEqual([]);
    expect(hq.view.indicators[id]!.targets[period]).toBe(shown);

    exchange(hq, nairobi);
    exchange(hq, dakar);
    // The offices' copies held one value each; HQ's resolution supersedes both.
    for (const s of [hq, nairobi, dakar]) {
      expect(s.view.indicators[id]!.targets[period]).toBe(shown);
      expect(listConflicts(s.document)).toEqual([]);
    }
    expect(new Set([hq, nairobi, dakar].map((s) => JSON.stringify([...s.heads()].sort()))).size).toBe(1);
    expect(shown).not.toBe(other);
  });

  it('writes another value than those kept, and the offices take it', () => {
    const { hq, nairobi, dakar, id, period, conflict } = conflicted();
    hq.run(resolveConflict, argsOf(conflict, 7));
    exchange(hq, dakar);
    exchange(dakar, nairobi);
    for (const s of [hq, nairobi, dakar]) {
      expect(s.view.indicators[id]!.targets[period]).toBe(7);
      expect(s.conflicts()).toEqual([]);
    }
  });

  it('keeps an office\'s later edit: made after seeing the resolution it wins everywhere; made without seeing it, it stands beside it as a new conflict', () => {
    const { hq, nairobi, dakar, id, period, conflict } = conflicted();
    hq.run(resolveConflict, argsOf(conflict, 8));
    exchange(hq, nairobi);
    setTarget(nairobi, id, period, 10);
    exchange(nairobi, hq);
    exchange(hq, dakar);
    for (const s of [hq, nairobi, dakar]) {
      expect(s.view.indicators[id]!.targets[period]).toBe(10);
      expect(s.conflicts()).toEqual([]);
    }

    // Dakar edits again before it hears of Nairobi's 10 (concurrent): nothing is lost.
    const later = conflicted();
    later.hq.run(resolveConflict, argsOf(later.conflict, 5));
    setTarget(later.dakar, later.id, later.period, 9);
    exchange(later.dakar, later.hq);
    exchange(later.hq, later.nairobi);
    exchange(later.hq, later.dakar);
    for (const s of [later.hq, later.nairobi, later.dakar]) {
      const [again] = s.conflicts();
      expect(again?.values.map((v) => v.value).sort()).toEqual([5, 9]);
    }
  });

  it('is undone by putting the same values back side by side, and redone by settling them again; undo travels like any edit', () => {
    const { hq, nairobi, conflict } = conflicted();
    const before = conflict.values.map((v) => v.value);
    hq.run(resolveConflict, argsOf(conflict, 7));
    expect(hq.canUndo()).toBe(true);
    expect(hq.undoLabel()).toEqual({ key: 'conflicts.history.resolve' });
    hq.undo();
    const [back] = hq.conflicts();
    expect(back).toMatchObject({ target: conflict.target, id: conflict.id, path: conflict.path });
    // The same values, the one shown before shown again.
    expect(back!.values.map((v) => v.value)).toEqual(before);
    expect(back!.values.every((v) => v.office === 'HQ' && v.command === 'undo:resolveConflict')).toBe(true);
    const path = conflict.path;
    expect(hq.view.indicators[conflict.id]!.targets[path[1] as ReportingPeriodId]).toBe(before[0]);

    exchange(hq, nairobi);
    expect(nairobi.conflicts().map((c) => c.values.map((v) => v.value))).toEqual([before]);

    hq.redo();
    expect(hq.conflicts()).toEqual([]);
    expect(hq.view.indicators[conflict.id]!.targets[path[1] as ReportingPeriodId]).toBe(7);
    hq.undo();
    expect(hq.conflicts()).toHaveLength(1);
    // The document saved and loaded again holds the same conflict.
    const reloaded = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'x', clock: tickingClock() });
    expect(reloaded.conflicts().map((c) => c.values.map((v) => v.value))).toEqual([before]);
  });

  it('puts the conflict back whichever value was kept: the one shown, the other, or a new one', () => {
    for (const pick of ['shown', 'other', 'new'] as const) {
      const { hq, conflict } = conflicted();
      const before = conflict.values.map((v) => v.value);
      const value = pick === 'shown' ? before[0] : pick === 'other' ? before[1] : 99;
      hq.run(resolveConflict, argsOf(conflict, value));
      expect(hq.conflicts()).toEqual([]);
      hq.undo();
      expect(hq.conflicts().map((c) => c.values.map((v) => v.value))).toEqual([before]);
      hq.redo();
      expect(hq.conflicts()).toEqual([]);
      expect(hq.view.indicators[conflict.id]!.targets[conflict.path[1] as ReportingPeriodId]).toBe(value);
    }
  });

  it('finds the same conflicts by reading only what concurrent changes wrote as by reading the whole plan', () => {
    const { hq, nairobi, dakar } = offices();
    const { id, period } = someTarget(hq);
    const other = Object.keys(hq.view.indicators).find((i) => i !== id) as IndicatorId;
    expect(findConflicts(hq.document)).toEqual([]);
    setTarget(nairobi, id, period, 5);
    setTarget(dakar, id, period, 8);
    nairobi.run(updatePlan, { title: 'Plan as Nairobi sees it' });
    dakar.run(updatePlan, { title: 'Plan as Dakar sees it' });
    nairobi.run(updateEntity, { collection: 'indicators', id: other, fields: { finalTarget: 1 } });
    exchange(nairobi, hq);
    setTarget(hq, other, period, 3);
    exchange(dakar, hq);
    setTarget(hq, other, period, 4);
    const byScan = findConflicts(hq.document);
    expect(byScan).toHaveLength(2);
    expect(byScan).toEqual(listConflicts(hq.document).sort((a, b) => (a.target === 'plan' ? -1 : b.target === 'plan' ? 1 : 0)));
    exchange(hq, dakar);
    expect(findConflicts(dakar.document)).toEqual(byScan);
  });

  it('tells the changes made concurrently from the line of changes every other came before or after', () => {
    // C, then N1-N2 (Nairobi) beside D1 (Dakar), then H after both (naming C too, as Automerge
    // names an actor's own previous change), then H2.
    const changes = [
      { hash: 'C', deps: [] },
      { hash: 'N1', deps: ['C'] },
      { hash: 'N2', deps: ['N1'] },
      { hash: 'D1', deps: ['C'] },
      { hash: 'H', deps: ['C', 'N2', 'D1'] },
      { hash: 'H2', deps: ['H'] },
    ];
    expect(concurrentChanges(changes)).toEqual(['N1', 'N2', 'D1']);
    expect(concurrentChanges([...changes].reverse()).sort()).toEqual(['D1', 'N1', 'N2']);
    expect(concurrentChanges(changes.slice(0, 3))).toEqual([]);

    const { hq, nairobi, dakar } = offices();
    const { id, period } = someTarget(hq);
    setTarget(nairobi, id, period, 5);
    setTarget(dakar, id, period, 8);
    exchange(nairobi, hq);
    exchange(dakar, hq);
    setTarget(hq, Object.keys(hq.view.indicators).find((i) => i !== id) as IndicatorId, period, 3);
    const metas = A.getChangesMetaSince(hq.document, []);
    // Only the two offices' edits; not the plan's creation nor HQ's edit after the merges.
    expect(concurrentChanges(metas).sort()).toEqual(metas.filter((m) => m.actor === ACTOR_B || m.actor === ACTOR_C).map((m) => m.hash).sort());
  });

  it('settles a conflict in the plan\'s own fields, checked against the plan\'s schema', () => {
    const { hq, nairobi, dakar } = offices();
    nairobi.run(updatePlan, { title: 'Plan as Nairobi sees it' });
    dakar.run(updatePlan, { title: 'Plan as Dakar sees it' });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    const [conflict] = hq.conflicts();
    expect(conflict).toMatchObject({ target: 'plan', id: hq.view.plan.id, path: ['title'] });
    const heads = hq.heads();
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict!, '')))).toBe('conflicts.errors.invalidValue');
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict!, 42)))).toBe('conflicts.errors.invalidValue');
    expect(hq.heads()).toEqual(heads);
    hq.run(resolveConflict, argsOf(conflict!, 'Decent work plan, agreed'));
    expect(hq.view.plan.title).toBe('Decent work plan, agreed');
    expect(hq.conflicts()).toEqual([]);
  });

  it('refuses what is not a conflict or not a valid value, and changes nothing', () => {
    const { hq, conflict, id, period } = conflicted();
    const heads = hq.heads();
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict, 'eight')))).toBe('conflicts.errors.invalidValue');
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict, Number.NaN)))).toBe('conflicts.errors.invalidValue');
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict, undefined)))).toBe('conflicts.errors.invalidValue');
    expect(refusal(() => hq.run(resolveConflict, { ...argsOf(conflict, 3), path: ['baseline', 'value'] }))).toBe('conflicts.errors.noConflict');
    expect(refusal(() => hq.run(resolveConflict, { ...argsOf(conflict, 3), id: 'ind_missing' }))).toBe('conflicts.errors.entityGone');
    expect(refusal(() => hq.run(resolveConflict, { ...argsOf(conflict, 3), path: [] }))).toBe('conflicts.errors.textField');
    expect(hq.heads()).toEqual(heads);
    expect(hq.canUndo()).toBe(false); // a merge is not an edit of this office; the refusals added nothing
    expect(hq.view.indicators[id]!.targets[period]).toBe(conflict.values[0]!.value);
    // Once settled, the field is no longer a conflict.
    hq.run(resolveConflict, argsOf(conflict, 8));
    expect(refusal(() => hq.run(resolveConflict, argsOf(conflict, 5)))).toBe('conflicts.errors.noConflict');
  });

  it('never finds a conflict in narrative text: both offices\' edits are merged, and the command refuses text fields', () => {
    const { hq, nairobi, dakar } = offices();
    const sectionId = hq.view.sectionOrder[0]!;
    const body = hq.view.sections[sectionId]!.body;
    nairobi.run(setSectionBody, { id: sectionId, body: `Nairobi adds this opening. ${body}` });
    dakar.run(setSectionBody, { id: sectionId, body: `${body} Dakar adds this close.` });
    exchange(nairobi, hq);
    exchange(dakar, hq);
    const merged = hq.view.sections[sectionId]!.body;
    expect(merged.startsWith('Nairobi adds this opening. ')).toBe(true);
    expect(merged.endsWith(' Dakar adds this close.')).toBe(true);
    expect(hq.conflicts()).toEqual([]);
    expect(refusal(() => hq.run(resolveConflict, { target: 'sections', id: sectionId, path: ['body'], value: 'x' }))).toBe('conflicts.errors.textField');
  });
});
