import { defineProject } from 'vitest/config';

/** Unit tests of the benchmark helpers only; nothing here is timed (figures live in `pnpm bench`). */
export default defineProject({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
