/**
 * The model of plans in several languages (shared/model/translations.ts): which texts are
 * translatable in each collection, the state of a translation, the fingerprint, localising
 * an entity (identity kept when nothing changes) and a whole plan, and the plan's languages.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import {
  COLLECTIONS,
  fingerprint,
  translationFields,
  localizeEntity,
  localizePlan,
  localizePlanData,
  planLanguages,
  allPlanLanguages,
  sourceKey,
  TRANSLATABLE_FIELDS,
  translatableText,
  translatableTexts,
  translationKey,
  translationMaxLength,
  translationState,
  translationStatuses,
  type Plan,
} from '../../../shared/model';
import { buildSamplePlan } from '../../../shared/sample';
import { counterHex } from '../../fixtures/plans';

const sample = () => buildSamplePlan({ randomHex: counterHex(), clock: fixedClock('2026-01-01T00:00:00.000Z'), officeName: 'HQ' });

/** A translation of `path` into `language` made from `main` (as setTranslation writes it). */
const tr = (language: string, path: string, text: string, main: string) => ({ [translationKey(language, path)]: text, [sourceKey(language, path)]: fingerprint(main) });

describe('translatableTexts', () => {
  it('lists every fixed field of every collection and the plan, with dotted paths into nested objects', () => {
    const data = sample();
    for (const collection of COLLECTIONS) {
      const entity = (data[collection] as object[])[0];
      if (!entity) continue;
      const paths = translatableTexts(collection, entity).map((t) => t.path);
      for (const field of Object.keys(TRANSLATABLE_FIELDS[collection])) {
        const value = field.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), entity);
        if (typeof value === 'string') expect(paths, `${collection}.${field}`).toContain(field);
      }
    }
    expect(translatableTexts('plan', data.plan).map((t) => t.path)).toEqual(['title', 'organisation']);
    expect(TRANSLATABLE_FIELDS.responsibilities).toEqual({});
  });

  it('reads nested fields, indicator stages and partner expected outcomes', () => {
    const indicator = { definition: 'Share of workers', unitOfMeasure: '%', baseline: { source: 'Survey' }, benchmark: { comparator: 'Region' }, meansOfVerification: { source: 'LFS', method: 'Sample', frequency: 'Yearly', collectedBy: 'NSO' }, qualitativeStages: ['None', 'Draft', 'Adopted'] };
    expect(translatableTexts('indicators', indicator)).toEqual([
      { path: 'definition', text: 'Share of workers' },
      { path: 'unitOfMeasure', text: '%' },
      { path: 'baseline.source', text: 'Survey' },
      { path: 'benchmark.comparator', text: 'Region' },
      { path: 'meansOfVerification.source', text: 'LFS' },
      { path: 'meansOfVerification.method', text: 'Sample' },
      { path: 'meansOfVerification.frequency', text: 'Yearly' },
      { path: 'meansOfVerification.collectedBy', text: 'NSO' },
      { path: 'qualitativeStages.0', text: 'None' },
      { path: 'qualitativeStages.1', text: 'Draft' },
      { path: 'qualitativeStages.2', text: 'Adopted' },
    ]);
    const partner = { name: 'Union', links: { r_b: { expectedOutcome: 'B' }, r_a: { expectedOutcome: 'A' } } };
    expect(translatableTexts('partners', partner).map((t) => t.path)).toEqual(['name', 'links.r_a.expectedOutcome', 'links.r_b.expectedOutcome']);
    expect(translatableText('partners', partner, 'links.r_b.expectedOutcome')).toBe('B');
    expect(translatableText('partners', partner, 'links.r_c.expectedOutcome')).toBeUndefined();
    expect(translatableText('results', { statement: 'S', level: 'goal' }, 'level')).toBeUndefined();
    // Missing or non-string fields are not listed.
    expect(translatableTexts('results', { statement: 'S', description: 3 })).toEqual([{ path: 'statement', text: 'S' }]);
    expect(translationMaxLength('indicators', 'qualitativeStages.4')).toBe(500);
    expect(translationMaxLength('partners', 'links.r_a.expectedOutcome')).toBe(20_000);
    expect(translationMaxLength('results', 'statement')).toBe(2_000);
    expect(translationMaxLength('results', 'level')).toBe(0);
  });
});

