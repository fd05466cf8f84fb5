/**
 * The demo agency's rental portfolio, decided up front without I/O: buildings and units
 * (demo-ledger.data.ts), who rents what from when to when over the 24 months before today,
 * each lease's charge lines, deposit and outcome (active, notice given, ended, terminated, in
 * collections), and how its tenants pay (`Payer`). `ensureDemoLedger` (demo-ledger.ts) writes
 * the plan through the API; demo-ledger-payments.ts turns each lease's charges into payments.
 */
import type { DemoCaller } from './demo-caller';
import {
  collectionsReason,
  type DemoBuildingSpec,
  demoBuildings,
  electricityDollars,
  landlordDueDays,
  moveOutDeductions,
  terminationReasons,
  wifiTiersMinor,
} from './demo-ledger.data';
import {
  addDays,
  addMonths,
  daysBetween,
  firstOfMonth,
  lastOfMonth,
  laterOf,
} from './demo-ledger-dates';
import { createPeople } from './demo-people';
import type { Random } from './demo-random';

type LeaseCreateInput = Parameters<DemoCaller['leases']['create']>[0];
/** A recurring charge line as `leases.create` takes it (amounts in cents). */
export type PlanLine = NonNullable<LeaseCreateInput['lines']>[number];
/** A tenant as `tenants.create` takes it; phones as people type them, stored in E.164. */
export type PlanTenant = Parameters<DemoCaller['tenants']['create']>[0];

/**
 * How a lease's tenants pay (demo-ledger-payments.ts): `punctual` within the grace days;
 * `late` some months 6–24 days late; `partial` some months part, the rest with the next bill;
 * `skipper` misses a month now and then and pays both next time; `behind` pays about half of
 * every bill since `payerFrom`; `stopped` pays nothing since `payerFrom`.
 */
export type Payer = 'punctual' | 'late' | 'partial' | 'skipper' | 'behind' | 'stopped';

/** Where a lease stands today, and the dated event that put it there (all on or before today). */
export type LeaseOutcome =
  | { kind: 'active' }
  | { kind: 'notice'; noticeDate: string; endDate: string }
  | { kind: 'ended'; endedOn: string }
  | { kind: 'terminated'; terminatedOn: string; reason: string }
  | { kind: 'collections'; on: string; reason: string };

/** One lease of the plan. Dates are ISO dates in the org's time zone; money in cents. */
export interface PlanLease {
  /** A readable unique name, e.g. `Pike Street Lofts Apt 305 #2` (the unit's second lease). */
  key: string;
  /** Index into `LedgerPlan.buildings`. */
  building: number;
  unit: string;
  /** Indexes into `LedgerPlan.tenants`. */
  tenants: number[];
  startDate: string;
  /** The contractual last day; null for month-to-month. */
  endDate: string | null;
  depositMinor: number;
  lines: PlanLine[];
  outcome: LeaseOutcome;
  payer: Payer;
  /** Since when a `behind` payer pays short or a `stopped` one pays nothing; else null. */
  payerFrom: string | null;
  /** Whether this lease's latest payment bounces (and is reversed). */
  bounced: boolean;
  /** Deductions from the deposit at move-out (ended and terminated leases only). */
  deductions: { description: string; amountMinor: number }[];
  /** The seed of this lease's payments. */
  seed: number;
}

/** A building with its unit names and the first day of its ledger. */
export interface PlanBuilding {
  spec: DemoBuildingSpec;
  unitNames: string[];
  managedSince: string;
}

/** The whole portfolio: charges are generated from `from` (24 months before `today`'s month). */
export interface LedgerPlan {
  today: string;
  from: string;
  buildings: PlanBuilding[];
  tenants: PlanTenant[];
  leases: PlanLease[];
}

/** Leases with a payment story of their own; the rest pay as `payerWeights` says. */
const SPECIAL = { behind: 8, notices: 3, terminated: 2 } as const;
const payerWeights = { punctual: 64, late: 15, partial: 11, skipper: 10 } as const;

const roundTo = (cents: number, step: number) => Math.round(cents / step) * step;

/**
 * Plans the portfolio as of `today` (ISO date): every unit of `demoBuildings`, its leases since
 * the building's ledger began (month-to-month renewals, move-outs at term with 12–50 vacant
 * days, rent up 3–6 % for the next tenant), tenants from `createPeople`, and the special cases
 * the back office should show: eight tenants behind, one who stopped paying weeks ago, one in
 * collections, one bounced payment, three notices, two early terminations. Same `random` seed
 * and `today`, same plan.
 */
