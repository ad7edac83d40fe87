/**
 * Plan files through the store: headquarters and a field office, each with its own
 * database, exchange files; a merge is previewed, applied in one transaction with its
 * record, and undone; bad files change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { RandomHex, ResultId } from '../../../shared/model';
import { initI18n, tMessage } from '../../../renderer/i18n';
import { PlanSession, planDataFromView } from '../../../shared/plan-doc';
import { readAnyPlanFile, writePlanFile } from '../../../shared/plan-file';
import { bootedApp, createOpenPlan, lastNoticeKey, newEnv, reopen, settled, type App, type Env } from './harness';

const rid = (s: string) => s as ResultId;

/** An env whose ids differ from another env's (each office is its own installation). */
function officeEnv(letter: string): Env {
  let n = 0;
  const randomHex: RandomHex = () => (++n).toString(16).padStart(8, '0') + letter.repeat(24);
  return { ...newEnv(), randomHex };
}

async function officeApp(letter: string, office: string): Promise<App> {
  const env = officeEnv(letter);
  const app = await bootedApp(env);
  expect(await app.s().setOfficeName(office)).toBe(true);
  return app;
}

/** Saves the open plan's file (full unless said) and returns its bytes. */
async function saveFile(app: App, env: Env, office = '', kind: 'full' | 'changes' = 'full'): Promise<Uint8Array> {
  expect(await app.s().savePlanFile({ office, kind })).toBe(true);
  const saved = env.platform.saved.at(-1)!;
  expect(saved.kind).toBe('rbmplan');
  return saved.bytes;
}

async function receive(app: App, bytes: Uint8Array, name = 'plan.rbmplan'): Promise<void> {
  await app.s().receivePlanFile({ ok: true, name, bytes });
}

/** HQ with a plan (goal and outcome), and an office that added HQ's file as a new plan. */
async function hqAndOffice() {
  const hqEnv = officeEnv('c');
  const hq = await bootedApp(hqEnv);
  await hq.s().setOfficeName('Headquarters');
  const planId = await createOpenPlan(hq);
  await hq.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work for migrants' });
  await hq.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Policies improved' });
  await settled(hq);
  const first = await saveFile(hq, hqEnv, 'Nairobi office');

  const officeEnvironment = officeEnv('d');
  const office = await bootedApp(officeEnvironment);
  await office.s().setOfficeName('Nairobi office');
  await receive(office, first, 'master.rbmplan');
  expect(office.s().incoming).toMatchObject({ mode: 'new', fileName: 'master.rbmplan', file: { planId, office: 'Headquarters', kind: 'full' } });
  expect(await office.s().applyIncoming()).toBe(true);
  expect(office.s().openPlanId).toBe(planId);
  expect(office.s().view?.results[rid('r_out')]?.statement).toBe('Policies improved');
  return { hq, hqEnv, office, officeEnvironment, planId };
}

