import { defineProject } from 'vitest/config';

/**
 * End-to-end: the real `pnpm demo` on free ports, started once for every file
 * (e2e/global-setup.ts), driven in Debian's Chromium.
 */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
