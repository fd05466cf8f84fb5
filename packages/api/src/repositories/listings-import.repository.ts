import type { ListingCreate } from '@estatekit/domain';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { listings } from '../db/schema';
import { listingValues } from './listings.repository';
import type { OrgScope } from './org-scope';

type ValueKey = keyof ReturnType<typeof listingValues>;
const valueKeys = Object.keys(listingValues({} as ListingCreate)) as ValueKey[];

/** The columns an import writes besides org and ModificationTimestamp, with their SQL types. */
const imported = (['listingKey', ...valueKeys] as const).map((key) => {
  const column = getTableColumns(listings)[key];
  return { key, name: `"${column.name}"`, type: column.getSQLType() };
});
const names = (prefix: string, columns = imported) =>
  sql.raw(columns.map((c) => `${prefix}${c.name}`).join(', '));
const values = imported.slice(1);

/**
 * On a key the org already has: overwrite only when the incoming sale is not older than the
 * stored one (latest sale wins; an unknown close date on either side does not block it) and some
 * value differs, so an unchanged listing keeps its ModificationTimestamp.
 */
const onConflict = sql`on conflict ("org_id", "listing_key") do update
  set ${sql.raw(values.map((c) => `${c.name} = excluded.${c.name}`).join(', '))},
    "modification_timestamp" = excluded."modification_timestamp"
  where (l."close_date" is null or excluded."close_date" is null
      or excluded."close_date" >= l."close_date")
    and (${names('l.', values)}) is distinct from (${names('excluded.', values)})`;

/**
 * Listings per statement. The statement's text and parameter count do not depend on it (one
 * array per column); it bounds one message (~220 bytes per King County listing, at most a few KB
 * with long remarks) and one statement's work.
 */
const ROWS_PER_STATEMENT = 5_000;

/**
 * One `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE` for `rows`: each column travels as
 * one array parameter (both drivers serialize JS arrays, nulls included) and `unnest` zips the
 * arrays back into rows. Answers one row: how many listings were inserted, and how many written.
 */
function upsertStatement(
  orgId: string,
  at: string,
  rows: readonly (ListingCreate & { listingKey: string })[],
): SQL {
  const rowValues: Record<string, unknown>[] = rows.map(listingValues);
  const arrays = imported.map(({ key, type }) => {
    const column =
      key === 'listingKey' ? rows.map((r) => r.listingKey) : rowValues.map((v) => v[key]);
    return sql`${sql.param(column)}::${sql.raw(type)}[]`;
  });
  return sql`with written as (
    insert into listings as l ("org_id", ${names('')}, "modification_timestamp")
    select ${orgId}::uuid, ${names('t.')}, ${at}::timestamptz
    from unnest(${sql.join(arrays, sql`, `)}) as t(${names('')})
    ${onConflict}
    returning (l.xmax = 0) as inserted
  )
  select (count(*) filter (where inserted))::int as inserted, count(*)::int as written
  from written`;
}

/**
 * Upserts imported listings by (org, ListingKey): new keys are inserted; an existing listing is
 * overwritten only if the incoming sale is not older (latest sale wins: the incoming close date
 * is on or after the stored one, or either is unknown) and something actually differs, so
 * re-running an import changes nothing, not even ModificationTimestamp. `at` (ISO 8601) becomes
 * the ModificationTimestamp of inserted and changed listings. Returns how many listings were
 * inserted, updated and left unchanged.
 *
 * Runs in the scope's transaction (row-level security applies), one statement per 5,000
 * listings whatever the batch size. Keys must be distinct within one call: PostgreSQL refuses
 * to update a row twice in one statement, and the import plan keeps one listing per key.
 */
export async function upsertImportedListings(
  scope: OrgScope,
  rows: readonly (ListingCreate & { listingKey: string })[],
  at: string,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const counts = { inserted: 0, updated: 0, unchanged: rows.length };
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const result = await scope.tx.execute(upsertStatement(scope.org.id, at, batch));
    const [row] = (result as unknown as { rows: { inserted: number; written: number }[] }).rows;
    const written = row?.written ?? 0;
    const inserted = row?.inserted ?? 0;
    counts.inserted += inserted;
    counts.updated += written - inserted;
    counts.unchanged -= written;
  }
  return counts;
}
