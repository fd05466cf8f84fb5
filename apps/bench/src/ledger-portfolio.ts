/**
 * The let portfolio of the rent-ledger benchmark, as data: buildings of `unitsPerBuilding`
 * units, one tenant and one active lease per unit with a monthly rent line (and mostly a
 * one-month deposit), and what each tenant does every month — the payment intents. Pure and
 * deterministic for a given `seed` except for the entity ids (random UUIDs, as the database's
 * `gen_random_uuid()` would give). `ledger-history.ts` turns it into ledger rows.
 *
 * Payers follow a fixed 20-lease pattern so any 20 consecutive leases hold every kind: 60%
 * punctual (due day + 0–3 days), 10% late (+8–40 days), 10% partial (60–95% of the rent, all
 * that is open every sixth month), 10% missing a month now and then (then paying two), 5%
 * defaulting (paying nothing in their last 1–12 months) and 5% prepaying three months at once.
 * Everyone pays the deposit with the first month's rent on the start date.
 */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  chargeSchedule,
  type IsoDate,
  type PaymentMethod,
  type ScheduledCharge,
} from '@estatekit/domain';

/** Size and shape of the portfolio. */
export interface PortfolioOptions {
  /** Leases, one per unit and per tenant. */
  leases: number;
  /** Rent months per lease: all but the last are seeded; the last is `charges.generate`'s. */
  months: number;
  /** First day of the first month; leases start in that month. */
  firstMonth: IsoDate;
  unitsPerBuilding: number;
  /** Share of payments the bank returns three days later (reversed, then paid again). */
  bounceRate: number;
  seed: number;
}

export const benchPortfolio: PortfolioOptions = {
  leases: 10_000,
  months: 24,
  firstMonth: '2024-12-01',
  unitsPerBuilding: 100,
  bounceRate: 0.005,
  seed: 20_241_201,
};

/** How a simulated tenant pays: on time, late, part of each month, skipping months, stopping, ahead. */
export const payerProfiles = [
  'punctual',
  'late',
  'partial',
  'missed',
  'defaulted',
  'prepayer',
] as const;
export type PayerProfile = (typeof payerProfiles)[number];

/** Lease i pays like PATTERN[i % 20]: 12 punctual, 2 late, 2 partial, 2 missed, 1 + 1. */
const PATTERN: readonly PayerProfile[] = [
  ...['punctual', 'late', 'punctual', 'partial', 'punctual', 'missed', 'punctual'],
  ...['punctual', 'defaulted', 'punctual', 'prepayer', 'punctual', 'late', 'punctual'],
  ...['partial', 'punctual', 'missed', 'punctual', 'punctual', 'punctual'],
] as PayerProfile[];

/** What a tenant pays on `day` (epoch day): `minor`, or all that is open when null. */
export interface PaymentIntent {
  day: number;
  minor: number | null;
  /** At most what is open that day (false only for prepayments, which leave credit). */
  capped: boolean;
  method: PaymentMethod;
  bounces: boolean;
}

/** One lease with its unit, tenant, rent line, schedule of rent charges and payment intents. */
export interface LeasePlan {
  index: number;
  id: string;
  buildingIndex: number;
  unitId: string;
  unitPosition: number;
  tenantId: string;
  tenant: { name: string; email: string; phone: string };
  lineId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  rentMinor: number;
  dueDay: number;
  depositMinor: number;
  profile: PayerProfile;
  /** Rent charges due from the start to `historyEnd`, as `chargeSchedule` computes them. */
  rents: ScheduledCharge[];
  intents: PaymentIntent[];
}

/** The portfolio: buildings, leases, and the calendar of the run. */
export interface Portfolio {
  options: PortfolioOptions;
  buildings: { id: string; name: string; address: string; unitIds: string[] }[];
  leases: LeasePlan[];
  /** The day the leases were signed (activated): 11 days before `firstMonth`. */
  activationDay: IsoDate;
  /** Last day of the seeded history: the day before the last month. */
  historyEnd: IsoDate;
  /** The last month, left for `charges.generate`. */
  generateRange: { from: IsoDate; to: IsoDate };
}

/** Epoch day of an ISO date, and back. */
export const dayOf = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const isoOf = (day: number): IsoDate =>
  new Date(day * 86_400_000).toISOString().slice(0, 10);

/** First day of the month `k` months after `first` (a first of month). */
export function monthStart(first: IsoDate, k: number): IsoDate {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + k, 1));
  return d.toISOString().slice(0, 10);
}

