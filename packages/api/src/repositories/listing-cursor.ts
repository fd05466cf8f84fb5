import {
  DomainError,
  DomainErrorCode,
  type ListingListQuery,
  type ListingSortField,
} from '@estatekit/domain';
import { type SQL, sql } from 'drizzle-orm';
import { listings } from '../db/schema';
import type { sortColumns } from './listing-columns';

/**
 * Keyset pagination for `properties.list`: an opaque base64url cursor naming the sort it was
 * issued for, the last row's sort value and its listing key.
 */
export interface Cursor {
  f: ListingSortField;
  d: 'asc' | 'desc';
  v: string | number | null;
  k: string;
}

/** The opaque `nextCursor` string (base64url JSON) for a cursor. */
export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

/**
 * Reads a `cursor` input back. Throws `DomainError` VALIDATION_FAILED (issue at `cursor`) when it
 * is malformed or was issued for another sort field or direction.
 */
export function decodeCursor(text: string, sort: ListingListQuery['sort']): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (c.f === sort.field && c.d === sort.direction && typeof c.k === 'string') return c;
  } catch {}
  throw new DomainError(
    DomainErrorCode.ValidationFailed,
    'The cursor is not valid for this sort.',
    {
      context: { issues: [{ path: ['cursor'], message: 'not a cursor issued for this sort' }] },
      suggestion: 'Start again without a cursor, or use the nextCursor of the previous page.',
    },
  );
}

/** Rows after the cursor in `column direction NULLS LAST, listing_key direction` order. */
export function afterCursor(column: SQL | (typeof sortColumns)[ListingSortField], c: Cursor): SQL {
  const beyond = c.d === 'asc' ? sql`>` : sql`<`;
  if (c.v === null) return sql`(${column} is null and ${listings.listingKey} ${beyond} ${c.k})`;
  return sql`((${column} ${beyond} ${c.v}) or (${column} = ${c.v} and ${listings.listingKey} ${beyond} ${c.k}) or ${column} is null)`;
}
