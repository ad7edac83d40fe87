/**
 * History entries as sentences a manager reads: "Nairobi office changed the target for
 * 2010-11 of indicator 2.1.1 “…” from 5 to 8", "Headquarters added output 1.2 “…”", a
 * narrative section "edited", several changes as the first one "and 12 more changes".
 * Names come from shared/changes/describe.ts (looked up in the plan now); an entity no
 * longer in the plan is named from the entry itself.
 */
import { entityLabel, fieldLabel, labelText, shorten, valueText, type Views } from '../../../shared/changes/describe';
import type { Translate } from '../../../shared/i18n';
import { COLLECTIONS, FURTHER_LANGUAGE_PREFIX, SOURCE_PREFIX, TRANSLATION_PREFIX, type CollectionName } from '../../../shared/model';
import type { HistoryChange, HistoryEntry } from '../../../shared/plan-doc/history';

/** The office named by an entry, or "An unnamed office". */
export function officeOf(entry: HistoryEntry, t: Translate): string {
  return entry.office ?? t('historyScreen.unnamedOffice');
}

const isNone = (v: unknown) => v === undefined || v === null || v === '';

/** Fields holding long text: said to be "edited" rather than quoted before and after. */
const EDITED_TEXT: Readonly<Record<string, readonly string[]>> = { sections: ['body'], components: ['description'], results: ['description'] };

/** The field that names each kind of entity: when it is the field changed, the name is not repeated. */
const NAME_FIELD: Readonly<Record<string, string>> = { results: 'statement', indicators: 'definition', risks: 'description', mitigations: 'action', milestones: 'title', units: 'name', partners: 'name', objectives: 'title', components: 'name', sections: 'title', periods: 'label' };

function entityText(change: HistoryChange, views: Views, t: Translate): string {
  if (change.target === 'plan') return labelText({ key: 'changes.entity.plan' }, t);
  const label = entityLabel(views, change.target, change.id ?? '');
  if (change.kind === 'changed' && change.path.length === 1 && NAME_FIELD[change.target] === change.path[0]) {
    // "changed the statement of goal 1 from “…” to “…”": the old and new names follow.
    if (label.key === 'changes.entity.result') return labelText({ key: 'changes.entity.resultNoStatement', params: label.params ?? {} }, t);
    if (label.key === 'changes.entity.indicator') return labelText({ key: 'changes.entity.indicatorNoDefinition', params: label.params ?? {} }, t);
    return t('historyScreen.theKind', { what: t(`historyScreen.kinds.${change.target}`) });
  }
  if (label.key.startsWith('changes.entity.deleted.') && change.name) {
    const name = shorten(change.name, 60);
    if (change.target === 'results' && change.level) return t('historyScreen.gone.result', { level: t(`levels.${change.level}`).toLowerCase(), name });
    return t('historyScreen.gone.named', { what: t(`historyScreen.kinds.${change.target}`), name });
  }
  return labelText(label, t);
}

/** The field a translation key (`tr:fr:body`, `trs:fr:body`) translates (`body`), or null for other fields. */
function translatedField(change: HistoryChange): { prefix: string; field: string } | null {
  const key = change.path.length === 1 ? change.path[0]! : '';
  const prefix = key.startsWith(TRANSLATION_PREFIX) ? TRANSLATION_PREFIX : key.startsWith(SOURCE_PREFIX) ? SOURCE_PREFIX : null;
  if (!prefix) return null;
  const rest = key.slice(prefix.length);
  return { prefix, field: rest.slice(rest.indexOf(':') + 1) };
}

/**
 * A translation is written as its text and the fingerprint of the main text it follows
 * (shared/model/translations.ts): the fingerprint beside its text is not a change a reader
 * needs told apart.
 */
function withoutFingerprints(changes: readonly HistoryChange[]): readonly HistoryChange[] {
  const texts = new Set(changes.filter((c) => translatedField(c)?.prefix === TRANSLATION_PREFIX).map((c) => `${c.target}/${c.id}/${c.path[0]!.slice(TRANSLATION_PREFIX.length)}`));
  return changes.filter((c) => translatedField(c)?.prefix !== SOURCE_PREFIX || !texts.has(`${c.target}/${c.id}/${c.path[0]!.slice(SOURCE_PREFIX.length)}`));
}

