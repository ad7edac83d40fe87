import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../../shared/dates';
import type { IndicatorId, ResultId } from '../../../shared/model';
import {
  addIndicator,
  addResult,
  blankIndicator,
  compareWithVersion,
  deleteResult,
  InProcessEngine,
  PlanSession,
  planDataFromView,
  restoreVersion,
  updateIndicator,
  updatePlan,
  updateResult,
} from '../../../shared/plan-doc';
import { FIELDS_PER_ENTRY, MAX_GROUP_CHANGES, readHistory, type HistoryEntry } from '../../../shared/plan-doc/history';
import { ACTOR_A, ACTOR_B, blankData } from '../../fixtures/plans';

const rid = (s: string) => s as ResultId;
const iid = (s: string) => s as IndicatorId;

/** A clock the test moves by hand. */
function handClock(iso = '2026-03-01T09:00:00.000Z'): Clock & { advance(seconds: number): void } {
  let t = new Date(iso).getTime();
  return { now: () => new Date(t), advance: (s) => (t += s * 1000) };
}

function session(office = 'Nairobi office', actor = ACTOR_A, clock = handClock()) {
  return { s: PlanSession.create(blankData(), { actor, office, clock }), clock };
}

/** A plan with a goal, an outcome and an indicator, each made a few minutes apart. */
function seeded() {
  const { s, clock } = session();
  clock.advance(600);
  s.run(addResult, { id: rid('g'), parentId: null, statement: 'Migrant workers are protected' });
  clock.advance(600);
  s.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Ratifications rise' });
  clock.advance(600);
  const period = s.view.periodOrder[0]!;
  s.run(addIndicator, { indicator: { ...blankIndicator(iid('i'), rid('o'), 'a0', 'Ratifications of C97'), targets: { [period]: 5 } } });
  clock.advance(600);
  return { s, clock, period };
}

/** The view's content without bookkeeping of where it came from. */
const content = (data: ReturnType<typeof planDataFromView>) => JSON.parse(JSON.stringify(data));

