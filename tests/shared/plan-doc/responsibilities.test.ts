import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import type { Responsibility, ResponsibilityId, ResultId, UnitId } from '../../../shared/model';
import { ResponsibilityIdSchema } from '../../../shared/model';
import {
  addEntity,
  addResult,
  CommandError,
  deleteResult,
  PlanSession,
  responsibilityId,
  setResponsibility,
  type PlanView,
  type SetResponsibilityArgs,
} from '../../../shared/plan-doc';
import { bucketOf } from '../../../shared/plan-doc/layout';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_B, newSession } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const uid = (s: string) => s as UnitId;

function unit(id: string) {
  return { id: uid(id), code: id.toUpperCase(), name: `Unit ${id}`, kind: 'department' as const, parentId: null, deletedAt: null, deletedBy: null };
}

/** A goal `g` with an outcome `o`, and units u1, u2. */
function planWithUnits(): PlanSession {
  const s = newSession();
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Outcome' });
  s.run(addEntity, { collection: 'units', entity: unit('u1') });
  s.run(addEntity, { collection: 'units', entity: unit('u2') });
  return s;
}

/** The live (unit, role) pairs on a result, sorted. */
const roles = (view: PlanView, resultId: string) =>
  Object.values(view.responsibilities)
    .filter((r) => r.resultId === resultId)
    .map((r) => `${r.unitId}:${r.role}`)
    .sort();

function legacy(id: string, unitId: string, role: Responsibility['role']) {
  return { id: id as ResponsibilityId, resultId: rid('g'), unitId: uid(unitId), role, deletedAt: null, deletedBy: null };
}

describe('responsibilityId', () => {
  it('derives the same readable id from the same pair, and distinct ids from distinct pairs', () => {
    expect(responsibilityId(rid('r_1'), uid('u_2'))).toBe('x_r_1-u_2');
    expect(responsibilityId(rid('r_1'), uid('u_2'))).toBe(responsibilityId(rid('r_1'), uid('u_2')));
    expect(responsibilityId(rid('r_1_u'), uid('2'))).not.toBe(responsibilityId(rid('r_1'), uid('u_2')));
  });

  it('hashes pairs whose plain form would be too long or ambiguous, within the id schema', () => {
    const long = responsibilityId(rid('r_' + 'a'.repeat(40)), uid('u_' + 'b'.repeat(40)));
    const hyphen = responsibilityId(rid('r-1'), uid('u'));
    for (const id of [long, hyphen]) expect(ResponsibilityIdSchema.safeParse(id).success).toBe(true);
    expect(long).toMatch(/^x_h[0-9a-f]{16}$/);
    expect(responsibilityId(rid('r-1'), uid('u'))).toBe(hyphen);
    expect(responsibilityId(rid('r'), uid('1-u'))).not.toBe(hyphen);
  });
});

