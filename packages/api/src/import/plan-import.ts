import type { MappedRow, RowError } from './import-profile';
import type { ListingRow } from './read-listing-rows';

/**
 * What a file holds. `rows`: data rows read (`valid + invalid`). `distinct`: listings left after
 * keeping one row per `listingKey`. `repeatSaleRows`: valid rows superseded by a later row of the
 * same key (`valid - distinct`), e.g. a parcel sold again within the year.
 * `repeatSaleParcels`: keys that occur on more than one valid row.
 */
export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  distinct: number;
  repeatSaleRows: number;
  repeatSaleParcels: number;
}

/**
 * The outcome of reading a whole file, before anything is written: one row per `listingKey` (the
 * latest, see `isLaterRow`) in file order, the counts, and every row error in file order.
 */
export interface ImportPlan {
  listings: MappedRow[];
  counts: ImportCounts;
  errors: RowError[];
}

/**
 * Whether `candidate` supersedes `current` for the same key: the later `closeDate` (ISO dates
 * compare as text) wins; a row with a close date beats one without; on equal dates the row
 * further down the file wins, as the newer fact in a file appended to over time.
 */
export function isLaterRow(candidate: MappedRow, current: MappedRow): boolean {
  const candidateDate = candidate.listing.closeDate ?? '';
  const currentDate = current.listing.closeDate ?? '';
  if (candidateDate !== currentDate) return candidateDate > currentDate;
  return candidate.line > current.line;
}

/**
 * Collects rows (from `readListingRows`, or any iterable of them) into an `ImportPlan`,
 * deduplicating by `listingKey` with the latest sale winning (`isLaterRow`), whatever order the
 * rows arrive in. Pure: reads the rows once, writes nothing, throws only what the rows' source
 * throws (e.g. `ImportFileError`).
 */
export async function planImport(
  rows: AsyncIterable<ListingRow> | Iterable<ListingRow>,
): Promise<ImportPlan> {
  const latest = new Map<string, MappedRow>();
  const occurrences = new Map<string, number>();
  const errors: RowError[] = [];
  let total = 0;
  let invalid = 0;
  for await (const row of rows) {
    total++;
    if ('errors' in row) {
      invalid++;
      errors.push(...row.errors);
      continue;
    }
    const key = row.listing.listingKey;
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    const current = latest.get(key);
    if (current === undefined || isLaterRow(row, current)) latest.set(key, row);
  }
  const listings = [...latest.values()].sort((a, b) => a.line - b.line);
  const valid = total - invalid;
  let repeatSaleParcels = 0;
  for (const count of occurrences.values()) if (count > 1) repeatSaleParcels++;
  errors.sort((a, b) => a.line - b.line);
  return {
    listings,
    counts: {
      rows: total,
      valid,
      invalid,
      distinct: listings.length,
      repeatSaleRows: valid - listings.length,
      repeatSaleParcels,
    },
    errors,
  };
}