describe('readHistory', () => {
  it('lists entries newest first with office, command, time and before/after of each field', () => {
    const { s, clock, period } = seeded();
    s.run(updateResult, { id: rid('o'), fields: { statement: 'Ratifications of C97 and C143 rise' } });
    clock.advance(600);
    s.run(updateIndicator, { id: iid('i'), fields: { targets: { [period]: 8 } } });

    const page = readHistory(s.document, { limit: 10, localActorPrefix: ACTOR_A });
    const [target, statement] = page.entries;
    expect(target).toMatchObject({ office: 'Nairobi office', command: 'updateIndicator', kind: 'edit', local: true, changeCount: 1, time: '2026-03-01T09:50:00.000Z' });
    expect(target!.changes).toEqual([{ kind: 'changed', target: 'indicators', id: 'i', path: ['targets', period], before: 5, after: 8, name: 'Ratifications of C97' }]);
    expect(statement!.command).toBe('updateResult');
    expect(statement!.changes).toEqual([
      { kind: 'changed', target: 'results', id: 'o', path: ['statement'], before: 'Ratifications rise', after: 'Ratifications of C97 and C143 rise', name: 'Ratifications of C97 and C143 rise', level: 'outcome' },
    ]);
    // The oldest entry is the plan's creation, summarised by what it held, not diffed.
    const created = page.entries[page.entries.length - 1]!;
    expect(created.command).toBe('createPlan');
    expect(created.changes).toEqual([]);
    expect(created.summary?.periods).toBe(blankData().periods.length);
    expect(created.summary?.results).toBe(0);
    expect(page.nextBefore).toBeNull();
    expect(page.totalChanges).toBe(6);
  });

  it('reports added and deleted entities with their names and levels', () => {
    const { s } = seeded();
    s.run(deleteResult, { id: rid('o') });
    const [deletion, addition] = readHistory(s.document, { limit: 2 }).entries;
    expect(deletion!.changes.map((c) => [c.kind, c.target, c.id, c.name])).toEqual([
      ['deleted', 'results', 'o', 'Ratifications rise'],
      ['deleted', 'indicators', 'i', 'Ratifications of C97'],
    ]);
    expect(addition!.changes).toHaveLength(1);
    expect(addition!.changes[0]).toMatchObject({ kind: 'added', target: 'indicators', id: 'i', path: [], before: undefined });
    expect(readHistory(s.document, { limit: 4 }).entries[3]!.changes[0]).toMatchObject({ kind: 'added', target: 'results', name: 'Migrant workers are protected', level: 'goal' });
  });

  it('groups one actor running one command in quick succession, and no more', () => {
    const { s, clock } = seeded();
    for (const statement of ['R', 'Ra', 'Rat']) {
      clock.advance(5);
      s.run(updateResult, { id: rid('o'), fields: { statement } });
    }
    clock.advance(5);
    s.run(updateResult, { id: rid('g'), fields: { statement: 'Goal' } });
    clock.advance(1000);
    s.run(updateResult, { id: rid('o'), fields: { statement: 'Later' } });
    clock.advance(5);
    s.run(updatePlan, { title: 'Renamed' });

    const entries = readHistory(s.document, { limit: 3 }).entries;
    expect(entries.map((e) => [e.command, e.changeCount])).toEqual([
      ['updatePlan', 1],
      ['updateResult', 1],
      ['updateResult', 4],
    ]);
    // The group's before is from its start: the first of the four edits' before.
    expect(entries[2]!.changes).toEqual([
      expect.objectContaining({ id: 'o', path: ['statement'], before: 'Ratifications rise', after: 'Rat' }),
      expect.objectContaining({ id: 'g', path: ['statement'], before: 'Migrant workers are protected', after: 'Goal' }),
    ]);
    expect(entries[2]!.startTime < entries[2]!.time).toBe(true);
  });

  it('marks undo and redo entries', () => {
    const { s, clock } = seeded();
    s.run(updateResult, { id: rid('o'), fields: { statement: 'Changed' } });
    clock.advance(1);
    s.undo();
    clock.advance(1);
    s.redo();
    const [redo, undo, edit] = readHistory(s.document, { limit: 3 }).entries;
    expect([redo!.kind, redo!.command, undo!.kind, undo!.command, edit!.kind]).toEqual(['redo', 'updateResult', 'undo', 'updateResult', 'edit']);
    expect(undo!.changes[0]).toMatchObject({ before: 'Changed', after: 'Ratifications rise' });
  });

  it('pages through the whole history without gaps or repeats', () => {
    const { s, clock } = seeded();
    for (let i = 0; i < 7; i++) {
      clock.advance(300);
      s.run(updateResult, { id: rid('g'), fields: { statement: `Goal ${i}` } });
    }
    const all = readHistory(s.document, { limit: 100 }).entries.map((e) => e.id);
    const paged: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = readHistory(s.document, { limit: 3, ...(before ? { before } : {}) });
      paged.push(...page.entries.map((e) => e.id));
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    expect(paged).toEqual(all);
    expect(all).toHaveLength(11);
  });

  it('caps the fields listed per entry and counts the rest', () => {
    const { s, clock } = seeded();
    const point = [...A.getHeads(s.document)];
    for (let i = 0; i < FIELDS_PER_ENTRY + 10; i++) s.run(addResult, { id: rid(`a${i}`), parentId: rid('o'), statement: `Output ${i}` });
    // Edits in a row are grouped up to a limit: 60 adds make two entries.
    expect(readHistory(s.document, { limit: 2 }).entries.map((e) => e.changeCount)).toEqual([MAX_GROUP_CHANGES, FIELDS_PER_ENTRY + 10 - MAX_GROUP_CHANGES]);
    clock.advance(1000);
    s.run(restoreVersion, { data: planDataFromView(s.viewAt(point)) });
    const [entry] = readHistory(s.document, { limit: 1 }).entries;
    expect(entry!.changeCount).toBe(1);
    expect(entry!.changes).toHaveLength(FIELDS_PER_ENTRY);
    expect(entry!.changes.every((c) => c.kind === 'deleted')).toBe(true);
    expect(entry!.moreChanges).toBe(10);
  });

  it('names each office and tells this copy from the others after a merge', () => {
    const clock = handClock();
    const hq = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'Headquarters', clock });
    clock.advance(60);
    hq.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    const nairobiDoc = A.clone(hq.document, { actor: ACTOR_B });
    const nairobi = PlanSession.load([A.save(nairobiDoc)], { actor: ACTOR_B, office: 'Nairobi office', clock });
    clock.advance(60);
    nairobi.run(updateResult, { id: rid('g'), fields: { statement: 'Goal, from Nairobi' } });
    clock.advance(60);
    hq.run(updatePlan, { title: 'HQ title' });
    const merged = A.merge(A.clone(hq.document), nairobi.document);

    const entries = readHistory(merged, { limit: 10, localActorPrefix: ACTOR_A }).entries;
    expect(entries.map((e) => [e.office, e.command, e.local])).toEqual([
      ['Headquarters', 'updatePlan', true],
      ['Nairobi office', 'updateResult', false],
      ['Headquarters', 'addResult', true],
      ['Headquarters', 'createPlan', true],
    ]);
    // The Nairobi entry's heads are a point both copies share the causes of.
    expect(A.view(merged, [...entries[1]!.heads]).plan.title).toEqual(A.view(hq.document, [...entries[2]!.heads]).plan.title);
  });

  it('says null for the office of a change that names none', () => {
    const { s } = seeded();
    const doc = A.change(A.clone(s.document), { message: 'made by a script', time: 1_900_000_000 }, (d) => {
      (d.plan as Record<string, unknown>).versionLabel = new A.ImmutableString('v2');
    });
    const [entry] = readHistory(doc, { limit: 1 }).entries;
    expect(entry).toMatchObject({ office: null, command: '', kind: 'edit' });
    expect(entry!.changes).toEqual([expect.objectContaining({ target: 'plan', id: null, path: ['versionLabel'], after: 'v2' })]);
  });
});