describe('setResponsibility', () => {
  it('assigns a role on the derived id, changes it in place, and removes it as a tombstone', () => {
    const s = planWithUnits();
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    expect(Object.keys(s.view.responsibilities)).toEqual(['x_g-u1']);
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'R' });
    expect(roles(s.view, 'g')).toEqual(['u1:R']);
    expect(Object.keys(s.view.responsibilities)).toEqual(['x_g-u1']);

    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: null });
    expect(roles(s.view, 'g')).toEqual([]);
    // The entity stays in the document, marked deleted: a concurrent edit elsewhere is not lost.
    const stored = s.document.collections.responsibilities[bucketOf('responsibilities', 'x_g-u1')]?.['x_g-u1'];
    expect(stored?.['deletedAt']).not.toBeNull();
    expect(String(stored?.['deletedBy'])).toBe('Headquarters');
  });

  it('revives a removed pair on the same entity with the new role', () => {
    const s = planWithUnits();
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: null });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'C' });
    expect(s.view.responsibilities['x_g-u1']).toMatchObject({ role: 'C', deletedAt: null, deletedBy: null });
    expect(s.data().responsibilities).toHaveLength(1);
  });

  it('is undone and redone exactly', () => {
    const s = planWithUnits();
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'I' });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: null });
    expect(s.undoLabel()).toEqual({ key: 'detail.history.removeResponsibility' });
    s.undo();
    expect(roles(s.view, 'g')).toEqual(['u1:I']);
    s.undo();
    expect(roles(s.view, 'g')).toEqual(['u1:A']);
    s.undo();
    expect(roles(s.view, 'g')).toEqual([]);
    s.redo();
    s.redo();
    expect(roles(s.view, 'g')).toEqual(['u1:I']);
    expect(s.undoLabel()).toEqual({ key: 'detail.history.setResponsibility' });
  });

  it('records nothing when the unit already holds exactly that role', () => {
    const s = planWithUnits();
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'R' });
    const outcome = s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'R' });
    expect(outcome.changed).toBe(false);
    expect(s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u2'), role: null }).changed).toBe(false);
  });

  it('keeps one pair per unit: other units and other results are left alone', () => {
    const s = planWithUnits();
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u2'), role: 'R' });
    s.run(setResponsibility, { resultId: rid('o'), unitId: uid('u1'), role: 'C' });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'I' });
    expect(roles(s.view, 'g')).toEqual(['u1:I', 'u2:R']);
    expect(roles(s.view, 'o')).toEqual(['u1:C']);
  });

  it('finds responsibilities with random ids and converges them onto the derived id', () => {
    const s = planWithUnits();
    // As in the sample plan: one unit both accountable and responsible, with random ids.
    s.run(addEntity, { collection: 'responsibilities', entity: legacy('x_old1', 'u1', 'A') });
    s.run(addEntity, { collection: 'responsibilities', entity: legacy('x_old2', 'u1', 'R') });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    expect(Object.keys(s.view.responsibilities)).toEqual(['x_g-u1']);
    expect(roles(s.view, 'g')).toEqual(['u1:A']);
    s.undo();
    expect(roles(s.view, 'g')).toEqual(['u1:A', 'u1:R']);
    expect(Object.keys(s.view.responsibilities).sort()).toEqual(['x_old1', 'x_old2']);
  });

  it('removes every live responsibility of the pair, whatever its id', () => {
    const s = planWithUnits();
    s.run(addEntity, { collection: 'responsibilities', entity: legacy('x_old1', 'u1', 'A') });
    s.run(addEntity, { collection: 'responsibilities', entity: legacy('x_old2', 'u1', 'R') });
    s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: null });
    expect(roles(s.view, 'g')).toEqual([]);
  });

  it('refuses an unknown unit, an unknown or deleted result, and a role outside RACI', () => {
    const s = planWithUnits();
    const refused = (args: SetResponsibilityArgs, code: string) => {
      const view = s.view;
      expect(() => s.run(setResponsibility, args)).toThrow(new CommandError(code));
      expect(s.view).toBe(view);
    };
    refused({ resultId: rid('g'), unitId: uid('nope'), role: 'R' }, 'errors.unknownUnit');
    refused({ resultId: rid('nope'), unitId: uid('u1'), role: 'R' }, 'errors.resultNotFound');
    refused({ resultId: rid('g'), unitId: uid('u1'), role: 'X' as 'R' }, 'detail.errors.invalidRole');
    s.run(deleteResult, { id: rid('o') });
    refused({ resultId: rid('o'), unitId: uid('u1'), role: 'R' }, 'errors.resultNotFound');
  });

  it('converges two offices that assign the same unit to the same result on one entity', () => {
    const hq = planWithUnits();
    const options = { actor: ACTOR_B, office: 'Field', clock: fixedClock('2026-01-02T00:00:00.000Z') };
    const field = PlanSession.load([A.save(hq.document)], options);
    hq.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'A' });
    field.run(setResponsibility, { resultId: rid('g'), unitId: uid('u1'), role: 'R' });
    field.run(setResponsibility, { resultId: rid('g'), unitId: uid('u2'), role: 'C' });
    const merged = materialize(A.merge(A.clone(hq.document), field.document));
    const g = roles(merged, 'g');
    expect(g).toHaveLength(2);
    expect(g[0]).toMatch(/^u1:[AR]$/);
    expect(g[1]).toBe('u2:C');
  });
});
