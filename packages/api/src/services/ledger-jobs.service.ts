/**
 * The daily ledger run in the server process: for every org, on the first tick of each of the
 * org's calendar days, generate the charges due in the last 62 days (catching up after downtime;
 * unique constraints make reruns create nothing twice), settle payment plans, assess late fees
 * and apply unapplied credit to charges now due.
 */
import { addDays } from '@estatekit/domain';
import type { Database } from '../db/database';
import { inOrg } from '../repositories/org-scope';
import { allOrgs } from '../repositories/orgs.repository';
import {
  assessLateFeesEverywhere,
  generateCharges,
  settlePaymentPlans,
} from './charge-generation.service';
import { orgToday } from './ledger-state';

/** How far back the daily run looks for charges that should exist (days). */
export const LEDGER_CATCH_UP_DAYS = 62;

/** What one daily run did, summed over the orgs it ran for. */
export interface LedgerDayReport {
  orgs: number;
  chargesCreated: number;
  lateFees: number;
  plansEnded: number;
}

const system = { kind: 'system' as const, id: 'scheduler' };

/**
 * Runs the ledger's daily work for every org whose calendar day (in its own time zone) differs
 * from `lastRunDay[orgId]`, and records the day it ran for. Pass an empty map to run for all.
 */
export async function runLedgerDay(
  database: Database,
  now: Date,
  lastRunDay: Map<string, string> = new Map(),
): Promise<LedgerDayReport> {
  const report: LedgerDayReport = { orgs: 0, chargesCreated: 0, lateFees: 0, plansEnded: 0 };
  for (const org of await allOrgs(database)) {
    const today = orgToday(org.timeZone, now);
    if (lastRunDay.get(org.id) === today) continue;
    await inOrg(database, org, async (scope) => {
      const writer = { actor: system, today };
      const from = addDays(today, -LEDGER_CATCH_UP_DAYS);
      const generated = await generateCharges(scope, writer, { from, to: today });
      report.chargesCreated += generated.created;
      report.plansEnded += await settlePaymentPlans(scope, writer, today);
      report.lateFees += await assessLateFeesEverywhere(scope, writer, today);
    });
    lastRunDay.set(org.id, today);
    report.orgs += 1;
  }
  return report;
}

/**
 * Checks every `intervalMs` (default ten minutes) whether an org has started a new day and runs
 * `runLedgerDay` for it; the first check is immediate. A run never overlaps the previous one;
 * errors go to `onError` and the org is retried on the next tick.
 */
export function startLedgerScheduler(
  database: Database,
  options: { now: () => Date; intervalMs?: number; onError?: (error: unknown) => void },
): { stop: () => Promise<void> } {
  const lastRunDay = new Map<string, string>();
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runLedgerDay(database, options.now(), lastRunDay)
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 600_000);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
