import type { CurrencyCode, ListingCreate } from '@estatekit/domain';

/**
 * A listing ready to be written: the domain's validated `ListingCreate` (prices in integer minor
 * units of `currency`, dates `YYYY-MM-DD`, areas in square feet) with the `listingKey` that
 * identifies it across imports made mandatory.
 */
export type ImportedListing = ListingCreate & { listingKey: string };

/**
 * One problem with one cell. `line` is the 1-based line of the file on which the record starts
 * (the header is line 1; a quoted field spanning lines does not shift later rows); `column` is
 * the CSV header name (or `#n` for a field beyond the header's width); `value` is the cell as
 * written; `reason` says what is wrong with it in words a spreadsheet user understands.
 */
export interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}

/** A record that became a listing. `line` is where the record starts in the file. */
export interface MappedRow {
  listing: ImportedListing;
  line: number;
}

/** A record that could not become a listing, with every problem found in it (at least one). */
export interface RowFailure {
  line: number;
  errors: RowError[];
}

/** What a profile makes of one record: a listing, or every problem found (at least one). */
export type MapResult = MappedRow | { errors: RowError[] };

/**
 * How to read one kind of file (a county export, a RESO feed, a customer's own spreadsheet).
 *
 * - `name`: registry key, e.g. `kc`; `description`: one sentence for people choosing a profile.
 * - `currency`: ISO 4217 code of every amount in the file.
 * - `requiredColumns`: header names that must be present, checked before any row is read.
 * - `mapRecord(record, line)`: turns one record (header name → cell text, exactly as written) into
 *   a listing, or into every `RowError` found. It never throws for bad data; `line` is only used
 *   to fill in the result.
 */
export interface ImportProfile {
  readonly name: string;
  readonly description: string;
  readonly currency: CurrencyCode;
  readonly requiredColumns: readonly string[];
  mapRecord(record: Readonly<Record<string, string>>, line: number): MapResult;
}

/** True when a mapped record or a row read from a file carries errors instead of a listing. */
export function isRowFailure<T extends MapResult>(row: T): row is Exclude<T, MappedRow> {
  return 'errors' in row;
}
