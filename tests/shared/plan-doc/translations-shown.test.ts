/**
 * Edits made while the plan is shown in a further language (issue 8): the transaction writes
 * an edit of an existing translatable text as its translation into the shown language, with
 * the main text's fingerprint, never over the main text; undo and redo restore exactly.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, sourceKey, translationKey, translationOf, translationState, type IndicatorId, type PartnerId, type ResultId, type UnitId } from '../../../shared/model';
import {
  addEntity,
  addResult,
  moveStage,
  renameStage,
  COMMANDS,
  renameSection,
  restoreVersion,
  setPartnerLink,
  setPlanLanguages,
  setSectionBody,
  setTranslation,
  updateEntity,
  updatePlan,
  updateResult,
} from '../../../shared/plan-doc';
import { InProcessEngine } from '../../../shared/plan-doc/engine';
import { planDataFromView } from '../../../shared/plan-doc/document';
import { sampleOffices } from '../../fixtures/plans';

const FR = { shownLanguage: 'fr' } as const;

function frenchPlan() {
  const { hq } = sampleOffices();
  hq.run(setPlanLanguages, { add: ['fr'] });
  const id = hq.view.tree[0]!.id;
  return { hq, id, main: hq.view.results[id]!.statement };
}

describe('edits while the plan is shown in a further language', () => {
  it('writes an edited statement as its French translation, keeps the main text, and undo/redo restore exactly', () => {
    const { hq, id, main } = frenchPlan();
    const before = hq.view.results[id]!;
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Énoncé en français' } }, FR);
    const after = hq.view.results[id]!;
    expect(after.statement).toBe(main);
    expect(translationOf(after, 'fr', 'statement')).toEqual({ text: 'Énoncé en français', source: fingerprint(main) });
    expect(translationState(main, translationOf(after, 'fr', 'statement'))).toBe('current');
    hq.undo();
    expect(hq.view.results[id]).toEqual(before);
    expect(translationKey('fr', 'statement') in hq.view.results[id]!).toBe(false);
    hq.redo();
    expect(hq.view.results[id]).toEqual(after);
  });

  it('writes the main text when no further language is shown, or the language shown is the main one or not the plan\'s', () => {
    const { hq, id } = frenchPlan();
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Main A' } });
    expect(hq.view.results[id]!.statement).toBe('Main A');
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Main B' } }, { shownLanguage: 'en' });
    expect(hq.view.results[id]!.statement).toBe('Main B');
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Main C' } }, { shownLanguage: 'es' });
    expect(hq.view.results[id]!.statement).toBe('Main C');
    expect(translationOf(hq.view.results[id]!, 'es', 'statement')).toBeUndefined();
  });

  it('leaves fields sent back unchanged alone: a stale translation stays stale, untranslated texts stay untranslated', () => {
    const { hq, id, main } = frenchPlan();
    const r = hq.view.results[id]!;
    hq.run(setTranslation, { target: 'results', id, language: 'fr', path: 'statement', text: 'Ancien' });
    hq.run(updateResult, { id: id as ResultId, fields: { statement: `${main} (revised)` } });
    const stale = hq.view.results[id]!;
    expect(translationState(stale.statement, translationOf(stale, 'fr', 'statement'))).toBe('stale');
    // A form sends every field as shown: the French statement, the English description (no translation).
    const outcome = hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Ancien', description: r.description, assumptions: 'Hypothèses' } }, FR);
    expect(outcome.changed).toBe(true);
    const now = hq.view.results[id]!;
    expect(translationState(now.statement, translationOf(now, 'fr', 'statement'))).toBe('stale');
    expect(translationOf(now, 'fr', 'description')).toBeUndefined();
    expect(translationOf(now, 'fr', 'assumptions')?.text).toBe('Hypothèses');
    expect(now.assumptions).toBe(r.assumptions);
  });

  it('removes the translation when the text is emptied (the main text shows again), never the main text', () => {
    const { hq, id, main } = frenchPlan();
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Énoncé' } }, FR);
    hq.run(updateResult, { id: id as ResultId, fields: { statement: '' } }, FR);
    const r = hq.view.results[id]!;
    expect(r.statement).toBe(main);
    expect(translationKey('fr', 'statement') in r).toBe(false);
    expect(sourceKey('fr', 'statement') in r).toBe(false);
  });

  it('routes nested texts, stages, partner outcomes, sections and the plan\'s own fields', () => {
    const { hq } = frenchPlan();
    const indicator = Object.values(hq.view.indicators).find((i) => i.meansOfVerification.source !== '')!;
    const mov = indicator.meansOfVerification;
    hq.run(updateEntity, { collection: 'indicators', id: indicator.id, fields: { meansOfVerification: { ...mov, source: 'Rapports annuels' } } }, FR);
    const i1 = hq.view.indicators[indicator.id]!;
    expect(i1.meansOfVerification).toEqual(mov);
    expect(translationOf(i1, 'fr', 'meansOfVerification.source')?.text).toBe('Rapports annuels');
    expect(translationOf(i1, 'fr', 'meansOfVerification.method')).toBeUndefined();

    // Stages: the same number is a translation of each stage changed; another number changes the main list.
    hq.run(updateEntity, { collection: 'indicators', id: indicator.id, fields: { qualitativeStages: ['Stage one', 'Stage two'] } });
    hq.run(updateEntity, { collection: 'indicators', id: indicator.id, fields: { qualitativeStages: ['Étape un', 'Stage two'] } }, FR);
    const i2 = hq.view.indicators[indicator.id as IndicatorId]!;
    expect(i2.qualitativeStages).toEqual(['Stage one', 'Stage two']);
    expect(translationOf(i2, 'fr', 'qualitativeStages.0')?.text).toBe('Étape un');
    expect(translationOf(i2, 'fr', 'qualitativeStages.1')).toBeUndefined();
    hq.run(updateEntity, { collection: 'indicators', id: indicator.id, fields: { qualitativeStages: ['Étape un', 'Stage two', 'Stage three'] } }, FR);
    expect(hq.view.indicators[indicator.id]!.qualitativeStages).toEqual(['Stage one', 'Stage two', 'Stage three']);

    const section = hq.view.sections[hq.view.sectionOrder[0]!]!;
    hq.run(setSectionBody, { id: section.id, body: 'Corps en français' }, FR);
    hq.run(renameSection, { id: section.id, title: 'Titre' }, FR);
    const s = hq.view.sections[section.id]!;
    expect([s.body, s.title]).toEqual([section.body, section.title]);
    expect(translationOf(s, 'fr', 'body')?.text).toBe('Corps en français');
    expect(translationOf(s, 'fr', 'title')?.text).toBe('Titre');

    const title = hq.view.plan.title;
    hq.run(updatePlan, { title: 'Plan en français' }, FR);
    expect(hq.view.plan.title).toBe(title);
    expect(translationOf(hq.view.plan, 'fr', 'title')?.text).toBe('Plan en français');

    const partner = Object.values(hq.view.partners).find((p) => Object.keys(p.links).length > 0)!;
    const [resultId, link] = Object.entries(partner.links)[0]!;
    hq.run(setPartnerLink, { partnerId: partner.id as PartnerId, resultId: resultId as ResultId, expectedOutcome: 'Résultat attendu' }, FR);
    const p = hq.view.partners[partner.id]!;
    expect(p.links[resultId as ResultId]!.expectedOutcome).toBe(link.expectedOutcome);
    expect(translationOf(p, 'fr', `links.${resultId}.expectedOutcome`)?.text).toBe('Résultat attendu');
  });

  it('keeps other stages\' translations when a stage is renamed, and moves stages in the main list', () => {
    const { hq } = frenchPlan();
    const indicator = Object.values(hq.view.indicators)[0]!;
    const id = indicator.id as IndicatorId;
    hq.run(updateEntity, { collection: 'indicators', id, fields: { qualitativeStages: ['One', 'Two', 'Three'] } });
    hq.run(setTranslation, { target: 'indicators', id, language: 'fr', path: 'qualitativeStages.0', text: 'Un' });
    // renameStage builds the list from the engine's view (main texts): only the renamed stage is an edit.
    hq.run(renameStage, { id, index: 1, stage: 'Deux' }, FR);
    const i1 = hq.view.indicators[id]!;
    expect(i1.qualitativeStages).toEqual(['One', 'Two', 'Three']);
    expect(translationOf(i1, 'fr', 'qualitativeStages.0')?.text).toBe('Un');
    expect(translationOf(i1, 'fr', 'qualitativeStages.1')?.text).toBe('Deux');
    expect(translationOf(i1, 'fr', 'qualitativeStages.2')).toBeUndefined();
    hq.run(moveStage, { id, from: 2, to: 0 }, FR);
    expect(hq.view.indicators[id]!.qualitativeStages).toEqual(['Three', 'One', 'Two']);
    expect(translationOf(hq.view.indicators[id]!, 'fr', 'qualitativeStages.0')?.text).toBe('Un');
  });

  it('writes a new entity\'s texts as main texts', () => {
    const { hq } = frenchPlan();
    const parent = hq.view.tree[0]!.id;
    hq.run(addResult, { id: 'r_new_fr' as ResultId, parentId: parent, statement: 'Nouveau résultat' }, FR);
    expect(hq.view.results['r_new_fr']!.statement).toBe('Nouveau résultat');
    expect(translationOf(hq.view.results['r_new_fr']!, 'fr', 'statement')).toBeUndefined();
    hq.run(addEntity, { collection: 'units', entity: { ...Object.values(hq.view.units)[0]!, id: 'u_fr' as UnitId, name: 'Unité' } }, FR);
    expect(hq.view.units['u_fr']?.name).toBe('Unité');
  });

  it('restores a version\'s main texts whatever language is shown', () => {
    const { hq, id, main } = frenchPlan();
    const heads = hq.heads();
    hq.run(updateResult, { id: id as ResultId, fields: { statement: 'Changed main' } });
    const data = planDataFromView(hq.viewAt(heads));
    hq.run(restoreVersion, { data }, FR);
    expect(hq.view.results[id]!.statement).toBe(main);
    expect(translationOf(hq.view.results[id]!, 'fr', 'statement')).toBeUndefined();
  });

  it('passes the shown language through the engine', async () => {
    const { hq, id, main } = frenchPlan();
    const engine = InProcessEngine.load([hq.snapshot().bytes], { actor: 'd'.repeat(32), office: 'X', clock: { now: () => new Date('2026-05-01T00:00:00Z') } });
    expect(Object.keys(COMMANDS)).toContain('setPlanLanguages');
    const state = await engine.run('updateResult', { id: id as ResultId, fields: { statement: 'Par le moteur' } }, FR);
    expect(state.view.results[id]!.statement).toBe(main);
    expect(translationOf(state.view.results[id]!, 'fr', 'statement')?.text).toBe('Par le moteur');
  });
});
