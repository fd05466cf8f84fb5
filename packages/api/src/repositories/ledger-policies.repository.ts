import type { PolicyLevel } from '@estatekit/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { ledgerPolicies } from '../db/schema';
import type { OrgScope } from './org-scope';

/** The kinds of ledger policy: allocation order, payment acceptance, late fees. */
export const ledgerPolicyKinds = ['allocation', 'acceptance', 'late_fee'] as const;
export type LedgerPolicyKind = (typeof ledgerPolicyKinds)[number];

/** A stored policy row. `targetId` is the org's, the building's or the lease's id. */
export interface StoredPolicy {
  kind: LedgerPolicyKind;
  level: PolicyLevel;
  targetId: string;
  policy: unknown;
  updatedBy: string;
  updatedAt: string;
}

/** Sets (or replaces) the policy of `kind` at one level. */
export async function upsertPolicy(
  scope: OrgScope,
  row: {
    kind: LedgerPolicyKind;
    level: PolicyLevel;
    targetId: string;
    policy: unknown;
    by: string;
  },
) {
  await scope.tx
    .insert(ledgerPolicies)
    .values({
      orgId: scope.org.id,
      kind: row.kind,
      level: row.level,
      targetId: row.targetId,
      policy: row.policy,
      updatedBy: row.by,
    })
    .onConflictDoUpdate({
      target: [
        ledgerPolicies.orgId,
        ledgerPolicies.kind,
        ledgerPolicies.level,
        ledgerPolicies.targetId,
      ],
      set: { policy: row.policy, updatedBy: row.by, updatedAt: sql`now()` },
    });
}

/** Removes the policy of `kind` at one level; returns whether there was one. */
export async function deletePolicy(
  scope: OrgScope,
  row: { kind: LedgerPolicyKind; level: PolicyLevel; targetId: string },
): Promise<boolean> {
  const deleted = await scope.tx
    .delete(ledgerPolicies)
    .where(
      and(
        eq(ledgerPolicies.kind, row.kind),
        eq(ledgerPolicies.level, row.level),
        eq(ledgerPolicies.targetId, row.targetId),
      ),
    )
    .returning({ kind: ledgerPolicies.kind });
  return deleted.length > 0;
}

/** Every policy set on any of `targetIds` (org, building, lease ids). */
export async function policiesOn(
  scope: OrgScope,
  targetIds: readonly string[],
): Promise<StoredPolicy[]> {
  const rows = await scope.tx
    .select({
      kind: ledgerPolicies.kind,
      level: ledgerPolicies.level,
      targetId: ledgerPolicies.targetId,
      policy: ledgerPolicies.policy,
      updatedBy: ledgerPolicies.updatedBy,
      updatedAt: ledgerPolicies.updatedAt,
    })
    .from(ledgerPolicies)
    .where(inArray(ledgerPolicies.targetId, [...targetIds]));
  return rows as StoredPolicy[];
}
