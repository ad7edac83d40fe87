/** What slices share besides the state: the injected dependencies and the open plan's engine. */
import type { PlanEngine } from '../../shared/plan-doc';
import type { Saver } from './saver';
import type { AppState, StoreDeps } from './types';

export interface Runtime {
  engine: PlanEngine | null;
  saver: Saver | null;
  /** Releases this window's hold on the open plan. */
  releaseLock: (() => void) | null;
  /** The heads the open plan's stored view cache holds, when known. */
  cachedHeads?: { readonly planId: string; readonly heads: readonly string[] } | null;
  /** The pending write of the open plan's view cache after a save. */
  viewCacheTimer?: ReturnType<typeof setTimeout> | null;
}

export type SetState = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
export type GetState = () => AppState;

export interface SliceContext {
  readonly set: SetState;
  readonly get: GetState;
  readonly deps: StoreDeps;
  readonly rt: Runtime;
}

export const DEFAULT_SAVE_DELAY_MS = 300;
export const DEFAULT_COMPACT_ABOVE = 50;
