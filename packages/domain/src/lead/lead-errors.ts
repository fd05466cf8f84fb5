import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { TransitionViolation } from './lead-guards';

/** What a refused lead move carries in `context` (read by the API and shown by the kanban). */
export type LeadTransitionErrorContext = {
  /** Code of the first violation (`not_permitted`, `skips_forward`, `offer_not_sent`…). */
  rule: string;
  from: string;
  to: string;
  /** Stage keys the lead may move to from `from`, in transition-table order. */
  allowed: readonly string[];
  /** Every rule the move breaks, never only the first. */
  violations: readonly TransitionViolation[];
};

/**
 * Thrown by `moveLead` when a lead may not move (code `INVALID_TRANSITION`). The message joins
 * every violation's sentence; `context.violations` lists them with their stable codes.
 */
export class LeadTransitionError extends DomainError {
  declare readonly context: Readonly<LeadTransitionErrorContext>;

  constructor(message: string, context: LeadTransitionErrorContext, suggestion?: string) {
    super(DomainErrorCode.InvalidTransition, message, {
      context: { ...context },
      ...(suggestion === undefined ? {} : { suggestion }),
    });
    this.name = 'LeadTransitionError';
  }
}
