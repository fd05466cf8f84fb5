/**
 * `pnpm bench`: runs every benchmark in one go — import, properties.list latency, HTTP
 * throughput, lead moves, the rent ledger at 10,000 leases, LeadKanban in Chromium, bundle
 * size — printing each one's tables (its figures next to the baseline measured in this same
 * run) as it finishes, then rewrites BENCHMARKS.md at the repository root with all figures, the
 * machine and the date. A benchmark that fails is reported as not measured and the others still
 * run; the exit code is non-zero only then (a missed target is a finding, not a failure:
 * `pnpm --filter @estatekit/bench size` is the enforcing budget check).
 */
import { loadavg } from 'node:os';
import { runImportBench } from './import.bench';
import { runKanbanBench } from './kanban.bench';
import { runLatencyBench } from './latency.bench';
import { runLeadsBench } from './leads.bench';
import { runLedgerBench } from './ledger.bench';
import {
  describeMachine,
  failedSection,
  printSection,
  renderMarkdown,
  type Section,
  writeBenchmarksFile,
} from './report';
import { runSizeBench } from './size.bench';
import { runThroughputBench } from './throughput.bench';

const benches: [string, () => Promise<Section>][] = [
  ['Import of the King County file', () => runImportBench(3)],
  ['properties.list latency over HTTP', () => runLatencyBench(200, 30)],
  ['HTTP throughput (autocannon, 32 connections)', () => runThroughputBench(10)],
  ['Lead moves (leads.move)', () => runLeadsBench(300, 30, 8)],
  ['Rent ledger at 10,000 leases × 24 months', () => runLedgerBench()],
  ['LeadKanban with 1,000 cards (headless Chromium)', () => runKanbanBench(7, 3, 3)],
  ['Bundle size (size-limit, gzip)', runSizeBench],
];

const started = new Date();
const loadBefore = loadavg();
const sections: Section[] = [];
let failed = false;
for (const [title, bench] of benches) {
  const t0 = performance.now();
  try {
    sections.push(await bench());
  } catch (error) {
    console.error(error);
    sections.push(failedSection(title, error));
    failed = true;
  }
  printSection(sections.at(-1)!);
  console.log(`(${title}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
const seconds = (Date.now() - started.getTime()) / 1000;
const machine = await describeMachine();
const path = writeBenchmarksFile(
  renderMarkdown(sections, { ...machine, load: [loadBefore[0]!, loadavg()[0]!] }, started, seconds),
);
console.log(`\nWrote ${path} (${seconds.toFixed(0)} s in all).`);
process.exit(failed ? 1 : 0);
