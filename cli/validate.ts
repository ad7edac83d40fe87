/**
 * `rbm validate <file.rbmplan>...`: each file checked as the app checks it before an
 * import (size, JSON, format, version, schema, checksum, the plan itself). One line per
 * file: "OK: ..." on standard output, the reader's message on standard error. Exit code
 * 0 when every file is valid, 1 otherwise.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import { PlanFileError, readAnyPlanFile } from '../shared/plan-file';
import { parseArgs } from './args';
import { CliError, EXIT, usageError } from './errors';
import { readInputFile } from './files';

const SPEC = { help: 'flag' } as const;
const COMMAND = 'validate';

export interface ValidateRequest {
  readonly inputs: readonly string[];
}

export function parseValidateArgs(args: readonly string[]): ValidateRequest | 'help' {
  const parsed = parseArgs(args, SPEC, COMMAND);
  if (parsed.options.help === true) return 'help';
  if (parsed.positionals.length === 0) throw usageError('cli.errors.missingFiles', {}, COMMAND);
  return { inputs: parsed.positionals };
}

export async function runValidate(
  request: ValidateRequest,
  context: { clock: Clock; t: Translate; print: (line: string) => void; printError: (line: string) => void },
): Promise<number> {
  const { clock, t } = context;
  let valid = 0;
  for (const path of request.inputs) {
    try {
      const bytes = await readInputFile(path);
      const read = await readAnyPlanFile(bytes, { actor: randomBytes(16).toString('hex'), office: t('cli.defaultOffice'), clock });
      const title = read.kind === 'full' ? read.engine.state.view.plan.title : read.envelope.title;
      context.print(t('cli.validate.ok', { path, title, kind: t(`cli.info.kinds.${read.kind}`) }));
      valid++;
    } catch (e) {
      if (e instanceof PlanFileError) context.printError(t('cli.validate.invalid', { path, message: t(e.key, e.params) }));
      else if (e instanceof CliError) context.printError(t('cli.validate.unreadable', { message: t(e.key, e.params) }));
      else throw e;
    }
  }
  if (request.inputs.length > 1) context.print(t('cli.validate.summary', { count: request.inputs.length, valid }));
  return valid === request.inputs.length ? EXIT.ok : EXIT.failed;
}
