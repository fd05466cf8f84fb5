import { boundingBoxAround, EARTH_RADIUS_KM, type ListingFilters } from '@estatekit/domain';
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { listings } from '../db/schema';

const location = sql`point(${listings.longitude}, ${listings.latitude})`;

/** `point(lon, lat) <@ box`, split in two at the antimeridian when west > east. */
function inBox(b: { south: number; west: number; north: number; east: number }): SQL {
  const wrap = (lon: number) => (lon < -180 ? lon + 360 : lon > 180 ? lon - 360 : lon);
  const [west, east] = [wrap(b.west), wrap(b.east)];
  const box = (w: number, e: number) =>
    sql`${location} <@ box(point(${w}, ${b.south}), point(${e}, ${b.north}))`;
  return west <= east ? box(west, east) : sql`(${box(west, 180)} or ${box(-180, east)})`;
}

/** Great-circle (haversine) distance in km from a point to each listing, in SQL. */
function distanceKmSql(latitude: number, longitude: number): SQL {
  return sql`2 * ${EARTH_RADIUS_KM}::double precision * asin(least(1, sqrt(
    power(sin(radians(${listings.latitude} - ${latitude}) / 2), 2) +
    cos(radians(${latitude})) * cos(radians(${listings.latitude})) *
    power(sin(radians(${listings.longitude} - ${longitude}) / 2), 2))))`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Translates `properties.list` filters into SQL conditions (ANDed with the org condition by the
 * caller). Ranges are inclusive. The radius filter first narrows to its bounding box (GiST
 * index), then checks the exact distance.
 */
export function listingFilterConditions(filters: ListingFilters): SQL[] {
  const c: SQL[] = [];
  const { listPrice, livingArea, yearBuilt } = filters;
  if (listPrice?.min !== undefined) c.push(gte(listings.listPrice, listPrice.min));
  if (listPrice?.max !== undefined) c.push(lte(listings.listPrice, listPrice.max));
  if (filters.bedroomsMin !== undefined) c.push(gte(listings.bedroomsTotal, filters.bedroomsMin));
  if (filters.bathroomsMin !== undefined) {
    c.push(gte(listings.bathroomsTotalInteger, filters.bathroomsMin));
  }
  if (livingArea?.min !== undefined) c.push(gte(listings.livingArea, livingArea.min));
  if (livingArea?.max !== undefined) c.push(lte(listings.livingArea, livingArea.max));
  if (yearBuilt?.min !== undefined) c.push(gte(listings.yearBuilt, yearBuilt.min));
  if (yearBuilt?.max !== undefined) c.push(lte(listings.yearBuilt, yearBuilt.max));
  if (filters.standardStatus?.length)
    c.push(inArray(listings.standardStatus, filters.standardStatus));
  if (filters.propertyType?.length) c.push(inArray(listings.propertyType, filters.propertyType));
  if (filters.postalCode?.length) c.push(inArray(listings.postalCode, filters.postalCode));
  if (filters.city) c.push(sql`lower(${listings.city}) = lower(${filters.city})`);
  if (filters.text) {
    c.push(sql`${listings.searchText} like ${`%${escapeLike(filters.text.toLowerCase())}%`}`);
  }
  if (filters.bbox) c.push(inBox(filters.bbox));
  if (filters.near) {
    const { latitude, longitude, radiusKm } = filters.near;
    c.push(inBox(boundingBoxAround({ latitude, longitude }, radiusKm)));
    c.push(sql`${distanceKmSql(latitude, longitude)} <= ${radiusKm}`);
  }
  return c;
}

/** The org condition plus the filters, as one WHERE clause. */
export function listingWhere(orgId: string, filters: ListingFilters): SQL {
  return and(eq(listings.orgId, orgId), ...listingFilterConditions(filters))!;
}
