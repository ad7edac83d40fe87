/**
 * The plan's results as IATI 2.03 activity XML: one `iati-activity` for the plan, its
 * outcomes and outputs as `result` elements with their indicators, baselines and
 * reporting periods (target and actual), so a plan can travel to tools that read IATI.
 *
 * Every element is written in the order the 2.03 schema's sequences require (the schema
 * is in standards/iati-2.03/ and the tests validate against it). Identifiers are never
 * invented: a plan without its IATI identifiers (plan.iati) cannot be exported, and
 * `renderIati` throws an `IatiExportError` whose message key the app shows.
 *
 * Choices where IATI leaves room:
 * - result type 2 (outcome) or 1 (output); a result without an indicator is left out
 *   (the schema requires at least one); the goal and activities are not IATI results here;
 * - aggregation-status="0": the plan's indicators are its own definitions, not a shared
 *   vocabulary, so their figures are not meant to be added up with other publishers';
 * - measure 1 (unit) for numbers, 2 (percentage), 5 (qualitative); a qualitative value is
 *   a stage, written as a comment without @value (2.03: @value is omitted for measure 5);
 * - a baseline needs a year: one with a date uses its year; one with a value but no date
 *   uses the plan's first year and says so in its comment; one with neither is left out;
 * - per-category targets and actuals (disaggregation) are further `target` / `actual`
 *   elements carrying a `dimension`;
 * - activity-status from the plan period and the as-of date: 1 (pipeline) before the
 *   start, 2 (implementation) during, 3 (finalisation) after the end.
 */
import { compareIsoDates, yearOf } from '../dates';
import { IatiSettingsSchema, type Indicator, type Plan, type Result } from '../model';
import { translator, type Translate } from '../i18n';
import type { PlanView } from '../plan-doc/view-types';
import { escapeXml } from './text';

export interface IatiOptions {
  /** Language of the labels and the narratives' xml:lang (BCP 47; its first subtag is written). */
  readonly language: string;
  /** ISO date the activity status is judged as of. */
  readonly asOf: string;
  /** ISO date-time written as the file's generated-datetime. */
  readonly generatedAt: string;
}

export type IatiErrorKey = 'iati.errors.noIdentifier' | 'iati.errors.invalidIdentifier' | 'iati.errors.noOrganisationName';

/** Why a plan cannot be exported to IATI; `key` is a message of the catalogue (namespace iati). */
export class IatiExportError extends Error {
  constructor(
    readonly key: IatiErrorKey,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(key);
    this.name = 'IatiExportError';
  }
}

/** IATI ResultType codes. */
const RESULT_TYPE = { output: '1', outcome: '2' } as const;
/** IATI IndicatorMeasure codes. */
const MEASURE = { number: '1', percentage: '2', qualitative: '5' } as const;
/** IATI ActivityDateType codes. */
const PLANNED_START = '1';
const PLANNED_END = '3';
/** IATI OrganisationRole: implementing. */
const ROLE_IMPLEMENTING = '4';

// A tiny element tree, serialised with indentation; attributes and text are escaped once, here.
interface Element {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children: readonly Element[];
  readonly text?: string;
}

type Attrs = Readonly<Record<string, string | undefined>>;

function el(name: string, attrs: Attrs = {}, children: readonly (Element | null)[] = [], text?: string): Element {
  const pairs = Object.entries(attrs).filter((p): p is [string, string] => p[1] !== undefined);
  return { name, attrs: pairs, children: children.filter((c): c is Element => c !== null), text };
}

function serialise(e: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = e.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  if (e.text !== undefined) out.push(`${pad}<${e.name}${attrs}>${escapeXml(e.text)}</${e.name}>`);
  else if (e.children.length === 0) out.push(`${pad}<${e.name}${attrs}/>`);
  else {
    out.push(`${pad}<${e.name}${attrs}>`);
    for (const c of e.children) serialise(c, depth + 1, out);
    out.push(`${pad}</${e.name}>`);
  }
}

/** An element holding one narrative (title, description, comment, reporting-org). */
const narrated = (name: string, text: string, attrs: Attrs = {}) => el(name, attrs, [el('narrative', {}, [], text)]);

/** A figure as IATI writes it: plain decimal, no grouping, no exponent for ordinary values. */
function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

