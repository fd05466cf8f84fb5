import { type DomainErrorCode, isDomainError } from '@estatekit/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** The one mapping from domain error codes to transport codes (STYLE: errors carry codes). */
const transportCode: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_TRANSITION: 'UNPROCESSABLE_CONTENT',
  VALIDATION_FAILED: 'BAD_REQUEST',
  INVALID_MONEY: 'BAD_REQUEST',
  CURRENCY_MISMATCH: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  LEDGER_RULE_VIOLATED: 'UNPROCESSABLE_CONTENT',
};

/** Turns a thrown `DomainError` into a `TRPCError` carrying it as `cause`; passes others through. */
export function toTransportError(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  return new TRPCError({ code: transportCode[error.code], message: error.message, cause: error });
}
