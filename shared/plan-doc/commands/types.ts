/**
 * What a command is: a named pure edit of the plan document. It validates against the
 * current view (cheap reads), then writes through the transaction, which records
 * every field changed so undo and redo are exact.
 */
import type { Tx } from '../tx';
import type { PlanView } from '../view-types';

/** A translatable message: an i18n key and its parameters. */
export interface MessageRef {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CommandContext {
  readonly tx: Tx;
  readonly view: PlanView;
}

export interface CommandDef<Args, Out = void> {
  readonly name: string;
  /** What the edit was, for the undo button and the history ("Add result", ...). */
  label(args: Args, view: PlanView): MessageRef;
  run(ctx: CommandContext, args: Args): Out;
}

export function defineCommand<Args, Out = void>(def: CommandDef<Args, Out>): CommandDef<Args, Out> {
  return def;
}

/** An edit refused before anything was written; `code` is an i18n key. */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
    this.name = 'CommandError';
  }
}