export function planDemoLedger(random: Random, today: string): LedgerPlan {
  const from = firstOfMonth(addMonths(today, -24));
  const person = createPeople(random);
  const tenants: PlanTenant[] = [];
  const newTenant = (tenant: PlanTenant) => tenants.push(tenant) - 1;
  const leases: PlanLease[] = [];
  const buildings = demoBuildings.map((spec) => ({
    spec,
    unitNames: unitNamesOf(spec),
    managedSince: laterOf(from, firstOfMonth(addMonths(today, -spec.managedForMonths))),
  }));
  const todayDay = Number(today.slice(8));
  buildings.forEach((building, b) => {
    building.unitNames.forEach((unit, u) => {
      const floor = Math.floor(u / building.spec.unitsPerFloor);
      let rent = unitRent(random, building.spec, floor);
      const stints = building.spec.landlord
        ? [landlordStint(random, building.managedSince, building.spec.leaseUpDays, today)]
        : unitStints(random, building.managedSince, building.spec.leaseUpDays, today);
      stints.forEach((stint, n) => {
        const company = b === demoBuildings.length - 1 && u === 0 && n === 0;
        const coTenants = !building.spec.landlord && !company && random.chance(0.15) ? 2 : 1;
        const ids = company
          ? [newTenant(companyTenant)]
          : Array.from({ length: coTenants }, () => {
              const { fullName, email, phone } = person(random.chance(0.9), true);
              return newTenant({ kind: 'person', name: fullName, email, phone });
            });
        leases.push({
          key: `${building.spec.name} ${unit} #${n + 1}`,
          building: b,
          unit,
          tenants: ids,
          startDate: stint.start,
          endDate: stint.end,
          depositMinor: building.spec.landlord
            ? roundTo(rent / 2, 5_000)
            : roundTo(rent * random.pick([0.5, 0.75, 1]), 5_000),
          lines: building.spec.landlord
            ? landlordLines(random, rent, landlordDays(u, todayDay))
            : rentLines(random, rent, building.spec),
          outcome: stint.endedOn ? { kind: 'ended', endedOn: stint.endedOn } : { kind: 'active' },
          payer: 'punctual',
          payerFrom: null,
          bounced: false,
          deductions: [],
          seed: random.int(1, 2 ** 31 - 1),
        });
        rent = roundTo(rent * random.between(1.03, 1.06), 500);
      });
    });
  });
  const landlord = buildings.findIndex((b) => b.spec.landlord);
  assignStories(random, leases, today, (lease) => lease.building !== landlord);
  return { today, from, buildings, tenants, leases };
}

const companyTenant: PlanTenant = {
  kind: 'company',
  name: 'Cascade BioLabs Inc.',
  email: 'housing@cascadebiolabs.example',
  phone: '(206) 555-0188',
};

/** `Apt 101`… per floor: `Apt <floor><nn>`. */
function unitNamesOf(spec: DemoBuildingSpec): string[] {
  return Array.from({ length: spec.floors * spec.unitsPerFloor }, (_, i) => {
    const floor = Math.floor(i / spec.unitsPerFloor) + 1;
    return `Apt ${floor}${String((i % spec.unitsPerFloor) + 1).padStart(2, '0')}`;
  });
}

/** A unit's first rent: the building's range by floor, ± $60, rounded to $5 (cents). */
function unitRent(random: Random, spec: DemoBuildingSpec, floor: number): number {
  const [low, high] = spec.rentDollars;
  const share = spec.floors === 1 ? 0 : floor / (spec.floors - 1);
  return roundTo((low + (high - low) * share + random.between(-60, 60)) * 100, 500);
}

/** Leases start on the 1st of the next month more often than not, else on the day itself. */
function startOn(random: Random, earliest: string): string {
  if (earliest.endsWith('-01') || random.chance(0.45)) return earliest;
  return firstOfMonth(addMonths(earliest, 1));
}

interface Stint {
  start: string;
  end: string | null;
  endedOn: string | null;
}

/**
 * One unit's leases since `since`: 12-month terms (some 6 or 9); at the end of a term past,
 * 45 % move out (the unit stays empty 12–50 days), the rest stay on month to month. A unit
 * whose next tenant has not moved in by today is vacant.
 */
function unitStints(random: Random, since: string, leaseUpDays: number, today: string): Stint[] {
  const stints: Stint[] = [];
  let start = startOn(random, addDays(since, random.int(0, leaseUpDays)));
  while (start <= addDays(today, -3)) {
    const term = Number(random.weighted({ 12: 8, 9: 1, 6: 1 }));
    const end = addDays(addMonths(start, term), -1);
    if (end >= today) {
      stints.push({ start, end, endedOn: null });
      break;
    }
    if (!random.chance(0.45)) {
      stints.push({ start, end: null, endedOn: null });
      break;
    }
    stints.push({ start, end, endedOn: end });
    start = startOn(random, addDays(end, random.int(12, 50)));
  }
  return stints;
}

/**
 * The landlord building's one lease per unit: 12 months from the takeover's lease-up, or for
 * one unit in twelve, let in the last eight weeks after a refit.
 */
