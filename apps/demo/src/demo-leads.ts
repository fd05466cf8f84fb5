/**
 * The demo agency's sales pipeline, seeded on first run: staff and routing rules
 * (demo-staff.ts), then a couple of hundred leads in every stage of the `sales` pipeline with
 * months of history (demo-lead-plan.ts), written with the API's `leads.import`, which replays
 * each lead's history through the live rules: routing as of its creation, guards on every
 * move, entry tasks, audit entries, heat.
 */
import type { Database, Org } from '@estatekit/api';
import { SingleBar } from 'cli-progress';
import { type DemoCaller, demoCaller, seedingServices } from './demo-caller';
import { type LeadPlan, type PlanListing, type PlanStep, planDemoLeads } from './demo-lead-plan';
import type { DemoKeys } from './demo-org';
import { seededRandom } from './demo-random';
import { seedDemoStaff } from './demo-staff';

/**
 * The share of leads ending in each stage: a gently narrowing funnel, so that every column of
 * the board holds a couple of hundred leads with the default count.
 */
export const demoFunnel: Readonly<Record<string, number>> = {
  new: 0.14,
  contacted: 0.12,
  needs_analysis: 0.11,
  viewing_scheduled: 0.11,
  offer_sent: 0.105,
  negotiation: 0.105,
  contract_signed: 0.1,
  won: 0.1,
  lost: 0.11,
};

/** Leads seeded by default (`--leads` changes it): 180–250 in every stage. */
export const DEFAULT_DEMO_LEADS = 1800;

/** Leads per `leads.import` call (the API takes up to 1,000). */
const IMPORT_BATCH = 300;

/** How many of `total` leads end in each stage (`demoFunnel`, at least one per stage). */
export function demoLeadCounts(total: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(demoFunnel).map(([stage, share]) => [
      stage,
      Math.max(1, Math.round(total * share)),
    ]),
  );
}

/** The seed of every demo lead, name, date and amount. */
const SEED = 20_250_601;

/**
 * Seeds the pipeline when the demo agency has no leads yet (first run), with a progress bar,
 * and prints the count per stage and the time taken. Later starts return at once. Returns the
 * number of leads the agency has.
 */
export async function ensureDemoLeads(
  database: Database,
  org: Org,
  keys: DemoKeys,
  options: { now?: Date; leads?: number } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const services = await seedingServices(database, now);
  const { clock } = services;
  const owner = demoCaller(database, services, keys.secretKey);
  const existing = await owner.leads.list({ limit: 1 });
  if (existing.total > 0) return existing.total;

  const started = performance.now();
  const counts = demoLeadCounts(options.leads ?? DEFAULT_DEMO_LEADS);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Seeding the sales pipeline: ${total} leads with their history (first run only)…`);
  const staff = await seedDemoStaff(database, org, owner, now);
  const manager = demoCaller(database, services, staff.find((s) => s.role === 'manager')!.key);
  const random = seededRandom(SEED);
  const plans = planDemoLeads(random, await sampleListings(owner, random), now.getTime(), counts);

  const bar = new SingleBar({
    format: '  {bar} {percentage}% | {value}/{total} leads',
    hideCursor: true,
  });
  bar.start(plans.length, 0);
  for (let start = 0; start < plans.length; start += IMPORT_BATCH) {
    const batch = plans.slice(start, start + IMPORT_BATCH);
    await manager.leads.import({ pipelineKey: 'sales', leads: batch.map(importRecordOf) });
    bar.update(start + batch.length);
  }
  bar.stop();
  clock.now = new Date();
  const { stages } = await owner.leads.list({ limit: 1 });
  const seconds = (performance.now() - started) / 1000;
  const perStage = Object.keys(counts).map(
    (stage) => `${stage} ${stages.find((s) => s.stageKey === stage)?.count ?? 0}`,
  );
  console.log(`  ${total} leads in ${seconds.toFixed(1)} s: ${perStage.join(', ')}`);
  return total;
}

/**
 * Listings leads ask about: three pages of 500 real ones from the imported sales (page numbers
 * from `random`), those with a price and a ZIP code.
 */
async function sampleListings(owner: DemoCaller, random: ReturnType<typeof seededRandom>) {
  const listings: PlanListing[] = [];
  for (const page of [random.int(1, 14), random.int(15, 28), random.int(29, 42)]) {
    const { items } = await owner.properties.list({
      sort: { field: 'listingId', direction: 'asc' },
      pageSize: 500,
      page,
    });
    for (const item of items) {
      if (item.listPrice && item.postalCode) {
        listings.push({
          listingKey: item.listingKey,
          listPrice: item.listPrice,
          postalCode: item.postalCode,
          bedroomsTotal: item.bedroomsTotal ?? 3,
        });
      }
    }
  }
  return listings;
}

/**
 * One lead's plan as a `leads.import` record: its details, when it came in, and its history
 * (activities, updates, task completions and moves) in order. Routing picks its agent as of
 * its creation (an offer to a group in claim mode falls back to the workload score).
 */
function importRecordOf(plan: LeadPlan): LeadImportRecord {
  return {
    ...plan.input,
    createdAt: new Date(plan.at).toISOString(),
    events: plan.steps.map(eventOf),
  };
}

/** One planned step as an import event. */
function eventOf(step: PlanStep): NonNullable<LeadImportRecord['events']>[number] {
  const at = new Date(step.at).toISOString();
  if (step.kind === 'log') return { kind: 'activity', at, ...step.activity };
  if (step.kind === 'move') {
    return { kind: 'move', at, to: step.to, ...(step.reason ? { reason: step.reason } : {}) };
  }
  if (step.kind === 'update') return { kind: 'update', at, changes: step.changes };
  return { kind: 'complete_tasks', at };
}

type LeadImportRecord = Parameters<DemoCaller['leads']['import']>[0]['leads'][number];
