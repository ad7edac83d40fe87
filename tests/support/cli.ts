/** Runs a built command line (dist-cli/rbm.mjs or a private copy) as a user would: a child process. */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(script: string, args: readonly string[], options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv; readonly timeoutMs?: number }): CliRun {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
