/**
 * Plan files (ARCHITECTURE.md, "The plan file"): writing one for an office, and opening
 * one: read and checked in full before anything is stored, then either a new plan to
 * add or a merge into the local plan, previewed first and applied in one transaction
 * with its record, so it can be undone. A file that fails any check changes nothing.
 */
import type { PlanId } from '../../shared/model';
import { InProcessEngine, MergeError } from '../../shared/plan-doc';
import { PlanFileError, previewChangesFile, readAnyPlanFile, writePlanFile, type AnyPlanFileContents, type PlanFileEnvelope } from '../../shared/plan-file';
import { safeFileName } from '../../shared/export/text';
import type { ImportRecord } from '../db';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import { attachEngine, sessionOptions } from './planSlice';
import { listingOf } from './saver';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import type { KnownOffice, PlanFileSummary, PlanFilesSlice } from './types';
import { sameHeads } from '../../shared/heads';

/** Resolves after the browser has painted (at once where nothing paints, as in tests). */
function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

type FullContents = Extract<AnyPlanFileContents, { kind: 'full' }>;

function summaryOf(envelope: PlanFileEnvelope): PlanFileSummary {
  return {
    planId: envelope.planId as PlanId,
    title: envelope.title,
    office: envelope.from.office,
    createdAt: envelope.createdAt,
    kind: envelope.kind,
    counts: envelope.counts,
  };
}


/** What went wrong, as a message: a plan file's own problem, or anything else. */
function fileProblem(e: unknown): MessageRef {
  if (e instanceof PlanFileError) return { key: e.key, params: e.params };
  // The reader already refused another plan's id: a merge refusing "another plan" means the same id with a history of its own.
  if (e instanceof MergeError) return { key: e.code === 'otherPlan' ? 'planFiles.errors.separateHistory' : 'planFile.errors.unreadableDocument' };
  return messageOf(e);
}

