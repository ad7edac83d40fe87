import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n';
import { NarrativeSectionSchema } from '../../../shared/model';
import { DEFAULT_SECTION_KEYS, defaultSections, isDefaultSectionKey } from '../../../shared/narrative/default-sections';
import { bySortKey } from '../../../shared/plan-doc';
import { SECTION_SPECS } from '../../../shared/sample/narrative';
import { counterHex } from '../../fixtures/plans';

describe('the default strategy paper template', () => {
  it('lists the sections of Recommendation 1, then collaboration and monitoring, with stable keys', () => {
    expect(DEFAULT_SECTION_KEYS).toEqual([
      'vision', 'issue-definition', 'mandate', 'responsibilities', 'cross-cutting', 'priorities', 'mainstreaming', 'collaboration', 'monitoring',
    ]);
    expect(defaultSections(counterHex()).map((s) => s.title)).toEqual([
      'Vision',
      'How the issue is defined',
      'Mandate and authority of the lead unit',
      'Who is responsible for what, and how responsibilities are shared',
      'Status as a cross-cutting issue',
      'Priorities for programming',
      'Mainstreaming policy',
      'Collaboration with other organisations',
      'Results-based monitoring',
    ]);
  });

  it('makes valid, empty, distinct sections whose sort keys keep the template order', () => {
    const sections = defaultSections(counterHex());
    for (const s of sections) expect(NarrativeSectionSchema.safeParse(s).success).toBe(true);
    expect(sections.every((s) => s.body === '' && s.deletedAt === null)).toBe(true);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect([...sections].sort(bySortKey).map((s) => s.key)).toEqual(DEFAULT_SECTION_KEYS);
  });

  it('takes titles in another language', () => {
    const sections = defaultSections(counterHex(), (key) => `T:${key}`);
    expect(sections[0]!.title).toBe('T:vision');
  });

  it('uses the same keys as the sample plan, so sample and template sections line up', () => {
    expect(SECTION_SPECS.map((s) => s.key)).toEqual(DEFAULT_SECTION_KEYS);
  });

  it('has English catalogue titles identical to the template', () => {
    for (const s of defaultSections(counterHex())) {
      expect(isDefaultSectionKey(s.key)).toBe(true);
      expect(en.narrative.defaultTitles[s.key as keyof typeof en.narrative.defaultTitles]).toBe(s.title);
    }
    expect(isDefaultSectionKey('custom')).toBe(false);
  });
});
