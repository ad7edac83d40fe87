/**
 * What the benchmarks share: timing with statistics, the figures they report (each
 * beside a floor measured in the same run, as a ratio), the table and results.json.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Figure {
  /** Stable key, e.g. "node.load.median". */
  readonly key: string;
  /** What was measured, for a person. */
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'KB' | 'MB' | 'count';
  /** Key of the floor figure this one is compared with (a floor measured in the same run). */
  readonly floor?: string;
  /** value / floor's value. */
  readonly ratio?: number;
  /** How many measurements the statistic is over. */
  readonly n?: number;
  /** The target for this figure, in the same unit, where it sets one. */
  readonly target?: number;
  readonly note?: string;
}

export interface Results {
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryGB: number; readonly node: string; readonly platform: string; readonly browser?: string };
  readonly date: string;
  /** 1-minute load average when the run started and ended: above the core count, other work competed for the CPU. */
  readonly load?: { readonly start: number; readonly end: number };
  /** Runs of some parts only (--update): when, under what load, and which figures they replaced or added. */
  readonly updates?: readonly { readonly date: string; readonly load: { readonly start: number; readonly end: number }; readonly figures: readonly string[] }[];
  readonly plan: { readonly seed: number; readonly scale: number; readonly counts: Record<string, number> };
  readonly figures: readonly Figure[];
}

export function machine(): Results['machine'] {
  const list = cpus();
  return { cpus: list.length, cpuModel: list[0]?.model.trim() ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
}

export function loadAverage(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  // Nearest rank: the p95 of 200 samples is the 190th, an observed value.
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, mean: sum / sorted.length };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage between measurements when node runs with --expose-gc (never inside one). */
export function collectGarbage(): void {
  gc?.();
}

export interface RepeatOptions {
  /** Unmeasured runs first. */
  readonly warmup?: number;
  /** Collect garbage before each measured run (default true). */
  readonly gcBetween?: boolean;
  /** Stop repeating once the measured runs took this long in all (at least one run is made). */
  readonly budgetMs?: number;
}

/** Runs `fn` up to `reps` times (after `warmup` unmeasured runs) and returns the times in ms. */
export function timeRepeated<T>(reps: number, fn: (rep: number) => T, options: RepeatOptions = {}): { times: number[]; last: T } {
  let last: T | undefined;
  for (let i = 0; i < (options.warmup ?? 0); i++) last = fn(-1 - i);
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < reps && (i === 0 || spent < (options.budgetMs ?? Infinity)); i++) {
    if (options.gcBetween ?? true) collectGarbage();
    const t0 = performance.now();
    last = fn(i);
    const t = performance.now() - t0;
    times.push(t);
    spent += t;
  }
  return { times, last: last as T };
}

/** Collects figures; a figure naming a floor gets its ratio when the table is made. */
export class FigureSet {
  readonly list: Figure[] = [];

  add(figure: Figure): Figure {
    this.list.push(figure);
    return figure;
  }

  /** Median and p95 (or just the median for few samples) of a series of times. */
  addTimes(key: string, name: string, times: readonly number[], extra: { floor?: string; floorP95?: string; target?: number; targetP95?: number; note?: string } = {}): Stats {
    const s = stats(times);
    const withP95 = s.n >= 20;
    const label = s.n === 1 ? '1 run' : withP95 ? 'median' : `median of ${s.n}`;
    this.add({ key: `${key}.median`, name: `${name} (${label})`, value: s.median, unit: 'ms', n: s.n, floor: extra.floor, target: extra.target, note: extra.note });
    if (withP95) this.add({ key: `${key}.p95`, name: `${name} (p95)`, value: s.p95, unit: 'ms', n: s.n, floor: extra.floorP95 ?? extra.floor, target: extra.targetP95 });
    return s;
  }

  get(key: string): Figure | undefined {
    return this.list.find((f) => f.key === key);
  }

  /** The figures with their ratios to their floors filled in. */
  resolved(): Figure[] {
    return this.list.map((f) => {
      if (!f.floor) return f;
      const floor = this.get(f.floor);
      return floor && floor.value > 0 ? { ...f, ratio: f.value / floor.value } : f;
    });
  }
}

function formatValue(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = unit === 'count' ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit === 'count' ? '' : unit}`.trim();
}

/** A plain-text table: figure, value, floor, ratio, target. */
export function table(figures: readonly Figure[]): string {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const rows = figures.map((f) => {
    const floor = f.floor ? byKey.get(f.floor) : undefined;
    const target = f.target === undefined ? '' : `${f.value <= f.target ? 'met' : 'MISSED'} (< ${formatValue(f.target, f.unit)})`;
    const floorLabel = floor ? `${formatValue(floor.value, floor.unit)} (${floor.key.replace(/^browser\.[a-z]+\.(?=floor\.|sample\.)/, '').replace(/^floor\./, '').replace(/\.(median|p95)$/, '')})` : '';
    return [f.name, formatValue(f.value, f.unit), floorLabel, f.ratio === undefined ? '' : `${f.ratio.toFixed(1)}x`, target];
  });
  const header = ['Figure', 'Value', 'Floor (same run)', 'Ratio', 'Target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