export function planFilesSlice(ctx: SliceContext): PlanFilesSlice {
  const { set, get, deps, rt } = ctx;

  const failOpen = (fileName: string, message: MessageRef) => {
    set({ incoming: null, incomingError: { fileName, message }, planFileBusy: null });
  };

  /** The file's plan open here, with nothing unsaved: what a merge previews against. */
  const openForMerge = async (planId: PlanId): Promise<MessageRef | null> => {
    if (get().openPlanId !== planId || get().openStatus !== 'ready') await get().openPlan(planId, 'overview');
    if (get().openPlanId !== planId || get().openStatus !== 'ready' || !rt.engine) {
      if (get().openError?.key === 'plan.openElsewhere') return { key: 'planFiles.errors.planOpenElsewhere' };
      return get().openError ?? { key: 'planFiles.errors.otherPlanOpen' };
    }
    if (!(await get().flushSave())) return { key: 'save.cannotCloseUnsaved' };
    return null;
  };

  const refreshExchanges = async () => {
    const planId = get().openPlanId;
    if (!planId) {
      set({ imports: [], sentFiles: [] });
      return;
    }
    try {
      const [imports, sentFiles] = await Promise.all([deps.plans.listImports(planId), deps.plans.listSent(planId)]);
      if (get().openPlanId === planId) set({ imports, sentFiles });
    } catch (e) {
      get().notify({ tone: 'error', message: messageOf(e) });
    }
  };

  /** Stores a plan read from a file as a new plan, then opens it. */
  const addPlan = async (contents: FullContents, fileName: string): Promise<boolean> => {
    const view = contents.engine.state.view;
    const { envelope } = contents;
    // Recorded like an import (with no heads before it): the sending office is then known to have this plan.
    await deps.plans.create({ id: view.plan.id, ...listingOf(view.plan), createdAt: view.plan.createdAt }, contents.payload, [...envelope.heads], {
      fileName,
      office: envelope.from.office,
      fileCreatedAt: envelope.createdAt,
      fileKind: 'full',
      headsBefore: [],
      headsAfter: [...envelope.heads],
      counts: {},
    });
    await get().refreshLibrary();
    await get().openPlan(view.plan.id, 'overview');
    return get().openPlanId === view.plan.id;
  };

  /** The full file read for a plan not stored here, kept (not in the state: it holds an engine) until added or cancelled. */
  let pendingFull: FullContents | null = null;

  return {
    incoming: null,
    incomingError: null,
    planFileBusy: null,
    imports: [],
    sentFiles: [],

    async openPlanFileDialog() {
      let result;
      try {
        result = await deps.platform.openFile('rbmplan');
      } catch (e) {
        get().notify({ tone: 'error', message: messageOf(e) });
        return;
      }
      if ('cancelled' in result) return;
      await get().receivePlanFile(result);
    },

    async receivePlanFile(file) {
      if (get().planFileBusy) return;
      if (!file.ok) {
        failOpen(file.name, { key: `planFiles.errors.${file.reason}` });
        return;
      }
      set({ planFileBusy: 'reading', incoming: null, incomingError: null });
      // Reading a large plan's file holds the thread for seconds: let "Reading the plan file…" show first.
      await nextPaint();
      let contents: AnyPlanFileContents;
      try {
        contents = await readAnyPlanFile(file.bytes, { ...sessionOptions(ctx) });
      } catch (e) {
        failOpen(file.name, fileProblem(e));
        return;
      }
      const summary = summaryOf(contents.envelope);
      try {
        const listing = await deps.plans.getListing(summary.planId);
        if (listing && listing.deletedAt !== null) {
          failOpen(file.name, { key: 'planFiles.errors.planInBin', params: { title: listing.title } });
          return;
        }
        if (!listing) {
          if (contents.kind === 'changes') {
            failOpen(file.name, { key: 'planFiles.errors.changesForMissingPlan', params: { title: summary.title } });
            return;
          }
          const sameTitle = get().plans.find((p) => p.title.trim().toLowerCase() === summary.title.trim().toLowerCase()) ?? null;
          pendingFull = contents;
          set({ planFileBusy: null, incoming: { fileName: file.name, file: summary, mode: sameTitle ? 'newSameTitle' : 'new', preview: null, sameTitle } });
          return;
        }
        const problem = await openForMerge(summary.planId);
        if (problem) {
          failOpen(file.name, problem);
          return;
        }
        const engine = rt.engine!;
        // A full file's plan is merged as the reader loaded it (not loaded again from its bytes);
        // a changes file straight into the plan when it has their base.
        const preview = contents.kind === 'full' ? await engine.previewImport(contents.engine) : await previewChangesFile(engine, contents);
        pendingFull = null;
        set({ planFileBusy: null, incoming: { fileName: file.name, file: summary, mode: 'merge', preview, sameTitle: null } });
      } catch (e) {
        failOpen(file.name, fileProblem(e));
      }
    },

    async applyIncoming() {
      const incoming = get().incoming;
      if (!incoming || get().planFileBusy) return false;
      set({ planFileBusy: 'applying' });
      const office = incoming.file.office;
      // A file from an office that had no name says so ("…_unnamed" messages).
      const named: Record<string, string> = office === '' ? { context: 'unnamed' } : {};
      try {
        if (incoming.mode !== 'merge') {
          const contents = pendingFull;
          if (!contents) throw new Error('the file is no longer at hand');
          const added = await addPlan(contents, incoming.fileName);
          pendingFull = null;
          set({ incoming: null, planFileBusy: null });
          if (added) get().notify({ tone: 'info', message: { key: 'planFiles.notices.added', params: { title: incoming.file.title, office, ...named } } });
          await refreshExchanges();
          return added;
        }
        const preview = incoming.preview!;
        const engine = rt.engine;
        const planId = get().openPlanId;
        if (!engine || planId !== incoming.file.planId) throw new Error('the plan is no longer open');
        if (!preview.changed) {
          set({ incoming: null, planFileBusy: null });
          get().notify({ tone: 'info', message: { key: 'planFiles.notices.importedNothing', params: { name: incoming.fileName, office, ...named } } });
          return true;
        }
        // Edits typed meanwhile are saved first, so the import's chunk holds only the file's changes.
        if (!(await get().flushSave())) throw new PlanFileError('viewOutOfDate');
        // The plan as it is now is backed up first, so the import can be undone from a backup too.
        if (!(await get().backupBeforeChange('import'))) {
          set({ planFileBusy: null });
          return false;
        }
        const headsBefore = [...engine.state.heads];
        const state = await engine.applyImport(preview);
        if (state === false) {
          set({ incoming: null, planFileBusy: null, incomingError: { fileName: incoming.fileName, message: { key: 'planFiles.errors.staleImport' } } });
          return false;
        }
        const changes = await engine.unsavedChanges();
        try {
          if (changes) {
            await deps.plans.recordImport(planId, changes.bytes, changes.heads, listingOf(state.view.plan), {
              fileName: incoming.fileName,
              office: incoming.file.office,
              fileCreatedAt: incoming.file.createdAt,
              fileKind: incoming.file.kind,
              headsBefore,
              headsAfter: changes.heads,
              counts: { ...preview.counts },
            });
            await engine.markSaved(changes.heads);
          }
        } catch (e) {
          // Nothing was stored: the plan goes back to what is saved (without the file).
          await reloadOpenPlan();
          throw e;
        }
        set({ incoming: null, planFileBusy: null, view: state.view, planHeads: state.heads, canUndo: state.canUndo, canRedo: state.canRedo, undoLabel: state.undoLabel, redoLabel: state.redoLabel });
        deps.platform.setWindowTitle(state.view.plan.title);
        const c = preview.counts;
        get().notify({
          tone: 'info',
          message: { key: 'planFiles.notices.imported', params: { name: incoming.fileName, office, added: c.added, changed: c.changed, deleted: c.deleted, ...named } },
        });
        if (c.conflicts > 0) get().notify({ tone: 'info', message: { key: 'planFiles.notices.conflictsFound', params: { count: c.conflicts } }, action: { label: { key: 'commands.viewConflicts' }, run: () => get().setTab('conflicts') } });
        await refreshExchanges();
        return true;
      } catch (e) {
        set({ incoming: null, planFileBusy: null, incomingError: { fileName: incoming.fileName, message: fileProblem(e) } });
        return false;
      }
    },

    cancelIncoming() {
      pendingFull = null;
      set({ incoming: null, planFileBusy: null });
    },

    dismissIncomingError() {
      set({ incomingError: null });
    },

    async savePlanFile({ office, kind }) {
      const engine = rt.engine;
      const planId = get().openPlanId;
      if (!engine || !planId) {
        get().notify({ tone: 'error', message: { key: 'planFiles.errors.noPlanOpen' } });
        return false;
      }
      set({ planFileBusy: 'saving' });
      try {
        const snapshot = await engine.snapshot();
        const view = engine.state.view;
        const trimmed = office.trim();
        let baseHeads: string[] | undefined;
        if (kind === 'changes') {
          baseHeads = knownHeadsOf(trimmed, get().imports, get().sentFiles);
          if (baseHeads.length === 0) throw new PlanFileError('baseNotInPlan', { missing: '-' });
        }
        const bytes = await writePlanFile(
          { snapshot, view },
          { from: { office: get().officeName, actorId: get().actorId }, createdAt: new Date(deps.clock.now().getTime()).toISOString(), ...(baseHeads ? { baseHeads } : {}) },
        );
        const stem = trimmed ? `${view.plan.title} - for ${trimmed}` : view.plan.title;
        const result = await deps.platform.saveFile('rbmplan', safeFileName(stem, 'rbmplan'), bytes);
        if (!result.saved) {
          set({ planFileBusy: null });
          return false;
        }
        await deps.plans.recordSent(planId, trimmed, kind, snapshot.heads);
        set({ planFileBusy: null });
        get().notify({ tone: 'info', message: { key: 'planFiles.notices.saved', params: { name: result.fileName } } });
        await refreshExchanges();
        return true;
      } catch (e) {
        set({ planFileBusy: null });
        get().notify({ tone: 'error', message: fileProblem(e) });
        return false;
      }
    },

    async knownOffices() {
      await refreshExchanges();
      return knownOfficesOf(get().imports, get().sentFiles, get().officeName);
    },

    refreshExchanges,

    canUndoImport(id) {
      const latest = get().imports.find((r) => r.undoneAt === null);
      // A file that added the plan is undone by deleting the plan, not here.
      return latest !== undefined && latest.id === id && latest.headsBefore.length > 0 && get().saveState === 'saved' && sameHeads(get().planHeads, latest.headsAfter);
    },

    async undoImport(id) {
      const engine = rt.engine;
      const planId = get().openPlanId;
      const record = get().imports.find((r) => r.id === id);
      if (!engine || !planId || !record) return false;
      if (!get().canUndoImport(id)) {
        get().notify({ tone: 'error', message: { key: record.undoneAt ? 'planFiles.errors.alreadyUndone' : 'planFiles.errors.changedSince' } });
        return false;
      }
      set({ planFileBusy: 'undoing' });
      try {
        const past = await engine.snapshotAt(record.headsBefore);
        await deps.plans.undoImport(planId, id, past.bytes, past.heads);
        await reloadOpenPlan();
        set({ planFileBusy: null });
        get().notify({ tone: 'info', message: { key: 'planFiles.notices.undone', params: { name: record.fileName } } });
        await refreshExchanges();
        return true;
      } catch (e) {
        set({ planFileBusy: null });
        get().notify({ tone: 'error', message: messageOf(e) });
        return false;
      }
    },
  };

  /** Loads the open plan again from the database (after its stored document was replaced or a write failed). */
  async function reloadOpenPlan(): Promise<void> {
    const planId = get().openPlanId;
    if (!planId) return;
    rt.saver?.close();
    const { chunks, heads } = await deps.plans.loadChunks(planId);
    const engine = InProcessEngine.load(chunks, sessionOptions(ctx), heads);
    const listing = await deps.plans.getListing(planId);
    attachEngine(ctx, planId, engine, listing?.updatedAt ?? null);
  }
}

