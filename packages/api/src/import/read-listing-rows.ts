import { ImportFileError, ImportFileProblem } from './import-errors';
import type { ImportProfile, MappedRow, RowError, RowFailure } from './import-profile';
import { type CsvSource, readCsvRecords } from './read-csv-records';

/** One data row of a file: a listing, or every problem found in it. */
export type ListingRow = MappedRow | RowFailure;

/** Reading progress: `bytes` of the file parsed so far, `rows` data rows read (header excluded). */
export interface ImportProgress {
  bytes: number;
  rows: number;
}

/** Options of `readListingRows`. */
export interface ReadListingRowsOptions {
  /** Called every `progressEvery` rows and once at the end with the totals. */
  onProgress?(progress: ImportProgress): void;
  /** Rows between two progress calls; default 1,000. */
  progressEvery?: number;
}

function readHeader(fields: string[], profile: ImportProfile): string[] {
  const header = fields.map((name) => name.trim());
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of header) {
    if (name === '') continue;
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  if (duplicates.size > 0) {
    throw new ImportFileError(
      ImportFileProblem.DuplicateColumns,
      `the header repeats column(s) ${[...duplicates].join(', ')}`,
      {
        context: { line: 1, duplicates: [...duplicates] },
        suggestion: 'give every column a distinct name',
      },
    );
  }
  const missing = profile.requiredColumns.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    const nearMisses = missing.flatMap((column) =>
      header
        .filter((name) => name.toLowerCase() === column.toLowerCase())
        .map((name) => `${name} → ${column}`),
    );
    throw new ImportFileError(
      ImportFileProblem.MissingColumns,
      `the header lacks column(s) required by profile "${profile.name}": ${missing.join(', ')}`,
      {
        context: { line: 1, missing, found: header },
        suggestion:
          nearMisses.length > 0
            ? `column names are case-sensitive; rename ${nearMisses.join(', ')}`
            : `add the missing columns, or choose a profile that matches this file`,
      },
    );
  }
  return header;
}

function columnCountError(line: number, fields: string[], header: string[]): RowError {
  const widths = `the row has ${fields.length} fields, the header ${header.length}`;
  if (fields.length < header.length) {
    return {
      line,
      column: header[fields.length] ?? '',
      value: '',
      reason: `missing fields: ${widths}`,
    };
  }
  const value = fields[header.length] ?? '';
  return { line, column: `#${header.length + 1}`, value, reason: `extra fields: ${widths}` };
}

/**
 * Streams the data rows of a CSV file as listings, through `profile`. The first record is the
 * header (names trimmed); it must hold every `profile.requiredColumns` entry. Each later record
 * becomes `{ line, listing }` or `{ line, errors }`, where `line` is the 1-based line the record
 * starts on. A record whose width differs from the header's is one error (the fields cannot be
 * matched to columns); a record whose cells are all blank (`,,,`) is not a row and is skipped.
 *
 * Throws `ImportFileError` before the first row when the file is empty (EMPTY_FILE), the header
 * repeats a name (DUPLICATE_COLUMNS) or lacks required columns (MISSING_COLUMNS, all of them
 * listed in `context.missing`), and mid-file for broken quoting (MALFORMED_CSV).
 */
export async function* readListingRows(
  input: CsvSource,
  profile: ImportProfile,
  options: ReadListingRowsOptions = {},
): AsyncGenerator<ListingRow, void, undefined> {
  const { onProgress, progressEvery = 1000 } = options;
  let header: string[] | undefined;
  let rows = 0;
  let bytes = 0;
  for await (const { fields, line, bytes: end } of readCsvRecords(input)) {
    bytes = end;
    if (header === undefined) {
      header = readHeader(fields, profile);
      continue;
    }
    if (fields.every((field) => field.trim() === '')) continue;
    rows++;
    if (fields.length !== header.length) {
      yield { line, errors: [columnCountError(line, fields, header)] };
    } else {
      const record: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name !== '') record[name] = fields[i] ?? '';
      });
      const mapped = profile.mapRecord(record, line);
      yield 'errors' in mapped ? { line, errors: mapped.errors } : mapped;
    }
    if (onProgress && rows % progressEvery === 0) onProgress({ bytes, rows });
  }
  if (header === undefined) {
    throw new ImportFileError(ImportFileProblem.EmptyFile, 'the file is empty: no header line', {
      context: { line: 1 },
      suggestion: `the first line must name the columns, e.g. ${profile.requiredColumns.slice(0, 3).join(',')}`,
    });
  }
  onProgress?.({ bytes, rows });
}
