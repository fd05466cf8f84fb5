import { DomainError, DomainErrorCode } from '@estatekit/domain';
import type { ImportedListing, ImportProfile } from './import-profile';
import type { ImportReport } from './import-report.schema';
import { planImport } from './plan-import';
import { getProfile, type ProfileName } from './profiles/profile-registry';
import type { CsvSource } from './read-csv-records';
import { type ImportProgress, readListingRows } from './read-listing-rows';

/** What one `upsertMany` call did: listings created, changed, and found identical. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Persistence behind the import, keyed by `listingKey` (within the caller's org). The import
 * never opens transactions: run `importListings` inside one and roll it back if it throws, so
 * a failed import leaves nothing behind. Listings arrive validated (`listingCreateInput`).
 */
export interface ListingWriter {
  upsertMany(listings: ImportedListing[]): Promise<WriteCounts>;
}

/** Arguments of `importListings`. */
export interface ImportListingsOptions {
  /** The CSV bytes (stream, iterable of chunks, or string). */
  source: CsvSource;
  /** A profile, or the name of a built-in one (`kc`, `reso`). */
  profile: ImportProfile | ProfileName;
  writer: ListingWriter;
  /** Import the good rows when some are bad (default false: any bad row → nothing written). */
  skipInvalid?: boolean;
  /** Reading progress, see `readListingRows`. */
  onProgress?(progress: ImportProgress): void;
  /** Listings per `upsertMany` call; a positive integer, default 500. */
  batchSize?: number;
  /** Most row errors returned in the report; the rest are counted in `errorsTruncated`. Default 1,000. */
  maxErrors?: number;
}

function positiveInteger(name: string, value: number, minimum: number): number {
  if (Number.isInteger(value) && value >= minimum) return value;
  throw new DomainError(
    DomainErrorCode.ValidationFailed,
    `${name} must be an integer ≥ ${minimum}`,
    {
      context: { [name]: value },
    },
  );
}

/**
 * Imports a CSV file: reads it through the profile, plans it (one listing per `listingKey`, the
 * latest sale winning), then hands the listings to `writer.upsertMany` in batches, in file order.
 *
 * When any row is bad and `skipInvalid` is not set, the writer is never called and the report
 * comes back `rejected` with the bad rows (line, column, value, reason): a file is imported
 * whole or not at all (DESIGN rule 4). With `skipInvalid`, the bad rows are left out and counted
 * in `skipped`.
 *
 * Throws `ImportFileError` for a file that cannot be read at all (empty, missing or duplicate
 * columns, broken quoting) — before anything is written, since the whole file is read first —
 * `DomainError` (VALIDATION_FAILED) for an unknown profile name or a bad `batchSize`/`maxErrors`,
 * and whatever the writer throws (batches already written are then the caller's to roll back).
 */
export async function importListings(options: ImportListingsOptions): Promise<ImportReport> {
  const { source, writer, skipInvalid = false, onProgress } = options;
  const batchSize = positiveInteger('batchSize', options.batchSize ?? 500, 1);
  const maxErrors = positiveInteger('maxErrors', options.maxErrors ?? 1000, 0);
  const profile =
    typeof options.profile === 'string' ? getProfile(options.profile) : options.profile;

  const plan = await planImport(readListingRows(source, profile, onProgress ? { onProgress } : {}));
  const rejected = plan.counts.invalid > 0 && !skipInvalid;
  const written: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (!rejected) {
    for (let start = 0; start < plan.listings.length; start += batchSize) {
      const batch = plan.listings.slice(start, start + batchSize).map((row) => row.listing);
      const counts = await writer.upsertMany(batch);
      written.inserted += counts.inserted;
      written.updated += counts.updated;
      written.unchanged += counts.unchanged;
    }
  }
  return {
    profile: profile.name,
    status: rejected ? 'rejected' : 'imported',
    ...plan.counts,
    ...written,
    skipped: rejected ? 0 : plan.counts.invalid,
    errors: plan.errors.slice(0, maxErrors),
    errorsTruncated: Math.max(0, plan.errors.length - maxErrors),
  };
}
