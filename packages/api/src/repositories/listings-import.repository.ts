import type { ListingCreate } from '@estatekit/domain';
import { getTableColumns, sql } from 'drizzle-orm';
import { listings } from '../db/schema';
import { listingValues } from './listings.repository';
import type { OrgScope } from './org-scope';

const columns = getTableColumns(listings);
type ValueKey = keyof ReturnType<typeof listingValues>;
const valueKeys = Object.keys(listingValues({} as ListingCreate)) as ValueKey[];

/** `excluded.<col>` for each imported column, to compare and copy on conflict. */
const excluded = (key: ValueKey) => sql.raw(`excluded."${columns[key].name}"`);

/**
 * Upserts imported listings by (org, ListingKey) in one statement: new keys are inserted; an
 * existing listing is overwritten only if the incoming sale is not older (latest sale wins) and
 * something actually differs, so re-running an import changes nothing, not even
 * ModificationTimestamp. Returns how many rows were inserted, updated and left unchanged.
 */
export async function upsertImportedListings(
  scope: OrgScope,
  rows: readonly (ListingCreate & { listingKey: string })[],
  at: string,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const set = Object.fromEntries(valueKeys.map((key) => [key, excluded(key)]));
  const current = sql.join(
    valueKeys.map((key) => sql`${listings[key]}`),
    sql`, `,
  );
  const incoming = sql.join(valueKeys.map(excluded), sql`, `);
  const result = await scope.tx
    .insert(listings)
    .values(
      rows.map((row) => ({
        orgId: scope.org.id,
        listingKey: row.listingKey,
        ...listingValues(row),
        modificationTimestamp: at,
      })),
    )
    .onConflictDoUpdate({
      target: [listings.orgId, listings.listingKey],
      set: { ...set, modificationTimestamp: at },
      setWhere: sql`(${listings.closeDate} is null or excluded.close_date is null or excluded.close_date >= ${listings.closeDate})
        and (${current}) is distinct from (${incoming})`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = result.filter((r) => r.inserted).length;
  const updated = result.length - inserted;
  return { inserted, updated, unchanged: rows.length - result.length };
}
