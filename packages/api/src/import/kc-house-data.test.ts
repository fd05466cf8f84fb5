import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListings, type ListingWriter } from './import-listings';
import type { ImportedListing } from './import-profile';
import { type ImportPlan, planImport } from './plan-import';
import { kcProfile } from './profiles/kc.profile';
import { readListingRows } from './read-listing-rows';

/** `../shared/data/kc_house_data.csv` relative to the repo root (the dir with pnpm-workspace.yaml). */
function kcHouseDataPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no pnpm-workspace.yaml above this test');
    dir = parent;
  }
  return join(dir, '..', 'shared', 'data', 'kc_house_data.csv');
}

const bytes = readFileSync(kcHouseDataPath());

/** The file in 64 KiB chunks, as a stream would deliver it. */
function chunks(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < data.length; at += 65_536) out.push(data.subarray(at, at + 65_536));
  return out;
}

const byKey = (plan: ImportPlan, key: string) =>
  plan.listings.find((row) => row.listing.listingKey === key);

describe('given the real King County sales file (CRLF, as the spreadsheet saved it)', () => {
  let plan: ImportPlan;
  beforeAll(async () => {
    plan = await planImport(readListingRows(chunks(bytes), kcProfile));
  });

  it('reads every row and keeps one listing per parcel', () => {
    expect(plan.counts).toEqual({
      rows: 21_613,
      valid: 21_613,
      invalid: 0,
      distinct: 21_436,
      repeatSaleRows: 177,
      repeatSaleParcels: 176,
    });
    expect(plan.errors).toEqual([]);
  });

  it('finds the most expensive sale at 7,700,000 USD, in cents', () => {
    const top = Math.max(...plan.listings.map((row) => row.listing.closePrice ?? 0));
    expect(top).toBe(770_000_000);
    expect(plan.listings.find((row) => row.listing.closePrice === top)?.listing.listingKey).toBe(
      '6762700020',
    );
  });

  it('reads each 1.19E+06 price as exactly 1,190,000 USD', () => {
    const lines = bytes
      .toString('utf8')
      .split('\r\n')
      .flatMap((text, i) => (text.split(',')[5] === '1.19E+06' ? [i + 1] : []));
    expect(lines.length).toBeGreaterThan(0);
    const rows = plan.listings.filter((row) => lines.includes(row.line));
    expect(rows.map((row) => row.listing.closePrice)).toEqual(lines.map(() => 119_000_000));
  });

  it('keeps the later sale of a parcel sold twice', () => {
    expect(byKey(plan, '6021501535')?.listing).toMatchObject({
      closeDate: '2014-12-23',
      closePrice: 70_000_000,
    });
  });

  it('keeps the last of the three sales of parcel 795000620', () => {
    expect(byKey(plan, '795000620')).toMatchObject({
      line: 17_606,
      listing: { closeDate: '2015-03-11', closePrice: 15_700_000 },
    });
  });

  it('gives the same plan when the file has LF line ends', async () => {
    const lf = Buffer.from(bytes.toString('utf8').replaceAll('\r\n', '\n'));
    const lfPlan = await planImport(readListingRows(chunks(lf), kcProfile));
    expect(lfPlan).toEqual(plan);
  });
});

describe('given the real file streamed from disk into a writer', () => {
  it('upserts each parcel once, in batches of 500', async () => {
    const seen = new Set<string>();
    let calls = 0;
    const writer: ListingWriter = {
      async upsertMany(listings: ImportedListing[]) {
        calls++;
        for (const listing of listings) seen.add(listing.listingKey);
        return { inserted: listings.length, updated: 0, unchanged: 0 };
      },
    };
    const source = createReadStream(kcHouseDataPath());
    const report = await importListings({ source, profile: 'kc', writer });
    expect(report).toMatchObject({ status: 'imported', inserted: 21_436, skipped: 0, errors: [] });
    expect(seen.size).toBe(21_436);
    expect(calls).toBe(Math.ceil(21_436 / 500));
  });
});