/** One change, without its subject: "added output 1.2 “…”", "changed the statement of … from … to …". */
export function changePhrase(change: HistoryChange, views: Views, t: Translate, planId: string, language = 'en'): string {
  const entity = entityText(change, views, t);
  if (change.kind !== 'changed') return t(`historyScreen.phrase.${change.kind}`, { entity });
  const field = labelText(fieldLabel(change.target, change.path, views), t);
  // Plan languages and translations (issue 8).
  const key = change.path.length === 1 ? change.path[0]! : '';
  if (change.target === 'plan' && key.startsWith(FURTHER_LANGUAGE_PREFIX)) {
    const language = key.slice(FURTHER_LANGUAGE_PREFIX.length);
    return t(change.after === true ? 'planLanguages.history.addedLanguage' : 'planLanguages.history.removedLanguage', { language });
  }
  const translated = translatedField(change);
  if (translated?.prefix === SOURCE_PREFIX && !isNone(change.after)) {
    const text = labelText(fieldLabel(change.target, [`${TRANSLATION_PREFIX}${key.slice(SOURCE_PREFIX.length)}`], views), t);
    return t('planLanguages.history.confirmed', { field: text, entity });
  }
  if (translated?.prefix === TRANSLATION_PREFIX && !isNone(change.before) && !isNone(change.after) && (EDITED_TEXT[change.target]?.includes(translated.field) ?? false)) {
    return t('historyScreen.phrase.editedText', { field, entity });
  }
  const ref = { target: change.target, id: change.id ?? planId, path: change.path };
  const before = valueText(change.before, ref, { t, views, language });
  const after = valueText(change.after, ref, { t, views, language });
  if (change.path.length === 1 && (EDITED_TEXT[change.target]?.includes(change.path[0]!) ?? false)) return t('historyScreen.phrase.editedText', { field, entity });
  const plan = change.target === 'plan';
  if (isNone(change.before)) return t(plan ? 'historyScreen.phrase.planSet' : 'historyScreen.phrase.set', { field, entity, after });
  if (isNone(change.after)) return t(plan ? 'historyScreen.phrase.planCleared' : 'historyScreen.phrase.cleared', { field, entity, before });
  return t(plan ? 'historyScreen.phrase.planChanged' : 'historyScreen.phrase.changed', { field, entity, before, after });
}

/** "2,000 results, 4,000 indicators, 300 risks, …" for a summarised entry. */
export function summaryText(summary: Readonly<Record<CollectionName, number>>, t: Translate): string {
  const order: readonly CollectionName[] = ['results', 'indicators', 'risks', 'milestones', 'sections', 'partners', 'units', ...COLLECTIONS.filter((c) => !['results', 'indicators', 'risks', 'milestones', 'sections', 'partners', 'units'].includes(c))];
  const parts = order.filter((c) => summary[c] > 0).map((c) => t(`historyScreen.counts.${c}`, { count: summary[c] }));
  return parts.length > 0 ? parts.join(', ') : t('historyScreen.counts.nothing');
}

export interface EntryText {
  /** The whole entry in one sentence (the first change and how many more). */
  readonly headline: string;
  /** Every listed change, when there is more than one. */
  readonly details: readonly string[];
}

/** The entry as sentences in the catalogue `t` speaks, numbers and dates written as `language` writes them. */
export function describeEntry(entry: HistoryEntry, views: Views, t: Translate, planId: string, language = 'en'): EntryText {
  const office = officeOf(entry, t);
  if (entry.summary) {
    const key = entry.command === 'createPlan' ? 'historyScreen.sentence.created' : 'historyScreen.sentence.summarised';
    return { headline: t(key, { office, summary: summaryText(entry.summary, t) }), details: [] };
  }
  const changes = withoutFingerprints(entry.changes);
  const phrases = changes.map((c) => changePhrase(c, views, t, planId, language));
  if (phrases.length === 0) return { headline: t('historyScreen.sentence.nothing', { office }), details: [] };
  const rest = phrases.length - 1 + entry.moreChanges;
  const what = rest > 0 ? t('historyScreen.sentence.more', { first: phrases[0]!, count: rest }) : phrases[0]!;
  const wrapper = entry.kind !== 'edit' ? entry.kind : entry.command === 'restoreVersion' ? 'restore' : 'edit';
  return { headline: t(`historyScreen.sentence.${wrapper}`, { office, what }), details: phrases.length > 1 || entry.moreChanges > 0 ? phrases : [] };
}
