import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-errors';
import { importListings, type ListingWriter } from './import-listings';
import type { ImportedListing } from './import-profile';
import { importReportSchema } from './import-report.schema';

const HEADER =
  'id,date,year,month,month_year,price,bedrooms,bathrooms,sqft_living,sqft_lot,floors,waterfront,view,condition,grade,sqft_above,sqft_basement,yr_built,yr_renovated,zipcode,lat,long,sqft_living15,sqft_lot15';

/** A King County row; `price` and `date` are the cells the tests vary. */
function kcRow(id: string, date = '20141013T000000', price = '221900'): string {
  return `${id},${date},2014,10,10/2014,${price},3,1,1180,5650,1,0,0,3,7,1180,0,1955,0,98178,47.5112,-122.257,1340,5650`;
}

/** A writer that records what it is given and inserts everything. */
function recordingWriter(): ListingWriter & { batches: ImportedListing[][] } {
  const batches: ImportedListing[][] = [];
  return {
    batches,
    async upsertMany(listings) {
      batches.push(listings);
      return { inserted: listings.length, updated: 0, unchanged: 0 };
    },
  };
}

describe('given a King County file with a bad price and a bad date', () => {
  const file = [
    HEADER,
    kcRow('1000102'),
    kcRow('1000103', '20141013T000000', '22l900'),
    kcRow('1000104', '20141399T000000'),
    kcRow('1000105', '20150527T000000', '1.19E+06'),
  ].join('\r\n');
  const badRows = [
    { line: 3, column: 'price', value: '22l900', reason: 'not a decimal amount' },
    {
      line: 4,
      column: 'date',
      value: '20141399T000000',
      reason: 'not a real calendar date (there is no month 13)',
    },
  ];

  it('rejects the import without calling the writer, listing every bad cell', async () => {
    const writer = recordingWriter();
    const report = await importListings({ source: [file], profile: 'kc', writer });
    expect(writer.batches).toEqual([]);
    expect(report).toEqual({
      profile: 'kc',
      status: 'rejected',
      rows: 4,
      valid: 2,
      invalid: 2,
      distinct: 2,
      repeatSaleRows: 0,
      repeatSaleParcels: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: badRows,
      errorsTruncated: 0,
    });
    expect(importReportSchema.parse(report)).toEqual(report);
  });

  it('with skipInvalid, writes exactly the good rows and counts the bad ones as skipped', async () => {
    const writer = recordingWriter();
    const report = await importListings({
      source: [file],
      profile: 'kc',
      writer,
      skipInvalid: true,
    });
    expect(writer.batches.flat().map((l) => [l.listingKey, l.closePrice])).toEqual([
      ['1000102', 22_190_000],
      ['1000105', 119_000_000],
    ]);
    expect(report).toMatchObject({ status: 'imported', inserted: 2, skipped: 2, errors: badRows });
  });
});

describe('given a file missing a column or with a short row', () => {
  it('refuses a header without price before writing anything', async () => {
    const writer = recordingWriter();
    const file = `${HEADER.replace(',price', '')}\n${kcRow('1').replace(',221900', '')}\n`;
    await expect(importListings({ source: [file], profile: 'kc', writer })).rejects.toBeInstanceOf(
      ImportFileError,
    );
    expect(writer.batches).toEqual([]);
  });

  it('rejects a row with a field too few, naming its line and the first missing column', async () => {
    const writer = recordingWriter();
    const file = `${HEADER}\n${kcRow('1')}\n${kcRow('2').replace(/,5650$/, '')}\n`;
    const report = await importListings({ source: [file], profile: 'kc', writer });
    expect(writer.batches).toEqual([]);
    expect(report.errors).toEqual([
      {
        line: 3,
        column: 'sqft_lot15',
        value: '',
        reason: 'missing fields: the row has 23 fields, the header 24',
      },
    ]);
  });
});

describe('given a clean file larger than one batch', () => {
  const file = [HEADER, ...Array.from({ length: 5 }, (_, i) => kcRow(String(100 + i)))].join('\n');

  it('hands the listings to the writer in batches and adds up its counts', async () => {
    const batches: number[] = [];
    const writer: ListingWriter = {
      async upsertMany(listings) {
        batches.push(listings.length);
        return { inserted: 1, updated: listings.length - 1, unchanged: 0 };
      },
    };
    const report = await importListings({ source: [file], profile: 'kc', writer, batchSize: 2 });
    expect(batches).toEqual([2, 2, 1]);
    expect(report).toMatchObject({ status: 'imported', inserted: 3, updated: 2, distinct: 5 });
  });

  it('refuses a batch size that is not a positive integer', async () => {
    const writer = recordingWriter();
    await expect(
      importListings({ source: [file], profile: 'kc', writer, batchSize: 0 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('given more bad rows than the report may list', () => {
  it('returns the first maxErrors errors and counts the rest', async () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      kcRow(String(i + 1), '20141013T000000', 'n/a'),
    );
    const report = await importListings({
      source: [[HEADER, ...rows].join('\n')],
      profile: 'kc',
      writer: recordingWriter(),
      maxErrors: 10,
    });
    expect(report.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.errorsTruncated).toBe(2);
    expect(report.invalid).toBe(12);
  });
});
