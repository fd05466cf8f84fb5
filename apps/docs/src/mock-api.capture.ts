import { leadCaptureInput } from '@estatekit/domain';
import { MockApiError } from './mock-api.errors';
import { type LeadStore, parse } from './mock-api.leads';

/*
 * `leads.capture`, the API's public web form, in the mocked API: validated by the domain's own
 * `leadCaptureInput` (so a bad field comes back with the API's path and message), then the
 * API's rules for a visitor: a filled honeypot is answered as received and stores nothing; an
 * email or phone the pipeline knows adds the enquiry to that lead; a repeated idempotency key
 * gets the first answer (CONFLICT with another input); anything else creates a lead in the
 * first stage. Answers `{ status: 'received', reference }`.
 */

/** How the mock answers `leads.capture`: as the API does, or as to a visitor over its limit. */
export type MockCapture = 'received' | 'rate_limited';

/** The API's answer to a visitor over the web form's rate limit (10 a minute per IP). */
export const captureRateLimitedError = new MockApiError(
  'Too many submissions; try again in 48 s.',
  'TOO_MANY_REQUESTS',
  429,
);

/** A short, quotable reference for a lead, as the API makes it: `L-` and 8 hex digits. */
export const captureReference = (id: string) => `L-${id.replace(/-/g, '').slice(-8).toUpperCase()}`;

/** The API's refusal of a phone number its normaliser cannot read (fewer than 7 digits here). */
function checkPhone(phone: string | null | undefined) {
  if (!phone || phone.replace(/\D/g, '').length >= 7) return;
  throw new MockApiError(
    'The phone number is not valid.',
    'BAD_REQUEST',
    400,
    [{ path: ['phone'], message: 'not a valid phone number' }],
    {
      code: 'VALIDATION_FAILED',
      context: { issues: [{ path: ['phone'], message: 'not a valid phone number' }] },
      suggestion: 'Include the country code, e.g. +1 415 555 0123.',
    },
  );
}

/** The `leads.capture` handler over `store`; `mode` `rate_limited` refuses every call. */
export function createCaptureHandler(store: LeadStore, mode: MockCapture = 'received') {
  const answers = new Map<string, { input: string; answer: unknown }>();
  let honeypots = 0;
  return (raw: unknown) => {
    if (mode === 'rate_limited') throw captureRateLimitedError;
    const input = parse(leadCaptureInput, raw);
    if (input.website) {
      honeypots += 1;
      return {
        status: 'received',
        reference: `L-${(0xb0_000_000 + honeypots).toString(16).toUpperCase()}`,
      };
    }
    const first = input.idempotencyKey ? answers.get(input.idempotencyKey) : undefined;
    if (first) {
      if (first.input === JSON.stringify(input)) return first.answer;
      throw new MockApiError(
        'This idempotency key was already used for a different request.',
        'CONFLICT',
        409,
        null,
        {
          code: 'CONFLICT',
          context: { idempotencyKey: input.idempotencyKey },
          suggestion: 'Use a new idempotency key for a new request.',
        },
      );
    }
    checkPhone(input.phone);
    const { idempotencyKey, website: _honeypot, preferredViewingAt: _at, ...form } = input;
    const email = form.email?.toLowerCase() ?? null;
    const lead =
      store.findByContact(email, form.phone ?? null) ?? store.insertLead({ ...form, email });
    const answer = { status: 'received', reference: captureReference(lead.id) };
    if (idempotencyKey) answers.set(idempotencyKey, { input: JSON.stringify(input), answer });
    return answer;
  };
}