describe('viewing and restoring an earlier version', () => {
  it('shows the plan as it was at an entry', () => {
    const { s } = seeded();
    s.run(updateResult, { id: rid('o'), fields: { statement: 'Now' } });
    const [edit] = readHistory(s.document, { limit: 1 }).entries;
    expect(s.viewAt(edit!.headsBefore).results.o!.statement).toBe('Ratifications rise');
    expect(s.viewAt(edit!.heads).results.o!.statement).toBe('Now');
    expect(() => s.viewAt(['00'.repeat(32)])).toThrow('errors.unknownVersion');
  });

  it('restores an earlier version as a new change that undo takes back', () => {
    const { s, clock, period } = seeded();
    const point = readHistory(s.document, { limit: 1 }).entries[0]!.heads;
    const earlier = content(planDataFromView(s.viewAt(point)));
    clock.advance(60);
    s.run(updateResult, { id: rid('o'), fields: { statement: 'Changed', assumptions: 'New assumption' } });
    s.run(updateIndicator, { id: iid('i'), fields: { targets: { [period]: 9 }, finalTarget: 12 } });
    s.run(addResult, { id: rid('x'), parentId: rid('g'), statement: 'Added since' });
    s.run(deleteResult, { id: rid('o') });
    s.run(updatePlan, { title: 'Renamed since' });
    const now = content(planDataFromView(s.view));
    const changesBefore = A.getHeads(s.document);

    const diff = compareWithVersion(s.view, s.viewAt(point));
    expect(diff.planChanged).toBe(true);
    expect(diff.collections.results).toEqual({ changed: 0, broughtBack: 1, removed: 1 });
    expect(diff.collections.indicators).toEqual({ changed: 0, broughtBack: 1, removed: 0 });

    const outcome = s.run(restoreVersion, { data: planDataFromView(s.viewAt(point)) });
    expect(outcome.changed).toBe(true);
    expect(content(planDataFromView(s.view))).toEqual(earlier);
    // History is kept: the restore is a change on top of the edits.
    expect(A.getChangesMetaSince(s.document, changesBefore)).toHaveLength(1);
    const [restore] = readHistory(s.document, { limit: 1 }).entries;
    expect(restore!.command).toBe('restoreVersion');
    expect(restore!.changes.map((c) => [c.kind, c.target, c.id])).toEqual(
      expect.arrayContaining([
        ['restored', 'results', 'o'],
        ['restored', 'indicators', 'i'],
        ['deleted', 'results', 'x'],
      ]),
    );
    expect(compareWithVersion(s.view, s.viewAt(point)).total).toBe(0);

    s.undo();
    expect(content(planDataFromView(s.view))).toEqual(now);
  });

  it('brings back fields changed since, and removes keys added since', () => {
    const { s, period } = seeded();
    const point = [...A.getHeads(s.document)];
    s.run(updateIndicator, { id: iid('i'), fields: { targets: { [period]: undefined, [s.view.periodOrder[1]!]: 3 }, baseline: { value: 2, date: '2009-12-31', source: 'Survey' } } });
    s.run(restoreVersion, { data: planDataFromView(s.viewAt(point)) });
    expect(s.view.indicators.i!.targets).toEqual({ [period]: 5 });
    expect(s.view.indicators.i!.baseline).toEqual(s.viewAt(point).indicators.i!.baseline);
  });

  it('refuses the data of another plan and changes nothing', () => {
    const { s } = seeded();
    const data = planDataFromView(s.view);
    const heads = A.getHeads(s.document);
    expect(() => s.run(restoreVersion, { data: { ...data, plan: { ...data.plan, id: 'p_other' as typeof data.plan.id } } })).toThrow('historyScreen.errors.otherPlan');
    expect(A.getHeads(s.document)).toEqual(heads);
  });

  it('converges when a restore on one office is exchanged with another', () => {
    const clock = handClock();
    const hq = PlanSession.create(blankData(), { actor: ACTOR_A, office: 'Headquarters', clock });
    hq.run(addResult, { id: rid('g'), parentId: null, statement: 'Goal' });
    hq.run(addResult, { id: rid('o'), parentId: rid('g'), statement: 'Outcome' });
    const point = [...A.getHeads(hq.document)];
    const nairobi = PlanSession.load([A.save(hq.document)], { actor: ACTOR_B, office: 'Nairobi office', clock });
    clock.advance(60);
    hq.run(updateResult, { id: rid('o'), fields: { statement: 'Outcome, changed at HQ' } });
    hq.run(addResult, { id: rid('x'), parentId: rid('g'), statement: 'Added at HQ' });
    nairobi.run(updateResult, { id: rid('g'), fields: { description: 'Nairobi wrote this' } });
    clock.advance(60);
    hq.run(restoreVersion, { data: planDataFromView(hq.viewAt(point)) });

    const atHq = A.merge(A.clone(hq.document), nairobi.document);
    const atNairobi = A.merge(A.clone(nairobi.document), hq.document);
    const a = PlanSession.load([A.save(atHq)], { actor: ACTOR_A, office: 'Headquarters', clock });
    const b = PlanSession.load([A.save(atNairobi)], { actor: ACTOR_B, office: 'Nairobi office', clock });
    expect(content(planDataFromView(a.view))).toEqual(content(planDataFromView(b.view)));
    expect(a.view.results.o!.statement).toBe('Outcome');
    expect(a.view.results.x).toBeUndefined();
    // Nairobi's concurrent edit, which the restore never saw, is kept.
    expect(a.view.results.g!.description).toBe('Nairobi wrote this');
  });

  it('runs through the engine: history, viewAt, compare and restore by heads', async () => {
    const clock = handClock();
    const engine = InProcessEngine.create(blankData(), { actor: ACTOR_A, office: 'Headquarters', clock });
    await engine.run('addResult', { id: rid('g'), parentId: null, statement: 'Goal' });
    const page = await engine.history({ limit: 5, localActorPrefix: ACTOR_A.slice(0, 8) });
    const first: HistoryEntry = page.entries[0]!;
    await engine.run('updateResult', { id: rid('g'), fields: { statement: 'Goal, changed' } });
    expect((await engine.viewAt(first.heads)).results.g!.statement).toBe('Goal');
    expect((await engine.compareVersion(first.heads)).collections.results).toEqual({ changed: 1, broughtBack: 0, removed: 0 });
    const state = await engine.restoreVersion(first.heads);
    expect(state.view.results.g!.statement).toBe('Goal');
    expect(state.canUndo).toBe(true);
  });
});
