import { z } from 'zod';
import { chargeFrequencies, chargeLineTypes } from '../ledger/ledger.codes';
import { periodOf } from './charge-line';
import { toEpochDay } from './iso-date';

/**
 * A calendar day as a strict `YYYY-MM-DD` string that names a real date in the proleptic
 * Gregorian calendar (ISO 8601 calendar date): `2028-02-29` passes, `2027-02-29`, `2026-4-1` and
 * `2026-04-01T00:00Z` do not.
 */
export const isoDateSchema = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'a date as YYYY-MM-DD, e.g. 2026-03-15' });
  } else if (toEpochDay(value) === null) {
    ctx.addIssue({ code: 'custom', message: `${value} is not a calendar date` });
  }
});

const wholeMinor = `a whole number of minor units, at most ${Number.MAX_SAFE_INTEGER}`;

/**
 * A recurring charge line as a manager enters it (a `ChargeLine` without its `id`): amount in
 * minor units of the lease's currency, > 0; `dueDay` 1–31 for monthly lines (clamped to short
 * months when charges are scheduled), 1–7 (ISO weekday, 1 = Monday) for weekly ones;
 * `firstPeriod`/`lastPeriod` any date inside the first/last billed period, `null` or absent for
 * the lease's start/end, and the last period must not be before the first (two dates in the same
 * month, or ISO week, name the same period and pass).
 */
export const chargeLineSchema = z
  .strictObject({
    type: z.enum(chargeLineTypes),
    /** Shown on the charge; blank becomes `null`. */
    description: z
      .string()
      .trim()
      .max(200, 'at most 200 characters')
      .transform((text) => text || null)
      .nullable()
      .default(null),
    /** z.int() is already limited to safe integers (±2^53 − 1). */
    amountMinor: z.int(wholeMinor).positive('must be more than zero'),
    frequency: z.enum(chargeFrequencies),
    dueDay: z.int('a whole day number').min(1, 'at least 1').max(31, 'at most 31'),
    firstPeriod: isoDateSchema.nullable().default(null),
    lastPeriod: isoDateSchema.nullable().default(null),
  })
  .superRefine((line, ctx) => {
    if (line.frequency === 'weekly' && line.dueDay > 7) {
      ctx.addIssue({
        code: 'custom',
        path: ['dueDay'],
        message: 'a weekly line is due on an ISO weekday: 1 (Monday) to 7 (Sunday)',
      });
    }
    const first = line.firstPeriod === null ? null : toEpochDay(line.firstPeriod);
    const last = line.lastPeriod === null ? null : toEpochDay(line.lastPeriod);
    if (
      first !== null &&
      last !== null &&
      periodOf(line.frequency, last).start < periodOf(line.frequency, first).start
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastPeriod'],
        message: 'the last billed period must not be before the first',
      });
    }
  });
export type ChargeLineInput = z.input<typeof chargeLineSchema>;
