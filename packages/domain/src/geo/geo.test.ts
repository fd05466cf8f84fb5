import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBoxAround, distanceKm, EARTH_RADIUS_KM, type GeoPoint } from './geo';

const seattle = { latitude: 47.6062, longitude: -122.3321 };
const bellevue = { latitude: 47.6101, longitude: -122.2015 };

describe('given two known places', () => {
  it('measures Seattle to Bellevue as about 9.8 km', () => {
    expect(Math.abs(distanceKm(seattle, bellevue) - 9.8)).toBeLessThan(0.2);
  });

  it('measures the same distance in both directions', () => {
    expect(distanceKm(bellevue, seattle)).toBeCloseTo(distanceKm(seattle, bellevue), 9);
  });

  it('measures zero from a place to itself', () => {
    expect(distanceKm(seattle, seattle)).toBe(0);
  });

  it('measures half the circumference between antipodes', () => {
    const antipode = { latitude: -seattle.latitude, longitude: seattle.longitude + 180 };
    expect(Math.abs(distanceKm(seattle, antipode) - 20_015)).toBeLessThan(1);
    expect(distanceKm({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 })).toBeCloseTo(
      Math.PI * EARTH_RADIUS_KM,
      6,
    );
  });

  it('measures across the antimeridian the short way', () => {
    const west = { latitude: 0, longitude: 179.5 };
    const east = { latitude: 0, longitude: -179.5 };
    expect(Math.abs(distanceKm(west, east) - 111.2)).toBeLessThan(0.1);
  });
});

describe('given a radius search around Seattle', () => {
  it('boxes Bellevue in a 10 km search but not in a 5 km one', () => {
    const inside = (box: ReturnType<typeof boundingBoxAround>, p: GeoPoint) =>
      p.latitude >= box.south &&
      p.latitude <= box.north &&
      p.longitude >= box.west &&
      p.longitude <= box.east;
    expect(inside(boundingBoxAround(seattle, 10), bellevue)).toBe(true);
    expect(inside(boundingBoxAround(seattle, 5), bellevue)).toBe(false);
  });

  it('runs past 180° east for a search just west of the antimeridian', () => {
    const box = boundingBoxAround({ latitude: -17.7, longitude: 179.9 }, 50);
    expect(box.east).toBeGreaterThan(180);
    expect(box.west).toBeLessThan(179.9);
  });

  it('widens to every longitude near a pole', () => {
    const box = boundingBoxAround({ latitude: 89.95, longitude: 10 }, 20);
    expect(box).toMatchObject({ west: -180, east: 180, north: 90 });
  });
});

/** The point `km` away from `from` along initial bearing `bearingDeg` (great-circle). */
function destination(from: GeoPoint, km: number, bearingDeg: number): GeoPoint {
  const rad = Math.PI / 180;
  const d = km / EARTH_RADIUS_KM;
  const lat1 = from.latitude * rad;
  const bearing = bearingDeg * rad;
  // atan2 rather than asin: asin loses half its digits next to the poles.
  const north = Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing);
  const towardsEquator =
    Math.cos(lat1) * Math.cos(d) - Math.sin(lat1) * Math.sin(d) * Math.cos(bearing);
  const lat2 = Math.atan2(north, Math.hypot(towardsEquator, Math.sin(d) * Math.sin(bearing)));
  const lon2 =
    from.longitude * rad +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  // Normalised to [-180, 180) as stored coordinates are.
  const longitude = ((((lon2 / rad + 180) % 360) + 360) % 360) - 180;
  return { latitude: lat2 / rad, longitude };
}

/**
 * True when `p` is in the box. A box around a centre near the antimeridian runs past ±180°
 * (east 181 means 179° W), so the point is also tried shifted by ±360°.
 */
function inBox(box: ReturnType<typeof boundingBoxAround>, p: GeoPoint, epsilon = 1e-9): boolean {
  const latOk = p.latitude >= box.south - epsilon && p.latitude <= box.north + epsilon;
  const lonOk = [-360, 0, 360].some(
    (shift) =>
      p.longitude + shift >= box.west - epsilon && p.longitude + shift <= box.east + epsilon,
  );
  return latOk && lonOk;
}

/**
 * A number spread evenly over [min, max]. (`fc.double` spreads over float bit patterns, so
 * almost every draw would be near zero: centres on the equator, radii of metres.)
 */
const evenly = (min: number, max: number) =>
  fc.integer({ min: 0, max: 1_000_000 }).map((step) => min + ((max - min) * step) / 1_000_000);

describe('given any point within the radius of any centre (property-based)', () => {
  const centre = fc.record({ latitude: evenly(-90, 90), longitude: evenly(-180, 180) });
  // From metres to half the globe, every scale equally likely.
  const radiusKm = evenly(-2, Math.log10(20_000)).map((exponent) => 10 ** exponent);
  // Points on the circle itself are where a too-small box fails first.
  const fraction = fc.oneof(fc.constant(1), evenly(0, 1));

  it('lies inside the bounding box of the search', () => {
    fc.assert(
      fc.property(centre, radiusKm, fraction, evenly(0, 360), (c, radius, share, bearing) => {
        const point = destination(c, radius * share, bearing);
        expect(distanceKm(c, point)).toBeLessThanOrEqual(radius + 1e-6);
        expect(inBox(boundingBoxAround(c, radius), point)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
