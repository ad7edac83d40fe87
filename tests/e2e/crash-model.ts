/**
 * What the crash test expects of a results tree read back after a kill: a seeded random
 * source (so a failing run can be replayed), the tree's own validity (continuous numbering,
 * levels following depth), and the states the edits made in a cycle can have left.
 */

/** The seeded random source: the bench generator's mulberry32 (one PRNG in the project). */
export { mulberry32 as prng } from '../../bench/generate-plan';

/** A row of the results tree as the page shows it. */
export interface ShownRow {
  /** aria-level: 1 for a goal. */
  readonly depth: number;
  readonly number: string;
  /** data-level: goal, outcome, output, activity. */
  readonly level: string;
  /** The statement; '' when the result has none yet. */
  readonly statement: string;
}

/** The tree as the test models it: each row's depth and statement, in display order. */
export type TreeState = readonly (readonly [depth: number, statement: string])[];

const LEVELS = ['goal', 'outcome', 'output', 'activity'];

/** What is wrong with the tree's shape (numbering, levels), or [] when it is valid. */
export function treeProblems(rows: readonly ShownRow[]): string[] {
  const problems: string[] = [];
  const counters: number[] = [];
  let previousDepth = 0;
  rows.forEach((row, i) => {
    if (row.depth < 1 || row.depth > previousDepth + 1) problems.push(`row ${i} (${row.number}) jumps from depth ${previousDepth} to ${row.depth}`);
    counters.length = Math.min(counters.length, Math.max(row.depth, 1));
    while (counters.length < row.depth) counters.push(0);
    counters[counters.length - 1] += 1;
    const expected = counters.join('.');
    if (row.number !== expected) problems.push(`row ${i} is numbered ${row.number}, expected ${expected}`);
    if (row.level !== LEVELS[row.depth - 1]) problems.push(`row ${i} (${row.number}) is a ${row.level} at depth ${row.depth}`);
    previousDepth = row.depth;
  });
  return problems;
}

/** Statements shown more than once (every statement the test types is distinct). */
export function duplicates(rows: readonly ShownRow[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { statement } of rows) {
    if (statement === '') continue;
    if (seen.has(statement)) twice.add(statement);
    seen.add(statement);
  }
  return [...twice];
}

export function stateOf(rows: readonly ShownRow[]): TreeState {
  return rows.map((r) => [r.depth, r.statement] as const);
}

export function sameState(a: TreeState, b: TreeState): boolean {
  return a.length === b.length && a.every(([d, s], i) => b[i]![0] === d && b[i]![1] === s);
}

/**
 * The edits of one cycle as operations on the tree: each adds an empty row at a depth or
 * gives the last row its statement. The document is saved in order, so after a crash the
 * stored tree must be the state after one of these operations (or before the first).
 */
export class EditLog {
  private readonly states: TreeState[];

  constructor(start: TreeState) {
    this.states = [start];
  }

  get current(): TreeState {
    return this.states[this.states.length - 1]!;
  }

  /** Before the key that adds a row is pressed. */
  add(depth: number): void {
    this.states.push([...this.current, [depth, '']]);
  }

  /** Before the key that commits the last row's statement is pressed. */
  name(statement: string): void {
    const rows = [...this.current];
    const last = rows[rows.length - 1];
    if (!last || last[1] !== '') throw new Error('the model names only a freshly added row');
    rows[rows.length - 1] = [last[0], statement];
    this.states.push(rows);
  }

  /** Which operation's state `found` is (0: none of this cycle's), or -1 when it is none of them. */
  indexOf(found: TreeState): number {
    return this.states.findIndex((s) => sameState(s, found));
  }

  get operations(): number {
    return this.states.length - 1;
  }
}

/** A readable listing of a tree state for failure messages. */
export function describe(state: TreeState): string {
  return state.map(([d, s]) => `${'  '.repeat(d - 1)}- ${s === '' ? '(no statement)' : s}`).join('\n');
}
