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
 *
 * Languages (issue 8): the activity's xml:lang is the plan's main language, and every
 * narrative holds the main text without xml:lang, then one `narrative xml:lang="fr"` per
 * further language into which that text is translated (a narrative made of several texts,
 * such as an indicator's description, when any of them is). Words the export adds itself
 * ("Unit of measure: ...") come from each language's catalogue, English where it has none.
 */
import { compareIsoDates, yearOf } from '../dates';
import { IatiSettingsSchema, planLanguages, type Indicator, type Plan, type Result } from '../model';
import { translator, type Translate } from '../i18n';
import type { PlanView } from '../plan-doc/view-types';
import { labelLanguage, localizeView } from './language';
import { escapeXml } from './text';

export interface IatiOptions {
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

/** The texts in one language: the plan as it reads there and the catalogue of its labels. */
interface Lang {
  /** ISO 639-1 code; null for the main language (its narratives carry no xml:lang). */
  readonly code: string | null;
  readonly view: PlanView;
  readonly t: Translate;
}

/**
 * The languages of the narratives: the main one, and per further language the plan as it
 * reads in it and, to tell whether a narrative has a translation at all, the same labels
 * around the main-language texts.
 */
interface Langs {
  readonly main: Lang;
  readonly further: readonly { readonly translated: Lang; readonly untranslated: Lang }[];
}

/** A text as each language says it. */
type Say = (lang: Lang) => string;

/**
 * The narratives of one text: the main language's without xml:lang, then one per further
 * language where it reads differently once translated (a text with no translation into a
 * language has no narrative in it).
 */
function narratives(langs: Langs, say: Say): Element[] {
  const out = [el('narrative', {}, [], say(langs.main))];
  for (const { translated, untranslated } of langs.further) {
    const text = say(translated);
    if (text.trim() !== '' && text !== say(untranslated)) out.push(el('narrative', { 'xml:lang': translated.code! }, [], text));
  }
  return out;
}

/** An element holding one text's narratives (title, description, comment, reporting-org). */
const narrated = (name: string, langs: Langs, say: Say, attrs: Attrs = {}) => el(name, attrs, narratives(langs, say));

/** A figure as IATI writes it: plain decimal, no grouping, no exponent for ordinary values. */
function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

function nonEmpty(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

interface Identifiers {
  readonly ref: string;
  readonly type: string;
  readonly activityId: string;
  /** The reporting organisation's name as set for IATI, or null to use the plan's organisation (translatable). */
  readonly name: string | null;
}

/** The plan's IATI identifiers, checked; throws when they are missing or inconsistent. */
function identifiers(plan: Plan): Identifiers {
  if (!plan.iati) throw new IatiExportError('iati.errors.noIdentifier');
  const parsed = IatiSettingsSchema.safeParse(plan.iati);
  if (!parsed.success) throw new IatiExportError('iati.errors.invalidIdentifier', { activityId: plan.iati.activityId, ref: plan.iati.reportingOrgRef });
  const name = nonEmpty(parsed.data.reportingOrgName) ? parsed.data.reportingOrgName.trim() : null;
  if (name === null && plan.organisation.trim() === '') throw new IatiExportError('iati.errors.noOrganisationName');
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

/** The indicator as a language reads it. */
const indicatorIn = (lang: Lang, id: string): Indicator => lang.view.indicators[id]!;

/** A target or actual value: @value for figures, a comment naming the stage for qualitative ones. */
function valued(name: 'target' | 'actual', indicator: Indicator, value: number, langs: Langs, dimension: string | null, comment: string | null): Element {
  const qualitative = indicator.measureType === 'qualitative';
  const say: Say = (lang) => [qualitative ? stageText(indicatorIn(lang, indicator.id), value, lang.t) : null, comment].filter(nonEmpty).join(' ');
  return el(name, { value: qualitative ? undefined : figure(value) }, [
    dimension === null ? null : el('dimension', { name: langs.main.t('iati.dimensionName'), value: dimension }),
    say(langs.main) !== '' ? narrated('comment', langs, say) : null,
  ]);
}

function baseline(indicator: Indicator, plan: Plan, langs: Langs): Element | null {
  const { value, date } = indicator.baseline;
  if (value === null && date === null) return null;
  const qualitative = indicator.measureType === 'qualitative';
  const say: Say = (lang) => {
    const { t } = lang;
    const ind = indicatorIn(lang, indicator.id);
    const source = ind.baseline.source;
    return [
      qualitative && value !== null ? stageText(ind, value, t) : null,
      nonEmpty(source) ? t('iati.baselineSource', { source: source.trim() }) : null,
      date === null ? t('iati.baselineYearAssumed', { year: yearOf(plan.periodStart) }) : null,
    ]
      .filter(nonEmpty)
      .join(' ');
  };
  return el('baseline', { 'iso-date': date ?? undefined, year: String(yearOf(date ?? plan.periodStart)), value: value === null || qualitative ? undefined : figure(value) }, [
    say(langs.main) !== '' ? narrated('comment', langs, say) : null,
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

function periods(indicator: Indicator, view: PlanView, langs: Langs): Element[] {
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
      children.push(valued('target', indicator, target, langs, null, null));
      const byCategory = indicator.categoryTargets?.[periodId] ?? {};
      for (const category of Object.keys(byCategory)) children.push(valued('target', indicator, byCategory[category]!, langs, category, null));
    }
    if (hasActual) {
      children.push(valued('actual', indicator, actual.value!, langs, null, nonEmpty(actual.evidence) ? actual.evidence.trim() : null));
      const byCategory = actual.byCategory ?? {};
      for (const category of Object.keys(byCategory)) children.push(valued('actual', indicator, byCategory[category]!, langs, category, null));
    }
    out.push(el('period', {}, children));
  }
  return out;
}

function indicatorElement(indicator: Indicator, view: PlanView, langs: Langs): Element {
  const title: Say = (lang) => {
    const ind = indicatorIn(lang, indicator.id);
    return nonEmpty(ind.definition) ? ind.definition.trim() : lang.t('iati.untitledIndicator');
  };
  const description: Say = (lang) => indicatorDescription(indicatorIn(lang, indicator.id), lang.t);
  return el('indicator', { measure: MEASURE[indicator.measureType], ascending: indicator.direction === 'increase' ? '1' : '0' }, [
    narrated('title', langs, title),
    description(langs.main) === '' ? null : narrated('description', langs, description),
    baseline(indicator, view.plan, langs),
    ...periods(indicator, view, langs),
  ]);
}

function resultElement(result: Result, level: 'outcome' | 'output', view: PlanView, langs: Langs): Element | null {
  const indicators = (view.indicatorsByResult[result.id] ?? []).map((id) => view.indicators[id]).filter((i): i is Indicator => i !== undefined);
  if (indicators.length === 0) return null;
  const resultIn = (lang: Lang) => lang.view.results[result.id]!;
  const title: Say = (lang) => {
    const statement = resultIn(lang).statement;
    return nonEmpty(statement) ? statement.trim() : lang.t('iati.untitledResult');
  };
  return el('result', { type: RESULT_TYPE[level], 'aggregation-status': '0' }, [
    narrated('title', langs, title),
    nonEmpty(result.description) ? narrated('description', langs, (lang) => resultIn(lang).description.trim()) : null,
    ...indicators.map((i) => indicatorElement(i, view, langs)),
  ]);
}

/** The language code IATI expects (ISO 639-1): the first subtag of a BCP 47 tag. */
function isoLanguage(language: string): string {
  const code = language.split(/[-_]/)[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(code) ? code : 'en';
}

/** The main language and each further one of a plan, as the narratives are written in them. */
function languagesOf(view: PlanView): Langs {
  const { main, further } = planLanguages(view.plan);
  const tMain = translator(labelLanguage(main));
  return {
    main: { code: null, view, t: tMain },
    further: further.map((code) => {
      const t = translator(labelLanguage(code));
      return { translated: { code: isoLanguage(code), view: localizeView(view, code), t }, untranslated: { code: isoLanguage(code), view, t } };
    }),
  };
}

/**
 * The plan's results as an IATI 2.03 `iati-activities` document (UTF-8 text), with every
 * narrative in the plan's main language and in each further language it is translated into.
 * `view` is the plan as the engine holds it (main texts and their translations).
 */
export function renderIati(view: PlanView, options: IatiOptions): string {
  const langs = languagesOf(view);
  const plan = view.plan;
  const ids = identifiers(plan);
  const orgName: Say = (lang) => ids.name ?? lang.view.plan.organisation.trim();
  const planTitle: Say = (lang) => lang.view.plan.title.trim();
  const goals = view.tree.map((n) => view.results[n.id]).filter((r): r is Result => r !== undefined && r.level === 'goal' && nonEmpty(r.statement));
  const results = view.tree
    .map((node) => view.results[node.id])
    .filter((r): r is Result & { level: 'outcome' | 'output' } => r !== undefined && (r.level === 'outcome' || r.level === 'output'))
    .map((r) => resultElement(r, r.level, view, langs));

  const activity = el('iati-activity', { 'xml:lang': isoLanguage(planLanguages(plan).main) }, [
    el('iati-identifier', {}, [], ids.activityId),
    narrated('reporting-org', langs, orgName, { ref: ids.ref, type: ids.type }),
    narrated('title', langs, (lang) => planTitle(lang) || lang.t('iati.untitledPlan')),
    narrated(
      'description',
      langs,
      (lang) => lang.t('iati.generalDescription', { organisation: orgName(lang), title: planTitle(lang), start: plan.periodStart, end: plan.periodEnd }),
      { type: '1' },
    ),
    goals.length > 0 ? narrated('description', langs, (lang) => goals.map((g) => lang.view.results[g.id]!.statement.trim()).join(' '), { type: '2' }) : null,
    el('participating-org', { ref: ids.ref, type: ids.type, role: ROLE_IMPLEMENTING }, narratives(langs, orgName)),
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
