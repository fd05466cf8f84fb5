import { defineConfig } from 'vitest/config';

/** One vitest run for the whole repo: every package and app with a vitest.config.ts is a project. */
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'apps/demo/vitest.unit.config.ts',
    ],
  },
});
