import { describeApiError } from '../lib/api-error.utils';

/** Why a move did not happen, as the card shows it (`data-kind` on the card's alert). */
export interface LeadMoveProblem {
  /**
   * `refused`: the pipeline's rules forbid it (`INVALID_TRANSITION`); `conflict`: someone else
   * changed the lead first (`CONFLICT`); `failed`: anything else (permission, network…).
   */
  kind: 'refused' | 'conflict' | 'failed';
  /** Sentences for the user: every violated rule's message, or the API's message. */
  messages: string[];
  /** The API's hint, e.g. "From here the lead can move to: Contacted, Lost.". */
  suggestion: string | null;
}

/** Said after a CONFLICT: the board refetches, so the user sees what the other person did. */
export const conflictMessage =
  'Someone else changed this lead in the meantime. The board now shows the latest version; move it again if you still want to.';

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

/**
 * Reads a failed `leads.move` into a {@link LeadMoveProblem}, following the API's error shape:
 * a refusal carries `data.domain.code === 'INVALID_TRANSITION'` and every violated rule in
 * `data.domain.context.violations` (`{ code, message }[]`), whose messages are shown as they are
 * (the widget adds no rules of its own); a stale version is `data.code === 'CONFLICT'`. Never
 * throws.
 */
export function describeMoveError(error: unknown): LeadMoveProblem {
  const described = describeApiError(error, 'The lead could not be moved. Try again.');
  const domain = record(record(record(error)?.data)?.domain);
  if (described.domainCode === 'INVALID_TRANSITION') {
    const violations = record(domain?.context)?.violations;
    const messages = Array.isArray(violations)
      ? violations.flatMap((v) => {
          const message = record(v)?.message;
          return typeof message === 'string' && message.trim() !== '' ? [message] : [];
        })
      : [];
    return {
      kind: 'refused',
      messages: messages.length > 0 ? messages : [described.message],
      suggestion: described.suggestion,
    };
  }
  if (described.code === 'CONFLICT') {
    return { kind: 'conflict', messages: [conflictMessage], suggestion: null };
  }
  return {
    kind: 'failed',
    messages: [described.message],
    suggestion: described.suggestion,
  };
}
