import { oklchToSrgb } from './oklch';

/** A colour in gamma-encoded sRGB: each channel and `alpha` from 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** The colour syntaxes a theme accepts, for error messages. */
export const supportedColorSyntax = '#rgb, #rgba, #rrggbb, #rrggbbaa, rgb(), rgba() or oklch()';

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const ARG = new RegExp(`^(${NUMBER})(%|deg)?$|^none$`, 'i');

/**
 * Parses a CSS colour string (CSS Color Module Level 4 syntax) into sRGB.
 *
 * Accepts hex (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()` in the comma and the
 * space-separated forms (channels 0–255 or percentages, alpha 0–1 or a percentage), and
 * `oklch(L C H [/ A])` (L 0–1 or a percentage, C a number or a percentage of 0.4, H in degrees).
 * Named colours, `hsl()` and relative colour syntax are not supported.
 *
 * @param input a CSS colour, e.g. `'#1d4ed8'` or `'oklch(0.55 0.2 262)'`.
 * @returns the colour, or `undefined` when the string is not one of the supported forms or a
 *   channel is out of range. Never throws.
 */
export function parseColor(input: string): Rgba | undefined {
  const text = input.trim().toLowerCase();
  if (text.startsWith('#')) return parseHex(text.slice(1));
  const fn = /^(rgba?|oklch)\((.*)\)$/.exec(text);
  if (!fn) return undefined;
  const args = splitArgs(fn[2]!);
  if (!args) return undefined;
  return fn[1] === 'oklch' ? fromOklch(args) : fromRgb(args);
}

function parseHex(digits: string): Rgba | undefined {
  if (!/^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(digits)) return undefined;
  const pairs =
    digits.length <= 4 ? [...digits].map((d) => d + d) : (digits.match(/../g) as string[]);
  const [r = 0, g = 0, b = 0, alpha = 255] = pairs.map((p) => Number.parseInt(p, 16));
  return { r: r / 255, g: g / 255, b: b / 255, alpha: alpha / 255 };
}

type Arg = { value: number; unit: '' | '%' | 'deg' };

/** Splits `a b c [/ d]` or `a, b, c[, d]` into 3 channels and an optional alpha. */
function splitArgs(body: string): { channels: Arg[]; alpha: Arg | undefined } | undefined {
  let parts: string[];
  if (body.includes(',')) {
    parts = body.split(',').map((p) => p.trim());
    if (parts.length !== 3 && parts.length !== 4) return undefined;
  } else {
    const [main = '', alpha, extra] = body.split('/');
    parts = main.trim().split(/\s+/);
    if (parts.length !== 3 || extra !== undefined) return undefined;
    if (alpha !== undefined) parts.push(alpha.trim());
  }
  const parsed = parts.map(parseArg);
  if (parsed.some((p) => p === undefined)) return undefined;
  const [a, b, c, alpha] = parsed as Arg[];
  return { channels: [a!, b!, c!], alpha };
}

function parseArg(part: string): Arg | undefined {
  const m = ARG.exec(part);
  if (!m) return undefined;
  if (m[1] === undefined) return { value: 0, unit: '' };
  return { value: Number(m[1]), unit: (m[2]?.toLowerCase() ?? '') as Arg['unit'] };
}

function alphaOf(arg: Arg | undefined): number | undefined {
  if (!arg) return 1;
  const value = arg.unit === '%' ? arg.value / 100 : arg.value;
  return arg.unit === 'deg' || value < 0 || value > 1 ? undefined : value;
}

function fromRgb({ channels, alpha }: { channels: Arg[]; alpha: Arg | undefined }) {
  const values = channels.map((c) => (c.unit === '%' ? c.value / 100 : c.value / 255));
  const a = alphaOf(alpha);
  if (a === undefined || channels.some((c) => c.unit === 'deg')) return undefined;
  if (values.some((v) => v < 0 || v > 1)) return undefined;
  const [r = 0, g = 0, b = 0] = values;
  return { r, g, b, alpha: a };
}

function fromOklch({ channels, alpha }: { channels: Arg[]; alpha: Arg | undefined }) {
  const [l, c, h] = channels as [Arg, Arg, Arg];
  const a = alphaOf(alpha);
  if (a === undefined || l.unit === 'deg' || c.unit === 'deg' || h.unit === '%') return undefined;
  const lightness = l.unit === '%' ? l.value / 100 : l.value;
  const chroma = c.unit === '%' ? (c.value / 100) * 0.4 : c.value;
  if (lightness < 0 || lightness > 1 || chroma < 0) return undefined;
  const [r, g, b] = oklchToSrgb(lightness, chroma, h.value);
  return { r, g, b, alpha: a };
}