function nonEmpty(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** The plan's IATI identifiers, checked; throws when they are missing or inconsistent. */
function identifiers(plan: Plan): { ref: string; type: string; name: string; activityId: string } {
  if (!plan.iati) throw new IatiExportError('iati.errors.noIdentifier');
  const parsed = IatiSettingsSchema.safeParse(plan.iati);
  if (!parsed.success) throw new IatiExportError('iati.errors.invalidIdentifier', { activityId: plan.iati.activityId, ref: plan.iati.reportingOrgRef });
  const name = nonEmpty(parsed.data.reportingOrgName) ? parsed.data.reportingOrgName.trim() : plan.organisation.trim();
  if (name === '') throw new IatiExportError('iati.errors.noOrganisationName');
  return { ref: parsed.data.reportingOrgRef, type: parsed.data.reportingOrgType, name, activityId: parsed.data.activityId };
}

function activityStatus(plan: Plan, asOf: string): string {
  if (compareIsoDates(asOf, plan.periodStart) < 0) return '1';
  if (compareIsoDates(asOf, plan.periodEnd) > 0) return '3';
  return '2';
}

/** A stage of a qualitative indicator, in words. */
function stageText(indicator: Indicator, value: number, t: Translate): string {
  const stage = indicator.qualitativeStages[value];
  const last = Math.max(indicator.qualitativeStages.length - 1, 0);
  return stage === undefined ? t('iati.stageNumber', { index: value, last }) : t('iati.stage', { index: value, last, stage });
}

/** A target or actual value: @value for figures, a comment naming the stage for qualitative ones. */
function valued(name: 'target' | 'actual', indicator: Indicator, value: number, t: Translate, dimension: string | null, comment: string | null): Element {
  const qualitative = indicator.measureType === 'qualitative';
  const comments = [qualitative ? stageText(indicator, value, t) : null, comment].filter(nonEmpty);
  return el(name, { value: qualitative ? undefined : figure(value) }, [
    dimension === null ? null : el('dimension', { name: t('iati.dimensionName'), value: dimension }),
    comments.length > 0 ? narrated('comment', comments.join(' ')) : null,
  ]);
}

function baseline(indicator: Indicator, plan: Plan, t: Translate): Element | null {
  const { value, date, source } = indicator.baseline;
  if (value === null && date === null) return null;
  const qualitative = indicator.measureType === 'qualitative';
  const comments = [
    qualitative && value !== null ? stageText(indicator, value, t) : null,
    nonEmpty(source) ? t('iati.baselineSource', { source: source.trim() }) : null,
    date === null ? t('iati.baselineYearAssumed', { year: yearOf(plan.periodStart) }) : null,
  ].filter(nonEmpty);
  return el('baseline', { 'iso-date': date ?? undefined, year: String(yearOf(date ?? plan.periodStart)), value: value === null || qualitative ? undefined : figure(value) }, [
    comments.length > 0 ? narrated('comment', comments.join(' ')) : null,
  ]);
}

function indicatorDescription(indicator: Indicator, t: Translate): string {
  const mov = indicator.meansOfVerification;
  const parts = [
    nonEmpty(indicator.unitOfMeasure) ? t('iati.unitOfMeasure', { unit: indicator.unitOfMeasure.trim() }) : null,
    nonEmpty(mov.source) ? t('iati.meansOfVerification', { source: mov.source.trim() }) : null,
    nonEmpty(mov.method) ? t('iati.method', { method: mov.method.trim() }) : null,
    nonEmpty(mov.frequency) ? t('iati.frequency', { frequency: mov.frequency.trim() }) : null,
    nonEmpty(mov.collectedBy) ? t('iati.collectedBy', { who: mov.collectedBy.trim() }) : null,
  ];
  return parts.filter(nonEmpty).join(' ');
}

function periods(indicator: Indicator, view: PlanView, t: Translate): Element[] {
  const out: Element[] = [];
  for (const periodId of view.periodOrder) {
    const period = view.periods[periodId];
    if (!period) continue;
    const target = indicator.targets[periodId];
    const actual = indicator.actuals[periodId];
    const hasActual = actual !== undefined && actual.value !== null;
    if (target === undefined && !hasActual) continue;
    const children: Element[] = [el('period-start', { 'iso-date': period.start }), el('period-end', { 'iso-date': period.end })];
    if (target !== undefined) {
      children.push(valued('target', indicator, target, t, null, null));
      const byCategory = indicator.categoryTargets?.[periodId] ?? {};
      for (const category of Object.keys(byCategory)) children.push(valued('target', indicator, byCategory[category]!, t, category, null));
    }
    if (hasActual) {
      children.push(valued('actual', indicator, actual.value!, t, null, nonEmpty(actual.evidence) ? actual.evidence.trim() : null));
      const byCategory = actual.byCategory ?? {};
      for (const category of Object.keys(byCategory)) children.push(valued('actual', indicator, byCategory[category]!, t, category, null));
    }
    out.push(el('period', {}, children));
  }
  return out;
}

function indicatorElement(indicator: Indicator, view: PlanView, t: Translate): Element {
  const description = indicatorDescription(indicator, t);
  const title = nonEmpty(indicator.definition) ? indicator.definition.trim() : t('iati.untitledIndicator');
  return el('indicator', { measure: MEASURE[indicator.measureType], ascending: indicator.direction === 'increase' ? '1' : '0' }, [
    narrated('title', title),
    description === '' ? null : narrated('description', description),
    baseline(indicator, view.plan, t),
    ...periods(indicator, view, t),
  ]);
}

function resultElement(result: Result, level: 'outcome' | 'output', view: PlanView, t: Translate): Element | null {
  const indicators = (view.indicatorsByResult[result.id] ?? []).map((id) => view.indicators[id]).filter((i): i is Indicator => i !== undefined);
  if (indicators.length === 0) return null;
  const title = nonEmpty(result.statement) ? result.statement.trim() : t('iati.untitledResult');
  return el('result', { type: RESULT_TYPE[level], 'aggregation-status': '0' }, [
    narrated('title', title),
    nonEmpty(result.description) ? narrated('description', result.description.trim()) : null,
    ...indicators.map((i) => indicatorElement(i, view, t)),
  ]);
}

/** The language code IATI expects (ISO 639-1): the first subtag of a BCP 47 tag. */
function isoLanguage(language: string): string {
  const code = language.split(/[-_]/)[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : 'en';
}

/** The plan's results as an IATI 2.03 `iati-activities` document (UTF-8 text). */
export function renderIati(view: PlanView, options: IatiOptions): string {
  const t = translator(options.language);
  const plan = view.plan;
  const ids = identifiers(plan);
  const goals = view.tree.map((n) => view.results[n.id]).filter((r): r is Result => r !== undefined && r.level === 'goal' && nonEmpty(r.statement));
  const results = view.tree
    .map((node) => view.results[node.id])
    .filter((r): r is Result & { level: 'outcome' | 'output' } => r !== undefined && (r.level === 'outcome' || r.level === 'output'))
    .map((r) => resultElement(r, r.level, view, t));

  const activity = el('iati-activity', { 'xml:lang': isoLanguage(options.language) }, [
    el('iati-identifier', {}, [], ids.activityId),
    narrated('reporting-org', ids.name, { ref: ids.ref, type: ids.type }),
    narrated('title', plan.title.trim() || t('iati.untitledPlan')),
    narrated('description', t('iati.generalDescription', { organisation: ids.name, title: plan.title.trim(), start: plan.periodStart, end: plan.periodEnd }), { type: '1' }),
    goals.length > 0 ? narrated('description', goals.map((g) => g.statement.trim()).join(' '), { type: '2' }) : null,
    el('participating-org', { ref: ids.ref, type: ids.type, role: ROLE_IMPLEMENTING }, [el('narrative', {}, [], ids.name)]),
    el('activity-status', { code: activityStatus(plan, options.asOf) }),
    el('activity-date', { type: PLANNED_START, 'iso-date': plan.periodStart }),
    el('activity-date', { type: PLANNED_END, 'iso-date': plan.periodEnd }),
    ...results,
  ]);
  const root = el('iati-activities', { version: '2.03', 'generated-datetime': options.generatedAt }, [activity]);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialise(root, 0, out);
  return `${out.join('\n')}\n`;
}
