/**
 * The messages between a WorkerEngine (engine-client.ts, on the window's thread) and the
 * engine it talks to (engine-server.ts, in a Web Worker). Plain, structured-cloneable data:
 * the view crosses as JSON once (on load, the view cache's format) and then only as what
 * changed (a ViewDelta), never whole after an edit.
 */
import type { MessageRef } from './commands/types';
import type { ViewDelta } from './view-derive';

/** Where messages go and come from: a worker's port, or an in-memory channel in tests. */
export interface EnginePort {
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other side stopped (a worker that crashed or could not start). */
  onFailure(listener: (error: Error) => void): void;
  close(): void;
}

/** The session options that can cross (the clock is the worker's own). */
export interface PortableOptions {
  readonly actor: string;
  readonly office: string;
  readonly undoLimit?: number;
}

export interface EngineRequest {
  readonly id: number;
  readonly op: string;
  readonly args: readonly unknown[];
}

/** Undo and redo as the engine has them, with the heads. */
export interface StateMeta {
  readonly heads: readonly string[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: MessageRef | null;
  readonly redoLabel: MessageRef | null;
}

export interface StateUpdate {
  readonly meta: StateMeta;
  /** What changed in the view since the last update, when it changed. */
  readonly delta?: ViewDelta;
}

export type EngineReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown; readonly state?: StateUpdate }
  | { readonly id: number; readonly ok: false; readonly error: PortableError; readonly state?: StateUpdate };

/** An error as it crosses: the typed errors the app reads keep their class, code and parameters. */
export interface PortableError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** What a load or a create answers: the view as JSON (view-cache.ts) unless the client already shows it. */
export interface LoadedReply {
  readonly viewJson: string | null;
}
