import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error';
import { addDays, daysBetween, daysToIsoDate, isoDateToDays } from './ledger-dates';

describe('given calendar days', () => {
  it('counts from 1970-01-01 and back', () => {
    expect(isoDateToDays('1970-01-02')).toBe(1);
    expect(daysToIsoDate(0)).toBe('1970-01-01');
  });

  it('steps over month ends and leap days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-3-1', '2026-03-01T00:00:00Z', ''])(
    'refuses %j, naming the field',
    (date) => {
      expect(() => isoDateToDays(date, 'dueDate')).toThrow(DomainError);
      expect(() => isoDateToDays(date, 'dueDate')).toThrow(/dueDate must be a calendar day/);
    },
  );
});
