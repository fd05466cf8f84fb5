import { describe, expect, it } from 'vitest';
import { describeApiError } from './api-error.utils';

describe('given a tRPC error from the EstateKit API', () => {
  it('keeps the message, codes, suggestion and each invalid field', () => {
    const error = Object.assign(new Error('Invalid input'), {
      data: {
        code: 'BAD_REQUEST',
        issues: [{ path: ['filters', 'yearBuilt', 'min'], message: 'Too small' }, { nope: 1 }],
        domain: { code: 'VALIDATION_FAILED', context: {}, suggestion: 'Use a year after 1600.' },
      },
    });
    expect(describeApiError(error)).toEqual({
      message: 'Invalid input',
      code: 'BAD_REQUEST',
      domainCode: 'VALIDATION_FAILED',
      suggestion: 'Use a year after 1600.',
      issues: [{ path: ['filters', 'yearBuilt', 'min'], message: 'Too small' }],
    });
  });
});

describe('given something that is not an API error', () => {
  it('still describes it without throwing', () => {
    expect(describeApiError(undefined).message).toMatch(/went wrong/);
    expect(describeApiError(new TypeError('Failed to fetch'))).toMatchObject({
      message: 'Failed to fetch',
      code: null,
      issues: [],
    });
  });
});
