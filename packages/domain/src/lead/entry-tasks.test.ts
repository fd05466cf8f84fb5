import { describe, expect, it } from 'vitest';
import { DomainErrorCode } from '../errors/domain-error';
import { entryTasks } from './entry-tasks';
import type { StageDefinition, TaskTemplate } from './pipeline';

const stageWith = (...templates: TaskTemplate['due'][]): StageDefinition => ({
  key: 'offer_sent',
  name: 'Offer sent',
  kind: 'open',
  terminal: false,
  guards: [],
  entryTasks: templates.map((due, i) => ({ type: 'follow_up', title: `Task ${i + 1}`, due })),
});
const dueTimes = (stage: StageDefinition, enteredAt: string, timeZone: string) =>
  entryTasks(stage, enteredAt, timeZone).map((t) => t.dueAt);

describe('given a stage with entry tasks', () => {
  it('drafts one task per template with its type, title and a UTC due instant', () => {
    const stage: StageDefinition = {
      ...stageWith(),
      entryTasks: [{ type: 'call_back', title: 'Call back', due: { hours: 24 } }],
    };
    expect(entryTasks(stage, '2026-04-01T10:15:00+02:00', 'Europe/Berlin')).toEqual([
      { type: 'call_back', title: 'Call back', dueAt: '2026-04-02T08:15:00.000Z' },
    ]);
  });

  it('adds fractional hours as elapsed time', () => {
    expect(dueTimes(stageWith({ hours: 1.5 }), '2026-04-01T10:00:00Z', 'Asia/Kolkata')).toEqual([
      '2026-04-01T11:30:00.000Z',
    ]);
  });

  it('drafts nothing for a stage without templates', () => {
    expect(entryTasks(stageWith(), '2026-04-01T10:00:00Z', 'UTC')).toEqual([]);
  });
});

describe('given the spring-forward change in New York (2026-03-08)', () => {
  const enteredAt = '2026-03-06T14:00:00Z'; // Friday 09:00 EST

  it('keeps 09:00 local for a three-day task, 71 hours later', () => {
    expect(dueTimes(stageWith({ days: 3 }), enteredAt, 'America/New_York')).toEqual([
      '2026-03-09T13:00:00.000Z', // Monday 09:00 EDT
    ]);
  });

  it('counts 72 elapsed hours for an hours task, which lands at 10:00 local', () => {
    expect(dueTimes(stageWith({ hours: 72 }), enteredAt, 'America/New_York')).toEqual([
      '2026-03-09T14:00:00.000Z',
    ]);
  });

  it('moves a local time inside the skipped hour forward by the gap', () => {
    const saturday = '2026-03-07T15:00:00Z';
    expect(
      dueTimes(stageWith({ days: 1, atLocalTime: '02:30' }), saturday, 'America/New_York'),
    ).toEqual(['2026-03-08T07:30:00.000Z']); // 03:30 EDT
  });
});

describe('given the clocks going back in New York (2026-11-01)', () => {
  it('keeps the local time for a day task, 25 hours later', () => {
    const saturday = '2026-10-31T21:30:00Z'; // 17:30 EDT
    expect(dueTimes(stageWith({ days: 1 }), saturday, 'America/New_York')).toEqual([
      '2026-11-01T22:30:00.000Z', // 17:30 EST
    ]);
  });
});

describe('given British Summer Time starting in London (2026-03-29)', () => {
  it('keeps 17:30 local across the change for a three-day task', () => {
    expect(dueTimes(stageWith({ days: 3 }), '2026-03-27T17:30:00Z', 'Europe/London')).toEqual([
      '2026-03-30T16:30:00.000Z', // 17:30 BST
    ]);
  });

  it('sets the local time of day when the template names one', () => {
    expect(
      dueTimes(
        stageWith({ days: 1, atLocalTime: '09:00' }),
        '2026-03-28T12:00:00Z',
        'Europe/London',
      ),
    ).toEqual(['2026-03-29T08:00:00.000Z']); // 09:00 BST
  });
});

describe('given calendar days in the organisation’s zone', () => {
  it('counts from the local date, not the UTC date', () => {
    // 20:00 UTC on 1 April is already 05:00 on 2 April in Tokyo.
    expect(
      dueTimes(stageWith({ days: 1, atLocalTime: '09:00' }), '2026-04-01T20:00:00Z', 'Asia/Tokyo'),
    ).toEqual(['2026-04-03T00:00:00.000Z']); // 3 April 09:00 JST
  });

  it('rolls over month ends without clamping to the end of the month', () => {
    expect(dueTimes(stageWith({ days: 3 }), '2026-01-30T10:00:00Z', 'UTC')).toEqual([
      '2026-02-02T10:00:00.000Z',
    ]);
    expect(dueTimes(stageWith({ days: 1 }), '2028-02-28T10:00:00Z', 'UTC')).toEqual([
      '2028-02-29T10:00:00.000Z',
    ]);
  });

  it('zeroes the seconds when setting a local time', () => {
    expect(
      dueTimes(stageWith({ days: 0, atLocalTime: '18:00' }), '2026-04-01T10:12:34.567Z', 'UTC'),
    ).toEqual(['2026-04-01T18:00:00.000Z']);
  });
});

describe('given bad input', () => {
  it('refuses an unknown time zone and a date without a time', () => {
    expect(() =>
      entryTasks(stageWith({ days: 1 }), '2026-04-01T10:00:00Z', 'Mars/Olympus'),
    ).toThrow(expect.objectContaining({ code: DomainErrorCode.ValidationFailed }));
    expect(() => entryTasks(stageWith({ days: 1 }), '2026-04-01', 'UTC')).toThrow(
      expect.objectContaining({ code: DomainErrorCode.ValidationFailed }),
    );
  });
});
