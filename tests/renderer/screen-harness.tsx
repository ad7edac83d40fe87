/**
 * Rendering a screen as the app does, for component tests: the English catalogue, a
 * booted store on fake-indexeddb holding the sample plan, both providers around the
 * screen, and a way to let the store's promises settle.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { StoreContext } from '../../renderer/store';
import { bootedApp, newEnv, type App } from './store/harness';

/** A booted app whose library holds the sample plan, open. */
export async function sampleApp(): Promise<App> {
  const app = await bootedApp(newEnv());
  expect(await app.s().createSamplePlan()).not.toBeNull();
  expect(app.s().view).not.toBeNull();
  return app;
}

/** Renders `ui` inside the app's providers, with the app's store. */
export function renderInApp(app: App, i18n: I18n, ui: ReactNode): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={app.store}>{ui}</StoreContext.Provider>
    </I18nextProvider>,
  );
}

/** Lets pending promises and timers of `ms` run inside act(). */
export const settle = (ms = 0) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
