import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedListing, MappedRow } from './import-profile';
import { planImport } from './plan-import';
import type { ListingRow } from './read-listing-rows';

function sale(line: number, listingKey: string, closeDate: string | null, price = 100): MappedRow {
  const listing = {
    listingKey,
    listingId: listingKey,
    standardStatus: 'Closed',
    propertyType: 'Residential',
    currency: 'USD',
    closePrice: price,
    closeDate,
  } as ImportedListing;
  return { line, listing };
}

describe('given a parcel sold twice and a bad row', () => {
  const badPrice = { line: 3, column: 'price', value: 'x', reason: 'not a decimal amount' };
  const rows: ListingRow[] = [
    sale(2, 'A', '2014-05-02', 100),
    { line: 3, errors: [badPrice] },
    sale(4, 'B', '2014-06-01', 300),
    sale(5, 'A', '2015-01-20', 200),
  ];

  it('keeps the later sale, in file order, and counts what it dropped', async () => {
    const plan = await planImport(rows);
    expect(plan.listings.map((r) => [r.line, r.listing.listingKey, r.listing.closePrice])).toEqual([
      [4, 'B', 300],
      [5, 'A', 200],
    ]);
    expect(plan.counts).toEqual({
      rows: 4,
      valid: 3,
      invalid: 1,
      distinct: 2,
      repeatSaleRows: 1,
      repeatSaleParcels: 1,
    });
    expect(plan.errors).toEqual([badPrice]);
  });

  it('keeps the later sale even when it comes first in the file', async () => {
    const plan = await planImport([
      sale(2, 'A', '2015-01-20', 200),
      sale(3, 'A', '2014-05-02', 100),
    ]);
    expect(plan.listings).toEqual([sale(2, 'A', '2015-01-20', 200)]);
  });

  it('breaks a same-day tie by the later line, and prefers a dated row to an undated one', async () => {
    const sameDay = await planImport([
      sale(2, 'A', '2014-05-02', 1),
      sale(3, 'A', '2014-05-02', 2),
    ]);
    expect(sameDay.listings[0]?.line).toBe(3);
    const undated = await planImport([sale(2, 'A', '2014-05-02', 1), sale(3, 'A', null, 2)]);
    expect(undated.listings[0]?.line).toBe(2);
  });
});

describe('given any small set of valid rows with repeated keys', () => {
  const rowsArbitrary = fc
    .array(
      fc.record({
        key: fc.constantFrom('A', 'B', 'C', 'D'),
        date: fc.constantFrom('2014-05-02', '2014-11-30', '2015-01-20', '2015-05-27'),
      }),
      { maxLength: 30 },
    )
    .chain((specs) =>
      fc.shuffledSubarray(
        specs.map((spec, i) => sale(i + 2, spec.key, spec.date, i)),
        { minLength: specs.length, maxLength: specs.length },
      ),
    );

  it('keeps exactly one row per key, and it is the latest (date, then line)', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, async (rows) => {
        const plan = await planImport(rows);
        const keys = new Set(rows.map((r) => r.listing.listingKey));
        expect(plan.listings.map((r) => r.listing.listingKey).sort()).toEqual([...keys].sort());
        for (const kept of plan.listings) {
          const rivals = rows.filter((r) => r.listing.listingKey === kept.listing.listingKey);
          const latest = rivals.reduce((a, b) =>
            `${b.listing.closeDate}#${String(b.line).padStart(5, '0')}` >
            `${a.listing.closeDate}#${String(a.line).padStart(5, '0')}`
              ? b
              : a,
          );
          expect(kept).toBe(latest);
        }
        expect(plan.counts.valid - plan.counts.distinct).toBe(plan.counts.repeatSaleRows);
        expect(plan.counts.repeatSaleParcels).toBe(
          [...keys].filter((k) => rows.filter((r) => r.listing.listingKey === k).length > 1).length,
        );
      }),
      { numRuns: 300 },
    );
  });
});