/**
 * What an office is known to have: the heads of the last file sent to it and of the last
 * file imported from it. A changes file holds what this plan has beyond them.
 */
export function knownHeadsOf(office: string, imports: readonly ImportRecord[], sent: readonly { readonly office: string; readonly heads: readonly string[] }[]): string[] {
  const key = office.trim().toLowerCase();
  if (!key) return [];
  const lastSent = sent.find((s) => s.office.trim().toLowerCase() === key);
  const lastImport = imports.find((r) => r.undoneAt === null && r.office.trim().toLowerCase() === key);
  return [...new Set([...(lastSent?.heads ?? []), ...(lastImport?.headsAfter ?? [])])];
}

export function knownOfficesOf(imports: readonly ImportRecord[], sent: readonly { readonly office: string; readonly sentAt: string; readonly heads: readonly string[] }[], self: string): KnownOffice[] {
  const latest = new Map<string, { office: string; at: string }>();
  const note = (office: string, at: string) => {
    const key = office.trim().toLowerCase();
    if (!key || key === self.trim().toLowerCase()) return;
    const seen = latest.get(key);
    if (!seen || seen.at < at) latest.set(key, { office: office.trim(), at });
  };
  for (const r of imports) if (r.undoneAt === null) note(r.office, r.importedAt);
  for (const s of sent) note(s.office, s.sentAt);
  return [...latest.values()]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .map(({ office, at }) => ({ office, lastExchange: at, canSendChanges: knownHeadsOf(office, imports, sent).length > 0 }));
}
