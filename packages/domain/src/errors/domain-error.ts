/**
 * Stable codes for every rule the domain can refuse. The API maps each code to one transport
 * error in a single middleware; clients may switch on them.
 */
export const DomainErrorCode = {
  InvalidTransition: 'INVALID_TRANSITION',
  ValidationFailed: 'VALIDATION_FAILED',
  InvalidMoney: 'INVALID_MONEY',
  CurrencyMismatch: 'CURRENCY_MISMATCH',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  /** A ledger rule refuses the operation: acceptance policy, lease in collections, over-allocation. */
  LedgerRuleViolated: 'LEDGER_RULE_VIOLATED',
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/**
 * The one error type business rules throw. `code` is stable, `context` carries the data needed
 * to explain the refusal, `suggestion` (optional) tells the user what to do instead.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly context: Readonly<Record<string, unknown>>;
  readonly suggestion: string | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { context?: Record<string, unknown>; suggestion?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.context = options.context ?? {};
    this.suggestion = options.suggestion;
  }
}

/** Thrown when a status change is not allowed; `context.rule` names the rule that forbids it. */
export class InvalidTransitionError extends DomainError {
  constructor(
    message: string,
    context: { rule: string; from: string; to: string; allowed: readonly string[] },
    suggestion?: string,
  ) {
    super(DomainErrorCode.InvalidTransition, message, {
      context,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
    this.name = 'InvalidTransitionError';
  }
}

/** Thrown for a malformed or out-of-range amount, or arithmetic across currencies. */
export class MoneyError extends DomainError {
  constructor(code: 'INVALID_MONEY' | 'CURRENCY_MISMATCH', message: string, context = {}) {
    super(code, message, { context });
    this.name = 'MoneyError';
  }
}

/**
 * Thrown when a ledger rule refuses an operation (a payment the acceptance policy refuses, a
 * lease in collections, an allocation beyond a charge's open amount). `context.rule` names the
 * rule; the message is written for the user.
 */
export class LedgerError extends DomainError {
  constructor(
    message: string,
    context: { rule: string } & Record<string, unknown>,
    suggestion?: string,
  ) {
    super(DomainErrorCode.LedgerRuleViolated, message, {
      context,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
    this.name = 'LedgerError';
  }
}

/** Type guard that survives module duplication (checks the shape, not the prototype). */
export function isDomainError(error: unknown): error is DomainError {
  if (error instanceof DomainError) return true;
  if (!(error instanceof Error) || !('context' in error)) return false;
  const code = (error as { code?: unknown }).code;
  return (Object.values(DomainErrorCode) as unknown[]).includes(code);
}
