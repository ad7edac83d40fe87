/**
 * Readable names for what a change touches, shared by the import preview, the Conflicts
 * screen and the History screen: which entity ("outcome 1.2 “Policies improved”",
 * "indicator 2.1.1 “…”", "the plan’s details"), which field of it ("target for 2010-11",
 * "baseline value") and a short display of a value.
 *
 * Entities are looked up in the views given, in order (e.g. the plan after a merge, then
 * before it), so one deleted in the first is still named from the second; one found in
 * none is "a deleted indicator". Labels are message refs (namespace `changes`) in lower
 * case, for use inside sentences; a result's `level` param is a level key, which
 * `tMessage` (renderer) and `labelText` (here) translate.
 */
import { format, parseISO } from 'date-fns';
import { dateLocale } from '../export/values';
import type { Translate } from '../i18n';
import { changes } from '../i18n/en-changes';
import { CONTENT_LANGUAGES, FURTHER_LANGUAGE_PREFIX, SOURCE_PREFIX, TRANSLATION_PREFIX, type CollectionName } from '../model';
import type { MessageRef } from '../plan-doc/commands/types';
import type { MergeTarget } from '../plan-doc/merge';
import type { PlanView } from '../plan-doc/view-types';

/** One view, or several to try in order. */
export type Views = PlanView | readonly PlanView[];

const listOf = (views: Views): readonly PlanView[] => (Array.isArray(views) ? (views as readonly PlanView[]) : [views as PlanView]);

