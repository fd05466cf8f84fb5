/**
 * The SQL `properties.list` really sends, captured from the driver, and the same statements
 * replayed without the API. Capture: `pg.Client.prototype.query` is wrapped while one request
 * runs through the router in-process, and the statements of its last transaction (the listing
 * transaction: `begin`, `set_config('estatekit.org_id', …, true)`, the page query, the count
 * query, `commit`) are kept with their parameters, exactly as Drizzle produced them. Replaying
 * that transaction on one connection of the same non-superuser role applies the same row-level
 * security and the same plans, so the difference is what the API adds on top of the database.
 */
import type { Database } from '@estatekit/api';
import type { ListingListInput } from '@estatekit/domain';
import pg from 'pg';
import { callerFor } from './api-internals';

/** One statement with its parameters. `kind` says what its result is. */
export interface Statement {
  text: string;
  values: unknown[];
  kind: 'control' | 'rows' | 'total';
}

/** The listing transaction of one `properties.list` call, for the org `orgId`. */
export interface ListSql {
  orgId: string;
  statements: Statement[];
}

function kindOf(text: string): Statement['kind'] {
  if (!/from "listings"/i.test(text)) return 'control';
  return /count\(/i.test(text) ? 'total' : 'rows';
}

/**
 * Runs `properties.list(input)` with `secretKey` against `database` (PostgreSQL) and returns the
 * statements of its listing transaction. Throws if none were seen.
 */
export async function captureListSql(
  database: Database,
  secretKey: string,
  orgId: string,
  input: ListingListInput,
): Promise<ListSql> {
  const seen: { text: string; values: unknown[] }[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (
    this: pg.Client,
    config: unknown,
    values?: unknown,
    ...rest: unknown[]
  ) {
    const text = typeof config === 'string' ? config : (config as { text: string }).text;
    const params = Array.isArray(values)
      ? values
      : ((config as { values?: unknown[] }).values ?? []);
    seen.push({ text, values: [...params] });
    return (original as (...args: unknown[]) => unknown).call(this, config, values, ...rest);
  } as typeof original;
  try {
    await callerFor(database, secretKey).properties.list(input);
  } finally {
    pg.Client.prototype.query = original;
  }
  const begin = seen.findLastIndex((s) => /^\s*begin/i.test(s.text));
  const statements = seen.slice(begin).map((s) => ({ ...s, kind: kindOf(s.text) }));
  if (begin < 0 || !statements.some((s) => s.kind === 'rows')) {
    throw new Error('captured no listing query for properties.list');
  }
  return { orgId, statements };
}

/** `sql` with every parameter equal to its org id replaced by `orgId` (another database's org). */
export function forOrg(sql: ListSql, orgId: string): ListSql {
  const swap = (v: unknown) => (v === sql.orgId ? orgId : v);
  return { orgId, statements: sql.statements.map((s) => ({ ...s, values: s.values.map(swap) })) };
}

/** What the replayed listing transaction returned: the page's rows and the total. */
export interface ListResult {
  items: unknown[];
  total: number;
}

/** Replays the listing transaction on `client` (a pg client or pool member), in order. */
export async function replayListSql(
  client: { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> },
  sql: ListSql,
): Promise<ListResult> {
  const result: ListResult = { items: [], total: 0 };
  for (const statement of sql.statements) {
    const { rows } = await client.query(statement.text, statement.values);
    if (statement.kind === 'rows') result.items = rows;
    if (statement.kind === 'total') {
      const first = rows[0] as Record<string, unknown> | unknown[] | undefined;
      result.total = Number(Array.isArray(first) ? first[0] : Object.values(first ?? {})[0]);
    }
  }
  return result;
}
