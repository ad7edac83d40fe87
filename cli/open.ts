/** Opening a plan file from disk for the CLI: the reader's checks, its message on failure. */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import type { PlanView } from '../shared/plan-doc';
import { PlanFileError, readPlanFile } from '../shared/plan-file';
import { CliError } from './errors';
import { readInputFile } from './files';

export async function openPlanFile(path: string, clock: Clock, t: Translate): Promise<PlanView> {
  try {
    const bytes = await readInputFile(path);
    const { engine } = await readPlanFile(bytes, { actor: randomBytes(16).toString('hex'), office: t('cli.defaultOffice'), clock });
    return engine.state.view;
  } catch (e) {
    if (e instanceof PlanFileError) throw new CliError('cli.errors.readPlan', { path, message: t(e.key, e.params) });
    throw e;
  }
}
