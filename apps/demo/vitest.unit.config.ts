import { defineProject } from 'vitest/config';

/** The demo's pure seeding plans (`src/*.test.ts`), apart from the end-to-end project. */
export default defineProject({
  test: {
    name: 'demo',
    environment: 'node',
    include: ['src/*.test.ts'],
  },
});
