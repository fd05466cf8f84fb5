import {
  type CurrencyCode,
  DomainError,
  DomainErrorCode,
  minorUnitDigits,
} from '@estatekit/domain';
import type { ParseResult, ValueParser } from './field-parsers';
import type { ImportedListing, ImportProfile, MapResult, RowError } from './import-profile';
import {
  type FieldKind,
  kindParsers,
  type ListingField,
  listingFieldKinds,
} from './listing-fields';
import { validateListing } from './validate-listing';

/**
 * Where one field comes from. `column` is the header name as written in the file; `parse`
 * overrides the field's default kind (or is your own `ValueParser`); `optional: true` lets the
 * header lack the column (the field is then left empty). Columns are required by default so a
 * misspelt header fails the whole file instead of silently emptying a field.
 */
export interface ColumnSpec {
  column: string;
  parse?: FieldKind | ValueParser;
  optional?: boolean;
}

/**
 * A profile described as data. `columns` maps listing fields to header names (a plain string is
 * `{ column }`); one column may feed several fields. `constants` fills fields the file does not
 * carry (e.g. every row is `standardStatus: 'Closed'`). A row without a `listingKey` (no such
 * column, or an empty cell) is keyed by its `listingId`. `currency` (ISO 4217, default `USD`) applies to every
 * money cell.
 */
export interface ColumnMappingConfig {
  name: string;
  description: string;
  currency?: CurrencyCode;
  columns: { [F in ListingField]?: string | ColumnSpec };
  constants?: { [F in ListingField]?: string | number | boolean | null };
}

interface FieldMapping {
  field: ListingField;
  column: string;
  optional: boolean;
  parse: ValueParser;
}

/** Fields read from the same column with the same parser, so the cell is parsed once. */
interface CellReader {
  column: string;
  parse: ValueParser;
  fields: ListingField[];
}

function groupByCell(mappings: FieldMapping[]): CellReader[] {
  const readers: CellReader[] = [];
  for (const { field, column, parse } of mappings) {
    const same = readers.find((r) => r.column === column && r.parse === parse);
    if (same) same.fields.push(field);
    else readers.push({ column, parse, fields: [field] });
  }
  return readers;
}

function invalidProfile(name: string, message: string): DomainError {
  return new DomainError(DomainErrorCode.ValidationFailed, `import profile "${name}": ${message}`, {
    context: { profile: name },
  });
}

function compileMappings(config: ColumnMappingConfig): FieldMapping[] {
  const mappings: FieldMapping[] = [];
  for (const [field, spec] of Object.entries(config.columns) as [
    ListingField,
    string | ColumnSpec,
  ][]) {
    const { column, parse, optional = false } = typeof spec === 'string' ? { column: spec } : spec;
    if (column.trim() === '') {
      throw invalidProfile(config.name, `field ${field} has an empty column name`);
    }
    if (config.constants && field in config.constants) {
      throw invalidProfile(config.name, `field ${field} is both a column and a constant`);
    }
    const parser =
      typeof parse === 'function' ? parse : kindParsers[parse ?? listingFieldKinds[field]];
    mappings.push({ field, column: column.trim(), optional, parse: parser });
  }
  if (!mappings.some((m) => m.field === 'listingId')) {
    throw invalidProfile(config.name, 'listingId must come from a column');
  }
  return mappings;
}

/** zod's sentence, lower-cased to read like the cell parsers' reasons. */
function asReason(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** One error per column and reason, in the order the columns appear in the file. */
function tidy(errors: RowError[], record: Readonly<Record<string, string>>): RowError[] {
  const seen = new Set<string>();
  const columns = Object.keys(record);
  const position = (column: string) => {
    const at = columns.indexOf(column);
    return at === -1 ? columns.length : at;
  };
  return errors
    .filter((e) => {
      const key = `${e.column}\u0000${e.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => position(a.column) - position(b.column));
}

/**
 * Builds an `ImportProfile` from a column mapping, so a file with RESO-named or custom headers
 * can be imported without code: `defineColumnMappingProfile({ name: 'acme', description: '…',
 * columns: { listingId: 'MLS #', listPrice: { column: 'Price', parse: 'money' } }, constants:
 * { standardStatus: 'Active', propertyType: 'Residential' } })`.
 *
 * Each record is read cell by cell (empty cells stay empty), then the whole listing is checked
 * with the domain's `listingCreateInput`; zod issues are reported against the CSV column that
 * fed the field, so a row gets every problem at once. Throws `DomainError` (VALIDATION_FAILED)
 * when the config itself is wrong (no `listingId` column, a field both mapped and constant, an
 * empty column name) and `MoneyError` for a currency that is not ISO 4217.
 */
export function defineColumnMappingProfile(config: ColumnMappingConfig): ImportProfile {
  const currency = config.currency ?? 'USD';
  minorUnitDigits(currency);
  const mappings = compileMappings(config);
  const readers = groupByCell(mappings);
  const constants = config.constants ?? {};
  const keyFallback = !('listingKey' in constants);
  const columnOf = new Map<string, string>();
  for (const m of mappings) if (!columnOf.has(m.field)) columnOf.set(m.field, m.column);
  const requiredColumns = [...new Set(mappings.filter((m) => !m.optional).map((m) => m.column))];
  const constantEntries = Object.entries(constants);
  const context = Object.freeze({ currency });

  function mapRecord(record: Readonly<Record<string, string>>, line: number): MapResult {
    const errors: RowError[] = [];
    const failed = new Set<string>();
    // Filled key by key from `{}`: V8 keeps such an object fast, whereas a spread copy of the
    // constants, extended field by field, fell back to slow properties (a third of an import).
    const draft: Record<string, unknown> = {};
    for (const [field, value] of constantEntries) draft[field] = value;
    draft.currency = currency;
    for (const { column, parse, fields } of readers) {
      const text = record[column];
      if (text === undefined || text.trim() === '') continue;
      const result: ParseResult<unknown> = parse(text, context);
      if (result.ok) for (const field of fields) draft[field] = result.value;
      else {
        for (const field of fields) failed.add(field);
        errors.push({ line, column, value: text, reason: result.reason });
      }
    }
    // Without a key of its own (no column, or an empty cell), a listing is keyed by its id.
    if (keyFallback && draft.listingKey === undefined && typeof draft.listingId === 'string') {
      draft.listingKey = draft.listingId;
    }
    const checked = validateListing(draft);
    // listingId is required and the fallback above copies it, so a valid listing has a key.
    if (checked.success && errors.length === 0) {
      return { line, listing: checked.data as ImportedListing };
    }
    const report = (field: string, reason: string) => {
      if (failed.has(field)) return;
      const column = columnOf.get(field) ?? (field === '' ? '(row)' : `(${field})`);
      const value = record[column] ?? (field in constants ? String(draft[field]) : '');
      errors.push({ line, column, value, reason });
    };
    for (const issue of checked.error?.issues ?? []) {
      if (issue.code === 'unrecognized_keys') {
        const kind = String(draft.propertyType);
        for (const key of issue.keys) {
          report(key, `does not apply to a ${kind} listing; leave it empty`);
        }
        continue;
      }
      const field = String(issue.path[0] ?? '');
      const empty = field !== '' && draft[field] === undefined;
      report(field, empty ? 'required, but the cell is empty' : asReason(issue.message));
    }
    return { errors: tidy(errors, record) };
  }

  return {
    name: config.name,
    description: config.description,
    currency,
    requiredColumns,
    mapRecord,
  };
}
