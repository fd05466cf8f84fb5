import { describe, expect, it } from 'vitest';
import {
  type AgentAvailability,
  availabilityAt,
  type WorkingHours,
  workingHoursSchema,
} from './availability';

const weekdays9to1730: WorkingHours = {
  days: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '17:30' }]])),
};
const always: AgentAvailability = { active: true, awayUntil: null, workingHours: null };
const london = 'Europe/London';

describe('given an agent’s status and away period', () => {
  const now = '2026-04-01T10:00:00Z';

  it('is available when active, not away and without working hours', () => {
    expect(availabilityAt(always, now, london)).toEqual({ available: true });
  });

  it('reports inactive before anything else', () => {
    const agent = { ...always, active: false, awayUntil: '2026-04-02T00:00:00Z' };
    expect(availabilityAt(agent, now, london)).toEqual({ available: false, reason: 'inactive' });
  });

  it('is away until awayUntil, and back at that instant', () => {
    const agent = { ...always, awayUntil: '2026-04-01T12:00:00Z' };
    expect(availabilityAt(agent, now, london)).toEqual({ available: false, reason: 'away' });
    expect(availabilityAt(agent, '2026-04-01T12:00:00Z', london)).toEqual({ available: true });
  });

  it('is away from awayFrom on, open-ended when no end is set', () => {
    const planned = {
      ...always,
      awayFrom: '2026-04-05T00:00:00Z',
      awayUntil: '2026-04-12T00:00:00Z',
    };
    expect(availabilityAt(planned, now, london)).toEqual({ available: true });
    expect(availabilityAt(planned, '2026-04-06T10:00:00Z', london).available).toBe(false);
    const leave = { ...always, awayFrom: '2026-03-01T00:00:00Z', awayUntil: null };
    expect(availabilityAt(leave, now, london)).toEqual({ available: false, reason: 'away' });
  });
});

describe('given weekday working hours 09:00–17:30', () => {
  const agent = { ...always, workingHours: weekdays9to1730 };
  const at = (iso: string, zone = london) => availabilityAt(agent, iso, zone);

  it('is available inside the hours on the org’s wall clock, summer time included', () => {
    expect(at('2026-03-30T08:30:00Z')).toEqual({ available: true }); // Mon 09:30 BST
    expect(at('2026-03-27T08:30:00Z')).toEqual({
      available: false,
      reason: 'outside_working_hours',
    }); // Fri 08:30 GMT
  });

  it('closes at the end time, which is exclusive', () => {
    expect(at('2026-03-30T16:29:59Z').available).toBe(true);
    expect(at('2026-03-30T16:30:00Z')).toEqual({
      available: false,
      reason: 'outside_working_hours',
    });
  });

  it('is off at weekends', () => {
    expect(at('2026-03-28T12:00:00Z')).toEqual({
      available: false,
      reason: 'outside_working_hours',
    });
  });

  it('reads the hours in the agent’s own zone when set', () => {
    const remote = { ...agent, workingHours: { ...weekdays9to1730, timeZone: 'America/New_York' } };
    // 14:00 UTC Monday is 15:00 in London but 10:00 in New York.
    expect(availabilityAt(remote, '2026-03-30T14:00:00Z', london)).toEqual({ available: true });
    expect(availabilityAt(remote, '2026-03-30T12:00:00Z', london).available).toBe(false);
  });

  it('handles a night shift split over midnight', () => {
    const nights = {
      ...always,
      workingHours: {
        days: { 1: [{ start: '22:00', end: '24:00' }], 2: [{ start: '00:00', end: '06:00' }] },
      },
    };
    expect(availabilityAt(nights, '2026-03-30T23:30:00Z', 'UTC').available).toBe(true);
    expect(availabilityAt(nights, '2026-03-31T05:59:00Z', 'UTC').available).toBe(true);
    expect(availabilityAt(nights, '2026-03-31T06:00:00Z', 'UTC').available).toBe(false);
  });
});

describe('given working hours from the API', () => {
  const parse = (value: unknown) => workingHoursSchema.safeParse(value);
  const paths = (value: unknown) => parse(value).error?.issues.map((i) => i.path.join('.'));

  it('accepts weekday keys 1–7 with HH:mm intervals and an optional zone', () => {
    expect(
      parse({
        timeZone: 'Africa/Nairobi',
        days: {
          '1': [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
          '6': [],
        },
      }).success,
    ).toBe(true);
    expect(parse(weekdays9to1730).success).toBe(true);
  });

  it('refuses a start not before its end, overlapping intervals and malformed times', () => {
    expect(paths({ days: { '1': [{ start: '17:00', end: '09:00' }] } })).toEqual(['days.1.0.end']);
    expect(
      paths({
        days: {
          '2': [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        },
      }),
    ).toEqual(['days.2.1.start']);
    expect(paths({ days: { '3': [{ start: '9:00', end: '25:00' }] } })).toEqual([
      'days.3.0.start',
      'days.3.0.end',
    ]);
  });

  it('refuses an unknown zone, a weekday 8 and unknown keys', () => {
    expect(paths({ timeZone: 'Mars/Olympus', days: {} })).toEqual(['timeZone']);
    expect(parse({ days: { '8': [] } }).success).toBe(false);
    expect(parse({ days: {}, lunch: true }).success).toBe(false);
  });
});
