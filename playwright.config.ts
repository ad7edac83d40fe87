import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';

// End-to-end tests drive Debian's Chromium (no browser download) against the built web
// app served on 127.0.0.1, with real IndexedDB. Each test gets a fresh browser context.

// E2E_PORT and E2E_OUT_DIR let several builds be tested side by side (each on its own
// port, from its own build folder); by default the build in dist/renderer on 4173.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR;
const results = port === 4173 ? 'test-results' : `test-results/port-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `${results}/e2e`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${results}/playwright.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 860 },
    // The app follows the browser's language on first start: the English specs ask for English
    // whatever the machine's locale (languages-ui.spec.ts opens its own French and Spanish contexts).
    locale: 'en-GB',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort${outDir ? ` --outDir ${outDir}` : ''}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
