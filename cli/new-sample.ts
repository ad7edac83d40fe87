/** `rbm new-sample --out <file.rbmplan>`: the sample plan as a plan file. */
import { randomBytes } from 'node:crypto';
import { nowIso, type Clock } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import { InProcessEngine } from '../shared/plan-doc';
import { writePlanFile } from '../shared/plan-file';
import { buildSamplePlan } from '../shared/sample';
import { parseArgs, stringOption } from './args';
import { usageError } from './errors';
import { humanSize, writeAtomically } from './files';

const SPEC = { out: 'string', office: 'string', help: 'flag' } as const;
const COMMAND = 'new-sample';

export interface NewSampleRequest {
  readonly out: string;
  readonly office: string | null;
}

export function parseNewSampleArgs(args: readonly string[]): NewSampleRequest | 'help' {
  const parsed = parseArgs(args, SPEC, COMMAND);
  if (parsed.options.help === true) return 'help';
  if (parsed.positionals.length > 0) throw usageError('cli.errors.extraArgument', { argument: parsed.positionals[0]! }, COMMAND);
  const out = stringOption(parsed, 'out');
  if (out === undefined) throw usageError('cli.errors.missingOption', { option: '--out' }, COMMAND);
  return { out, office: stringOption(parsed, 'office')?.trim() || null };
}

export async function runNewSample(request: NewSampleRequest, context: { clock: Clock; t: Translate; print: (line: string) => void }): Promise<void> {
  const { clock, t } = context;
  const office = request.office ?? t('cli.defaultOffice');
  const actor = randomBytes(16).toString('hex');
  const randomHex = () => randomBytes(16).toString('hex');
  const engine = InProcessEngine.create(buildSamplePlan({ randomHex, clock, officeName: office }), { actor, office, clock });
  const bytes = await writePlanFile({ snapshot: await engine.snapshot(), view: engine.state.view }, { from: { office, actorId: actor }, createdAt: nowIso(clock) });
  await writeAtomically(request.out, bytes);
  context.print(t('cli.done.sample', { title: engine.state.view.plan.title, path: request.out, size: humanSize(bytes.length, t) }));
}
