// The generator's tests (tests/bench), runnable alone: `npx vitest run --config bench/vitest.config.ts`.
// The project's vitest.config.ts includes tests/{shared,renderer,electron,cli}; add tests/bench
// there to run these with `npm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
