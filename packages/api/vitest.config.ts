import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Integration suites import the 21,613-row file into PGlite and PostgreSQL.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