describe('store: plan files', () => {
  it('an office adds a plan from a file, edits it, and headquarters previews, applies and undoes the merge', async () => {
    const { hq, hqEnv, office, officeEnvironment, planId } = await hqAndOffice();
    await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Labour migration policies improved' } });
    await settled(office);
    const back = await saveFile(office, officeEnvironment, 'Headquarters');

    const chunksBefore = await hq.db.docChunks.where('planId').equals(planId).count();
    await receive(hq, back, 'from-nairobi.rbmplan');
    const incoming = hq.s().incoming!;
    expect(incoming.mode).toBe('merge');
    expect(incoming.file.office).toBe('Nairobi office');
    expect(incoming.preview?.changed).toBe(true);
    expect(incoming.preview?.entities).toEqual([
      expect.objectContaining({ kind: 'changed', target: 'results', id: 'r_out', fields: [expect.objectContaining({ path: ['statement'], before: 'Policies improved', after: 'Labour migration policies improved' })] }),
    ]);
    // The preview changes nothing: not the plan shown, not the database.
    expect(hq.s().view?.results[rid('r_out')]?.statement).toBe('Policies improved');
    expect(await hq.db.docChunks.where('planId').equals(planId).count()).toBe(chunksBefore);

    expect(await hq.s().applyIncoming()).toBe(true);
    expect(hq.s().incoming).toBeNull();
    expect(hq.s().view?.results[rid('r_out')]?.statement).toBe('Labour migration policies improved');
    expect(lastNoticeKey(hq)).toBe('planFiles.notices.imported');
    expect(hq.s().imports).toHaveLength(1);
    expect(hq.s().imports[0]).toMatchObject({ fileName: 'from-nairobi.rbmplan', office: 'Nairobi office', fileKind: 'full', undoneAt: null, counts: expect.objectContaining({ changed: 1 }) });
    expect(hq.s().saveState).toBe('saved');

    // The merge is stored: a reload shows it.
    const reloaded = await reopen(hqEnv);
    expect(reloaded.s().view?.results[rid('r_out')]?.statement).toBe('Labour migration policies improved');
    expect(reloaded.s().imports).toHaveLength(1);

    // Undo: the plan goes back to before the import, here and after a reload.
    const importId = reloaded.s().imports[0]!.id;
    expect(reloaded.s().canUndoImport(importId)).toBe(true);
    expect(await reloaded.s().undoImport(importId)).toBe(true);
    expect(reloaded.s().view?.results[rid('r_out')]?.statement).toBe('Policies improved');
    expect(reloaded.s().imports[0]!.undoneAt).not.toBeNull();
    expect(reloaded.s().canUndoImport(importId)).toBe(false);
    const again = await reopen(hqEnv);
    expect(again.s().view?.results[rid('r_out')]?.statement).toBe('Policies improved');

    // The same file can be merged again after the undo.
    await receive(again, back, 'from-nairobi.rbmplan');
    expect(again.s().incoming?.preview?.counts.changed).toBe(1);
    expect(await again.s().applyIncoming()).toBe(true);
    expect(again.s().view?.results[rid('r_out')]?.statement).toBe('Labour migration policies improved');
  });

  it('a plan added from a file is recorded as received from its office (not undoable as an import), so a changes-only file can go back', async () => {
    const { office, planId } = await hqAndOffice();
    expect(office.s().imports).toEqual([expect.objectContaining({ planId, fileName: 'master.rbmplan', office: 'Headquarters', headsBefore: [], undoneAt: null })]);
    expect(office.s().canUndoImport(office.s().imports[0]!.id)).toBe(false);
    expect(await office.s().knownOffices()).toEqual([expect.objectContaining({ office: 'Headquarters', canSendChanges: true })]);
  });

  it('names a file from an office without a name as such in its notices', async () => {
    const hqEnv = officeEnv('c');
    const hq = await bootedApp(hqEnv);
    // The app refuses an empty office name, but a file from an older or foreign tool may carry one.
    hq.store.setState({ officeName: '' });
    const planId = await createOpenPlan(hq);
    const file = await saveFile(hq, hqEnv);
    const envelope = JSON.parse(new TextDecoder().decode(file)) as { from: { office: string } };
    expect(envelope.from.office).toBe('');
    const other = await officeApp('e', 'Dakar office');
    await receive(other, file);
    expect(await other.s().applyIncoming()).toBe(true);
    expect(other.s().openPlanId).toBe(planId);
    const notice = other.s().notices.find((n) => n.message.key === 'planFiles.notices.added');
    expect(notice?.message.params).toMatchObject({ office: '', context: 'unnamed' });
    const i18n = await initI18n('en');
    expect(tMessage(i18n.t.bind(i18n), notice!.message)).toBe('Added the plan "Country programme" from an unnamed office.');
  });

  it('renaming this office names it in the open plan\'s next changes, which travel in its files', async () => {
    const hqEnv = officeEnv('c');
    const hq = await bootedApp(hqEnv);
    await hq.s().setOfficeName('Headquarters');
    await createOpenPlan(hq);
    await hq.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Goal' });
    expect(await hq.s().setOfficeName('Headquarters, Geneva')).toBe(true);
    await hq.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Goal, renamed office' } });
    await settled(hq);
    const file = await readAnyPlanFile(await saveFile(hq, hqEnv), { actor: 'f'.repeat(32), office: 'reader', clock: hqEnv.clock });
    if (file.kind !== 'full') throw new Error('expected a whole plan');
    const page = await file.engine.history({ limit: 2 });
    expect(page.entries.map((e) => [e.command, e.office])).toEqual([
      ['updateResult', 'Headquarters, Geneva'],
      ['addResult', 'Headquarters'],
    ]);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    await office.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Goal from Nairobi' } });
    await settled(office);
    const back = await saveFile(office, officeEnvironment);
    await receive(hq, back);
    expect(await hq.s().applyIncoming()).toBe(true);
    await receive(hq, back);
    expect(hq.s().incoming?.preview?.changed).toBe(false);
    expect(await hq.s().applyIncoming()).toBe(true);
    expect(lastNoticeKey(hq)).toBe('planFiles.notices.importedNothing');
    expect(hq.s().imports).toHaveLength(1);
  });

  it('an import cannot be undone on its own once the plan was edited after it', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    await office.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Goal from Nairobi' } });
    await settled(office);
    await receive(hq, await saveFile(office, officeEnvironment));
    expect(await hq.s().applyIncoming()).toBe(true);
    await hq.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Edited at HQ after the import' } });
    await settled(hq);
    const id = hq.s().imports[0]!.id;
    expect(hq.s().canUndoImport(id)).toBe(false);
    expect(await hq.s().undoImport(id)).toBe(false);
    expect(lastNoticeKey(hq)).toBe('planFiles.errors.changedSince');
    expect(hq.s().view?.results[rid('r_out')]?.statement).toBe('Edited at HQ after the import');
    expect(hq.s().view?.results[rid('r_goal')]?.statement).toBe('Goal from Nairobi');
  });

  it('two offices editing the same field: the merge keeps both values as a conflict', async () => {
    const { hq, office, officeEnvironment } = await hqAndOffice();
    await hq.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'HQ wording' } });
    await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'Nairobi wording' } });
    await settled(hq);
    await settled(office);
    await receive(hq, await saveFile(office, officeEnvironment));
    const preview = hq.s().incoming!.preview!;
    expect(preview.counts.conflicts).toBe(1);
    expect(preview.conflicts[0]).toMatchObject({ target: 'results', id: 'r_out', path: ['statement'] });
    expect(preview.conflicts[0]!.values.map((v) => [v.value, v.office]).sort()).toEqual([
      ['HQ wording', 'Headquarters'],
      ['Nairobi wording', 'Nairobi office'],
    ]);
    expect(await hq.s().applyIncoming()).toBe(true);
    expect(hq.s().notices.some((n) => n.message.key === 'planFiles.notices.conflictsFound')).toBe(true);
  });

  it('a changes-only file for an office carries what it lacks, and applies there', async () => {
    const { hq, hqEnv, office, planId } = await hqAndOffice();
    await hq.s().dispatch('addResult', { id: rid('r_out2'), parentId: rid('r_goal'), statement: 'Data improved' });
    await settled(hq);
    const known = await hq.s().knownOffices();
    expect(known).toEqual([expect.objectContaining({ office: 'Nairobi office', canSendChanges: true })]);
    const changes = await saveFile(hq, hqEnv, 'Nairobi office', 'changes');
    const full = await saveFile(hq, hqEnv, 'Nairobi office', 'full');
    expect(changes.length).toBeLessThan(full.length);
    await receive(office, changes, 'changes.rbmplan');
    expect(office.s().incoming).toMatchObject({ mode: 'merge', file: { planId, kind: 'changes' } });
    expect(office.s().incoming?.preview?.entities).toEqual([expect.objectContaining({ kind: 'added', target: 'results', id: 'r_out2' })]);
    expect(await office.s().applyIncoming()).toBe(true);
    expect(office.s().view?.results[rid('r_out2')]?.statement).toBe('Data improved');
  });

  it('a file of a plan not here, with the title of one that is, is offered as a separate plan', async () => {
    const hqEnv = officeEnv('c');
    const hq = await bootedApp(hqEnv);
    await createOpenPlan(hq, { title: 'Country programme' });
    const file = await saveFile(hq, hqEnv);
    const other = await officeApp('e', 'Dakar office');
    const own = await createOpenPlan(other, { title: 'Country programme' });
    await receive(other, file);
    expect(other.s().incoming).toMatchObject({ mode: 'newSameTitle', sameTitle: { id: own } });
    expect(await other.s().applyIncoming()).toBe(true);
    expect(other.s().plans.filter((p) => p.title === 'Country programme')).toHaveLength(2);
  });

  it('refuses bad files with a message naming the problem and changes nothing stored', async () => {
    const { hq, hqEnv, planId } = await hqAndOffice();
    const good = await saveFile(hq, hqEnv);
    const text = new TextDecoder().decode(good);
    const envelope = JSON.parse(text) as Record<string, unknown>;
    const bad: [string, Uint8Array, string][] = [
      ['not JSON', new TextEncoder().encode('hello'), 'planFile.errors.notJson'],
      ['truncated', good.slice(0, good.length / 2), 'planFile.errors.notJson'],
      ['wrong format', new TextEncoder().encode(JSON.stringify({ ...envelope, format: 'other' })), 'planFile.errors.notAPlanFile'],
      ['newer version', new TextEncoder().encode(JSON.stringify({ ...envelope, formatVersion: 99 })), 'planFile.errors.newerVersion'],
      ['checksum', new TextEncoder().encode(JSON.stringify({ ...envelope, sha256: '0'.repeat(64) })), 'planFile.errors.checksumMismatch'],
      ['prototype key', new TextEncoder().encode(text.replace('"format"', '"__proto__": {"polluted": true}, "format"')), 'planFile.errors.forbiddenKey'],
      ['empty', new Uint8Array(), 'planFile.errors.empty'],
    ];
    const chunks = await hq.db.docChunks.toArray();
    const plans = await hq.db.plans.toArray();
    for (const [, bytes, key] of bad) {
      await receive(hq, bytes, 'bad.rbmplan');
      expect(hq.s().incoming).toBeNull();
      expect(hq.s().incomingError).toMatchObject({ fileName: 'bad.rbmplan', message: { key } });
      hq.s().dismissIncomingError();
    }
    await hq.s().receivePlanFile({ ok: false, name: 'huge.rbmplan', reason: 'tooLarge' });
    expect(hq.s().incomingError?.message.key).toBe('planFiles.errors.tooLarge');
    expect(await hq.db.docChunks.toArray()).toEqual(chunks);
    expect(await hq.db.plans.toArray()).toEqual(plans);
    expect(await hq.db.imports.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(hq.s().openPlanId).toBe(planId);
  });

  it('refuses a file naming this plan but made separately (its own history), changing nothing', async () => {
    const { hq, hqEnv, planId } = await hqAndOffice();
    const data = planDataFromView(hq.s().view!);
    const separate = PlanSession.create(data, { actor: 'e'.repeat(32), office: 'Lima office', clock: hqEnv.clock });
    const bytes = await writePlanFile({ snapshot: separate.snapshot(), view: separate.view }, { from: { office: 'Lima office', actorId: 'e'.repeat(32) }, createdAt: '2026-11-29T00:00:00.000Z' });
    const chunks = await hq.db.docChunks.toArray();
    await receive(hq, bytes, 'lima.rbmplan');
    expect(hq.s().incoming).toBeNull();
    expect(hq.s().incomingError).toEqual({ fileName: 'lima.rbmplan', message: { key: 'planFiles.errors.separateHistory' } });
    expect(await hq.db.docChunks.toArray()).toEqual(chunks);
    expect(hq.s().openPlanId).toBe(planId);
  });

  it('File > Open asks the platform for a file; a cancelled dialog does nothing', async () => {
    const { hq, hqEnv } = await hqAndOffice();
    await hq.s().openPlanFileDialog();
    expect(hqEnv.platform.openKinds).toEqual(['rbmplan']);
    expect(hq.s().incoming).toBeNull();
    expect(hq.s().incomingError).toBeNull();
    hqEnv.platform.toOpen.push({ ok: true, name: 'x.rbmplan', bytes: new TextEncoder().encode('{}') });
    await hq.s().openPlanFileDialog();
    expect(hq.s().incomingError?.message.key).toBe('planFile.errors.notAPlanFile');
  });
});
