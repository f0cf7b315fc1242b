import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeTables } from '../src/i18n/locale-tables';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [WxtVitest(), localeTables()],
  test: {
    include: ['test/unit/**/*.test.ts', 'detectors/**/*.test.ts'],
    environment: 'node',
    // The CLI tests spawn the real command (tsx, ~1 s each when idle); on a shared, loaded CI
    // machine that is several seconds. A hang guard, not a speed budget (those live in the bench).
    testTimeout: 30_000,
  },
});
