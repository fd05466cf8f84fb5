import { type Actor, DomainError, DomainErrorCode } from '@estatekit/domain';
import { type ImportProfile, type ImportReport, importListings } from '../import';
import type { CsvSource } from '../import/read-csv-records';
import type { ImportProgress } from '../import/read-listing-rows';
import { appendAudit } from '../repositories/audit.repository';
import { upsertImportedListings } from '../repositories/listings-import.repository';
import type { OrgScope } from '../repositories/org-scope';

/**
 * Listings per `upsertImportedListings` call (the importer's own default is 500). The upsert
 * sends one array per column, so its statement stays the same size in text and parameters
 * however many listings it carries: larger batches only mean fewer round trips.
 */
export const IMPORT_BATCH_SIZE = 5_000;

/**
 * Imports a CSV of listings into the scope's org, inside the scope's transaction: upserts by
 * ListingKey (latest sale wins, unchanged rows untouched) and appends one `import` audit entry.
 * Returns the report; a `rejected` report (bad rows, no `skipInvalid`) wrote nothing.
 * `at` (ISO 8601) becomes the ModificationTimestamp of inserted and changed listings.
 */
export async function runListingImport(
  scope: OrgScope,
  input: {
    source: CsvSource;
    profile: ImportProfile;
    skipInvalid: boolean;
    actor: Actor;
    at: string;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<ImportReport> {
  const report = await importListings({
    source: input.source,
    profile: input.profile,
    skipInvalid: input.skipInvalid,
    batchSize: IMPORT_BATCH_SIZE,
    writer: { upsertMany: (rows) => upsertImportedListings(scope, rows, input.at) },
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  if (report.status === 'imported') {
    await appendAudit(scope, [
      {
        entityType: 'listing',
        entityKey: `import:${report.profile}`,
        action: 'import',
        from: null,
        to: null,
        actor: input.actor,
        reason: `${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped`,
        at: input.at,
      },
    ]);
  }
  return report;
}

/**
 * The refusal for a rejected import: VALIDATION_FAILED whose issues point at each bad cell as
 * `["line 12", "price"]`, with the full report in `context.report`.
 */
export function rejectedImportError(report: ImportReport): DomainError {
  return new DomainError(
    DomainErrorCode.ValidationFailed,
    `${report.invalid} of ${report.rows} rows are invalid; nothing was imported.`,
    {
      context: {
        report,
        issues: report.errors.map((e) => ({
          path: [`line ${e.line}`, e.column],
          message: `${e.reason} (value: "${e.value}")`,
        })),
      },
      suggestion: 'Fix the rows listed, or import again with skipInvalid to leave them out.',
    },
  );
}
