import { describe, expect, it } from 'vitest';
import { planLanguages, translationOf, translationState, type ResultId } from '../../../shared/model';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { bootedApp, createOpenPlan, lastNoticeKey, newEnv, PLAN_INPUT, reopen, settled } from './harness';

const rid = (s: string) => s as ResultId;

describe('store: creating plans', () => {
  it('createPlan stores a plan that the library lists and opens it with yearly reporting periods', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app, { title: '  Country programme  ', periodStart: '2026-03-01', periodEnd: '2028-06-30' });

    expect(app.s().plans.map((p) => [p.id, p.title])).toEqual([[id, 'Country programme']]);
    expect(app.s().route).toEqual({ screen: 'plan', planId: id, tab: 'results' });
    const view = app.s().view!;
    expect(view.plan.title).toBe('Country programme');
    expect(view.plan.status).toBe('draft');
    const periods = view.periodOrder.map((p) => view.periods[p]!);
    expect(periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2026', '2026-03-01', '2026-12-31'],
      ['2027', '2027-01-01', '2027-12-31'],
      ['2028', '2028-01-01', '2028-06-30'],
    ]);
    expect(app.s().saveState).toBe('saved');
  });

  it.each([
    ['a blank title', { title: '   ' }, 'errors.titleRequired'],
    ['an end before the start', { periodStart: '2028-01-01', periodEnd: '2026-12-31' }, 'errors.periodOrder'],
    ['an end equal to the start', { periodStart: '2026-01-01', periodEnd: '2026-01-01' }, 'errors.periodOrder'],
    ['a date that does not exist', { periodEnd: '2027-02-30' }, 'errors.invalidPlanFields'],
  ])('createPlan refuses %s with an error notice and stores nothing', async (_what, input, key) => {
    const app = await bootedApp(newEnv());
    expect(await app.s().createPlan({ ...PLAN_INPUT, ...input })).toBeNull();

    expect(app.s().notices.at(-1)?.tone).toBe('error');
    expect(lastNoticeKey(app)).toBe(key);
    expect(app.s().openPlanId).toBeNull();
    expect(app.s().route).toEqual({ screen: 'library' });
    expect(await app.plans.list()).toEqual([]);
    expect(await app.db.docChunks.count()).toBe(0);
  });
});

describe('store: templates of new plans', () => {
  it('a plan from the organisation template starts with the strategy paper\'s nine default sections', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app, { templateId: 'organisation' });
    const view = app.s().view!;
    expect(view.plan.templateId).toBe('organisation');
    expect(view.sectionOrder.map((id) => view.sections[id]!.key)).toEqual(['vision', 'issue-definition', 'mandate', 'responsibilities', 'cross-cutting', 'priorities', 'mainstreaming', 'collaboration', 'monitoring']);
  });

  it('a plan written in French records its main language and starts with the default sections titled in French', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app, { templateId: 'organisation', language: 'fr' });
    const view = app.s().view!;
    expect(planLanguages(view.plan)).toEqual({ main: 'fr', further: [] });
    const titles = view.sectionOrder.map((id) => view.sections[id]!.title);
    expect(titles[1]).toBe(fr.narrative.defaultTitles['issue-definition']);
    expect(titles[1]).not.toBe(en.narrative.defaultTitles['issue-definition']);
  });

  it('a plan in a language without a catalogue gets the English titles; a language that is not a content language is refused', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app, { templateId: 'organisation', language: 'sw' });
    const view = app.s().view!;
    expect(planLanguages(view.plan).main).toBe('sw');
    expect(view.sections[view.sectionOrder[1]!]!.title).toBe(en.narrative.defaultTitles['issue-definition']);
    expect(await app.s().createPlan({ ...PLAN_INPUT, language: 'xx' })).toBeNull();
    expect(lastNoticeKey(app)).toBe('errors.invalidPlanFields');
  });

  it('a blank plan starts with no sections, and an EU plan records its template', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app, { templateId: 'blank' });
    expect(app.s().view!.sectionOrder).toHaveLength(0);
    await createOpenPlan(app, { templateId: 'eu', title: 'EU plan' });
    expect(app.s().view!.plan.templateId).toBe('eu');
    expect(app.s().view!.sectionOrder).toHaveLength(9);
  });
});

describe('store: renaming plans', () => {
  it('renamePlan of a plan that is not open updates the listing and the document', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app, { title: 'Old title' });
    expect(await app.s().goToLibrary()).toBe(true);

    expect(await app.s().renamePlan(id, 'New title')).toBe(true);
    expect(app.s().plans.find((p) => p.id === id)?.title).toBe('New title');
    expect(app.s().openPlanId).toBeNull();

    await app.s().openPlan(id);
    expect(app.s().view?.plan.title).toBe('New title');
    expect(env.platform.titles.at(-1)).toBe('New title');
  });

  it('renamePlan of the open plan updates the view, the listing and the stored document', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app, { title: 'Old title' });

    expect(await app.s().renamePlan(id, 'New title')).toBe(true);
    expect(app.s().view?.plan.title).toBe('New title');
    expect(app.s().plans.find((p) => p.id === id)?.title).toBe('New title');
    expect(env.platform.titles.at(-1)).toBe('New title');
    expect(app.s().saveState).toBe('saved');

    const reloaded = await reopen(env);
    expect(reloaded.s().openPlanId).toBe(id);
    expect(reloaded.s().view?.plan.title).toBe('New title');
  });

  it('renamePlan refuses a blank title and keeps the old one', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app, { title: 'Old title' });
    expect(await app.s().renamePlan(id, '  ')).toBe(false);
    expect(lastNoticeKey(app)).toBe('errors.titleRequired');
    expect(app.s().view?.plan.title).toBe('Old title');
    expect(app.s().plans[0]!.title).toBe('Old title');
  });
});

