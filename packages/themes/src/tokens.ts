/**
 * The token contract: every name a theme defines and every CSS variable the widgets read.
 *
 * A token name is kebab-case and becomes the CSS custom property `--ek-<token>` (see
 * {@link cssVariableName}). Components reference these variables only, never a raw colour.
 */

/** Semantic UI colour roles (the shadcn/ui vocabulary), each a CSS colour per appearance. */
export const semanticColorTokenNames = [
  'background',
  'foreground',
  'card',
  'card-foreground',
  'popover',
  'popover-foreground',
  'primary',
  'primary-foreground',
  'secondary',
  'secondary-foreground',
  'muted',
  'muted-foreground',
  'accent',
  'accent-foreground',
  'destructive',
  'destructive-foreground',
  'border',
  'input',
  'ring',
] as const;

/** Status colour token names, in RESO order. */
export const statusColorTokenNames = [
  'status-active',
  'status-active-under-contract',
  'status-pending',
  'status-hold',
  'status-withdrawn',
  'status-expired',
  'status-closed',
  'status-canceled',
  'status-coming-soon',
] as const;

/**
 * Listing status colours, one per RESO Data Dictionary `StandardStatus`.
 * They are text/icon colours: legible on `background` and on `card` (checked by createTheme).
 */
export const statusTokenByStandardStatus = {
  Active: 'status-active',
  ActiveUnderContract: 'status-active-under-contract',
  Pending: 'status-pending',
  Hold: 'status-hold',
  Withdrawn: 'status-withdrawn',
  Expired: 'status-expired',
  Closed: 'status-closed',
  Canceled: 'status-canceled',
  ComingSoon: 'status-coming-soon',
} as const satisfies Record<string, (typeof statusColorTokenNames)[number]>;

/** RESO `StandardStatus` values that have a status colour. */
export type StandardStatus = keyof typeof statusTokenByStandardStatus;

/**
 * CRM and ledger colours: won/lost pipeline stages, charges and payments, and receivables aging
 * buckets (`aging-current`, `aging-30` = 1–30 days, `aging-60` = 31–60, `aging-90` = 61 days and
 * over). Like status colours, they are text/icon colours.
 */
export const domainColorTokenNames = [
  'stage-won',
  'stage-lost',
  'ledger-charge',
  'ledger-payment',
  'aging-current',
  'aging-30',
  'aging-60',
  'aging-90',
] as const;

/** Every colour token: each theme sets all of them, once for light and once for dark. */
export const colorTokenNames = [
  ...semanticColorTokenNames,
  ...statusColorTokenNames,
  ...domainColorTokenNames,
] as const;

/** A colour token name, e.g. `'primary-foreground'` or `'status-pending'`. */
export type ColorToken = (typeof colorTokenNames)[number];

/**
 * Tokens shared by both appearances: font stacks, base font size (px), unitless line height,
 * corner radii (px), the spacing unit (px) and the density metrics derived from it (px).
 */
export const metricTokenNames = [
  'font-sans',
  'font-mono',
  'font-size',
  'line-height',
  'radius-sm',
  'radius-md',
  'radius-lg',
  'space',
  'row-height',
  'cell-padding-x',
  'cell-padding-y',
] as const;

/** A non-colour token name. */
export type MetricToken = (typeof metricTokenNames)[number];

/** Every token name, colours first; each becomes `--ek-<name>`. */
export const tokenNames = [...colorTokenNames, ...metricTokenNames] as const;

/** Any token name. */
export type TokenName = ColorToken | MetricToken;

/** The CSS custom property of a token, e.g. `--ek-primary`. */
export type CssVariableName = `--ek-${TokenName}`;

/**
 * The CSS custom property that carries a token.
 * @param token a token name from {@link tokenNames}, e.g. `'radius-md'`.
 * @returns `--ek-<token>`, e.g. `'--ek-radius-md'`.
 */
export function cssVariableName<T extends TokenName>(token: T): `--ek-${T}` {
  return `--ek-${token}`;
}
