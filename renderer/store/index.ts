/**
 * The app's one store, made of slices (see types.ts). Created with its dependencies
 * injected, so tests run it against fake-indexeddb with a fixed clock.
 */
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Runtime, SliceContext } from './context';
import { backupsSlice } from './backupsSlice';
import { changeLogSlice } from './historySlice';
import { conflictsSlice } from './conflictsSlice';
import { librarySlice } from './librarySlice';
import { navigationSlice } from './navigationSlice';
import { noticeSlice } from './noticeSlice';
import { officeSlice } from './officeSlice';
import { planSlice } from './planSlice';
import { planFilesSlice } from './planFilesSlice';
import { selectionSlice } from './selectionSlice';
import type { AppState, StoreDeps } from './types';
import { shownView } from './contentLanguage';

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: StoreDeps): AppStore {
  const rt: Runtime = { engine: null, saver: null, releaseLock: null };
  return createStore<AppState>()((rawSet, get) => {
    // Every slice sets the engine's view as `view`; this one place keeps it as `mainView`
    // too (the plan in its main language, with every translation) and turns `view` into
    // what the screens show (see shownView in contentLanguage.ts).
    const set: SliceContext['set'] = (partial) => {
      const next = typeof partial === 'function' ? partial(get()) : partial;
      rawSet('view' in next ? { ...next, mainView: next.view ?? null, view: shownView(next.view ?? null, get()) } : next);
    };
    const ctx: SliceContext = { set, get, deps, rt };
    return {
      ...noticeSlice(ctx),
      ...officeSlice(ctx),
      ...selectionSlice(ctx),
      ...planSlice(ctx),
      ...librarySlice(ctx),
      ...navigationSlice(ctx),
      ...planFilesSlice(ctx),
      ...conflictsSlice(ctx),
      ...changeLogSlice(ctx),
      ...backupsSlice(ctx),
      platform: deps.platform,
    };
  });
}

export const StoreContext = createContext<AppStore | null>(null);

/** Selects one field (or a derived value) of the app state. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreContext.Provider>');
  return useStore(store, selector);
}

export type { AppState, StoreDeps } from './types';
export type { Notice, Route, Tab, SaveState, NewPlanInput, PlanTarget, MatrixPrefs, IncomingPlanFile, PlanFileSummary, SavePlanFileOptions, KnownOffice, ChangeLog, EarlierVersion } from './types';
