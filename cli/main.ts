/**
 * rbm: RBM Planner on the command line (node). Commands: export, new-sample, info, validate, merge, help.
 * Every message comes from the catalogue (shared/i18n/en-cli.ts); errors go to stderr
 * with exit code 1 (the work failed) or 2 (the command line is wrong).
 */
import { fixedClock, systemClock, type Clock } from '../shared/dates';
import { REPORT_PARTS } from '../shared/export/report';
import { catalogues, translator, type Translate } from '../shared/i18n';
import { CliError, EXIT, usageError } from './errors';

const COMMANDS = ['export', 'new-sample', 'info', 'validate', 'merge', 'help'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

export interface CliContext {
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The clock: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output; else the system's. */
function clockOf(env: NodeJS.ProcessEnv): Clock {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? fixedClock(new Date(Number(epoch) * 1000).toISOString()) : systemClock;
}

function helpText(command: Command, t: Translate): string {
  const params = { languages: Object.keys(catalogues).join(', '), catalogues: Object.keys(catalogues).join(', '), parts: REPORT_PARTS.join(', ') };
  const text = t(command === 'merge' ? 'cli.merge.help' : `cli.help.${command}`, params);
  // The languages of a document (issue 8): --language also picks the plan's texts.
  return command === 'export' ? `${text}\n\n${t('exportLanguage.cli.help', params)}` : text;
}

export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  const t = translator('en');
  const clock = clockOf(context.env);
  const print = (line: string) => context.out(`${line}\n`);
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      context.err(`${t('cli.errors.prefix', { message: t('cli.errors.noCommand') })}\n\n${t('cli.usage')}\n`);
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h') {
      print(t('cli.usage'));
      return EXIT.ok;
    }
    if (!isCommand(name)) throw usageError('cli.errors.unknownCommand', { command: name }, null);
    if (name === 'help') {
      const [topic, extra] = rest;
      if (extra !== undefined) throw usageError('cli.errors.extraArgument', { argument: extra }, 'help');
      if (topic === undefined) print(t('cli.usage'));
      else if (isCommand(topic)) print(helpText(topic, t));
      else throw usageError('cli.errors.unknownCommand', { command: topic }, null);
      return EXIT.ok;
    }
    // The commands' code (Automerge, the exporters) is loaded only when a command runs.
    if (name === 'export') {
      const { parseExportArgs, runExport } = await import('./export');
      const request = parseExportArgs(rest);
      if (request === 'help') print(helpText('export', t));
      else await runExport(request, { clock, env: context.env, t, print });
      return EXIT.ok;
    }
    if (name === 'merge') {
      const { parseMergeArgs, runMerge } = await import('./merge');
      const request = parseMergeArgs(rest);
      if (request === 'help') print(helpText('merge', t));
      else await runMerge(request, { clock, t, print });
      return EXIT.ok;
    }
    if (name === 'info') {
      const { parseInfoArgs, runInfo } = await import('./info');
      const request = parseInfoArgs(rest);
      if (request === 'help') {
        print(helpText('info', t));
        return EXIT.ok;
      }
      return await runInfo(request, { clock, t, print });
    }
    if (name === 'validate') {
      const { parseValidateArgs, runValidate } = await import('./validate');
      const request = parseValidateArgs(rest);
      if (request === 'help') {
        print(helpText('validate', t));
        return EXIT.ok;
      }
      return await runValidate(request, { clock, t, print, printError: (line) => context.err(`${line}\n`) });
    }
    const { parseNewSampleArgs, runNewSample } = await import('./new-sample');
    const request = parseNewSampleArgs(rest);
    if (request === 'help') print(helpText('new-sample', t));
    else await runNewSample(request, { clock, t, print });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) {
      const help = e.exitCode !== EXIT.usage ? '' : `\n${e.helpFor === null ? t('cli.errors.seeUsage') : t('cli.errors.seeHelp', { command: e.helpFor })}`;
      context.err(`${t('cli.errors.prefix', { message: t(e.key, e.params) })}${help}\n`);
      return e.exitCode;
    }
    context.err(`${t('cli.errors.prefix', { message: t('cli.errors.unexpected', { reason: e instanceof Error ? (e.stack ?? e.message) : String(e) }) })}\n`);
    return EXIT.failed;
  }
}
