import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type ApiKeyKind, generateApiKey, hashApiKey } from '../auth/api-key';
import type { StaffRole } from '../auth/roles';
import type { Database } from '../db/database';
import { apiKeys, organizations, users } from '../db/schema';
import type { Org, OrgScope } from './org-scope';

const orgColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  allowedOrigins: organizations.allowedOrigins,
  defaultCurrency: organizations.defaultCurrency,
  timeZone: organizations.timeZone,
};

/** A key resolved from its hash: its org and what it may do. */
export interface ResolvedApiKey {
  readonly keyId: string;
  readonly kind: ApiKeyKind;
  readonly role: StaffRole;
  /** The staff user the key acts as, if it was created for one. */
  readonly userId: string | null;
  readonly org: Org;
}

/**
 * Finds the live (not revoked) key whose SHA-256 is `keyHash`, with its org, through the
 * lookup policy of `api_keys`. Returns null for unknown or revoked keys.
 */
export async function resolveApiKey(
  database: Database,
  key: string,
): Promise<ResolvedApiKey | null> {
  const keyHash = hashApiKey(key);
  const found = await database.withLookup({ api_key_hash: keyHash }, (tx) =>
    tx
      .select({
        id: apiKeys.id,
        orgId: apiKeys.orgId,
        kind: apiKeys.kind,
        role: apiKeys.role,
        userId: apiKeys.userId,
      })
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt))),
  );
  const row = found[0];
  if (!row) return null;
  const org = await findOrgById(database, row.orgId);
  if (!org) return null;
  return {
    keyId: row.id,
    kind: row.kind as ApiKeyKind,
    role: row.role as StaffRole,
    userId: row.userId,
    org,
  };
}

/** The org with this id, read inside its own scope; null if none. */
export async function findOrgById(database: Database, orgId: string): Promise<Org | null> {
  const rows = await database.withOrg(orgId, (tx) =>
    tx.select(orgColumns).from(organizations).where(eq(organizations.id, orgId)),
  );
  return rows[0] ?? null;
}

/** The org with this slug (operator tools: CLI, demo); null if none. */
export async function findOrgBySlug(database: Database, slug: string): Promise<Org | null> {
  const rows = await database.withLookup({ org_slug: slug }, (tx) =>
    tx.select(orgColumns).from(organizations).where(eq(organizations.slug, slug)),
  );
  return rows[0] ?? null;
}

/**
 * Creates an organization. `allowedOrigins` are `scheme://host[:port]` strings; `timeZone` is the
 * IANA zone of its days and task due times (default UTC); `defaultCurrency` ISO 4217 (USD).
 */
export async function createOrg(
  database: Database,
  input: {
    slug: string;
    name: string;
    allowedOrigins?: string[];
    defaultCurrency?: string;
    timeZone?: string;
  },
): Promise<Org> {
  const id = randomUUID();
  const rows = await database.withOrg(id, (tx) =>
    tx
      .insert(organizations)
      .values({
        id,
        slug: input.slug,
        name: input.name,
        allowedOrigins: input.allowedOrigins ?? [],
        defaultCurrency: input.defaultCurrency ?? 'USD',
        timeZone: input.timeZone ?? 'UTC',
      })
      .returning(orgColumns),
  );
  return rows[0]!;
}

/** Replaces the org's allowed origins. */
export async function setAllowedOrigins(scope: OrgScope, origins: string[]): Promise<void> {
  await scope.tx
    .update(organizations)
    .set({ allowedOrigins: origins })
    .where(eq(organizations.id, scope.org.id));
}

/**
 * Creates an API key for the org and returns the key itself (shown once; only its hash is
 * stored). Publishable keys always carry the read-only role. `userId` makes a secret key act as
 * that staff user (an agent's key sees and moves that agent's leads).
 */
export async function createApiKey(
  scope: OrgScope,
  input: { kind: ApiKeyKind; name: string; role?: StaffRole; userId?: string | null },
): Promise<{ id: string; key: string; prefix: string; role: StaffRole }> {
  const { key, prefix, hash } = generateApiKey(input.kind);
  const role: StaffRole = input.kind === 'publishable' ? 'read_only' : (input.role ?? 'read_only');
  const rows = await scope.tx
    .insert(apiKeys)
    .values({
      orgId: scope.org.id,
      kind: input.kind,
      name: input.name,
      keyPrefix: prefix,
      keyHash: hash,
      role,
      userId: input.kind === 'secret' ? (input.userId ?? null) : null,
    })
    .returning({ id: apiKeys.id });
  return { id: rows[0]!.id, key, prefix, role };
}

/** Adds a staff user to the org. */
export async function createUser(
  scope: OrgScope,
  input: { email: string; name: string; role: StaffRole },
): Promise<{ id: string }> {
  const rows = await scope.tx
    .insert(users)
    .values({ orgId: scope.org.id, ...input })
    .returning({ id: users.id });
  return rows[0]!;
}

/** The org's staff user with this email (case-insensitive), or null. */
export async function findUserByEmail(
  scope: OrgScope,
  email: string,
): Promise<{ id: string; role: StaffRole } | null> {
  const rows = await scope.tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.orgId, scope.org.id), sql`lower(${users.email}) = lower(${email})`));
  const row = rows[0];
  return row ? { id: row.id, role: row.role as StaffRole } : null;
}

/**
 * Ids of every organization, for the scheduler only: read through the `scheduler` lookup policy
 * of `organizations` (see 0005_scheduler_lookup.sql). Each org's work then runs in its own scope.
 */
export async function allOrgIds(database: Database): Promise<string[]> {
  const rows = await database.withLookup({ job: 'scheduler' }, (tx) =>
    tx.select({ id: organizations.id }).from(organizations),
  );
  return rows.map((r) => r.id);
}

/** Every organization (see `allOrgIds`), for scheduled jobs that then work in each org's scope. */
export async function allOrgs(database: Database): Promise<Org[]> {
  const orgs: Org[] = [];
  for (const id of await allOrgIds(database)) {
    const org = await findOrgById(database, id);
    if (org) orgs.push(org);
  }
  return orgs;
}
