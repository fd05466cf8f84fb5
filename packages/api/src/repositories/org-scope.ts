import type { Database, Tx } from '../db/database';

/** An organization as requests see it. */
export interface Org {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly allowedOrigins: readonly string[];
  readonly defaultCurrency: string;
  readonly timeZone: string;
}

declare const scoped: unique symbol;

/**
 * Proof that a transaction runs with `org` set for row-level security. Every repository
 * function takes one as its first argument, so an unscoped query does not type-check. Only
 * `inOrg` makes one.
 */
export interface OrgScope {
  readonly org: Org;
  readonly tx: Tx;
  readonly [scoped]: true;
}

/** Runs `fn` in one transaction scoped to `org` (see `Database.withOrg`). */
export function inOrg<T>(database: Database, org: Org, fn: (scope: OrgScope) => Promise<T>) {
  return database.withOrg(org.id, (tx) => fn({ org, tx } as OrgScope));
}
