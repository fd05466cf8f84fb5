import { defineProject } from 'vitest/config';

/** Renders every story through Storybook's portable stories, plus the mocked API's own tests. */
export default defineProject({
  test: {
    name: 'docs',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
