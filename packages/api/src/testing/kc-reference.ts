/**
 * An independent reading of the King County sales file, for tests to compare `properties.list`
 * against. Written without the importer: plain `split`, an exact decimal parser on BigInt, and
 * filters/sorts as straightforward JavaScript over the rows. Test-only.
 */
import { readFileSync } from 'node:fs';
import { kcDataPath } from './test-database';

/** One sale as the reference reads it (prices in US cents, areas in sq ft, ISO dates). */
export interface KcSale {
  readonly key: string;
  /** 1-based file line (the header is line 1). */
  readonly line: number;
  readonly closeDate: string;
  readonly priceCents: number;
  readonly bedrooms: number;
  /** RESO BathroomsTotalInteger: the county's quarter-step count rounded up. */
  readonly bathrooms: number;
  readonly livingArea: number;
  readonly yearBuilt: number;
  readonly postalCode: string;
  readonly latitude: number;
  readonly longitude: number;
}

/** Exact cents of a decimal such as `221900`, `2.25`, `1.19E+06`; throws if not whole cents. */
export function priceToCents(text: string): number {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new Error(`not a price: ${text}`);
  const fraction = m[2] ?? '';
  const digits = BigInt(m[1]! + fraction);
  const exponent = Number(m[3] ?? 0) - fraction.length + 2; // +2: dollars → cents
  if (exponent >= 0) return Number(digits * 10n ** BigInt(exponent));
  const divisor = 10n ** BigInt(-exponent);
  if (digits % divisor !== 0n) throw new Error(`not whole cents: ${text}`);
  return Number(digits / divisor);
}

/** `20141013T000000` → `2014-10-13`. */
export function basicDateToIso(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T000000$/.exec(text);
  if (!m) throw new Error(`not a county date: ${text}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export interface KcReference {
  readonly sales: readonly KcSale[];
  /** One sale per parcel id: the later date wins, on equal dates the later line. */
  readonly listings: readonly KcSale[];
  readonly byKey: ReadonlyMap<string, KcSale>;
}

export function readKcReference(path = kcDataPath()): KcReference {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split(',');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  const c = {
    id: col('id'),
    date: col('date'),
    price: col('price'),
    bedrooms: col('bedrooms'),
    bathrooms: col('bathrooms'),
    living: col('sqft_living'),
    built: col('yr_built'),
    zip: col('zipcode'),
    lat: col('lat'),
    long: col('long'),
  };
  const sales: KcSale[] = [];
  lines.forEach((text, index) => {
    if (index === 0 || text === '') return;
    const f = text.split(',');
    sales.push({
      key: f[c.id]!,
      line: index + 1,
      closeDate: basicDateToIso(f[c.date]!),
      priceCents: priceToCents(f[c.price]!),
      bedrooms: Number(f[c.bedrooms]),
      bathrooms: Math.ceil(Number(f[c.bathrooms])),
      livingArea: Number(f[c.living]),
      yearBuilt: Number(f[c.built]),
      postalCode: f[c.zip]!,
      latitude: Number(f[c.lat]),
      longitude: Number(f[c.long]),
    });
  });
  const byKey = new Map<string, KcSale>();
  for (const sale of sales) {
    const kept = byKey.get(sale.key);
    if (!kept || sale.closeDate > kept.closeDate || sale.closeDate === kept.closeDate) {
      byKey.set(sale.key, sale); // rows come in file order, so an equal date is a later line
    }
  }
  return { sales, listings: [...byKey.values()], byKey };
}

/** Great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The reference's column for each sort field the tests use. */
export const sortValue = {
  listPrice: (s: KcSale) => s.priceCents,
  closeDate: (s: KcSale) => s.closeDate,
  livingArea: (s: KcSale) => s.livingArea,
  yearBuilt: (s: KcSale) => s.yearBuilt,
  bedroomsTotal: (s: KcSale) => s.bedrooms,
} as const;
export type ReferenceSortField = keyof typeof sortValue;

/** Rows ordered by `field` in `direction`, ties by key in the same direction (keys as bytes). */
export function sortSales(
  sales: readonly KcSale[],
  field: ReferenceSortField,
  direction: 'asc' | 'desc',
): KcSale[] {
  const sign = direction === 'asc' ? 1 : -1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...sales].sort(
    (a, b) => sign * (cmp(sortValue[field](a), sortValue[field](b)) || cmp(a.key, b.key)),
  );
}
