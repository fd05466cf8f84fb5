/**
 * OKLCH → sRGB conversion (Björn Ottosson, "A perceptual color space for image processing",
 * 2020; the matrices CSS Color 4 §9 uses for `oklab()`/`oklch()`).
 *
 * @param l lightness, 0–1.
 * @param c chroma, ≥ 0 (about 0.4 at most for displayable colours).
 * @param hueDegrees hue angle in degrees.
 * @returns gamma-encoded sRGB channels clipped to 0–1 (out-of-gamut colours are clipped per
 *   channel, which is what browsers without gamut mapping show).
 */
export function oklchToSrgb(l: number, c: number, hueDegrees: number): [number, number, number] {
  const h = (hueDegrees * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const lc = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const mc = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const sc = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear: [number, number, number] = [
    4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
    -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
    -0.0041960863 * lc - 0.7034186147 * mc + 1.707614701 * sc,
  ];
  return linear.map((v) => encodeSrgb(Math.min(1, Math.max(0, v)))) as [number, number, number];
}

/** sRGB transfer function (IEC 61966-2-1): linear light 0–1 → gamma-encoded 0–1. */
function encodeSrgb(linear: number): number {
  return linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055;
}
