/**
 * Scheduled lead work, run in the server process: marks tasks overdue once their due time
 * passes, resolves claim offers whose window closed, and refreshes lead heat (it decays with
 * time). Each run is idempotent, so overlapping or repeated runs (several API processes on one
 * PostgreSQL) change nothing twice.
 */
import { leadHeat } from '@estatekit/domain';
import type { Database } from '../db/database';
import { notifyLeadChange } from '../events/lead-changes';
import { findLeadRow } from '../repositories/leads.repository';
import { openLeadsForHeat, setHeat } from '../repositories/leads-jobs.repository';
import { inOrg } from '../repositories/org-scope';
import { allOrgs } from '../repositories/orgs.repository';
import { markOverdueTasks } from '../repositories/tasks.repository';
import { expireOffers } from './lead-pipeline.service';

/** What one run did, summed over orgs. */
export interface LeadJobReport {
  overdueLeads: number;
  expiredOffers: number;
  heatUpdated: number;
}

const system = { actor: { kind: 'system' as const, id: 'scheduler' }, userId: null };

/** Runs every lead job once for every org, as of `now` (ISO 8601). */
export async function runLeadJobs(database: Database, now: string): Promise<LeadJobReport> {
  const report: LeadJobReport = { overdueLeads: 0, expiredOffers: 0, heatUpdated: 0 };
  for (const org of await allOrgs(database)) {
    await inOrg(database, org, async (scope) => {
      const overdue = await markOverdueTasks(scope, now);
      for (const leadId of overdue) {
        const lead = await findLeadRow(scope, leadId);
        if (!lead) continue;
        await notifyLeadChange(scope, {
          leadId,
          kind: 'task',
          version: lead.version,
          stageKey: lead.stageKey,
          assigneeId: lead.assigneeId,
          previousAssigneeId: null,
          at: now,
        });
      }
      report.overdueLeads += overdue.length;
      report.expiredOffers += await expireOffers(scope, system, now);
      for (const lead of await openLeadsForHeat(scope)) {
        const heat = leadHeat({
          interactions: [lead.createdAt, ...lead.interactions],
          stageEnteredAt: lead.stageEnteredAt,
          now,
          stageKind: lead.kind,
        });
        if (heat !== lead.heat) {
          await setHeat(scope, lead.id, heat);
          report.heatUpdated += 1;
        }
      }
    });
  }
  return report;
}

/**
 * Runs `runLeadJobs` every `intervalMs` (default one minute) until stopped; a run never overlaps
 * the previous one. Errors are reported to `onError` and the schedule continues.
 */
export function startLeadScheduler(
  database: Database,
  options: { now: () => Date; intervalMs?: number; onError?: (error: unknown) => void },
): { stop: () => Promise<void> } {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return; // the previous run is still going: skip this beat
    running = runLeadJobs(database, options.now().toISOString())
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