/** Longest quoted name inside a label. */
const NAME_MAX = 60;
/** Longest text value shown. */
const TEXT_MAX = 120;
/** Most items of a list shown before "and N more". */
const LIST_MAX = 8;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text on one line, cut at `max` characters with an ellipsis. */
export function shorten(text: string, max: number = TEXT_MAX): string {
  const line = oneLine(text);
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

type Row = Readonly<Record<string, unknown>>;

/** The entity in the first view that has it (live), and that view. */
function find(views: readonly PlanView[], target: CollectionName, id: string): { row: Row; view: PlanView } | null {
  for (const view of views) {
    const row = (view[target] as Readonly<Record<string, Row>>)[id];
    if (row) return { row, view };
  }
  return null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** "1.2" for a result in the view's tree (null when not in it). */
function resultNumber(view: PlanView, id: string): string | null {
  const node = view.tree[view.treeIndex[id] ?? -1];
  return node ? node.number : null;
}

/** A result's number from the first view that places it. */
function resultNumberIn(views: readonly PlanView[], id: string): string | null {
  for (const view of views) {
    const n = resultNumber(view, id);
    if (n) return n;
  }
  return null;
}

/** "2.1.1": the result's number and the indicator's place under it. */
function indicatorNumber(view: PlanView, resultId: string, id: string): string | null {
  const n = resultNumber(view, resultId);
  const at = (view.indicatorsByResult[resultId] ?? []).indexOf(id as never) + 1;
  return n && at > 0 ? `${n}.${at}` : null;
}

function named(key: string, name: string): MessageRef {
  return { key: `changes.entity.${key}`, params: { name: shorten(name, NAME_MAX) } };
}

/**
 * How a person names an entity: "outcome 1.2 “Policies improved”", "indicator 2.1.1 “…”",
 * "risk “…”", "the plan’s details" (target 'plan'), "a deleted indicator".
 */
export function entityLabel(views: Views, target: MergeTarget, id: string): MessageRef {
  if (target === 'plan') return { key: 'changes.entity.plan' };
  const all = listOf(views);
  const found = find(all, target, id);
  if (!found) return { key: `changes.entity.deleted.${target}` };
  const { row, view } = found;
  switch (target) {
    case 'results': {
      const number = resultNumberIn(all, id) ?? '?';
      const statement = str(row.statement);
      const params = { level: str(row.level), number };
      return statement.trim() ? { key: 'changes.entity.result', params: { ...params, name: shorten(statement, NAME_MAX) } } : { key: 'changes.entity.resultNoStatement', params };
    }
    case 'indicators': {
      const resultId = str(row.resultId);
      const number = indicatorNumber(view, resultId, id) ?? all.map((v) => indicatorNumber(v, resultId, id)).find((n) => n) ?? '?';
      const definition = str(row.definition);
      return definition.trim() ? { key: 'changes.entity.indicator', params: { number, name: shorten(definition, NAME_MAX) } } : { key: 'changes.entity.indicatorNoDefinition', params: { number } };
    }
    case 'milestones':
      return named('milestone', str(row.title));
    case 'risks':
      return named('risk', str(row.description));
    case 'mitigations':
      return named('mitigation', str(row.action));
    case 'units':
      return named('unit', codeAndName(row.code, row.name));
    case 'partners':
      return named('partner', codeAndName(row.acronym, row.name));
    case 'objectives':
      return named('objective', codeAndName(row.code, row.title));
    case 'components':
      return named('component', codeAndName(row.code, row.name));
    case 'periods':
      return named('period', str(row.label));
    case 'sections':
      return named('section', str(row.title));
    case 'responsibilities': {
      const unit = find(all, 'units', str(row.unitId));
      return {
        key: 'changes.entity.responsibility',
        params: { unit: unit ? shorten(codeAndName(unit.row.code, unit.row.name), NAME_MAX) : '?', number: resultNumberIn(all, str(row.resultId)) ?? '?' },
      };
    }
    case 'resources':
      return { key: 'changes.entity.resource', params: { number: resultNumberIn(all, str(row.resultId)) ?? '?', period: periodName(all, str(row.periodId)) } };
  }
}

function codeAndName(code: unknown, name: unknown): string {
  const c = str(code).trim();
  const n = str(name).trim();
  return c && n && c !== n ? `${c} ${n}` : n || c;
}

function periodName(views: readonly PlanView[], id: string): string {
  for (const view of views) {
    const p = view.periods[id];
    if (p) return p.label;
  }
  return id;
}

/** A result's number, else its statement, for field labels ("work on result 1.2"). */
function resultRef(views: readonly PlanView[], id: string): string {
  const n = resultNumberIn(views, id);
  if (n) return n;
  const found = find(views, 'results', id);
  return found ? `“${shorten(str(found.row.statement), NAME_MAX)}”` : id;
}

function objectiveName(views: readonly PlanView[], id: string): string {
  const found = find(views, 'objectives', id);
  return found ? `“${shorten(codeAndName(found.row.code, found.row.title), NAME_MAX)}”` : id;
}

/** Whether the catalogue names this field of this target (changes.fields.<target>.<key>). */
function hasFieldKey(target: MergeTarget, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(changes.fields[target], key);
}

const camelJoin = (parts: readonly string[]) => parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');

/** "meansOfVerification" → "means of verification"; period ids become their labels. */
function readablePath(path: readonly string[], views: readonly PlanView[]): string {
  return path
    .map((p) => {
      for (const view of views) if (view.periods[p]) return view.periods[p].label;
      return /^[a-z][A-Za-z]*$/.test(p) ? p.replace(/([A-Z])/g, ' $1').toLowerCase() : p;
    })
    .join(' › ');
}

/**
 * A field's name: ['statement'] "statement", ['targets', periodId] "target for 2010-11",
 * ['baseline', 'value'] "baseline value", ['actuals', periodId, 'byCategory', 'Women']
 * "actual value for Women in 2010-11"; a path it has no name for is spelt out.
 */
export function fieldLabel(target: MergeTarget, path: readonly string[], views: Views): MessageRef {
  const all = listOf(views);
  const period = (id: string | undefined) => (id === undefined ? '' : periodName(all, id));
  const key = (name: string, params?: Record<string, string>): MessageRef => ({ key: `changes.fields.${target}.${name}`, ...(params ? { params } : {}) });
  const [first, second, third, fourth] = path;
  if (first === undefined) return { key: 'changes.fields.generic', params: { path: '' } };
  const languages = languageFieldLabel(target, path, views);
  if (languages) return languages;

  if (target === 'indicators') {
    if (first === 'targets' && second !== undefined && path.length === 2) return key('target', { period: period(second) });
    if (first === 'targetsNotApplicable' && second !== undefined && path.length === 2) return key('targetNotApplicable', { period: period(second) });
    if (first === 'categoryTargets' && second !== undefined) {
      if (path.length === 2) return key('categoryTargetsOfPeriod', { period: period(second) });
      if (third !== undefined && path.length === 3) return key('categoryTarget', { period: period(second), category: third });
    }
    if (first === 'actuals' && second !== undefined) {
      if (path.length === 2) return key('actual', { period: period(second) });
      if (third === 'byCategory' && path.length === 3) return key('actualByCategory', { period: period(second) });
      if (third === 'byCategory' && fourth !== undefined && path.length === 4) return key('actualByCategoryOf', { period: period(second), category: fourth });
      if (third !== undefined && path.length === 3 && ['value', 'date', 'evidence', 'link'].includes(third)) return key(camelJoin(['actual', third]), { period: period(second) });
    }
  }
  if (target === 'results' && first === 'objectiveTags' && second !== undefined && path.length === 2) return key('objectiveTag', { objective: objectiveName(all, second) });
  if (target === 'partners' && first === 'links' && second !== undefined) {
    if (path.length === 2) return key('link', { result: resultRef(all, second) });
    if (third === 'expectedOutcome' && path.length === 3) return key('linkExpectedOutcome', { result: resultRef(all, second) });
  }
  const joined = camelJoin(path);
  if (hasFieldKey(target, joined)) return key(joined);
  if (path.length === 1 && Object.prototype.hasOwnProperty.call(changes.fields.common, first)) return { key: `changes.fields.common.${first}` };
  return { key: 'changes.fields.generic', params: { path: readablePath(path, all) } };
}

/**
 * The plan's languages and translations (issue 8, shared/model/translations.ts), named:
 * `tr:fr:statement` "French translation of the statement", `trs:fr:statement` the version
 * of the main text it follows, `lang:fr` "further language French", `language` "main language".
 */
function languageFieldLabel(target: MergeTarget, path: readonly string[], views: Views): MessageRef | null {
  const [first] = path;
  if (path.length !== 1 || first === undefined) return null;
  if (target === 'plan' && first === 'language') return { key: 'planLanguages.field.mainLanguage' };
  if (target === 'plan' && first.startsWith(FURTHER_LANGUAGE_PREFIX)) {
    const language = first.slice(FURTHER_LANGUAGE_PREFIX.length);
    return isContentLanguage(language) ? { key: 'planLanguages.field.furtherLanguage', params: { language } } : null;
  }
  const prefix = first.startsWith(TRANSLATION_PREFIX) ? TRANSLATION_PREFIX : first.startsWith(SOURCE_PREFIX) ? SOURCE_PREFIX : null;
  if (!prefix) return null;
  const rest = first.slice(prefix.length);
  const colon = rest.indexOf(':');
  const language = rest.slice(0, colon);
  const inner = rest.slice(colon + 1);
  if (colon < 0 || !isContentLanguage(language) || inner === '') return null;
  const field = fieldLabel(target, inner.split('.'), views);
  return { key: prefix === TRANSLATION_PREFIX ? 'planLanguages.field.translation' : 'planLanguages.field.source', params: { ...field.params, language, fieldKey: field.key } };
}

function isContentLanguage(code: string): boolean {
  return (CONTENT_LANGUAGES as readonly string[]).includes(code);
}

/** Renders a label made here with any `t` (a result's level key translated and in lower case, as tMessage does). */
export function labelText(label: MessageRef, t: Translate): string {
  const params: Record<string, string | number> = { ...label.params };
  if (typeof params.level === 'string') params.level = t(`levels.${params.level}`).toLowerCase();
  return t(label.key, params);
}

/** What `valueText` needs: a translator and the views the value's references are named from. */
export interface ValueContext {
  readonly t: Translate;
  readonly views: Views;
  /** The language numbers and dates are written in (the catalogue's); English when absent. */
  readonly language?: string;
}

/** Fields whose values are ids of other entities. */
const REFERENCES: Readonly<Record<string, CollectionName>> = {
  'results.parentId': 'results',
  'results.componentId': 'components',
  'indicators.resultId': 'results',
  'milestones.resultId': 'results',
  'mitigations.riskId': 'risks',
  'units.parentId': 'units',
  'responsibilities.unitId': 'units',
  'responsibilities.resultId': 'results',
  'resources.resultId': 'results',
  'resources.periodId': 'periods',
  'plan.ownerUnitId': 'units',
  'risks.ownerUnitId': 'units',
  'mitigations.ownerUnitId': 'units',
};

/** Fields whose values are a code list's values, with the list's name under changes.values.enums. */
const ENUMS: Readonly<Record<string, string>> = {
  'plan.status': 'status',
  'plan.templateId': 'template',
  'results.level': 'level',
  'results.objectiveTags': 'significance',
  'indicators.measureType': 'measureType',
  'indicators.direction': 'direction',
  'milestones.status': 'progress',
  'mitigations.status': 'progress',
  'risks.category': 'riskCategory',
  'units.kind': 'unitKind',
  'partners.type': 'partnerType',
  'resources.source': 'fundingSource',
  'resources.status': 'fundingStatus',
  'responsibilities.role': 'role',
};

/** Shares shown as percentages. */
const SHARES = new Set(['plan.significantShare', 'plan.monitoring', 'plan.monitoringOnTrack', 'plan.monitoringAtRisk']);

/** Indicator fields holding the indicator's own values (a stage index for a qualitative one, a percentage for a percentage one). */
const MEASURES = new Set(['targets', 'actuals', 'baseline', 'benchmark', 'finalTarget', 'categoryTargets']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Numbers and dates as `language` writes them ("1,234.5" / "1 234,5"; "5 Jan 2011" / "5 janv. 2011"). */
interface Formats {
  readonly number: (n: number) => string;
  readonly date: (iso: string) => string;
  readonly instant: (iso: string) => string;
  /** " %" after a number in French and Spanish, "%" in English. */
  readonly percentSign: string;
}
const formatsCache = new Map<string, Formats>();
function formatsOf(language = 'en'): Formats {
  let found = formatsCache.get(language);
  if (!found) {
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 4 });
    const locale = { locale: dateLocale(language) };
    const percentSign = new Intl.NumberFormat(language, { style: 'percent' }).format(0.5).replace(/[\d.,]/g, '') || '%';
    found = {
      number: (n) => numbers.format(n),
      date: (iso) => format(parseISO(iso), 'd MMM yyyy', locale),
      instant: (iso) => format(new Date(iso), 'd MMM yyyy, HH:mm', locale),
      percentSign,
    };
    formatsCache.set(language, found);
  }
  return found;
}

/** The field a value belongs to: a conflict (MergeConflict) or an entity change's field. */
export interface FieldRef {
  readonly target: MergeTarget;
  /** The entity's id (the plan's id for target 'plan'). */
  readonly id: string;
  readonly path: readonly string[];
}

/**
 * A value for display: "(none)" when absent or empty, yes or no, numbers grouped, dates
 * as "5 Jan 2011", free text on one line in quotes (cut at about 120 characters), codes by
 * name, references to other entities by their labels, lists joined ("… and 3 more"), an
 * indicator's figures as it shows them (a qualitative indicator's stage by name, a
 * percentage with "%").
 */
export function valueText(value: unknown, field: FieldRef, context: ValueContext): string {
  const { t } = context;
  const f = formatsOf(context.language);
  const views = listOf(context.views);
  const { target, path } = field;
  const none = t('changes.values.none');
  if (value === undefined || value === null || value === '') return none;
  const head = `${target}.${path[0] ?? ''}`;
  const joined = `${target}.${camelJoin(path)}`;

  if (target === 'indicators' && path[0] !== undefined && MEASURES.has(path[0])) {
    const measured = measureText(value, field, views, context);
    if (measured !== null) return measured;
  }
  if (typeof value === 'boolean') return t(value ? 'changes.values.yes' : 'changes.values.no');
  if (typeof value === 'number') {
    if (SHARES.has(joined)) return t('changes.values.share', { value: f.number(value * 100) });
    return f.number(value);
  }
  if (typeof value === 'string') {
    // A plan's main language: its name.
    if (head === 'plan.language' && path.length === 1 && isContentLanguage(value)) return t(`planLanguages.language.${value}`);
    const reference = REFERENCES[head];
    if (reference && path.length === 1) return labelText(entityLabel(views, reference, value), t);
    const code = ENUMS[head];
    if (code) return enumText(code, value, t);
    if (ISO_DATE.test(value)) return f.date(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return f.instant(value);
    return `“${shorten(value)}”`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    const items = value.map((v) => (head === 'risks.resultIds' && typeof v === 'string' ? labelText(entityLabel(views, 'results', v), t) : typeof v === 'string' ? shorten(v, NAME_MAX) : plain(v)));
    return joinList(items, t);
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Row).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return none;
    if (target === 'partners' && path[0] === 'links') {
      const outcome = (value as Row).expectedOutcome;
      return typeof outcome === 'string' && outcome.trim() ? `“${shorten(outcome)}”` : none;
    }
    if (target === 'results' && path[0] === 'objectiveTags' && path.length === 1) {
      return joinList(entries.map(([id, v]) => `${labelText(entityLabel(views, 'objectives', id), t)}: ${typeof v === 'string' ? enumText('significance', v, t) : plain(v)}`), t);
    }
    return joinList(
      entries.map(([k, v]) => `${labelText(fieldLabel(target, [...path, k], views), t)}: ${valueText(v, { ...field, path: [...path, k] }, context)}`),
      t,
    );
  }
  return plain(value);
}

function enumText(code: string, value: string, t: Translate): string {
  const key = `changes.values.enums.${code}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return shorten(JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= LIST_MAX) return items.join(', ');
  return t('changes.values.more', { list: items.slice(0, LIST_MAX).join(', '), count: items.length - LIST_MAX });
}

/**
 * An indicator's figure (target, actual, baseline or benchmark value, final target, a
 * category's target): a qualitative indicator's stage by name, a percentage with "%"; an
 * actual with its date. Null for anything else (a source, a date), shown the usual way.
 */
function measureText(value: unknown, field: FieldRef, views: readonly PlanView[], context: ValueContext): string | null {
  const { t } = context;
  const f = formatsOf(context.language);
  const { id, path } = field;
  const indicator = find(views, 'indicators', id)?.row;
  const stages = indicator?.measureType === 'qualitative' && Array.isArray(indicator.qualitativeStages) ? (indicator.qualitativeStages as readonly unknown[]) : null;
  const percentage = indicator?.measureType === 'percentage';
  const figure = (n: number) => {
    const stage = stages && Number.isInteger(n) ? stages[n] : undefined;
    if (typeof stage === 'string') return `“${shorten(stage, NAME_MAX)}”`;
    return percentage ? `${f.number(n)}${f.percentSign}` : f.number(n);
  };
  const [first, second, third] = path;
  const isFigure =
    first === 'targets' ||
    first === 'finalTarget' ||
    first === 'categoryTargets' ||
    ((first === 'baseline' || first === 'benchmark') && second === 'value') ||
    (first === 'actuals' && (third === 'value' || third === 'byCategory'));
  if (typeof value === 'number') return isFigure ? figure(value) : null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const row = value as Row;
  // A whole actual (a period's first report): its value and date.
  if (first === 'actuals' && path.length === 2) {
    const v = typeof row.value === 'number' ? figure(row.value) : t('changes.values.none');
    return typeof row.date === 'string' && ISO_DATE.test(row.date) ? t('changes.values.actual', { value: v, date: f.date(row.date) }) : v;
  }
  // Figures by category (a period's category targets, an actual's byCategory): "Women: 5, Men: 3".
  if ((first === 'categoryTargets' && path.length === 2) || (first === 'actuals' && third === 'byCategory' && path.length === 3) || (first === 'categoryTargets' && path.length === 1)) {
    const entries = Object.entries(row).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return t('changes.values.none');
    return joinList(
      entries.map(([k, v]) => (typeof v === 'number' ? `${k}: ${figure(v)}` : `${readablePath([k], views)}: ${valueText(v, { ...field, path: [...path, k] }, context)}`)),
      t,
    );
  }
  return null;
}
