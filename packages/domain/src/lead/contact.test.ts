import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone } from './contact';

describe('given an email address as typed', () => {
  it('trims and lower-cases it', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(normalizeEmail('wanjiru+homes@mail.co.ke')).toBe('wanjiru+homes@mail.co.ke');
  });

  it('returns null for anything that is not an email', () => {
    for (const raw of [
      '',
      '   ',
      'ada',
      'ada@',
      '@example.com',
      'ada@example',
      'ada lovelace@example.com',
      'a@b@c.com',
      'ada@-example.com',
      null,
      undefined,
    ]) {
      expect(normalizeEmail(raw)).toBeNull();
    }
  });

  it('refuses an address longer than 254 characters', () => {
    expect(normalizeEmail(`${'a'.repeat(250)}@example.com`)).toBeNull();
  });
});

describe('given a phone number as typed', () => {
  it.each([
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['+1 (415) 555-2671', undefined, '+14155552671'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+44 (0)20 7946 0958', undefined, '+442079460958'],
    ['07911 123456', 'GB', '+447911123456'],
    ['0712 345 678', 'KE', '+254712345678'],
    ['0722-000-000', 'KE', '+254722000000'],
    ['+254 712 345678', 'US', '+254712345678'],
  ] as const)('reads %s (default %s) as %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)).toBe(e164);
  });

  it('drops an extension, which E.164 cannot hold', () => {
    expect(normalizePhone('+44 7911 123456 ext. 5')).toBe('+447911123456');
  });

  it('returns null for garbage, too-short and impossible numbers', () => {
    expect(normalizePhone('call me maybe', 'US')).toBeNull();
    expect(normalizePhone('123', 'US')).toBeNull();
    expect(normalizePhone('+1 123 456 7890')).toBeNull();
    expect(normalizePhone('+254 712 34567')).toBeNull();
    expect(normalizePhone('', 'GB')).toBeNull();
    expect(normalizePhone(null)).toBeNull();
  });

  it('needs a country for a national number', () => {
    expect(normalizePhone('07911 123456')).toBeNull();
    expect(normalizePhone('07911 123456', 'GB')).toBe('+447911123456');
  });
});
