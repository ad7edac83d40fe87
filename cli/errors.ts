/** A failure the CLI reports as a message of the catalogue (namespace cli) and an exit code. */

/** Exit codes: 1 the work failed, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly exitCode: number = EXIT.failed,
    /** The command whose help the message points to (usage errors). */
    readonly helpFor: string | null = null,
  ) {
    super(key);
    this.name = 'CliError';
  }
}

export const usageError = (key: string, params: Readonly<Record<string, string | number>>, command: string | null) => new CliError(key, params, EXIT.usage, command);