describe('store: duplicating plans', () => {
  it('duplicatePlan keeps the plan\'s languages and every translation (the plain data a copy is made from names neither)', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app, { organisation: 'ILO' });
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work for migrant workers' });
    await app.s().dispatch('setPlanLanguages', { add: ['fr', 'es'] });
    await app.s().dispatch('setTranslation', { target: 'results', id: 'r_goal', language: 'fr', path: 'statement', text: 'Travail décent pour les travailleurs migrants' });
    await app.s().dispatch('setTranslation', { target: 'plan', id: null, language: 'es', path: 'organisation', text: 'OIT' });
    await settled(app);

    const copyId = await app.s().duplicatePlan(id, 'Copie');
    expect(copyId).not.toBeNull();
    const copy = app.s().mainView!;
    expect(planLanguages(copy.plan)).toEqual({ main: 'en', further: ['es', 'fr'] });
    expect(translationOf(copy.results['r_goal']!, 'fr', 'statement')).toEqual(translationOf(app.s().mainView!.results['r_goal']!, 'fr', 'statement'));
    expect(translationState('Decent work for migrant workers', translationOf(copy.results['r_goal']!, 'fr', 'statement'))).toBe('current');
    expect(translationOf(copy.plan, 'es', 'organisation')?.text).toBe('OIT');
  });

  it('duplicatePlan makes a new draft plan with the given title, the same results and a different id', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Decent work for migrant workers' });
    await app.s().dispatch('addResult', { id: rid('r_outcome'), parentId: rid('r_goal'), statement: 'Fair recruitment' });
    await app.s().dispatch('updatePlan', { status: 'approved' });
    await settled(app);
    const original = app.s().view!;

    const copyId = await app.s().duplicatePlan(id, 'Copy of the programme');
    expect(copyId).not.toBeNull();
    expect(copyId).not.toBe(id);
    expect(app.s().openPlanId).toBe(copyId);
    const copy = app.s().view!;
    expect(copy.plan.id).toBe(copyId);
    expect(copy.plan.title).toBe('Copy of the programme');
    expect(copy.plan.status).toBe('draft');
    expect(copy.results).toEqual(original.results);
    expect(copy.tree.map((n) => [n.number, copy.results[n.id]!.statement])).toEqual([
      ['1', 'Decent work for migrant workers'],
      ['1.1', 'Fair recruitment'],
    ]);

    const listed = app.s().plans.map((p) => p.title).sort();
    expect(listed).toEqual(['Copy of the programme', 'Country programme']);
    await app.s().openPlan(id);
    expect(app.s().view?.plan.status).toBe('approved');
  });
});

describe('store: deleting plans', () => {
  it('deletePlan soft-deletes a plan with a notice whose action restores it', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app);
    expect(await app.s().goToLibrary()).toBe(true);

    await app.s().deletePlan(id);
    expect(app.s().plans).toEqual([]);
    expect(app.s().deletedPlans.map((p) => p.id)).toEqual([id]);
    const notice = app.s().notices.at(-1)!;
    expect(notice.message).toEqual({ key: 'library.deletedNotice', params: { title: 'Country programme' } });
    expect(notice.action?.label.key).toBe('common.undo');

    notice.action!.run();
    await expect.poll(() => app.s().plans.map((p) => p.id)).toEqual([id]);
    expect(app.s().deletedPlans).toEqual([]);
  });

  it('deletePlan of the open plan closes it first (saving its edits)', async () => {
    const env = newEnv();
    const app = await bootedApp(env);
    const id = await createOpenPlan(app);
    await app.s().dispatch('addResult', { id: rid('r_goal'), parentId: null, statement: 'Kept' });

    await app.s().deletePlan(id);
    expect(app.s().openPlanId).toBeNull();
    expect(app.s().view).toBeNull();
    expect(app.s().route).toEqual({ screen: 'library' });
    expect(env.platform.held.size).toBe(0);
    expect(app.s().deletedPlans.map((p) => p.id)).toEqual([id]);

    await app.s().restorePlan(id);
    await app.s().openPlan(id);
    expect(app.s().view?.results['r_goal']?.statement).toBe('Kept');
  });

  it('purgePlan removes a deleted plan and its stored document for good', async () => {
    const app = await bootedApp(newEnv());
    const id = await createOpenPlan(app);
    await app.s().deletePlan(id);
    await app.s().purgePlan(id);

    expect(app.s().plans).toEqual([]);
    expect(app.s().deletedPlans).toEqual([]);
    expect(await app.plans.getListing(id)).toBeUndefined();
    expect(await app.db.docChunks.where('planId').equals(id).count()).toBe(0);
  });
});
