import { describe, expect, it } from 'vitest';
import type { ApiErrorDescription } from '../lib/api-error.utils';
import {
  buildEnquiryInput,
  createIdempotencyKey,
  describeEnquiryFailure,
  type EnquiryDraft,
  localDateTimeToIso,
  nextEnquiryAttempt,
  toLocalDateTimeValue,
  validateEnquiry,
} from './property-grid-enquiry.utils';

const now = new Date('2026-03-10T12:00:00.000Z');

const draft = (overrides: Partial<EnquiryDraft> = {}): EnquiryDraft => ({
  fullName: 'Mary Somerville',
  email: 'mary@example.com',
  phone: '',
  message: '',
  preferredViewingAt: '',
  website: '',
  ...overrides,
});

const apiError = (overrides: Partial<ApiErrorDescription>): ApiErrorDescription => ({
  message: 'Something went wrong.',
  code: 'INTERNAL_SERVER_ERROR',
  domainCode: null,
  suggestion: null,
  issues: [],
  ...overrides,
});

describe('given a draft to check', () => {
  it('accepts a name with an email or a phone', () => {
    expect(validateEnquiry('request_info', draft(), now)).toEqual({});
    expect(
      validateEnquiry('request_info', draft({ email: '', phone: '0412 345 678' }), now),
    ).toEqual({});
  });

  it('wants a name, an email of the right shape, and an email or a phone', () => {
    expect(validateEnquiry('request_info', draft({ fullName: '  ' }), now)).toEqual({
      fullName: 'Enter your name.',
    });
    for (const email of ['mary', 'mary@', 'mary@example', '@example.com', 'ma ry@example.com']) {
      expect(validateEnquiry('request_info', draft({ email }), now).email).toMatch(/like name@/);
    }
    expect(validateEnquiry('request_info', draft({ email: ' ', phone: '' }), now)).toEqual({
      email: 'Give an email address or a phone number so we can reply.',
    });
  });

  it('wants a viewing time in the future, to book a viewing', () => {
    const at = (value: string) =>
      validateEnquiry('book_viewing', draft({ preferredViewingAt: value }), now).preferredViewingAt;
    expect(at('')).toBe('Choose a date and time for the viewing.');
    expect(at('next tuesday')).toBe('Enter a date and time.');
    expect(at(toLocalDateTimeValue(new Date(now.getTime() - 60_000)))).toBe(
      'Choose a date and time in the future.',
    );
    expect(at(toLocalDateTimeValue(new Date(now.getTime() + 3_600_000)))).toBeUndefined();
    // Information requests carry no time, so none is checked.
    expect(validateEnquiry('request_info', draft({ preferredViewingAt: 'x' }), now)).toEqual({});
  });
});

describe('given local date-time values', () => {
  it('reads the visitor’s wall clock as a UTC instant, and writes one back to the minute', () => {
    const local = '2026-07-01T09:15';
    const iso = localDateTimeToIso(local)!;
    expect(iso).toBe(new Date(2026, 6, 1, 9, 15).toISOString());
    expect(toLocalDateTimeValue(new Date(iso))).toBe(local);
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2026-13-45T99:99')).toBeNull();
  });
});

describe('given a valid draft to send', () => {
  it('builds the leads.capture input: trimmed, blanks left out, listing key, source, honeypot', () => {
    expect(
      buildEnquiryInput(
        'request_info',
        draft({
          fullName: ' Mary ',
          phone: '  ',
          message: ' Hi ',
          preferredViewingAt: '2099-01-01T10:00',
        }),
        'key-1',
      ),
    ).toEqual({
      fullName: 'Mary',
      email: 'mary@example.com',
      message: 'Hi',
      linkedListingKeys: ['key-1'],
      source: 'request_info',
      website: '',
    });
    expect(
      buildEnquiryInput(
        'book_viewing',
        draft({ preferredViewingAt: '2099-01-01T10:00', website: 'x' }),
        'key-1',
      ),
    ).toMatchObject({
      source: 'book_viewing',
      preferredViewingAt: new Date(2099, 0, 1, 10, 0).toISOString(),
      website: 'x',
    });
  });
});

describe('given repeated sendings', () => {
  it('reuses the key for the same input and takes a new one when the input changed', () => {
    let n = 0;
    const key = () => `key-${++n}-padding`;
    const input = buildEnquiryInput('request_info', draft(), 'key-1');
    const first = nextEnquiryAttempt(null, input, key);
    expect(first.idempotencyKey).toBe('key-1-padding');
    expect(nextEnquiryAttempt(first, { ...input }, key)).toBe(first);
    const edited = nextEnquiryAttempt(first, { ...input, message: 'Parking?' }, key);
    expect(edited.idempotencyKey).toBe('key-2-padding');
  });

  it('creates keys the API accepts (8–100 characters), different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, createIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key.length).toBeGreaterThanOrEqual(8);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(100);
  });
});

describe('given a failed leads.capture', () => {
  it('puts field issues next to their fields and the others in the message', () => {
    const failure = describeEnquiryFailure(
      apiError({
        code: 'BAD_REQUEST',
        issues: [
          { path: ['email'], message: 'Invalid email address' },
          { path: ['email'], message: 'second issue, not shown' },
          { path: ['idempotencyKey'], message: 'Too small' },
        ],
      }),
    );
    expect(failure).toEqual({
      kind: 'invalid',
      fields: { email: 'Invalid email address' },
      message: 'Check the highlighted fields. idempotencyKey: Too small',
    });
  });

  it('asks to wait a minute when rate-limited, and to retry when the connection failed', () => {
    expect(describeEnquiryFailure(apiError({ code: 'TOO_MANY_REQUESTS' }))).toMatchObject({
      kind: 'rate_limited',
      message: expect.stringContaining('try again in a minute'),
    });
    expect(
      describeEnquiryFailure(apiError({ code: null, message: 'Failed to fetch' })),
    ).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('connection failed'),
    });
  });

  it('shows any other refusal in the API’s own words, with its suggestion', () => {
    expect(
      describeEnquiryFailure(
        apiError({
          code: 'FORBIDDEN',
          message: 'This publishable key may only be used from the organization’s allowed origins.',
          suggestion: 'Add this site in Settings.',
        }),
      ),
    ).toEqual({
      kind: 'refused',
      fields: {},
      message:
        'This publishable key may only be used from the organization’s allowed origins. Add this site in Settings.',
    });
  });
});
