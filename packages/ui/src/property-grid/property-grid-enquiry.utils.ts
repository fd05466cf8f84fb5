import type { LeadCaptureInput } from '@estatekit/domain';
import type { ApiErrorDescription } from '../lib/api-error.utils';

/*
 * The visitor's enquiry about a listing ("Request info", "Book a viewing"), read without React:
 * what the form checks before sending, the `leads.capture` input it sends, the idempotency key
 * a retry reuses, and what an error from the API means for the form.
 */

/** The enquiries a visitor can send about a listing: `leads.capture`'s `source`. */
export const enquiryKinds = ['request_info', 'book_viewing'] as const;
/** One of {@link enquiryKinds}. */
export type EnquiryKind = (typeof enquiryKinds)[number];

/** What the visitor typed, as the form holds it. */
export interface EnquiryDraft {
  fullName: string;
  email: string;
  phone: string;
  message: string;
  /** A `datetime-local` value (`2026-03-05T14:30`, the visitor's wall clock); viewings only. */
  preferredViewingAt: string;
  /** The honeypot: people leave it empty, form-filling bots do not. */
  website: string;
}

/** The fields that show an error next to them. */
export const enquiryFields = [
  'fullName',
  'email',
  'phone',
  'preferredViewingAt',
  'message',
] as const;
/** One of {@link enquiryFields}. */
export type EnquiryField = (typeof enquiryFields)[number];
/** An error message per field. */
export type EnquiryErrors = Partial<Record<EnquiryField, string>>;

/** `leads.capture` input without its idempotency key. */
export type EnquiryInput = Omit<LeadCaptureInput, 'idempotencyKey'>;

// The shape only (something@domain.tld); the API decides what it accepts.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * A `datetime-local` value (the visitor's wall clock, e.g. `2026-03-05T14:30`) as an ISO 8601
 * instant in UTC (`2026-03-05T13:30:00.000Z` in Paris in winter); `null` for an empty or
 * unreadable value.
 */
