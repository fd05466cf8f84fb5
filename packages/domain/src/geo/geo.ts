/** Mean Earth radius in km (IUGG), the radius used for every great-circle distance here. */
export const EARTH_RADIUS_KM = 6371.0088;

/** A WGS 84 point in decimal degrees. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two points (haversine formula). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude box that contains every point within `radiusKm` of
 * `center`, so a radius search can use an index before the exact distance check. Near the
 * poles the box widens to every longitude. Degrees (WGS 84); `radiusKm` in kilometres. Near the
 * antimeridian `west`/`east` run past ±180 (east 181 means 179° W): callers must wrap them.
 */
export function boundingBoxAround(
  center: GeoPoint,
  radiusKm: number,
): { south: number; west: number; north: number; east: number } {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const south = Math.max(-90, center.latitude - dLat);
  const north = Math.min(90, center.latitude + dLat);
  const widest = Math.max(Math.abs(south), Math.abs(north));
  if (widest >= 89.999) return { south, west: -180, north, east: 180 };
  const dLon = dLat / Math.cos(toRadians(widest));
  return { south, west: center.longitude - dLon, north, east: center.longitude + dLon };
}
