import { defineProject } from 'vitest/config';

/** End-to-end: the real `pnpm demo` on free ports, driven in Debian's Chromium. */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