describe('translationState and fingerprint', () => {
  it('tells empty, missing, stale and current apart', () => {
    expect(translationState('', undefined)).toBe('empty');
    expect(translationState('   \n', { text: 'x', source: '' })).toBe('empty');
    expect(translationState('Text', undefined)).toBe('missing');
    expect(translationState('Text', { text: '  ', source: fingerprint('Text') })).toBe('missing');
    expect(translationState('Text', { text: 'Texte', source: fingerprint('Old text') })).toBe('stale');
    expect(translationState('Text', { text: 'Texte', source: '' })).toBe('stale');
    expect(translationState('Text', { text: 'Texte', source: fingerprint('Text') })).toBe('current');
    // White space around the main text does not make a translation stale.
    expect(translationState('  Text \n', { text: 'Texte', source: fingerprint('Text') })).toBe('current');
  });

  it('is 16 hex digits, stable, and differs for different texts', () => {
    expect(fingerprint('Decent work')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('Decent work')).toBe(fingerprint(' Decent work '));
    expect(fingerprint('Decent work')).not.toBe(fingerprint('Decent Work'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives each text its state in a language', () => {
    const result = { statement: 'S', description: 'D', assumptions: '', ...tr('fr', 'statement', 'É', 'S'), ...tr('fr', 'description', 'Dé', 'old') };
    expect(translationStatuses('results', result, 'fr').map((s) => [s.path, s.state])).toEqual([
      ['statement', 'current'],
      ['description', 'stale'],
      ['assumptions', 'empty'],
    ]);
    expect(translationStatuses('results', result, 'es').map((s) => s.state)).toEqual(['missing', 'missing', 'empty']);
  });
});

describe('localizeEntity', () => {
  it('returns the same object when nothing is translated into the language, or it is the main one', () => {
    const result = { statement: 'S', description: 'D', ...tr('fr', 'statement', 'É', 'S') };
    expect(localizeEntity('results', result, 'es', 'en')).toBe(result);
    expect(localizeEntity('results', result, 'en', 'en')).toBe(result);
    const blank = { statement: 'S', ...tr('fr', 'statement', '  ', 'S') };
    expect(localizeEntity('results', blank, 'fr', 'en')).toBe(blank);
  });

  it('replaces translated texts (stale ones too), copying nested objects and lists, leaving the original alone', () => {
    const indicator = {
      definition: 'Def',
      meansOfVerification: { source: 'Src', method: 'M' },
      qualitativeStages: ['A', 'B'],
      ...tr('fr', 'meansOfVerification.source', 'Source', 'Src'),
      ...tr('fr', 'qualitativeStages.1', 'Bé', 'old B'),
    };
    const fr = localizeEntity('indicators', indicator, 'fr', 'en');
    expect(fr).not.toBe(indicator);
    expect(fr.definition).toBe('Def');
    expect(fr.meansOfVerification).toEqual({ source: 'Source', method: 'M' });
    expect(fr.qualitativeStages).toEqual(['A', 'Bé']);
    expect(Array.isArray(fr.qualitativeStages)).toBe(true);
    expect(indicator.meansOfVerification.source).toBe('Src');
    expect(indicator.qualitativeStages).toEqual(['A', 'B']);
    const partner = { name: 'P', links: { r1: { expectedOutcome: 'Out' }, r2: { expectedOutcome: 'Two' } }, ...tr('fr', 'links.r1.expectedOutcome', 'Résultat', 'Out') };
    const p = localizeEntity('partners', partner, 'fr', 'en');
    expect(p.links).toEqual({ r1: { expectedOutcome: 'Résultat' }, r2: { expectedOutcome: 'Two' } });
    expect(partner.links.r1.expectedOutcome).toBe('Out');
  });

  it('localises a plan and all its data, keeping untranslated entities', () => {
    const data = sample();
    const plan = { ...data.plan, 'lang:fr': true, ...tr('fr', 'title', 'Plan de travail', data.plan.title) } as Plan;
    const [first, ...rest] = data.results;
    const results = [{ ...first!, ...tr('fr', 'statement', 'Énoncé', first!.statement) }, ...rest];
    const localized = localizePlanData({ ...data, plan, results }, 'fr');
    expect(localized.plan.title).toBe('Plan de travail');
    expect(localizePlan(plan, 'fr').title).toBe('Plan de travail');
    expect(localized.results[0]!.statement).toBe('Énoncé');
    expect(localized.results[1]).toBe(results[1]);
    expect(localized.indicators[0]).toBe(data.indicators[0]);
    expect(localizePlanData({ ...data, plan, results }, 'en').results).toBe(results);
  });
});

describe('planLanguages', () => {
  it('reads the main language (English by default) and the further ones, ignoring bad or removed keys', () => {
    const plan = sample().plan;
    expect(planLanguages(plan)).toEqual({ main: 'en', further: [] });
    const odd = { ...plan, language: 'fr', 'lang:es': true, 'lang:ar': true, 'lang:fr': true, 'lang:de': false, 'lang:PT': true, 'lang:fra': true, 'lang:': true, 'lang:it': 'yes' } as Plan;
    expect(planLanguages(odd)).toEqual({ main: 'fr', further: ['ar', 'es'] });
    expect(allPlanLanguages(odd)).toEqual(['fr', 'ar', 'es']);
    expect(planLanguages({ ...plan, language: 'French' } as Plan).main).toBe('en');
  });
});

describe('translationFields', () => {
  it('keeps the further languages and translations a copy must carry, and drops whatever is not one', () => {
    const fp = fingerprint('Decent work');
    const plan = { title: 'Plan', 'lang:fr': true, 'lang:xx1': true, 'lang:es': 'yes', 'tr:fr:title': 'Plan FR', 'trs:fr:title': fp, 'trs:es:title': 'not a fingerprint' };
    expect(translationFields('plan', plan)).toEqual({ 'lang:fr': true, 'tr:fr:title': 'Plan FR', 'trs:fr:title': fp });
    const result = { statement: 'Decent work', 'tr:fr:statement': 'Travail décent', 'tr:fr:parentId': 'r_x', 'tr:fr:description': 'x'.repeat(20_001), 'tr:FR:statement': 'no', 'lang:fr': true };
    expect(translationFields('results', result)).toEqual({ 'tr:fr:statement': 'Travail décent' });
  });
});