export function localDateTimeToIso(value: string): string | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** `at` as a `datetime-local` value in the visitor's time zone, to the minute (`2026-03-05T14:30`). */
export function toLocalDateTimeValue(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * What the form refuses before sending, per field: a name (up to 200 characters); an email of
 * the shape `name@example.com` when one is given; an email or a phone number (the API needs
 * one to reply; its error goes on `email`, as the API's does); a message of up to 5,000
 * characters; for a viewing, a date and time after `now`. Empty when the draft may be sent.
 */
export function validateEnquiry(kind: EnquiryKind, draft: EnquiryDraft, now: Date): EnquiryErrors {
  const errors: EnquiryErrors = {};
  const name = draft.fullName.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (name === '') errors.fullName = 'Enter your name.';
  else if (name.length > 200) errors.fullName = 'Use at most 200 characters.';
  if (email !== '' && !EMAIL.test(email)) {
    errors.email = 'Enter an email address like name@example.com.';
  } else if (email === '' && phone === '') {
    errors.email = 'Give an email address or a phone number so we can reply.';
  }
  if (draft.message.trim().length > 5000) errors.message = 'Use at most 5,000 characters.';
  if (kind === 'book_viewing') {
    const at = localDateTimeToIso(draft.preferredViewingAt);
    if (draft.preferredViewingAt.trim() === '') {
      errors.preferredViewingAt = 'Choose a date and time for the viewing.';
    } else if (at === null) {
      errors.preferredViewingAt = 'Enter a date and time.';
    } else if (Date.parse(at) <= now.getTime()) {
      errors.preferredViewingAt = 'Choose a date and time in the future.';
    }
  }
  return errors;
}

/**
 * The `leads.capture` input for a valid draft about the listing `listingKey` (RESO ListingKey):
 * trimmed text, blank optional fields left out, `source` = `kind`, the viewing time as a UTC
 * instant (viewings only), and the honeypot as typed. Field order is fixed, so equal drafts
 * give equal JSON (see {@link nextEnquiryAttempt}).
 */
export function buildEnquiryInput(
  kind: EnquiryKind,
  draft: EnquiryDraft,
  listingKey: string,
): EnquiryInput {
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const message = draft.message.trim();
  const viewingAt = kind === 'book_viewing' ? localDateTimeToIso(draft.preferredViewingAt) : null;
  return {
    fullName: draft.fullName.trim(),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(message ? { message } : {}),
    linkedListingKeys: [listingKey],
    source: kind,
    ...(viewingAt ? { preferredViewingAt: viewingAt } : {}),
    website: draft.website,
  };
}

/**
 * A fresh idempotency key (`enq_` + a random UUID, 40 characters; the API takes 8–100). Uses
 * `crypto.randomUUID`, else `crypto.getRandomValues` (pages served over plain http lack the
 * former), else `Math.random`.
 */
export function createIdempotencyKey(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (typeof crypto?.randomUUID === 'function') return `enq_${crypto.randomUUID()}`;
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `enq_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One sending of an enquiry: what was sent and under which idempotency key. */
export interface EnquiryAttempt {
  /** The input's JSON. */
  fingerprint: string;
  idempotencyKey: string;
}

/**
 * The attempt for sending `input`: the `previous` one (same key) when the input is unchanged,
 * so a double submit or a retry after a lost answer gets the first answer instead of a second
 * lead; a new key when the visitor changed anything (the API would answer an edited input under
 * an old key with CONFLICT).
 */
export function nextEnquiryAttempt(
  previous: EnquiryAttempt | null,
  input: EnquiryInput,
  createKey: () => string = createIdempotencyKey,
): EnquiryAttempt {
  const fingerprint = JSON.stringify(input);
  return previous?.fingerprint === fingerprint
    ? previous
    : { fingerprint, idempotencyKey: createKey() };
}

/** What a failed `leads.capture` means for the form. */
export interface EnquiryFailure {
  /** `invalid`: bad fields; `rate_limited`: TOO_MANY_REQUESTS; `network`: no answer; else `refused`. */
  kind: 'invalid' | 'rate_limited' | 'network' | 'refused';
  /** The API's message per field shown in the form (`data.issues`). */
  fields: EnquiryErrors;
  /** What the form says above its buttons. */
  message: string;
}

const isEnquiryField = (name: string | undefined): name is EnquiryField =>
  enquiryFields.some((field) => field === name);

/**
 * Reads a failed `leads.capture` (as {@link describeApiError} describes it): field issues go next
 * to their fields (the first per field), issues of other fields (the listing key, say) into the
 * message, with the domain's suggestion (e.g. how to write a phone number); TOO_MANY_REQUESTS asks the visitor to wait a minute; no answer at all (code `null`)
 * is a connection problem, safe to retry; anything else is the API's own message (and
 * suggestion).
 */
export function describeEnquiryFailure(error: ApiErrorDescription): EnquiryFailure {
  if (error.code === 'TOO_MANY_REQUESTS') {
    return {
      kind: 'rate_limited',
      fields: {},
      message: 'Too many enquiries were sent from here just now. Please try again in a minute.',
    };
  }
  if (error.issues.length > 0) {
    const fields: EnquiryErrors = {};
    const others: string[] = [];
    for (const issue of error.issues) {
      const field = issue.path[0];
      if (isEnquiryField(field)) fields[field] ??= issue.message;
      else
        others.push(
          issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
        );
    }
    const check = Object.keys(fields).length > 0 ? 'Check the highlighted fields.' : null;
    const message = [check, ...others, error.suggestion].filter(Boolean).join(' ');
    return { kind: 'invalid', fields, message };
  }
  if (error.code === null) {
    return {
      kind: 'network',
      fields: {},
      message:
        'Your enquiry could not be sent: the connection failed. Check it and send again; it will not arrive twice.',
    };
  }
  return {
    kind: 'refused',
    fields: {},
    message: [error.message, error.suggestion].filter(Boolean).join(' '),
  };
}
