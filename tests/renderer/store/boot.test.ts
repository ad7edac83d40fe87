import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_TITLE } from '../../../shared/sample';
import { lastNoticeKey, makeApp, newEnv, reopen, type App } from './harness';

/** First start: boot, which asks for the office's name, then name it. */
async function firstBoot(app: App, office = 'Nairobi office'): Promise<void> {
  await app.s().boot();
  expect(app.s().officeNameNeeded).toBe(true);
  expect(await app.s().setOfficeName(office)).toBe(true);
}

describe('store: boot', () => {
  it('on first start asks for the office name before making anything, and refuses an empty one', async () => {
    const env = newEnv();
    const app = makeApp(env);
    await app.s().boot();
    expect(app.s().booted).toBe(true);
    expect(app.s().officeNameNeeded).toBe(true);
    expect(app.s().plans).toHaveLength(0);
    expect(await app.settings.get('sampleCreated')).toBe(false);

    expect(await app.s().setOfficeName('   ')).toBe(false);
    expect(lastNoticeKey(app)).toBe('planFiles.office.required');
    expect(await app.s().setOfficeName('x'.repeat(201))).toBe(false);
    expect(lastNoticeKey(app)).toBe('planFiles.office.tooLong');
    expect(app.s().officeNameNeeded).toBe(true);
    expect(await app.settings.get('officeName')).toBe('');

    expect(await app.s().setOfficeName('  Nairobi office ')).toBe(true);
    expect(app.s().officeNameNeeded).toBe(false);
    expect(app.s().officeName).toBe('Nairobi office');
    expect(await app.settings.get('officeName')).toBe('Nairobi office');
    expect(app.s().openStatus).toBe('ready');
    // The sample's first change is attributed to the office just named.
    expect(app.s().view?.plan.title).toBe(SAMPLE_PLAN_TITLE);

    const again = await reopen(env);
    expect(again.s().officeNameNeeded).toBe(false);
    expect(again.s().officeName).toBe('Nairobi office');
  });

  it('on an empty database creates the sample plan once, opens it and records sampleCreated', async () => {
    const env = newEnv();
    const app = makeApp(env);
    await firstBoot(app);

    const s = app.s();
    expect(s.booted).toBe(true);
    expect(s.bootError).toBeNull();
    expect(s.actorId).toMatch(/^[0-9a-f]+$/);
    expect(s.plans).toHaveLength(1);
    expect(s.plans[0]!.title).toBe(SAMPLE_PLAN_TITLE);
    expect(s.route).toEqual({ screen: 'plan', planId: s.plans[0]!.id, tab: 'results' });
    expect(s.openPlanId).toBe(s.plans[0]!.id);
    expect(s.openStatus).toBe('ready');
    expect(s.view?.plan.title).toBe('Office-wide strategy on labour migration, 2010-15');
    expect(Object.keys(s.view!.results).length).toBeGreaterThan(10);
    expect(await app.settings.get('sampleCreated')).toBe(true);
    expect(env.platform.titles.at(-1)).toBe(SAMPLE_PLAN_TITLE);
  });

  it('a second boot on the same database makes no second sample and reopens the plan last opened', async () => {
    const env = newEnv();
    const first = makeApp(env);
    await firstBoot(first);
    const sampleId = first.s().openPlanId;

    const second = await reopen(env);
    expect(second.s().plans).toHaveLength(1);
    expect(second.s().openPlanId).toBe(sampleId);
    expect(second.s().openStatus).toBe('ready');
    expect(second.s().route).toEqual({ screen: 'plan', planId: sampleId, tab: 'results' });
    expect(second.s().view?.plan.title).toBe(SAMPLE_PLAN_TITLE);
  });

  it('after goToLibrary the next boot stays on the library', async () => {
    const env = newEnv();
    const first = makeApp(env);
    await firstBoot(first);
    expect(await first.s().goToLibrary()).toBe(true);
    expect(first.s().route).toEqual({ screen: 'library' });
    expect(first.s().openPlanId).toBeNull();

    const second = await reopen(env);
    expect(second.s().route).toEqual({ screen: 'library' });
    expect(second.s().openPlanId).toBeNull();
    expect(second.s().view).toBeNull();
    expect(second.s().plans).toHaveLength(1);
  });

  it('does not make the sample again once the user has deleted it', async () => {
    const env = newEnv();
    const first = makeApp(env);
    await firstBoot(first);
    await first.s().deletePlan(first.s().openPlanId!);
    await first.s().purgePlan(first.s().deletedPlans[0]!.id);

    const second = await reopen(env);
    expect(second.s().plans).toHaveLength(0);
    expect(second.s().route).toEqual({ screen: 'library' });
  });

  it('keeps the same installation actor id across boots', async () => {
    const env = newEnv();
    const first = makeApp(env);
    await firstBoot(first);
    const second = await reopen(env);
    expect(second.s().actorId).toBe(first.s().actorId);
  });
});
