import type { TestProject } from 'vitest/node';
import { startDemo } from './start-demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The website of the one demo every end-to-end test file shares, e.g. `http://localhost:31234`. */
    demoUrl: string;
  }
}

/**
 * Starts `pnpm demo` once for the whole end-to-end project (fresh data directory: first-run
 * import and seeding included) and stops it after the last file; tests read its URL with
 * `inject('demoUrl')`.
 */
export default async function setup(project: TestProject) {
  const demo = await startDemo();
  project.provide('demoUrl', demo.url);
  return () => demo.stop();
}
