/**
 * Serializes imported listings to PostgreSQL COPY text format for the import baseline: the same
 * columns the importer writes (`org_id`, `listing_key`, every column of `listingValues` under its
 * schema name, `modification_timestamp`), tab-separated, `\N` for NULL, `t`/`f` for booleans,
 * and backslash, tab, newline and carriage return escaped as COPY text requires
 * (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format").
 */
import { type ImportedListing, listings, listingValues } from './api-internals';

type ValueKey = keyof ReturnType<typeof listingValues>;

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One COPY text cell. */
export function copyCell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return String(value).replace(/[\\\t\n\r]/g, (c) => escapes[c]!);
}

/**
 * COPY text of `rows` for org `orgId` with ModificationTimestamp `at` (ISO 8601), and the
 * column list it fills, in order. Throws on an empty list (no row to take the columns from).
 */
export function toCopyText(orgId: string, rows: readonly ImportedListing[], at: string) {
  if (rows.length === 0) throw new Error('nothing to copy');
  const keys = Object.keys(listingValues(rows[0]!)) as ValueKey[];
  const columns = [
    'org_id',
    'listing_key',
    ...keys.map((key) => listings[key].name),
    'modification_timestamp',
  ];
  const lines = rows.map((row) => {
    const values = listingValues(row) as Record<ValueKey, unknown>;
    return [orgId, row.listingKey, ...keys.map((key) => values[key]), at].map(copyCell).join('\t');
  });
  return { columns, text: `${lines.join('\n')}\n` };
}
