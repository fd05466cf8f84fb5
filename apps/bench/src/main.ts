/**
 * Lets each `*.bench.ts` file run on its own (`pnpm bench:import`) as well as from `run-all.ts`:
 * when `moduleUrl` is the script Node was started with, runs the benchmark, prints its section
 * and exits (non-zero if it threw). Single benchmarks do not rewrite BENCHMARKS.md.
 */
import { pathToFileURL } from 'node:url';
import { printSection, type Section } from './report';

export function runIfMain(moduleUrl: string, bench: () => Promise<Section>): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(entry).href !== moduleUrl) return;
  bench().then(
    (section) => {
      printSection(section);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
