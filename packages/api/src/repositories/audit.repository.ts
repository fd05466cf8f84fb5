import type { AuditEntry } from '@estatekit/domain';
import { and, asc, eq } from 'drizzle-orm';
import { auditEntries } from '../db/schema';
import type { OrgScope } from './org-scope';

/** Appends audit entries (the table is append-only: no update or delete path exists). */
export async function appendAudit(scope: OrgScope, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await scope.tx.insert(auditEntries).values(
    entries.map((e) => ({
      orgId: scope.org.id,
      entityType: e.entityType,
      entityKey: e.entityKey,
      action: e.action,
      fromValue: e.from,
      toValue: e.to,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      actorRole: e.actor.role ?? null,
      reason: e.reason,
      at: e.at,
    })),
  );
}

/** An entity's history in the order it was written (oldest first). */
export async function listAudit(
  scope: OrgScope,
  entityType: AuditEntry['entityType'],
  entityKey: string,
): Promise<AuditEntry[]> {
  const rows = await scope.tx
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.orgId, scope.org.id),
        eq(auditEntries.entityType, entityType),
        eq(auditEntries.entityKey, entityKey),
      ),
    )
    .orderBy(asc(auditEntries.seq));
  return rows.map((r) => ({
    entityType: r.entityType as AuditEntry['entityType'],
    entityKey: r.entityKey,
    action: r.action as AuditEntry['action'],
    from: r.fromValue,
    to: r.toValue,
    actor: {
      kind: r.actorKind as AuditEntry['actor']['kind'],
      id: r.actorId,
      ...(r.actorRole ? { role: r.actorRole } : {}),
    },
    reason: r.reason,
    at: new Date(r.at).toISOString(),
  }));
}
