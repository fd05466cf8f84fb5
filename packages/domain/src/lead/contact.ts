import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** ISO 3166-1 alpha-2 country code libphonenumber-js knows (`US`, `GB`, `KE`), for `normalizePhone`. */
export type { CountryCode } from 'libphonenumber-js/min';

/**
 * Pragmatic email shape: one `@`, a local part and a dotted domain of letters, digits and
 * hyphens, no spaces. Deliverability is the mail server's business; this catches typos.
 */
const EMAIL_PATTERN =
  /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * The canonical form of an email address for storing and de-duplicating leads: trimmed and
 * lower-cased (`' Ada@Example.COM '` → `'ada@example.com'`). Returns null for anything that is
 * not an email shape (no `@`, spaces inside, no dotted domain, longer than 254 characters, the
 * RFC 5321 limit). The local part is lower-cased too: every mainstream provider treats it
 * case-insensitively, and two leads differing only in case are the same person.
 */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim().toLowerCase() ?? '';
  return email.length <= 254 && EMAIL_PATTERN.test(email) ? email : null;
}

/**
 * A phone number in E.164 (`+14155552671`), parsed by libphonenumber-js (Google's libphonenumber
 * metadata) from any common spelling — spaces, dashes, dots, parentheses, a `+` prefix or a
 * national trunk `0`. A number without `+` is read as a national number of `defaultCountry`
 * (ISO 3166-1 alpha-2: `US`, `GB`, `KE`). Returns null when it does not parse or is not a valid
 * number for its country. An extension (`ext. 5`) is dropped, as E.164 has none.
 * Uses the `min` metadata build (the library's default, ~80 kB; `max` adds ~65 kB of per-range
 * digit patterns). On the US, UK and Kenyan numbers in our tests — valid, mistyped and
 * reserved-for-fiction ones — `min` and `max` gave the same answers, so `min` it is.
 */
export function normalizePhone(
  raw: string | null | undefined,
  defaultCountry?: CountryCode,
): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
