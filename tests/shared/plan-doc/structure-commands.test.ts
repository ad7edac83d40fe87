/**
 * Commands on units, strategic objectives and components: what they write, what they
 * refuse (writing nothing), how a delete takes every reference along in one undoable
 * change, and how two offices' additions merge.
 */
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { ComponentId, MitigationId, ResultId, RiskId, StrategicObjectiveId, UnitId } from '../../../shared/model';
import {
  addComponent,
  addEntity,
  addObjective,
  addResult,
  addUnit,
  blankRisk,
  CommandError,
  deleteComponent,
  deleteEntity,
  deleteObjective,
  deleteUnit,
  moveComponent,
  moveObjective,
  PlanSession,
  setResponsibility,
  unitReferences,
  updateComponent,
  updateEntity,
  updateObjective,
  updatePlan,
  updateUnit,
  type CommandDef,
  type UnitFields,
} from '../../../shared/plan-doc';
import { materialize } from '../../../shared/plan-doc/view';
import { ACTOR_B, newSession, tickingClock } from '../../fixtures/plans';

const uid = (s: string) => s as UnitId;
const rid = (s: string) => s as ResultId;
const oid = (s: string) => s as StrategicObjectiveId;
const cid = (s: string) => s as ComponentId;

const unit = (id: string, code: string, name: string, parentId: string | null = null, kind: UnitFields['kind'] = 'sector') => ({ id: uid(id), code, name, kind, parentId: parentId === null ? null : uid(parentId) });

