/**
 * The seed document the sample plan is drawn from, and how the plan cites it.
 * Every figure and claim in the sample names the evaluation's paragraph it comes
 * from, so a reader can check it; one helper keeps those citations uniform.
 */

/** Short name used in baseline and risk sources. */
export const SEED_SHORT_TITLE = 'Independent evaluation 2001-07';

export const SEED_TITLE =
  "Independent evaluation of the ILO's strategy for the protection of migrant workers, 2001-07 (summary to the Governing Body, Geneva, 7 October 2008)";

/** The date the evaluation summary was issued: figures "to date" are as of this day. */
export const SEED_ISSUED = '2008-10-07';

/** Last day of the period the evaluation reviewed (para. 1). */
export const SEED_PERIOD_END = '2007-12-31';

/** Marks every figure the seed does not give (targets, amounts), so no one mistakes it for evidence. */
export const ILLUSTRATIVE_NOTE = 'Illustrative figure: not from the evaluation';

type Paragraphs = readonly number[] | number;

/** "para. 12", "paras 6 and 20", "paras 2-4, 29": ILO house style, runs of three or more collapsed. */
export function paragraphLabel(paragraphs: Paragraphs): string {
  const list = [...new Set(typeof paragraphs === 'number' ? [paragraphs] : paragraphs)].sort((a, b) => a - b);
  if (list.length === 0) throw new Error('A citation needs at least one paragraph.');
  const parts: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${list[i]}-${list[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(list[k]));
    i = j + 1;
  }
  const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list.length === 1 ? 'para.' : 'paras'} ${joined}`;
}

/** Source field citation, e.g. "Independent evaluation 2001-07, para. 12". */
export function seedCitation(paragraphs: Paragraphs, detail?: string): string {
  const base = `${SEED_SHORT_TITLE}, ${paragraphLabel(paragraphs)}`;
  return detail ? `${base} (${detail})` : base;
}

/** In-text citation for descriptions and the strategy paper, e.g. "(evaluation, para. 18)". */
export function cite(paragraphs: Paragraphs): string {
  return `(evaluation, ${paragraphLabel(paragraphs)})`;
}
