/**
 * Where the user is (library, or a plan and its tab) and start-up: this office's
 * identity, the sample plan on first start, and reopening the plan last worked on.
 */
import type { PlanId } from '../../shared/model';
import type { SliceContext } from './context';
import { messageOf } from './errors';
import { TABS, type NavigationSlice, type Tab } from './types';

function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}

export function navigationSlice(ctx: SliceContext): NavigationSlice {
  const { set, get, deps } = ctx;
  return {
    route: { screen: 'library' },
    booted: false,
    bootError: null,

    async boot() {
      try {
        const office = await deps.settings.ensureOfficeIdentity(deps.randomHex);
        set({ officeName: office.officeName, actorId: office.actorId });
        if (office.officeName.trim() === '') {
          // First start: the office is named before anything is made, so even the sample
          // plan's first change says who made it. setOfficeName then calls boot again.
          set({ officeNameNeeded: true, booted: true });
          return;
        }
        await get().refreshLibrary();
        const sampleCreated = await deps.settings.get('sampleCreated');
        if (!sampleCreated && get().plans.length === 0 && get().deletedPlans.length === 0) {
          // First start: the library holds the sample plan, open.
          if (await get().createSamplePlan()) await deps.settings.set('sampleCreated', true);
        } else {
          const last = (await deps.settings.get('lastPlanId')) as PlanId | '';
          // The plan reopens on the screen last shown, as the user left it.
          const lastTab = await deps.settings.get('lastTab');
          if (last && get().plans.some((p) => p.id === last)) await get().openPlan(last, isTab(lastTab) ? lastTab : undefined);
        }
        set({ booted: true });
      } catch (e) {
        set({ booted: true, bootError: messageOf(e) });
      }
    },

    async goToLibrary() {
      if (!(await get().closePlan())) return false;
      set({ route: { screen: 'library' } });
      await deps.settings.set('lastPlanId', '').catch(() => undefined);
      await get().refreshLibrary();
      return true;
    },

    setTab(tab) {
      const route = get().route;
      if (route.screen !== 'plan') return;
      set({ route: { ...route, tab } });
      // Remembered for the next start; a failed write only loses that convenience.
      void deps.settings.set('lastTab', tab).catch(() => undefined);
    },
  };
}
