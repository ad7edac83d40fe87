// @vitest-environment happy-dom
/**
 * Storage errors are handled (issue 7, promise 3): a full disk (also as an AbortError
 * wrapping the QuotaExceededError), an I/O error, and the database closed under the app
 * each show a clear message (the banner and the save status) with the action that
 * recovers; the plan stays shown with the edit, and the action saves it.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResultId } from '../../../shared/model';
import { fixedClock } from '../../../shared/dates';
import { buildSamplePlan } from '../../../shared/sample';
import { openDatabase, PlanRepository, SettingsRepository, type RbmDatabase } from '../../../renderer/db';
import { initI18n } from '../../../renderer/i18n';
import { createAppStore, StoreContext, type AppStore } from '../../../renderer/store';
import { StorageBanner } from '../../../renderer/features/recovery/StorageBanner';
import { SaveStatus } from '../../../renderer/ui/SaveStatus';
import { failingOpens, installFaults, type FaultKind, type Faults } from '../../support/faulty-db';
import { FakePlatform, leadingCounterHex, PLAN_INPUT } from './harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
const opened: RbmDatabase[] = [];
afterEach(() => {
  cleanup();
  opened.splice(0).forEach((db) => db.close());
});

const rid = (s: string) => s as ResultId;

interface Setup {
  store: AppStore;
  db: RbmDatabase;
  faults: Faults;
  opens: ReturnType<typeof failingOpens>;
  /** The plan as a new window (another connection) reads it from the database. */
  stored: () => Promise<string[]>;
}

async function openApp(): Promise<Setup> {
  const factory = new IDBFactory();
  const opens = failingOpens(factory);
  const name = `recovery-${crypto.randomUUID()}`;
  const db = openDatabase(name, { indexedDB: opens.factory, IDBKeyRange });
  opened.push(db);
  const faults = installFaults(db);
  const clock = fixedClock('2026-03-01T10:00:00.000Z');
  const settings = new SettingsRepository(db);
  const store = createAppStore({ plans: new PlanRepository(db, clock), settings, clock, randomHex: leadingCounterHex(), platform: new FakePlatform(), buildSample: buildSamplePlan, saveDelayMs: 1, compactAbove: 1000 });
  await settings.set('sampleCreated', true);
  await settings.set('officeName', 'Test office');
  await store.getState().boot();
  expect(await store.getState().createPlan(PLAN_INPUT)).not.toBeNull();
  render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <StorageBanner />
        <SaveStatus />
      </StoreContext.Provider>
    </I18nextProvider>,
  );
  const stored = async () => {
    const other = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    opened.push(other);
    const planId = store.getState().openPlanId!;
    const fresh = createAppStore({ plans: new PlanRepository(other, clock), settings: new SettingsRepository(other), clock, randomHex: leadingCounterHex(), platform: new FakePlatform(), buildSample: buildSamplePlan });
    await fresh.getState().openPlan(planId);
    expect(fresh.getState().openStatus).toBe('ready');
    return Object.values(fresh.getState().view!.results).map((r) => r.statement);
  };
  return { store, db, faults, opens, stored };
}

async function editAndWait(setup: Setup, statement: string, state: 'saved' | 'error'): Promise<void> {
  await act(async () => {
    await setup.store.getState().dispatch('addResult', { id: rid(`r_${statement.length}`), parentId: null, statement });
  });
  await vi.waitFor(() => expect(setup.store.getState().saveState).toBe(state), { timeout: 2000, interval: 2 });
}

const banner = () => screen.queryByRole('alert', { name: 'Changes not saved' });
const status = () => screen.getByRole('status', { name: 'Save status' });

describe('storage errors: message and recovery', () => {
  const cases: { kind: FaultKind; text: RegExp; action: string }[] = [
    { kind: 'commit', text: /The disk is full/, action: 'Retry saving' },
    { kind: 'abortQuota', text: /The disk is full/, action: 'Retry saving' },
    { kind: 'quota', text: /The disk is full/, action: 'Retry saving' },
    { kind: 'unknown', text: /reported an error while saving/, action: 'Retry saving' },
  ];
  for (const { kind, text, action } of cases) {
    it(`${kind}: the banner explains it, the plan keeps the edit, and its action saves it`, async () => {
      const setup = await openApp();
      setup.faults.arm(kind, 1);
      await editAndWait(setup, 'Typed before the failure', 'error');
      expect(setup.faults.lastFired?.kind).toBe(kind);
      const shown = banner();
      expect(shown).not.toBeNull();
      expect(shown).toHaveTextContent(text);
      expect(shown).toHaveTextContent('They are kept in this window');
      expect(status()).toHaveTextContent('Not saved (see the message above)');
      expect(within(status()).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      // Not a blank screen, not a wiped plan: the plan is still open with the edit.
      expect(setup.store.getState().view?.results[rid('r_24')]?.statement).toBe('Typed before the failure');
      expect(await setup.stored()).not.toContain('Typed before the failure');

      await act(async () => {
        fireEvent.click(within(shown!).getByRole('button', { name: action }));
      });
      await vi.waitFor(() => expect(setup.store.getState().saveState).toBe('saved'), { timeout: 2000, interval: 2 });
      expect(banner()).toBeNull();
      expect(status()).toHaveTextContent(/Saved|All changes saved/);
      expect(await setup.stored()).toContain('Typed before the failure');
    });
  }

  it('closed under the app: reopened by the next save, with no error', async () => {
    const setup = await openApp();
    setup.db.close();
    await editAndWait(setup, 'After the close', 'saved');
    expect(banner()).toBeNull();
    expect(await setup.stored()).toContain('After the close');
  });

  it('closed under the app and not reopenable for now: the banner offers Reopen, which saves once it can', async () => {
    const setup = await openApp();
    setup.db.close();
    setup.opens.failing = true;
    await editAndWait(setup, 'Typed while closed', 'error');
    const shown = banner()!;
    expect(shown).toHaveTextContent(/closed and could not be reopened/);
    expect(within(status()).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(setup.store.getState().view?.results[rid('r_18')]?.statement).toBe('Typed while closed');

    // Still not possible: the message stays.
    await act(async () => {
      fireEvent.click(within(shown).getByRole('button', { name: 'Reopen and save' }));
    });
    await vi.waitFor(() => expect(setup.store.getState().saveState).toBe('error'), { timeout: 2000, interval: 2 });
    expect(banner()).not.toBeNull();

    setup.opens.failing = false;
    await act(async () => {
      fireEvent.click(within(banner()!).getByRole('button', { name: 'Reopen and save' }));
    });
    await vi.waitFor(() => expect(setup.store.getState().saveState).toBe('saved'), { timeout: 2000, interval: 2 });
    expect(banner()).toBeNull();
    expect(await setup.stored()).toContain('Typed while closed');
  });

  it('another window upgrades the database (versionchange): this one yields, reopens and saves', async () => {
    const setup = await openApp();
    const factory = (setup.db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB;
    await new Promise<void>((resolve, reject) => {
      const req = factory.open(setup.db.name, setup.db.verno * 10 + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(new Error('the other window could not open the database'));
    });
    expect(setup.db.isOpen()).toBe(false);
    await editAndWait(setup, 'After the other window', 'saved');
    expect(banner()).toBeNull();
    expect(await setup.stored()).toContain('After the other window');
  });
});
