import { type DomainError, isDomainError } from '@estatekit/domain';
import { type jsonRpcCodes, MockApiError } from './mock-api.errors';
import type { Handler } from './mock-api.ledger.types';

/*
 * The ledger mock's refusals, as the API's error middleware sends them: a `DomainError` code
 * mapped to its transport code and HTTP status, with `data.domain` = `{ code, context,
 * suggestion }`.
 */

const transport: Record<DomainError['code'], [keyof typeof jsonRpcCodes, number]> = {
  INVALID_TRANSITION: ['UNPROCESSABLE_CONTENT', 422],
  VALIDATION_FAILED: ['BAD_REQUEST', 400],
  INVALID_MONEY: ['BAD_REQUEST', 400],
  CURRENCY_MISMATCH: ['BAD_REQUEST', 400],
  NOT_FOUND: ['NOT_FOUND', 404],
  CONFLICT: ['CONFLICT', 409],
  FORBIDDEN: ['FORBIDDEN', 403],
  LEDGER_RULE_VIOLATED: ['UNPROCESSABLE_CONTENT', 422],
};

/** A refusal of the domain (or of the API in the domain's terms), as the API sends it. */
export function refusal(
  code: DomainError['code'],
  message: string,
  context: Readonly<Record<string, unknown>> = {},
  suggestion: string | null = null,
): MockApiError {
  const [transportCode, status] = transport[code];
  const issues = Array.isArray(context.issues)
    ? (context.issues as { path: string[]; message: string }[])
    : null;
  return new MockApiError(message, transportCode, status, issues, { code, context, suggestion });
}

/** NOT_FOUND for a `what` (lease, tenant, building…) with `id`. */
export const notFound = (what: string, id: string) =>
  refusal('NOT_FOUND', `No ${what} with id ${id}.`, { id });

/** Runs `handler`, turning a `DomainError` it throws into the API's error for it. */
export const guarded =
  (handler: Handler): Handler =>
  (input) => {
    try {
      return handler(input);
    } catch (error) {
      if (error instanceof MockApiError || !isDomainError(error)) throw error;
      throw refusal(error.code, error.message, error.context, error.suggestion ?? null);
    }
  };
