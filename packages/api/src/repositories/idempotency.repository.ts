import { createHash } from 'node:crypto';
import { DomainError, DomainErrorCode } from '@estatekit/domain';
import { and, eq, sql } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema';
import type { OrgScope } from './org-scope';

/** SHA-256 of a request's canonical JSON (keys sorted), to tell a replay from a new request. */
export function requestHash(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Runs `fn` once per (org, scope, key): the first call stores its answer; a later call with the
 * same key and the same input gets that answer without running `fn`; with a different input it
 * is refused with CONFLICT and changes nothing. Concurrent first calls are serialised by a
 * transaction-scoped advisory lock on the key, so exactly one of them runs `fn`.
 */
export async function once<T>(
  scope: OrgScope,
  idempotency: { scope: string; key: string; input: unknown },
  fn: () => Promise<T>,
): Promise<T> {
  const hash = requestHash(idempotency.input);
  const lockKey = `${scope.org.id}:${idempotency.scope}:${idempotency.key}`;
  await scope.tx.execute(
    // hashtextextended is PostgreSQL's own 64-bit string hash; the lock lasts until commit.
    sql`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`,
  );
  const found = await scope.tx
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.orgId, scope.org.id),
        eq(idempotencyKeys.scope, idempotency.scope),
        eq(idempotencyKeys.key, idempotency.key),
      ),
    );
  if (found[0]) {
    if (found[0].requestHash !== hash) {
      throw new DomainError(
        DomainErrorCode.Conflict,
        'This idempotency key was already used for a different request.',
        {
          context: { idempotencyKey: idempotency.key },
          suggestion: 'Use a new idempotency key for a new request.',
        },
      );
    }
    return found[0].response as T;
  }
  const result = await fn();
  await scope.tx.insert(idempotencyKeys).values({
    orgId: scope.org.id,
    scope: idempotency.scope,
    key: idempotency.key,
    requestHash: hash,
    response: result as object,
  });
  return result;
}