/** Runs a command that must be refused with `code`, and checks nothing changed. */
function refused<Args>(s: PlanSession, command: CommandDef<Args, unknown>, args: Args, code: string, params?: Record<string, string | number>) {
  const before = s.view;
  let error: unknown;
  try {
    s.run(command, args);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
  if (params) expect((error as CommandError).params).toEqual(params);
  expect(s.view).toBe(before);
}

/**
 * HQ at the top; SECTOR under HQ and PROG under SECTOR; OTHER alone. Goal `g` with
 * outcome `o`; SECTOR is accountable for both and PROG responsible for `o`; SECTOR owns
 * risk `k`, mitigation `m` and the plan.
 */
function organisation(): PlanSession {
  const s = newSession();
  s.run(addUnit, unit('u_hq', 'HQ', 'Headquarters', null, 'department'));
  s.run(addUnit, unit('u_sector', 'SECTOR', 'Social Protection Sector', 'u_hq'));
  s.run(addUnit, unit('u_prog', 'PROG', 'International Migration Programme', 'u_sector', 'programme'));
  s.run(addUnit, unit('u_other', 'OTHER', 'Regional Office for Africa', null, 'regional_office'));
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
  s.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Outcome' });
  s.run(setResponsibility, { resultId: rid('g'), unitId: uid('u_sector'), role: 'A' });
  s.run(setResponsibility, { resultId: rid('o'), unitId: uid('u_sector'), role: 'A' });
  s.run(setResponsibility, { resultId: rid('o'), unitId: uid('u_prog'), role: 'R' });
  s.run(addEntity, { collection: 'risks', entity: { ...blankRisk('k' as RiskId, 'Funding falls short', [rid('o')]), ownerUnitId: uid('u_sector') } });
  s.run(addEntity, {
    collection: 'mitigations',
    entity: { id: 'm' as MitigationId, riskId: 'k' as RiskId, action: 'Mobilise donors', ownerUnitId: uid('u_sector'), dueDate: null, status: 'planned', deletedAt: null, deletedBy: null },
  });
  s.run(updatePlan, { ownerUnitId: uid('u_sector') });
  return s;
}

describe('the generic delete', () => {
  it('refuses units, objectives and components, whose references only their own deletes take along', () => {
    const s = organisation();
    const [unitId] = Object.keys(s.view.units);
    refused(s, deleteEntity, { collection: 'units', id: unitId! }, 'errors.useStructureDelete', { collection: 'units' });
  });
});

describe('units', () => {
  it('adds a unit with its fields trimmed, under a parent', () => {
    const s = organisation();
    s.run(addUnit, unit('u_new', '  CO-DAKAR ', ' Country Office for Senegal ', 'u_other', 'country_office'));
    expect(s.view.units['u_new']).toMatchObject({ code: 'CO-DAKAR', name: 'Country Office for Senegal', kind: 'country_office', parentId: 'u_other', deletedAt: null });
    expect(s.undoLabel()).toEqual({ key: 'structure.history.addUnit' });
    s.undo();
    expect(s.view.units['u_new']).toBeUndefined();
  });

  it('refuses a unit without a name, with a code in use, of no known kind or under a unit not in the plan', () => {
    const s = organisation();
    refused(s, addUnit, unit('u_x', 'X', '   '), 'structure.errors.unitNameRequired');
    refused(s, addUnit, unit('u_x', ' hq ', 'Another headquarters'), 'structure.errors.unitCodeTaken', { code: 'hq', other: 'Headquarters' });
    refused(s, addUnit, { ...unit('u_x', 'X', 'Unit X'), kind: 'ministry' as UnitFields['kind'] }, 'structure.errors.invalidKind');
    refused(s, addUnit, unit('u_x', 'X', 'Unit X', 'u_nowhere'), 'structure.errors.unknownParent');
    refused(s, addUnit, unit('u_x', 'X'.repeat(31), 'Unit X'), 'structure.errors.tooLong', { max: 30 });
    refused(s, addUnit, unit('u x', 'X', 'Unit X'), 'structure.errors.invalidId');
    refused(s, addUnit, unit('u_hq', 'X', 'Unit X'), 'errors.duplicateId');
  });

  it('never reuses the id of a deleted unit (that would bring it back)', () => {
    const s = organisation();
    s.run(deleteUnit, { id: uid('u_other') });
    refused(s, addUnit, unit('u_other', 'RO', 'Regional Office'), 'errors.duplicateId');
    // Its code is free again.
    s.run(addUnit, unit('u_ro', 'OTHER', 'Regional Office for Africa'));
    expect(s.view.units['u_ro']!.code).toBe('OTHER');
  });

  it('edits a unit in place; an edit to the same value records nothing', () => {
    const s = organisation();
    s.run(updateUnit, { id: uid('u_prog'), fields: { code: 'MIGRANT', kind: 'other' } });
    expect(s.view.units['u_prog']).toMatchObject({ code: 'MIGRANT', name: 'International Migration Programme', kind: 'other', parentId: 'u_sector' });
    expect(s.undoLabel()).toEqual({ key: 'structure.history.updateUnit' });
    expect(s.run(updateUnit, { id: uid('u_prog'), fields: { code: ' MIGRANT ' } }).changed).toBe(false);
    s.run(updateUnit, { id: uid('u_prog'), fields: { parentId: null } });
    expect(s.view.units['u_prog']!.parentId).toBeNull();
  });

  it('refuses to put a unit under itself or one of its own units, or to take a code in use', () => {
    const s = organisation();
    refused(s, updateUnit, { id: uid('u_hq'), fields: { parentId: uid('u_hq') } }, 'structure.errors.parentSelf');
    refused(s, updateUnit, { id: uid('u_hq'), fields: { parentId: uid('u_prog') } }, 'structure.errors.parentCycle', { parent: 'PROG' });
    refused(s, updateUnit, { id: uid('u_sector'), fields: { parentId: uid('u_prog') } }, 'structure.errors.parentCycle', { parent: 'PROG' });
    refused(s, updateUnit, { id: uid('u_prog'), fields: { code: 'Sector' } }, 'structure.errors.unitCodeTaken', { code: 'Sector', other: 'Social Protection Sector' });
    refused(s, updateUnit, { id: uid('u_prog'), fields: { name: '' } }, 'structure.errors.unitNameRequired');
    refused(s, updateUnit, { id: uid('u_gone'), fields: { name: 'X' } }, 'structure.errors.unitNotFound');
  });

  it('lets a unit whose code clashes after a merge be renamed, but not given the clashing code again', () => {
    const s = organisation();
    // Two offices' units with one code, as a merge can leave them (the generic command does not check).
    s.run(addEntity, { collection: 'units', entity: { ...unit('u_twin', 'HQ', 'Headquarters annex'), deletedAt: null, deletedBy: null } });
    s.run(updateUnit, { id: uid('u_twin'), fields: { name: 'Headquarters, annex' } });
    expect(s.view.units['u_twin']!.name).toBe('Headquarters, annex');
    s.run(updateUnit, { id: uid('u_twin'), fields: { code: 'HQ-ANNEX' } });
    refused(s, updateUnit, { id: uid('u_twin'), fields: { code: 'HQ' } }, 'structure.errors.unitCodeTaken');
  });

  it('counts what refers to a unit', () => {
    const s = organisation();
    expect(unitReferences(s.view, 'u_sector')).toEqual({ responsibilities: 2, risks: 1, mitigations: 1, ownsPlan: true, children: ['u_prog'], childrenGoTo: 'u_hq' });
    expect(unitReferences(s.view, 'u_hq')).toMatchObject({ responsibilities: 0, children: ['u_sector'], childrenGoTo: null });
  });

  it('deletes a unit with every reference to it in one change, and one undo restores them all', () => {
    const s = organisation();
    const before = s.view;
    s.run(deleteUnit, { id: uid('u_sector') });
    const v = s.view;
    expect(v.units['u_sector']).toBeUndefined();
    expect(Object.values(v.responsibilities).map((r) => `${r.resultId}:${r.unitId}:${r.role}`)).toEqual(['o:u_prog:R']);
    expect(v.risks['k']!.ownerUnitId).toBeNull();
    expect(v.mitigations['m']!.ownerUnitId).toBeNull();
    expect(v.plan.ownerUnitId).toBeNull();
    // Its unit moves up to its parent.
    expect(v.units['u_prog']!.parentId).toBe('u_hq');
    expect(s.undoLabel()).toEqual({ key: 'structure.history.deleteUnit' });

    expect(s.undo()).toBe(true);
    expect(s.canUndo()).toBe(true); // the setup's edits remain: one undo was enough
    const restored = s.view;
    expect(restored.units['u_sector']).toEqual(before.units['u_sector']);
    expect(restored.responsibilities).toEqual(before.responsibilities);
    expect(restored.risks['k']).toEqual(before.risks['k']);
    expect(restored.mitigations['m']).toEqual(before.mitigations['m']);
    expect(restored.plan.ownerUnitId).toBe('u_sector');
    expect(restored.units['u_prog']!.parentId).toBe('u_sector');

    s.redo();
    expect(s.view.units['u_sector']).toBeUndefined();
    expect(s.view.units['u_prog']!.parentId).toBe('u_hq');
    expect(Object.keys(s.view.responsibilities)).toHaveLength(1);
  });

  it('moves the units of a top-level unit to the top level when it is deleted', () => {
    const s = organisation();
    s.run(deleteUnit, { id: uid('u_hq') });
    expect(s.view.units['u_sector']!.parentId).toBeNull();
    expect(s.view.units['u_prog']!.parentId).toBe('u_sector');
    refused(s, deleteUnit, { id: uid('u_hq') }, 'structure.errors.unitNotFound');
  });

  it('leaves a unit that refers to nothing alone but for its tombstone', () => {
    const s = organisation();
    s.run(deleteUnit, { id: uid('u_other') });
    expect(s.view.units['u_other']).toBeUndefined();
    expect(Object.keys(s.view.responsibilities)).toHaveLength(3);
    expect(s.view.plan.ownerUnitId).toBe('u_sector');
  });
});

describe('strategic objectives', () => {
  function withObjectives(): PlanSession {
    const s = organisation();
    s.run(addObjective, { id: oid('o_1'), code: 'SO1', title: 'Standards and rights at work' });
    s.run(addObjective, { id: oid('o_2'), code: 'SO2', title: 'Employment' });
    s.run(addObjective, { id: oid('o_3'), code: 'SO3', title: 'Social protection' });
    s.run(updateEntity, { collection: 'results', id: 'g', fields: { objectiveTags: { [oid('o_3')]: 'principal', [oid('o_1')]: 'significant' } } } as never);
    s.run(updateEntity, { collection: 'results', id: 'o', fields: { objectiveTags: { [oid('o_3')]: 'significant' } } } as never);
    return s;
  }

  it('adds objectives at the end, in order', () => {
    const s = withObjectives();
    expect(s.view.objectiveOrder).toEqual(['o_1', 'o_2', 'o_3']);
    expect(s.view.objectives['o_2']).toMatchObject({ code: 'SO2', title: 'Employment' });
    expect(s.undoLabel()).not.toBeNull();
  });

  it('refuses an objective without a title or with a code in use', () => {
    const s = withObjectives();
    refused(s, addObjective, { id: oid('o_4'), code: 'SO4', title: ' ' }, 'structure.errors.objectiveTitleRequired');
    refused(s, addObjective, { id: oid('o_4'), code: 'so1', title: 'Dialogue' }, 'structure.errors.objectiveCodeTaken', { code: 'so1', other: 'Standards and rights at work' });
    refused(s, updateObjective, { id: oid('o_2'), fields: { code: 'SO3' } }, 'structure.errors.objectiveCodeTaken');
    refused(s, updateObjective, { id: oid('o_9'), fields: { title: 'X' } }, 'structure.errors.objectiveNotFound');
    // Objectives without a code are fine, several of them.
    s.run(addObjective, { id: oid('o_4'), code: '', title: 'Dialogue' });
    s.run(addObjective, { id: oid('o_5'), code: '', title: 'Gender equality' });
    expect(s.view.objectiveOrder).toHaveLength(5);
  });

  it('edits an objective in place', () => {
    const s = withObjectives();
    s.run(updateObjective, { id: oid('o_2'), fields: { title: ' Create greater opportunities for decent employment ' } });
    expect(s.view.objectives['o_2']!.title).toBe('Create greater opportunities for decent employment');
    expect(s.undoLabel()).toEqual({ key: 'structure.history.updateObjective' });
  });

  it('moves an objective up and down, refusing past either end', () => {
    const s = withObjectives();
    s.run(moveObjective, { id: oid('o_3'), direction: 'up' });
    expect(s.view.objectiveOrder).toEqual(['o_1', 'o_3', 'o_2']);
    s.run(moveObjective, { id: oid('o_3'), direction: 'up' });
    expect(s.view.objectiveOrder).toEqual(['o_3', 'o_1', 'o_2']);
    refused(s, moveObjective, { id: oid('o_3'), direction: 'up' }, 'structure.errors.alreadyFirst');
    refused(s, moveObjective, { id: oid('o_2'), direction: 'down' }, 'structure.errors.alreadyLast');
    s.run(moveObjective, { id: oid('o_1'), direction: 'down' });
    expect(s.view.objectiveOrder).toEqual(['o_3', 'o_2', 'o_1']);
    s.undo();
    expect(s.view.objectiveOrder).toEqual(['o_3', 'o_1', 'o_2']);
  });

  it('deletes an objective with its tags on results in one change; undo restores the tags', () => {
    const s = withObjectives();
    s.run(deleteObjective, { id: oid('o_3') });
    expect(s.view.objectiveOrder).toEqual(['o_1', 'o_2']);
    expect(s.view.results['g']!.objectiveTags).toEqual({ o_1: 'significant' });
    expect(s.view.results['o']!.objectiveTags).toEqual({});
    expect(s.undoLabel()).toEqual({ key: 'structure.history.deleteObjective' });
    s.undo();
    expect(s.view.objectiveOrder).toEqual(['o_1', 'o_2', 'o_3']);
    expect(s.view.results['g']!.objectiveTags).toEqual({ o_3: 'principal', o_1: 'significant' });
    expect(s.view.results['o']!.objectiveTags).toEqual({ o_3: 'significant' });
  });
});

describe('components', () => {
  function withComponents(): PlanSession {
    const s = organisation();
    s.run(addComponent, { id: cid('c_1'), code: '(i)', name: 'Multilateral framework', description: '' });
    s.run(addComponent, { id: cid('c_2'), code: '(ii)', name: 'Standards', description: ' Wider application of standards. ' });
    s.run(updateEntity, { collection: 'results', id: 'g', fields: { componentId: cid('c_2') } } as never);
    s.run(updateEntity, { collection: 'results', id: 'o', fields: { componentId: cid('c_2') } } as never);
    return s;
  }

  it('adds components at the end, trimmed, and edits them in place', () => {
    const s = withComponents();
    expect(s.view.componentOrder).toEqual(['c_1', 'c_2']);
    expect(s.view.components['c_2']).toMatchObject({ code: '(ii)', name: 'Standards', description: 'Wider application of standards.' });
    s.run(updateComponent, { id: cid('c_1'), fields: { description: 'Adopted in 2005.' } });
    expect(s.view.components['c_1']!.description).toBe('Adopted in 2005.');
    expect(s.undoLabel()).toEqual({ key: 'structure.history.updateComponent' });
  });

  it('refuses a component without a name or with a code in use', () => {
    const s = withComponents();
    refused(s, addComponent, { id: cid('c_3'), code: '(iii)', name: '', description: '' }, 'structure.errors.componentNameRequired');
    refused(s, addComponent, { id: cid('c_3'), code: '(I)', name: 'Other', description: '' }, 'structure.errors.componentCodeTaken', { code: '(I)', other: 'Multilateral framework' });
    refused(s, updateComponent, { id: cid('c_2'), fields: { name: ' ' } }, 'structure.errors.componentNameRequired');
    refused(s, deleteComponent, { id: cid('c_9') }, 'structure.errors.componentNotFound');
  });

  it('moves a component', () => {
    const s = withComponents();
    s.run(moveComponent, { id: cid('c_2'), direction: 'up' });
    expect(s.view.componentOrder).toEqual(['c_2', 'c_1']);
    refused(s, moveComponent, { id: cid('c_2'), direction: 'up' }, 'structure.errors.alreadyFirst');
  });

  it('deletes a component, moving its results to no component in the same change; undo files them again', () => {
    const s = withComponents();
    s.run(deleteComponent, { id: cid('c_2') });
    expect(s.view.componentOrder).toEqual(['c_1']);
    expect(s.view.results['g']!.componentId).toBeNull();
    expect(s.view.results['o']!.componentId).toBeNull();
    s.undo();
    expect(s.view.componentOrder).toEqual(['c_1', 'c_2']);
    expect(s.view.results['g']!.componentId).toBe('c_2');
    expect(s.view.results['o']!.componentId).toBe('c_2');
  });
});

describe('merging two offices\' structure', () => {
  function offices() {
    const hq = organisation();
    const field = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Dakar', clock: tickingClock('2026-01-02T00:00:00.000Z') });
    return { hq, field };
  }
  const merge = (a: PlanSession, b: PlanSession) => materialize(A.merge(A.clone(a.document), b.document));

  it('keeps a unit added in each office', () => {
    const { hq, field } = offices();
    hq.run(addUnit, unit('u_asia', 'RO-ASIA', 'Regional Office for Asia', null, 'regional_office'));
    field.run(addUnit, unit('u_dakar', 'CO-DAKAR', 'Country Office for Senegal', 'u_other', 'country_office'));
    const merged = merge(hq, field);
    expect(merged.units['u_asia']).toMatchObject({ code: 'RO-ASIA' });
    expect(merged.units['u_dakar']).toMatchObject({ code: 'CO-DAKAR', parentId: 'u_other' });
    expect(Object.keys(merged.units)).toHaveLength(6);
    // Both copies agree, whichever way they are merged.
    expect(merge(field, hq).units).toEqual(merged.units);
  });

  it('keeps an objective added at the end in each office, in one order everywhere, and can still move them', () => {
    const { hq, field } = offices();
    const third = PlanSession.load([A.save(hq.document)], { actor: 'c'.repeat(32), office: 'Bangkok', clock: tickingClock('2026-01-02T00:00:00.000Z') });
    hq.run(addObjective, { id: oid('o_a'), code: 'SO1', title: 'Standards' });
    field.run(addObjective, { id: oid('o_b'), code: 'SO2', title: 'Employment' });
    third.run(addObjective, { id: oid('o_c'), code: 'SO3', title: 'Social protection' });
    const doc = A.merge(A.merge(A.clone(hq.document), field.document), third.document);
    const merged = materialize(doc);
    // All three took the same sort key: ordered by id, the same in every copy.
    expect(merged.objectiveOrder).toEqual(['o_a', 'o_b', 'o_c']);
    expect(materialize(A.merge(A.merge(A.clone(third.document), hq.document), field.document)).objectiveOrder).toEqual(merged.objectiveOrder);
    // A move between two equal keys spreads fresh keys, so the order really changes.
    const s = PlanSession.load([A.save(doc)], { actor: 'd'.repeat(32), office: 'Geneva', clock: tickingClock('2026-01-03T00:00:00.000Z') });
    s.run(moveObjective, { id: oid('o_c'), direction: 'up' });
    expect(s.view.objectiveOrder).toEqual(['o_a', 'o_c', 'o_b']);
    s.undo();
    expect(s.view.objectiveOrder).toEqual(['o_a', 'o_b', 'o_c']);
  });

  it('keeps a unit deleted in one office deleted while the other renames it, with the other references cleared', () => {
    const { hq, field } = offices();
    hq.run(deleteUnit, { id: uid('u_prog') });
    field.run(updateUnit, { id: uid('u_prog'), fields: { name: 'Labour Migration Branch' } });
    const merged = merge(hq, field);
    expect(merged.units['u_prog']).toBeUndefined();
    expect(Object.values(merged.responsibilities).some((r) => r.unitId === 'u_prog')).toBe(false);
  });
});
