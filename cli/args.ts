/**
 * A small, strict command-line parser: `--name value`, `--name=value` and flags; every
 * unknown, repeated or valueless option is a usage error naming it (the CLI's own
 * message, in the catalogue, rather than Node's).
 */
import { usageError } from './errors';

export type OptionSpec = Readonly<Record<string, 'string' | 'flag'>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

export function parseArgs(args: readonly string[], spec: OptionSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const name = option === '-h' ? 'help' : option.replace(/^--/, '');
    const kind = option.startsWith('--') || option === '-h' ? spec[name] : undefined;
    if (kind === undefined || !Object.prototype.hasOwnProperty.call(spec, name)) throw usageError('cli.errors.unknownOption', { option, command }, command);
    if (Object.prototype.hasOwnProperty.call(options, name)) throw usageError('cli.errors.repeatedOption', { option }, command);
    if (kind === 'flag') {
      if (eq > 0) throw usageError('cli.errors.notAFlag', { option }, command);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i++;
    }
    if (value === undefined || value === '') throw usageError('cli.errors.missingValue', { option }, command);
    options[name] = value;
  }
  return { positionals, options };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
