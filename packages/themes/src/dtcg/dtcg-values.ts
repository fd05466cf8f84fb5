import { isObject } from './dtcg-tree';

/** Root font size used to turn `rem` into px, the browser default. */
const remPx = 16;

/**
 * A DTCG color value as a CSS colour string. Strings pass through; objects
 * (`{ colorSpace, components, alpha?, hex? }`, DTCG Color Module 2025.10) become `#rrggbb[aa]`
 * for `srgb` and `oklch(L C H / A)` for `oklch`; other spaces use their `hex` fallback.
 * @returns the CSS string, or `undefined` when the value has no usable form.
 */
export function readColor(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (!isObject(value)) return undefined;
  const { colorSpace, components, alpha = 1, hex } = value;
  const channels = Array.isArray(components) ? components.map((c) => (c === 'none' ? 0 : c)) : [];
  const valid = channels.length === 3 && channels.every((c) => typeof c === 'number');
  if (valid && typeof alpha === 'number' && colorSpace === 'srgb') {
    const units = alpha < 1 ? [...(channels as number[]), alpha] : (channels as number[]);
    return `#${units.map(byteHex).join('')}`;
  }
  if (valid && typeof alpha === 'number' && colorSpace === 'oklch') {
    return `oklch(${(channels as number[]).join(' ')}${alpha === 1 ? '' : ` / ${alpha}`})`;
  }
  return typeof hex === 'string' ? hex : undefined;
}

/** A 0–1 channel as two hex digits. */
function byteHex(unit: number): string {
  const byte = Math.min(255, Math.max(0, Math.round(unit * 255)));
  return byte.toString(16).padStart(2, '0');
}

/**
 * A DTCG dimension in CSS px: `{ value, unit: 'px' | 'rem' }` (2025.10), the older `'16px'` /
 * `'1rem'` strings, or a bare number taken as px. `rem` counts 16px.
 * @returns px, or `undefined` for other units and shapes.
 */
export function readPx(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const parts = isObject(value)
    ? [value.value, value.unit]
    : typeof value === 'string'
      ? (/^(-?[\d.]+)(px|rem)$/.exec(value.trim())?.slice(1) ?? [])
      : [];
  const amount = typeof parts[0] === 'string' ? Number(parts[0]) : parts[0];
  if (typeof amount !== 'number' || Number.isNaN(amount)) return undefined;
  if (parts[1] === 'px') return amount;
  return parts[1] === 'rem' ? amount * remPx : undefined;
}

const genericFamilies = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

/**
 * A DTCG fontFamily (a string or an array of names) as a CSS `font-family` list; names that are
 * not generic families and contain anything but letters, digits and hyphens are quoted.
 * @returns the list, or `undefined` for other shapes.
 */
export function readFontFamily(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  const quote = (name: string) =>
    genericFamilies.has(name) || /^[\w-]+$/.test(name) || /^["']/.test(name) ? name : `"${name}"`;
  return value.map((name) => quote(name.trim())).join(', ');
}

/** A DTCG number. @returns the number, or `undefined` for other shapes. */
export function readNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** A plain string (used for `density`, which DTCG has no type for). */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}
