import { describe, expect, it } from 'vitest';
import { type DomainError, DomainErrorCode } from '../errors/domain-error';
import { unitNames } from './unit-names';

/** Runs `action` and returns what it threw, failing the test if it threw nothing. */
function thrownBy(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected the call to throw');
}

describe('given a number of units', () => {
  it('names them Unit 1 … Unit N by default', () => {
    expect(unitNames({ count: 3 })).toEqual(['Unit 1', 'Unit 2', 'Unit 3']);
  });

  it('uses the prefix as written and starts where asked', () => {
    expect(unitNames({ count: 3, prefix: 'A-', start: 101 })).toEqual(['A-101', 'A-102', 'A-103']);
    expect(unitNames({ count: 2, prefix: '', start: 0 })).toEqual(['0', '1']);
  });

  it('names up to 1,000 units', () => {
    const names = unitNames({ count: 1000 });
    expect(names).toHaveLength(1000);
    expect(names.at(-1)).toBe('Unit 1000');
  });

  it.each([0, -1, 1001, 2.5, Number.NaN])('refuses a count of %s', (count) => {
    const error = thrownBy(() => unitNames({ count }));
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.context.issues).toEqual([expect.objectContaining({ path: ['count'] })]);
  });

  it('refuses a negative or fractional start', () => {
    for (const start of [-1, 1.5]) {
      const error = thrownBy(() => unitNames({ count: 2, start }));
      expect(error.context.issues).toEqual([expect.objectContaining({ path: ['start'] })]);
    }
  });
});

describe('given a list of names', () => {
  it('trims each name and keeps the order', () => {
    expect(unitNames({ names: [' Flat 2 ', 'Flat 1', 'Penthouse'] })).toEqual([
      'Flat 2',
      'Flat 1',
      'Penthouse',
    ]);
  });

  it('refuses blank names and case-insensitive duplicates, naming every bad index', () => {
    const error = thrownBy(() =>
      unitNames({ names: ['Flat 1', '  ', 'flat 1 ', 'Flat 2', 'FLAT 2'] }),
    );
    expect(error.code).toBe(DomainErrorCode.ValidationFailed);
    expect(error.context.issues).toEqual([
      { path: ['names', 1], message: 'a unit name must not be blank' },
      { path: ['names', 2], message: '"flat 1" repeats the name at index 0' },
      { path: ['names', 4], message: '"FLAT 2" repeats the name at index 3' },
    ]);
    expect(error.message).toBe(
      'Invalid unit names: names.1: a unit name must not be blank (and 2 more)',
    );
  });

  it('refuses an empty list and more than 1,000 names', () => {
    expect(thrownBy(() => unitNames({ names: [] })).context.issues).toEqual([
      { path: ['names'], message: 'give at least one name' },
    ]);
    const many = Array.from({ length: 1001 }, (_, i) => `U${i}`);
    expect(thrownBy(() => unitNames({ names: many })).context.issues).toEqual([
      { path: ['names'], message: 'at most 1000 units; got 1001' },
    ]);
  });
});
