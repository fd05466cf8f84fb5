import { describe, expect, it } from 'vitest';
import { issuesByField, localDateTimeToIso, textOrNull } from './lead-kanban-form.utils';

describe('given the API’s field issues', () => {
  it('keeps the first message per top-level field', () => {
    expect(
      issuesByField([
        { path: ['email'], message: 'Invalid email address' },
        { path: ['email'], message: 'Too long' },
        { path: ['wantedAreas', '2'], message: 'Too long' },
        { path: [], message: 'give an email or a phone number' },
      ]),
    ).toEqual({
      email: 'Invalid email address',
      wantedAreas: 'Too long',
      '': 'give an email or a phone number',
    });
  });
});

describe('given typed values', () => {
  it('reads a datetime-local value as the visitor’s local time, as an ISO instant', () => {
    const iso = localDateTimeToIso('2026-03-05T14:30');
    expect(iso).toBe(new Date(2026, 2, 5, 14, 30).toISOString());
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('next tuesday')).toBeNull();
  });

  it('turns blank text into null', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' L-77 ')).toBe('L-77');
  });
});
