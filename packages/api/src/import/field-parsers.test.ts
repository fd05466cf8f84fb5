import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseDecimal,
  parseInteger,
  parseIsoDate,
  parseMoneyMinor,
} from './field-parsers';

describe('given a date cell', () => {
  it('reads the county basic form 20141013T000000 as 2014-10-13', () => {
    expect(parseIsoDate('20141013T000000')).toEqual({ ok: true, value: '2014-10-13' });
  });

  it('reads extended ISO dates, with or without a time of day', () => {
    expect(parseIsoDate('2014-10-13')).toEqual({ ok: true, value: '2014-10-13' });
    expect(parseIsoDate('2014-10-13T23:59:59-08:00')).toEqual({ ok: true, value: '2014-10-13' });
  });

  it('refuses month 13 with a reason naming it', () => {
    expect(parseIsoDate('20141399T000000')).toEqual({
      ok: false,
      reason: 'not a real calendar date (there is no month 13)',
    });
  });

  it('knows February 29 exists only in leap years', () => {
    expect(parseIsoDate('20160229T000000')).toEqual({ ok: true, value: '2016-02-29' });
    expect(parseIsoDate('20150229T000000')).toEqual({
      ok: false,
      reason: 'not a real calendar date (2015-02 has no day 29)',
    });
    expect(parseIsoDate('1900-02-29').ok).toBe(false);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });

  it('refuses text that is no date, and impossible times', () => {
    expect(parseIsoDate('10/13/2014').ok).toBe(false);
    expect(parseIsoDate('20141013T250000').ok).toBe(false);
  });
});

describe('given a price cell', () => {
  it('reads spreadsheet scientific notation exactly: 1.19E+06 USD is 119000000 cents', () => {
    expect(parseMoneyMinor('1.19E+06', 'USD')).toEqual({ ok: true, value: 119_000_000 });
    expect(parseMoneyMinor('7.70E+06', 'USD')).toEqual({ ok: true, value: 770_000_000 });
  });

  it('reads plain amounts and cents', () => {
    expect(parseMoneyMinor('221900', 'USD')).toEqual({ ok: true, value: 22_190_000 });
    expect(parseMoneyMinor('1234.5', 'USD')).toEqual({ ok: true, value: 123_450 });
  });

  it('refuses text, negative amounts and fractions of a cent', () => {
    expect(parseMoneyMinor('$221,900', 'USD')).toEqual({
      ok: false,
      reason: 'not a decimal amount',
    });
    expect(parseMoneyMinor('-5', 'USD')).toEqual({ ok: false, reason: 'negative amount' });
    expect(parseMoneyMinor('1.005', 'USD')).toEqual({
      ok: false,
      reason: 'more decimals than USD has (2)',
    });
  });
});

describe('given number and flag cells', () => {
  it('reads whole numbers, also with a spreadsheet ".0"', () => {
    expect(parseInteger('1955')).toEqual({ ok: true, value: 1955 });
    expect(parseInteger('3.0')).toEqual({ ok: true, value: 3 });
    expect(parseInteger('3.5')).toEqual({ ok: false, reason: 'not a whole number' });
  });

  it('reads decimals, including exponents, and refuses thousands separators', () => {
    expect(parseDecimal('-122.257')).toEqual({ ok: true, value: -122.257 });
    expect(parseDecimal('1.5E+03')).toEqual({ ok: true, value: 1500 });
    expect(parseDecimal('1,180')).toEqual({ ok: false, reason: 'not a decimal number' });
  });

  it('reads yes/no words in any case', () => {
    expect(parseBoolean('Yes')).toEqual({ ok: true, value: true });
    expect(parseBoolean('0')).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe').ok).toBe(false);
  });
});
