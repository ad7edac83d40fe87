/**
 * What every part of a document's builder shares (report-build.ts, report-annexes.ts):
 * the context (view, choices, catalogue, formats, template) and small constructors.
 */
import type { Translate } from '../i18n';
import type { Indicator, ResultLevel } from '../model';
import type { PlanView, TreeNode } from '../plan-doc/view-types';
import type { Template } from '../templates';
import type { Cell, Line, ReportOptions } from './report';
import type { ValueFormats } from './values';

/** What every part's builder gets. */
export interface BuildContext {
  readonly view: PlanView;
  readonly options: ReportOptions;
  readonly t: Translate;
  readonly f: ValueFormats;
  /** The template whose level names and columns the documents use. */
  readonly template: Template;
  readonly levelName: (level: ResultLevel) => string;
}

export const text = (value: string, style: { bold?: boolean; italic?: boolean } = {}): Line => [{ text: value, ...style }];
export const cell = (lines: readonly Line[], extra: Omit<Cell, 'lines'> = {}): Cell => ({ lines, ...extra });
export const textCell = (value: string, extra: Omit<Cell, 'lines'> = {}): Cell => cell(value ? [text(value)] : [], extra);

/** Multi-line plan text (assumptions, descriptions) as one paragraph per line. */
export function paragraphs(value: string): Line[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => text(l));
}


export function indicatorsOf(view: PlanView, id: string): Indicator[] {
  return (view.indicatorsByResult[id] ?? []).map((iid) => view.indicators[iid]!);
}

/** The results in the matrix's order: grouped by component (as on screen) when the plan has components. */
export function matrixGroups(view: PlanView): { componentId: string | null; nodes: TreeNode[] }[] {
  if (view.componentOrder.length === 0) return [{ componentId: null, nodes: [...view.tree] }];
  const groups = new Map<string | null, TreeNode[]>();
  for (const node of view.tree) {
    const c = view.results[node.id]!.componentId;
    const key = c && view.components[c] ? c : null;
    const list = groups.get(key);
    if (list) list.push(node);
    else groups.set(key, [node]);
  }
  return [null, ...view.componentOrder].filter((key) => groups.has(key)).map((key) => ({ componentId: key, nodes: groups.get(key)! }));
}

export function componentTitle(ctx: BuildContext, componentId: string | null): string {
  const c = componentId ? ctx.view.components[componentId] : undefined;
  if (!c) return ctx.t('exportDoc.noComponent');
  return c.code ? `${c.code} ${c.name}` : c.name;
}

/** The number cell: "1.2" and the level's name beneath it. */
export function numberCell(ctx: BuildContext, node: TreeNode): Cell {
  const result = ctx.view.results[node.id]!;
  return cell([text(node.number, { bold: true }), text(ctx.levelName(result.level), { italic: true })]);
}

