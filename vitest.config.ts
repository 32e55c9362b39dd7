import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
    // Real-browser tests start Chromium; they live in test/browser and run in the same `vitest run`.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
