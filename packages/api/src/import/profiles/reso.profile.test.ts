import { describe, expect, it } from 'vitest';
import type { ListingRow } from '../read-listing-rows';
import { readListingRows } from '../read-listing-rows';
import { getProfile, profiles } from './profile-registry';
import { resoProfile } from './reso.profile';

async function collect(text: string): Promise<ListingRow[]> {
  const rows: ListingRow[] = [];
  for await (const row of readListingRows([text], resoProfile)) rows.push(row);
  return rows;
}

describe('given a CSV with RESO field names as headers', () => {
  const text = [
    'ListingId,StandardStatus,PropertyType,ListPrice,CloseDate,BedroomsTotal,BathroomsTotalInteger,LivingArea,LotSizeSquareFeet,City,StateOrProvince',
    'M-100,Active Under Contract,Residential,525000,,3,2,1640,,Renton,WA',
    'M-101,Closed,Land,99000.50,2015-03-01,,,,43560,Enumclaw,WA',
    'M-102,Active,Residential,610000,,,2,1900,,Kent,WA',
  ].join('\r\n');

  it('reads lookups in display or value form, keying by ListingId when ListingKey is absent', async () => {
    const rows = await collect(text);
    expect(rows[0]).toMatchObject({
      line: 2,
      listing: {
        listingKey: 'M-100',
        standardStatus: 'ActiveUnderContract',
        listPrice: 52_500_000,
        bedroomsTotal: 3,
        livingArea: 1640,
        city: 'Renton',
      },
    });
  });

  it('lets a Land row go without bedrooms but requires its lot size', async () => {
    const rows = await collect(text);
    expect(rows[1]).toMatchObject({
      line: 3,
      listing: { propertyType: 'Land', lotSizeSquareFeet: 43_560, listPrice: 9_900_050 },
    });
  });

  it('reports a Residential row without BedroomsTotal against that column', async () => {
    const rows = await collect(text);
    expect(rows[2]).toEqual({
      line: 4,
      errors: [
        {
          line: 4,
          column: 'BedroomsTotal',
          value: '',
          reason: 'required, but the cell is empty',
        },
      ],
    });
  });
});

describe('given a RESO row whose cells do not fit its PropertyType', () => {
  it('reports a bedroom count on a Land listing, and a status RESO does not know', () => {
    const record = {
      ListingId: 'M-200',
      StandardStatus: 'Sold',
      PropertyType: 'Land',
      BedroomsTotal: '3',
      LotSizeSquareFeet: '43560',
    };
    expect(resoProfile.mapRecord(record, 8)).toEqual({
      errors: [
        {
          line: 8,
          column: 'StandardStatus',
          value: 'Sold',
          reason: expect.stringMatching(/^invalid option: expected one of "Active"/),
        },
        {
          line: 8,
          column: 'BedroomsTotal',
          value: '3',
          reason: 'does not apply to a Land listing; leave it empty',
        },
      ],
    });
  });
});

describe('given the profile registry', () => {
  it('finds the built-in profiles by name', () => {
    expect(getProfile('kc')).toBe(profiles.kc);
    expect(getProfile('reso')).toBe(resoProfile);
  });

  it('refuses an unknown name, suggesting the known ones', () => {
    expect(() => getProfile('toString')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', suggestion: 'use one of: kc, reso' }),
    );
  });
});
