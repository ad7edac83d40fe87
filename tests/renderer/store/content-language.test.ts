/**
 * The open plan shown in one of its further languages (issue 8), with the real store: the
 * view localised with structural sharing, edits written as translations, undo, the choice
 * remembered per plan across a reload, and a removed language showing the main texts.
 */
import { describe, expect, it } from 'vitest';
import { translationOf, type ResultId } from '../../../shared/model';
import { bootedApp, createOpenPlan, newEnv, reopen, settled } from './harness';

const rid = (s: string) => s as ResultId;

async function frenchApp() {
  const env = newEnv();
  const app = await bootedApp(env);
  const planId = await createOpenPlan(app);
  await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work' });
  await app.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Better jobs' });
  expect(await app.s().dispatch('setPlanLanguages', { add: ['fr'] })).toBe(true);
  return { env, app, planId };
}

describe('store: the plan shown in a further language', () => {
  it('shows the main view itself until a further language is chosen, then the French texts where they exist', async () => {
    const { app } = await frenchApp();
    expect(app.s().view).toBe(app.s().mainView);
    await app.s().dispatch('setTranslation', { target: 'results', id: 'r_goal', language: 'fr', path: 'statement', text: 'Travail décent' });
    await app.s().setShownLanguage('fr');
    const s = app.s();
    expect(s.shownLanguage).toBe('fr');
    expect(s.view).not.toBe(s.mainView);
    expect(s.view!.results['r_goal']!.statement).toBe('Travail décent');
    expect(s.mainView!.results['r_goal']!.statement).toBe('Decent work');
    // Untranslated: the main text, the very same object; untouched collections keep their record.
    expect(s.view!.results['r_out']).toBe(s.mainView!.results['r_out']);
    expect(s.view!.indicators).toBe(s.mainView!.indicators);
    await app.s().setShownLanguage(null);
    expect(app.s().view).toBe(app.s().mainView);
  });

  it('writes an edit made while French is shown as the French text; the English text is unchanged; undo restores', async () => {
    const { app } = await frenchApp();
    await app.s().setShownLanguage('fr');
    const untouched = app.s().view!.results['r_out'];
    expect(await app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Travail décent' } })).toBe(true);
    expect(app.s().view!.results['r_goal']!.statement).toBe('Travail décent');
    expect(app.s().mainView!.results['r_goal']!.statement).toBe('Decent work');
    expect(translationOf(app.s().mainView!.results['r_goal']!, 'fr', 'statement')?.text).toBe('Travail décent');
    // Only the edited entity was localised again.
    expect(app.s().view!.results['r_out']).toBe(untouched);
    await app.s().undo();
    expect(app.s().view!.results['r_goal']!.statement).toBe('Decent work');
    expect(translationOf(app.s().mainView!.results['r_goal']!, 'fr', 'statement')).toBeUndefined();
    await app.s().redo();
    expect(app.s().view!.results['r_goal']!.statement).toBe('Travail décent');
    // Shown in English again: an edit goes to the main text.
    await app.s().setShownLanguage(null);
    await app.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Decent work for all' } });
    expect(app.s().mainView!.results['r_goal']!.statement).toBe('Decent work for all');
    expect(translationOf(app.s().mainView!.results['r_goal']!, 'fr', 'statement')?.text).toBe('Travail décent');
  });

  it('remembers the language per plan across a reload, and shows the main texts once the language is removed', async () => {
    const { env, app, planId } = await frenchApp();
    await app.s().dispatch('setTranslation', { target: 'results', id: 'r_goal', language: 'fr', path: 'statement', text: 'Travail décent' });
    await app.s().setShownLanguage('fr');
    await settled(app);
    const reloaded = await reopen(env);
    expect(reloaded.s().openPlanId).toBe(planId);
    expect(reloaded.s().shownLanguage).toBe('fr');
    expect(reloaded.s().view!.results['r_goal']!.statement).toBe('Travail décent');
    await reloaded.s().dispatch('setPlanLanguages', { remove: ['fr'] });
    expect(reloaded.s().view!.results['r_goal']!.statement).toBe('Decent work');
    // With French gone, an edit goes to the main text.
    await reloaded.s().dispatch('updateResult', { id: rid('r_goal'), fields: { statement: 'Decent work, revised' } });
    expect(reloaded.s().mainView!.results['r_goal']!.statement).toBe('Decent work, revised');
    // Added again: the translation is back.
    await reloaded.s().dispatch('setPlanLanguages', { add: ['fr'] });
    expect(reloaded.s().view!.results['r_goal']!.statement).toBe('Travail décent');
  });

  it('refuses to show a language the plan does not have', async () => {
    const { app } = await frenchApp();
    await app.s().setShownLanguage('es');
    expect(app.s().shownLanguage).toBeNull();
    expect(app.s().view).toBe(app.s().mainView);
  });
});

describe('store: translations travel in plan files', () => {
  it('headquarters and an office translating different texts both keep their work after exchanging files', async () => {
    const letterEnv = (letter: string) => {
      let n = 0;
      return { ...newEnv(), randomHex: () => (++n).toString(16).padStart(8, '0') + letter.repeat(24) };
    };
    const hqEnv = letterEnv('c');
    const hq = await bootedApp(hqEnv);
    await hq.s().setOfficeName('Headquarters');
    await createOpenPlan(hq);
    await hq.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work' });
    await hq.s().dispatch('addResult', { id: rid('r_out'), parentId: rid('r_goal'), statement: 'Better jobs' });
    await hq.s().dispatch('setPlanLanguages', { add: ['fr'] });
    await settled(hq);
    expect(await hq.s().savePlanFile({ office: 'Dakar office', kind: 'full' })).toBe(true);
    const first = hqEnv.platform.saved.at(-1)!.bytes;

    const officeEnv = letterEnv('d');
    const office = await bootedApp(officeEnv);
    await office.s().setOfficeName('Dakar office');
    await office.s().receivePlanFile({ ok: true, name: 'plan.rbmplan', bytes: first });
    expect(await office.s().applyIncoming()).toBe(true);
    // Dakar works shown in French; headquarters through the Translation view's command.
    await office.s().setShownLanguage('fr');
    expect(await office.s().dispatch('updateResult', { id: rid('r_out'), fields: { statement: 'De meilleurs emplois' } })).toBe(true);
    await hq.s().dispatch('setTranslation', { target: 'results', id: 'r_goal', language: 'fr', path: 'statement', text: 'Travail décent' });
    await settled(office);
    await settled(hq);
    expect(await office.s().savePlanFile({ office: 'Headquarters', kind: 'full' })).toBe(true);
    const back = officeEnv.platform.saved.at(-1)!.bytes;

    await hq.s().receivePlanFile({ ok: true, name: 'from-dakar.rbmplan', bytes: back });
    expect(hq.s().incoming?.mode).toBe('merge');
    expect(await hq.s().applyIncoming()).toBe(true);
    const results = hq.s().mainView!.results;
    expect(translationOf(results['r_goal']!, 'fr', 'statement')?.text).toBe('Travail décent');
    expect(translationOf(results['r_out']!, 'fr', 'statement')?.text).toBe('De meilleurs emplois');
    expect(results['r_out']!.statement).toBe('Better jobs');
    await hq.s().setShownLanguage('fr');
    expect(hq.s().view!.results['r_out']!.statement).toBe('De meilleurs emplois');
    expect(hq.s().view!.results['r_goal']!.statement).toBe('Travail décent');
  });
});