/** mulberry32: a small seeded PRNG in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jia'];
const LAST = ['Okafor', 'Silva', 'Nguyen', 'Mueller', 'Haddad', 'Kowalski', 'Tanaka', 'Reyes'];

function methodOf(r: number): PaymentMethod {
  return r < 0.55 ? 'bank_transfer' : r < 0.75 ? 'card' : r < 0.9 ? 'mobile_money' : 'cash';
}

function intentsOf(lease: LeasePlan, options: PortfolioOptions, rnd: () => number) {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pay = (day: number, minor: number | null, capped = true): PaymentIntent => ({
    day,
    minor,
    capped,
    method: methodOf(rnd()),
    bounces: rnd() < options.bounceRate,
  });
  const [first, ...rest] = lease.rents;
  if (!first) return [];
  const out = [pay(dayOf(first.dueDate), lease.depositMinor + first.amountMinor)];
  const stop = lease.rents.length - int(0, 11);
  const phase = int(0, 5);
  let skipped = false;
  let skip = 0;
  /** What the tenant pays for `month` (2, 3, …), or null when nothing. */
  const monthly = (month: number, due: number, rentMinor: number): PaymentIntent | null => {
    const punctual = () => pay(due + int(0, 3), rentMinor);
    switch (lease.profile) {
      case 'punctual':
        return punctual();
      case 'late':
        return pay(due + int(8, 40), rentMinor);
      case 'partial':
        if (month % 6 === 0) return pay(due + 3, null);
        return pay(due + int(0, 5), Math.round((rentMinor * (0.6 + 0.35 * rnd())) / 100) * 100);
      case 'missed': {
        if (rnd() < 0.25) {
          skipped = true;
          return null;
        }
        const intent = pay(due + int(0, 6), rentMinor * (skipped ? 2 : 1));
        skipped = false;
        return intent;
      }
      case 'defaulted':
        return month < stop ? punctual() : null;
      case 'prepayer':
        if (skip > 0) {
          skip -= 1;
          return null;
        }
        if (month % 6 !== phase) return punctual();
        skip = 2;
        return pay(due + int(0, 3), rentMinor * 3, false);
      default:
        return lease.profile satisfies never;
    }
  };
  rest.forEach((rent, k) => {
    const intent = monthly(k + 2, dayOf(rent.dueDate), rent.amountMinor);
    if (intent) out.push(intent);
  });
  return out;
}

/** Plans the portfolio: every lease's terms, rent schedule and payment intents. */
export function planPortfolio(options: PortfolioOptions): Portfolio {
  const historyEnd = addDays(monthStart(options.firstMonth, options.months - 1), -1);
  const buildings: Portfolio['buildings'] = [];
  const leases: LeasePlan[] = [];
  for (let i = 0; i < options.leases; i++) {
    const rnd = random(options.seed + i * 0x9e3779b1);
    const b = Math.floor(i / options.unitsPerBuilding);
    if (!buildings[b]) {
      const name = `Block ${String(b + 1).padStart(3, '0')}`;
      buildings[b] = { id: randomUUID(), name, address: `${b + 1} Ledger Street`, unitIds: [] };
    }
    const unitId = randomUUID();
    buildings[b].unitIds.push(unitId);
    const startDate = i % 10 === 3 ? addDays(options.firstMonth, 1 + (i % 27)) : options.firstMonth;
    const [y, m, d] = startDate.split('-');
    const rentMinor = 90_000 + 2_500 * Math.floor(rnd() * 105);
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const lease: LeasePlan = {
      index: i,
      id: randomUUID(),
      buildingIndex: b,
      unitId,
      unitPosition: (i % options.unitsPerBuilding) + 1,
      tenantId: randomUUID(),
      tenant: {
        name: `${first} ${last}`,
        email: `${first}.${last}.${i + 1}@example.com`,
        phone: `+1 206 ${200 + Math.floor(i / 10_000)} ${String(i % 10_000).padStart(4, '0')}`,
      },
      lineId: randomUUID(),
      startDate,
      endDate: i % 3 === 0 ? addDays(`${Number(y) + 3}-${m}-${d}`, -1) : null,
      rentMinor,
      dueDay: i % 8 === 6 ? 5 : 1,
      depositMinor: i % 5 === 4 ? 0 : rentMinor,
      profile: PATTERN[i % PATTERN.length]!,
      rents: [],
      intents: [],
    };
    lease.rents = chargeSchedule(
      { startDate, endDate: lease.endDate, lines: [rentLine(lease)] },
      { from: startDate, to: historyEnd },
    );
    lease.intents = intentsOf(lease, options, rnd);
    leases.push(lease);
  }
  const last = monthStart(options.firstMonth, options.months - 1);
  return {
    options,
    buildings,
    leases,
    activationDay: addDays(options.firstMonth, -11),
    historyEnd,
    generateRange: { from: last, to: addDays(monthStart(options.firstMonth, options.months), -1) },
  };
}

/** The lease's one charge line (`ChargeLine`), as `leases.create` stores it. */
export function rentLine(lease: Pick<LeasePlan, 'lineId' | 'rentMinor' | 'dueDay'>) {
  return {
    id: lease.lineId,
    type: 'rent' as const,
    description: null,
    amountMinor: lease.rentMinor,
    frequency: 'monthly' as const,
    dueDay: lease.dueDay,
    firstPeriod: null,
    lastPeriod: null,
  };
}