function landlordStint(random: Random, since: string, leaseUpDays: number, today: string): Stint {
  const earliest = random.chance(1 / 12)
    ? addDays(today, -random.int(5, 55))
    : addDays(since, random.int(0, leaseUpDays));
  const next = startOn(random, earliest);
  const start = next > today ? earliest : next;
  return { start, end: addDays(addMonths(start, 12), -1), endedOn: null };
}

/** Three different due days (rent, electricity, Wi-Fi); every 13th tenant has a bill due today. */
function landlordDays(unit: number, todayDay: number): [number, number, number] {
  const days: [number, number, number] = [...landlordDueDays[unit % landlordDueDays.length]!];
  if (unit % 13 === 6 && !days.includes(todayDay)) days[1] = todayDay;
  return days;
}

function landlordLines(random: Random, rent: number, days: [number, number, number]): PlanLine[] {
  const [rentDay, electricityDay, wifiDay] = days;
  const [low, high] = electricityDollars;
  return [
    { type: 'rent', amountMinor: rent, frequency: 'monthly', dueDay: rentDay },
    {
      type: 'electricity',
      description: 'Electricity (sub-metered, monthly estimate)',
      amountMinor: random.int(low, high) * 100,
      frequency: 'monthly',
      dueDay: electricityDay,
    },
    {
      type: 'wifi',
      description: 'Wi-Fi (building network)',
      amountMinor: random.pick(wifiTiersMinor),
      frequency: 'monthly',
      dueDay: wifiDay,
    },
  ];
}

function rentLines(random: Random, rent: number, spec: DemoBuildingSpec): PlanLine[] {
  const lines: PlanLine[] = [{ type: 'rent', amountMinor: rent, frequency: 'monthly', dueDay: 1 }];
  if (spec.parking && random.chance(spec.parking.share)) {
    lines.push({
      type: 'parking',
      description: 'Parking space',
      amountMinor: spec.parking.amountMinor,
      frequency: 'monthly',
      dueDay: 1,
    });
  }
  return lines;
}

/**
 * Gives the leases their stories: who is behind, stopped, in collections, bounced a payment,
 * gave notice or left early; everyone else pays per `payerWeights` (leases that ended paid
 * up: punctual or sometimes late), and leavers lose some of their deposit to deductions.
 */
function assignStories(
  random: Random,
  leases: PlanLease[],
  today: string,
  notLandlord: (lease: PlanLease) => boolean,
): void {
  const ended = leases.filter((l) => l.outcome.kind === 'ended');
  for (const lease of ended) {
    lease.payer = random.chance(0.75) ? 'punctual' : 'late';
    lease.deductions = moveOutDeductions.filter((_, i) => random.chance([0.35, 0.15, 0.1][i]!));
  }
  const longEnough = random.shuffle(ended.filter((l) => daysBetween(l.startDate, today) > 300));
  longEnough.slice(0, SPECIAL.terminated).forEach((lease, i) => {
    const terminatedOn = addMonths(lease.startDate, random.int(4, 7));
    lease.outcome = { kind: 'terminated', terminatedOn, reason: terminationReasons[i]! };
  });

  const active = random.shuffle(leases.filter((l) => l.outcome.kind === 'active'));
  const taken = new Set<PlanLease>();
  const take = (count: number, fits: (lease: PlanLease) => boolean) => {
    const chosen = active.filter((l) => !taken.has(l) && fits(l)).slice(0, count);
    for (const lease of chosen) taken.add(lease);
    return chosen;
  };
  const olderThan = (days: number) => (l: PlanLease) => daysBetween(l.startDate, today) > days;

  for (const lease of take(1, (l) => notLandlord(l) && olderThan(300)(l))) {
    lease.payer = 'stopped';
    lease.payerFrom = addDays(today, -random.int(130, 150));
    lease.outcome = { kind: 'collections', on: addDays(today, -6), reason: collectionsReason };
  }
  for (const lease of take(1, olderThan(150))) {
    lease.payer = 'stopped';
    lease.payerFrom = addDays(today, -random.int(40, 55));
  }
  for (const lease of take(SPECIAL.behind, olderThan(150))) {
    lease.payer = 'behind';
    lease.payerFrom = addDays(today, -random.int(100, 200));
  }
  for (const lease of take(1, (l) => notLandlord(l) && olderThan(120)(l))) lease.bounced = true;
  for (const lease of take(SPECIAL.notices, (l) => notLandlord(l) && l.endDate === null)) {
    const noticeDate = addDays(today, -random.int(4, 20));
    lease.outcome = { kind: 'notice', noticeDate, endDate: lastOfMonth(addMonths(today, 1)) };
  }
  for (const lease of active) {
    if (!taken.has(lease)) lease.payer = random.weighted(payerWeights);
  }
}
