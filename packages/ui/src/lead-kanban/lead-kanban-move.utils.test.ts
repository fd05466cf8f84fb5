import { describe, expect, it } from 'vitest';
import { conflictMessage, describeMoveError } from './lead-kanban-move.utils';

const apiError = (message: string, data: Record<string, unknown>) =>
  Object.assign(new Error(message), { data });

describe('given a refused move', () => {
  it('lists every violated rule in the API’s words, with its suggestion', () => {
    const error = apiError('Joined message.', {
      code: 'UNPROCESSABLE_CONTENT',
      domain: {
        code: 'INVALID_TRANSITION',
        context: {
          violations: [
            { code: 'phone_missing', message: 'The lead needs a phone number.' },
            { code: 'email_missing', message: 'The lead needs an email address.' },
            { code: 'broken' },
          ],
        },
        suggestion: 'From here the lead can move to: Negotiation, Lost.',
      },
    });
    expect(describeMoveError(error)).toEqual({
      kind: 'refused',
      messages: ['The lead needs a phone number.', 'The lead needs an email address.'],
      suggestion: 'From here the lead can move to: Negotiation, Lost.',
    });
  });

  it('falls back to the message when the violations are missing', () => {
    const error = apiError('Say why the lead is moving to Lost.', {
      domain: { code: 'INVALID_TRANSITION', context: {} },
    });
    expect(describeMoveError(error).messages).toEqual(['Say why the lead is moving to Lost.']);
  });
});

describe('given a stale version or another failure', () => {
  it('says someone else changed the lead on CONFLICT', () => {
    expect(describeMoveError(apiError('Version 3 is stale.', { code: 'CONFLICT' }))).toEqual({
      kind: 'conflict',
      messages: [conflictMessage],
      suggestion: null,
    });
  });

  it('keeps the API’s message for anything else, and has one for a bare failure', () => {
    const forbidden = apiError('This lead is assigned to another agent.', { code: 'FORBIDDEN' });
    expect(describeMoveError(forbidden)).toMatchObject({
      kind: 'failed',
      messages: ['This lead is assigned to another agent.'],
    });
    expect(describeMoveError(undefined).messages).toEqual([
      'The lead could not be moved. Try again.',
    ]);
  });
});
