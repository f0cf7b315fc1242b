import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'detectors/**/*.test.ts'],
    environment: 'node',
  },
});
