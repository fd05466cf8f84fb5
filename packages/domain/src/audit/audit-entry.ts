import { z } from 'zod';

/** Who did something: a staff user, an API key, or the system (imports, scheduled jobs). */
export interface Actor {
  readonly kind: 'user' | 'api_key' | 'system';
  readonly id: string;
  readonly role?: string;
}

/**
 * One status change in an entity's history (DESIGN rule 3: who, when, from, to, why).
 * `at` is an ISO 8601 instant supplied by the caller's clock.
 */
export interface AuditEntry {
  readonly entityType: 'listing' | 'lead' | 'lease';
  readonly entityKey: string;
  readonly action: 'status_change' | 'create' | 'update' | 'import';
  readonly from: string | null;
  readonly to: string | null;
  readonly actor: Actor;
  readonly reason: string | null;
  readonly at: string;
}

/**
 * An `AuditEntry` on the wire (the output of history procedures). `at` is an ISO 8601 instant.
 */
export const auditEntrySchema = z.object({
  entityType: z.enum(['listing', 'lead', 'lease']),
  entityKey: z.string(),
  action: z.enum(['status_change', 'create', 'update', 'import']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  actor: z.object({
    kind: z.enum(['user', 'api_key', 'system']),
    id: z.string(),
    role: z.string().optional(),
  }),
  reason: z.string().nullable(),
  at: z.string(),
}) satisfies z.ZodType<AuditEntry>;
