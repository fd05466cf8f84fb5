import { DomainError, DomainErrorCode } from '../errors/domain-error';

/** Weight of each active (open-stage) lead in the workload score. */
export const WORKLOAD_ACTIVE_LEAD_WEIGHT = 2;
/** Weight of each pending task (open, not yet due). */
export const WORKLOAD_PENDING_TASK_WEIGHT = 1;
/** Weight of each overdue task: falling behind counts three times a pending task. */
export const WORKLOAD_OVERDUE_TASK_WEIGHT = 3;

/** An agent's current load, as counts, plus how much they can carry relative to a full-time agent. */
export interface WorkloadCounts {
  /** Leads assigned to the agent in open (not won/lost) stages. */
  activeLeads: number;
  /** Open tasks not yet overdue. */
  pendingTasks: number;
  /** Tasks past their due time and not done. */
  overdueTasks: number;
  /** Relative capacity: 1 for a full-time agent, 0.5 for half time, 2 for a team lead with help. */
  capacityWeight: number;
}

/**
 * Workload score (DESIGN "CRM": workload score) — lower means more room, so routing gives the
 * next lead to the lowest score:
 *
 *   score = (2 × activeLeads + 1 × pendingTasks + 3 × overdueTasks) / capacityWeight
 *
 * e.g. 4 active leads, 3 pending and 1 overdue task at weight 1 → (8 + 3 + 3) / 1 = 14; the same
 * load at weight 2 → 7. Counts must be whole numbers ≥ 0 and `capacityWeight` a finite number
 * > 0; otherwise throws `DomainError` (VALIDATION_FAILED) naming the field in `context.issues`.
 */
export function workloadScore(counts: WorkloadCounts): number {
  const { activeLeads, pendingTasks, overdueTasks, capacityWeight } = counts;
  for (const [field, value] of Object.entries({ activeLeads, pendingTasks, overdueTasks })) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new DomainError(
        DomainErrorCode.ValidationFailed,
        `${field} must be a whole number ≥ 0; got ${value}.`,
        { context: { issues: [{ path: [field], message: 'must be a whole number ≥ 0' }] } },
      );
    }
  }
  if (!Number.isFinite(capacityWeight) || capacityWeight <= 0) {
    throw new DomainError(
      DomainErrorCode.ValidationFailed,
      `capacityWeight must be greater than 0; got ${capacityWeight}.`,
      {
        context: { issues: [{ path: ['capacityWeight'], message: 'must be greater than 0' }] },
        suggestion: 'Deactivate the agent instead of giving them no capacity.',
      },
    );
  }
  return (
    (WORKLOAD_ACTIVE_LEAD_WEIGHT * activeLeads +
      WORKLOAD_PENDING_TASK_WEIGHT * pendingTasks +
      WORKLOAD_OVERDUE_TASK_WEIGHT * overdueTasks) /
    capacityWeight
  );
}
