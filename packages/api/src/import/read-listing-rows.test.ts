import { describe, expect, it } from 'vitest';
import { defineColumnMappingProfile } from './column-mapping-profile';
import { ImportFileError } from './import-errors';
import { type ImportProgress, type ListingRow, readListingRows } from './read-listing-rows';

/** A customer's own spreadsheet: active listings, headers of their choosing. */
const acmeProfile = defineColumnMappingProfile({
  name: 'acme',
  description: 'Acme Realty listing sheet',
  currency: 'USD',
  columns: {
    listingId: 'MLS #',
    listPrice: { column: 'Price', parse: 'money' },
    bedroomsTotal: 'Beds',
    bathroomsTotalInteger: 'Baths',
    livingArea: 'Sq Ft',
    city: { column: 'Town', optional: true },
  },
  constants: { standardStatus: 'Active', propertyType: 'Residential' },
});

async function collect(text: string, onProgress?: (p: ImportProgress) => void) {
  const rows: ListingRow[] = [];
  for await (const row of readListingRows([text], acmeProfile, onProgress ? { onProgress } : {})) {
    rows.push(row);
  }
  return rows;
}

describe('given a customer file with custom headers', () => {
  const text =
    'MLS #,Price,Beds,Baths,Sq Ft,Town\n A-1 ,450000,3,2,1500,Kent\nA-2,1.2E+06,4,3,2200,\n';

  it('maps each column to its RESO field, keying listings by their MLS number', async () => {
    const rows = await collect(text);
    expect(rows).toMatchObject([
      {
        line: 2,
        listing: { listingKey: 'A-1', listingId: 'A-1', listPrice: 45_000_000, city: 'Kent' },
      },
      { line: 3, listing: { listingKey: 'A-2', listPrice: 120_000_000, city: null } },
    ]);
  });

  it('reads the CRLF version of the file identically', async () => {
    expect(await collect(text.replaceAll('\n', '\r\n'))).toEqual(await collect(text));
  });

  it('does without an optional column', async () => {
    const rows = await collect('MLS #,Price,Beds,Baths,Sq Ft\nA-1,450000,3,2,1500\n');
    expect(rows).toMatchObject([{ line: 2, listing: { city: null } }]);
  });

  it('reports progress with the final byte and row totals', async () => {
    const progress: ImportProgress[] = [];
    await collect(text, (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ bytes: Buffer.byteLength(text), rows: 2 });
  });
});

describe('given a header that lacks required columns', () => {
  it('fails before reading any row, listing every missing column', async () => {
    const rows = readListingRows(['MLS #,price,Baths\nA-1,450000,2\n'], acmeProfile);
    const error = await rows.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({
      problem: 'MISSING_COLUMNS',
      context: { missing: ['Price', 'Beds', 'Sq Ft'] },
      suggestion: 'column names are case-sensitive; rename price → Price',
    });
    expect((error as Error).message).toContain('Price, Beds, Sq Ft');
  });
});

describe('given a header that repeats a name, or no header at all', () => {
  it('refuses a repeated column name', async () => {
    await expect(collect('MLS #,Price,Beds,Baths,Sq Ft,Price\n')).rejects.toMatchObject({
      problem: 'DUPLICATE_COLUMNS',
      context: { duplicates: ['Price'] },
    });
  });

  it('refuses an empty file', async () => {
    await expect(collect('\r\n\r\n')).rejects.toMatchObject({ problem: 'EMPTY_FILE' });
  });
});

describe('given rows of the wrong width', () => {
  const text = [
    'MLS #,Price,Beds,Baths,Sq Ft,Town',
    'A-1,450000,3,2,1500',
    'A-2,450000,3,2,1500,Kent,extra',
    ',,,,,',
    'A-3,450000,3,2,1500,Kent',
  ].join('\r\n');

  it('reports each one by line and column, skips blank rows and reads the rest', async () => {
    expect(await collect(text)).toMatchObject([
      {
        line: 2,
        errors: [
          {
            line: 2,
            column: 'Town',
            value: '',
            reason: 'missing fields: the row has 5 fields, the header 6',
          },
        ],
      },
      {
        line: 3,
        errors: [
          {
            line: 3,
            column: '#7',
            value: 'extra',
            reason: 'extra fields: the row has 7 fields, the header 6',
          },
        ],
      },
      { line: 5, listing: { listingKey: 'A-3' } },
    ]);
  });
});
