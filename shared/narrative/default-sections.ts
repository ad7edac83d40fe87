/**
 * The default template of the strategy paper: the sections Recommendation 1 of the
 * evaluation asks a strategy to define, in the order it lists them, with collaboration
 * (Recommendation 2) and results-based monitoring (Recommendation 3) after them.
 *
 * Keys are stable identifiers (exports and the quality check may look a section up by
 * key); titles are only the starting text: once a plan is created they are the plan's
 * own content, renamed and translated by its authors like any other text.
 */
import { makeId, type NarrativeSection, type NarrativeSectionId, type RandomHex } from '../model';
import { catalogues, translator } from '../i18n';
import { spreadKeys } from '../plan-doc/sort-key';

export const DEFAULT_SECTIONS = [
  { key: 'vision', title: 'Vision' },
  { key: 'issue-definition', title: 'How the issue is defined' },
  { key: 'mandate', title: 'Mandate and authority of the lead unit' },
  { key: 'responsibilities', title: 'Who is responsible for what, and how responsibilities are shared' },
  { key: 'cross-cutting', title: 'Status as a cross-cutting issue' },
  { key: 'priorities', title: 'Priorities for programming' },
  { key: 'mainstreaming', title: 'Mainstreaming policy' },
  { key: 'collaboration', title: 'Collaboration with other organisations' },
  { key: 'monitoring', title: 'Results-based monitoring' },
] as const;

export type DefaultSectionKey = (typeof DEFAULT_SECTIONS)[number]['key'];

/** The template's keys, in order. */
export const DEFAULT_SECTION_KEYS: readonly DefaultSectionKey[] = DEFAULT_SECTIONS.map((s) => s.key);

/** The key of a section added by the planner rather than from the template. */
export const CUSTOM_SECTION_KEY = 'custom';

export function isDefaultSectionKey(key: string): key is DefaultSectionKey {
  return (DEFAULT_SECTION_KEYS as readonly string[]).includes(key);
}

/** The template's English title of a default section. */
export function defaultSectionTitle(key: DefaultSectionKey): string {
  return DEFAULT_SECTIONS.find((s) => s.key === key)!.title;
}

/**
 * The default sections of a new plan, in order, with empty bodies. `titleOf` gives the
 * titles in another language (the English template's titles otherwise).
 */
export function defaultSections(randomHex: RandomHex, titleOf: (key: DefaultSectionKey) => string = defaultSectionTitle): NarrativeSection[] {
  const keys = spreadKeys(DEFAULT_SECTIONS.length);
  return DEFAULT_SECTIONS.map((spec, i) => ({
    id: makeId<NarrativeSectionId>('section', randomHex),
    key: spec.key,
    title: titleOf(spec.key),
    body: '',
    sortKey: keys[i]!,
    deletedAt: null,
    deletedBy: null,
  }));
}

/**
 * The default sections' titles in `language` (a plan's main language): the catalogue's
 * where the language has one, the English template's otherwise.
 */
export function defaultSectionTitlesIn(language: string): (key: DefaultSectionKey) => string {
  if (!catalogues[language]) return defaultSectionTitle;
  const t = translator(language);
  return (key) => t(`narrative.defaultTitles.${key}`);
}
