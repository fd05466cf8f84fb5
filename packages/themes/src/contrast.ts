import { parseColor, type Rgba } from './color/parse-color';

/**
 * Relative luminance of an opaque sRGB colour, as defined by WCAG 2.2 ("relative luminance",
 * Understanding SC 1.4.3), using the sRGB linearisation threshold 0.04045.
 * @param color gamma-encoded sRGB channels 0–1 (alpha is ignored: composite first).
 * @returns luminance from 0 (black) to 1 (white).
 */
export function relativeLuminance(color: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/**
 * Paints `top` over `bottom` with source-over alpha compositing in gamma-encoded sRGB, the
 * way browsers blend colours (Compositing and Blending Level 1, §5.1).
 * @returns the blended colour; opaque when `bottom` is opaque.
 */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top.alpha + bottom.alpha * (1 - top.alpha);
  if (alpha === 0) return { r: 0, g: 0, b: 0, alpha: 0 };
  const mix = (t: number, b: number) =>
    (t * top.alpha + b * bottom.alpha * (1 - top.alpha)) / alpha;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), alpha };
}

const white: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };

/**
 * WCAG 2.x contrast ratio between a text colour and the background it sits on
 * (WCAG 2.2 SC 1.4.3 Contrast (Minimum): (L1 + 0.05) / (L2 + 0.05), lighter over darker).
 *
 * A translucent foreground is composited over the background; a translucent background is
 * composited over `backdrop` (default opaque white) first.
 *
 * @param foreground a CSS colour string (see {@link parseColor} for the accepted syntax).
 * @param background a CSS colour string.
 * @param backdrop what shows through a translucent background, a CSS colour string.
 * @returns the ratio, from 1 (no contrast) to 21 (black on white), unrounded.
 * @throws {TypeError} when a colour cannot be parsed.
 */
export function contrastRatio(foreground: string, background: string, backdrop?: string): number {
  const under = backdrop === undefined ? white : compositeOver(parseOrThrow(backdrop), white);
  const bg = compositeOver(parseOrThrow(background), under);
  const fg = compositeOver(parseOrThrow(foreground), bg);
  const [a, b] = [relativeLuminance(fg), relativeLuminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function parseOrThrow(color: string): Rgba {
  const parsed = parseColor(color);
  if (!parsed) throw new TypeError(`Not a supported CSS colour: ${JSON.stringify(color)}`);
  return parsed;
}
