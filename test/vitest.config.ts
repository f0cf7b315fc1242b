import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { localeTables } from '../src/i18n/locale-tables';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [WxtVitest(), localeTables()],
  test: {
    include: ['test/unit/**/*.test.ts', 'detectors/**/*.test.ts'],
    environment: 'node',
  },
});
