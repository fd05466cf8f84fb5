import { describe, expect, it } from 'vitest';
import { dueState, heatLevel } from './lead-kanban-card.utils';

describe('given a heat', () => {
  it('bands it in thirds of 0–100', () => {
    expect([0, 33, 34, 66, 67, 100].map(heatLevel)).toEqual([
      'cold',
      'cold',
      'warm',
      'warm',
      'hot',
      'hot',
    ]);
  });
});

describe('given a task and a clock', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  const open = (dueAt: string) => ({ dueAt, status: 'open' as const });

  it('is overdue once its due time has passed, or when the API says so', () => {
    expect(dueState(open('2026-03-10T11:59:00.000Z'), now, 'UTC')).toBe('overdue');
    expect(dueState({ dueAt: '2026-03-11T09:00:00Z', status: 'overdue' }, now, 'UTC')).toBe(
      'overdue',
    );
  });

  it('is due today later on the same calendar day in the given time zone', () => {
    expect(dueState(open('2026-03-10T23:30:00.000Z'), now, 'UTC')).toBe('today');
    // 23:30 UTC is already the 11th in Berlin, while noon UTC is still the 10th there.
    expect(dueState(open('2026-03-10T23:30:00.000Z'), now, 'Europe/Berlin')).toBe('upcoming');
    // 03:00 UTC on the 11th is still the 10th in Los Angeles.
    expect(dueState(open('2026-03-11T03:00:00.000Z'), now, 'America/Los_Angeles')).toBe('today');
  });

  it('is upcoming on a later day, and nothing once done, canceled or unreadable', () => {
    expect(dueState(open('2026-03-12T09:00:00.000Z'), now.getTime(), 'UTC')).toBe('upcoming');
    expect(dueState({ dueAt: '2026-03-01T09:00:00Z', status: 'done' }, now)).toBeNull();
    expect(dueState({ dueAt: '2026-03-01T09:00:00Z', status: 'canceled' }, now)).toBeNull();
    expect(dueState(open('soon'), now)).toBeNull();
  });
});
