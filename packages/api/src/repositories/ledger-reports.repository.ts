import type { IsoDate, LeaseStatus } from '@estatekit/domain';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf } from '../db/database';
import type { OrgScope } from './org-scope';

/** `open_charges`: each charge due by `asOf`, unreversed then, less what CTE `paid` paid it. */
const openCharges = (asOf: IsoDate, paid: SQL) => sql`
  open_charges as (
    select c.lease_id, c.due_date, c.amount_minor - coalesce(p.amount, 0) as open
    from charges c left join ${paid} p on p.charge_id = c.id
    where c.due_date <= ${asOf}
      and not exists (select 1 from reversals r where r.entry_id = c.id and r.effective_on <= ${asOf}))`;

/**
 * Open amount of every charge due by `asOf`, as the ledger stood at the end of that day:
 * charges and allocations count from their effective day, reversals from theirs. Only what the
 * open amounts need, so the raw aggregate (`delinquencyTotalsRaw`) and the rent roll stay lean:
 * every CTE here is referenced once and inlined by the planner.
 */
const openChargesAsOf = (asOf: IsoDate) => sql`
  paid as (
    select a.charge_id, sum(a.amount_minor) as amount from allocations a
    where a.effective_on <= ${asOf}
      and not exists (select 1 from reversals r where r.entry_id = a.id and r.effective_on <= ${asOf})
    group by a.charge_id),
  ${openCharges(asOf, sql`paid`)}`;

/**
 * The delinquency report's inputs as of `asOf`: `open_charges` as in `openChargesAsOf` and each
 * lease's unapplied `credit`, from ONE pass over the live allocations grouped both per charge
 * and per lease. Credit = Σ the lease's confirmed, unreversed payments (all kinds) − Σ its live
 * allocations: an allocation is only ever made from such a payment and is reversed with it
 * (`reverseEntry`; waivers and deposit applications are applied in full), so this is Σ per
 * payment of (amount − applied) without joining every payment to its allocations.
 */
const agingInputsAsOf = (asOf: IsoDate) => sql`
  live as (
    select a.charge_id, a.lease_id, sum(a.amount_minor) as amount from allocations a
    where a.effective_on <= ${asOf}
      and not exists (select 1 from reversals r where r.entry_id = a.id and r.effective_on <= ${asOf})
    group by grouping sets ((a.charge_id), (a.lease_id))),
  ${openCharges(asOf, sql`live`)},
  received as (
    select p.lease_id, sum(p.amount_minor) as amount
    from payments p left join payment_decisions d on d.payment_id = p.id
    where p.received_on <= ${asOf} and (p.initial_status = 'confirmed' or d.decision = 'confirmed')
      and not exists (select 1 from reversals r where r.entry_id = p.id and r.effective_on <= ${asOf})
    group by p.lease_id),
  credit as (
    select r.lease_id, r.amount - coalesce(u.amount, 0) as amount
    from received r left join live u on u.lease_id = r.lease_id and u.charge_id is null)`;

/**
 * Reports are one big aggregate whose estimated cost passes `jit_above_cost` (and often the
 * inline/optimize thresholds): PostgreSQL then spends more time compiling it than running it.
 * Off for the rest of the report's transaction (PGlite has no JIT; the setting is harmless).
 */
const noJit = (scope: OrgScope) => scope.tx.execute(sql`set local jit = off`);

/** One lease's aging in the delinquency report (minor units of `currency`). */
export interface DelinquencyRow {
  leaseId: string;
  buildingId: string;
  buildingName: string;
  units: string;
  tenants: string;
  status: LeaseStatus;
  currency: string;
  current: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  days90plus: number;
  totalMinor: number;
  unappliedCreditMinor: number;
  oldestDueDate: IsoDate;
}

/**
 * Aging of open charges per lease as of `asOf` (days past due: ≤0 current, 1–30, 31–60, 61–90,
 * 90+), leases with anything open only, largest total first.
 */
export async function delinquencyRows(
  scope: OrgScope,
  input: { asOf: IsoDate; buildingId?: string | undefined },
): Promise<DelinquencyRow[]> {
  const building: SQL = input.buildingId ? sql`and l.building_id = ${input.buildingId}` : sql``;
  await noJit(scope);
  const result = await scope.tx.execute(sql`
    with ${agingInputsAsOf(input.asOf)},
    aging as (
      select lease_id,
        sum(open) filter (where ${input.asOf}::date - due_date <= 0) as current,
        sum(open) filter (where ${input.asOf}::date - due_date between 1 and 30) as d30,
        sum(open) filter (where ${input.asOf}::date - due_date between 31 and 60) as d60,
        sum(open) filter (where ${input.asOf}::date - due_date between 61 and 90) as d90,
        sum(open) filter (where ${input.asOf}::date - due_date > 90) as d90p,
        sum(open) as total, min(due_date) as oldest
      from open_charges where open > 0 group by lease_id)
    select l.id as "leaseId", l.building_id as "buildingId", b.name as "buildingName",
      (select string_agg(u.name, ', ' order by u.position) from lease_units lu join units u on u.id = lu.unit_id where lu.lease_id = l.id) as units,
      (select string_agg(t.name, ', ' order by lt.position) from lease_tenants lt join tenants t on t.id = lt.tenant_id where lt.lease_id = l.id) as tenants,
      l.status, l.currency,
      coalesce(a.current, 0)::float8 as current, coalesce(a.d30, 0)::float8 as "days1to30",
      coalesce(a.d60, 0)::float8 as "days31to60", coalesce(a.d90, 0)::float8 as "days61to90",
      coalesce(a.d90p, 0)::float8 as "days90plus", a.total::float8 as "totalMinor",
      coalesce(cr.amount, 0)::float8 as "unappliedCreditMinor", a.oldest::text as "oldestDueDate"
    from aging a join leases l on l.id = a.lease_id join buildings b on b.id = l.building_id
      left join credit cr on cr.lease_id = l.id
    where true ${building}
    order by a.total desc, l.id`);
  return rowsOf(result) as unknown as DelinquencyRow[];
}

/**
 * The same totals as `delinquencyRows`, as one bare aggregate over the ledger tables: the
 * benchmark's baseline for the report.
 */
export async function delinquencyTotalsRaw(scope: OrgScope, asOf: IsoDate) {
  const result = await scope.tx.execute(sql`
    with ${openChargesAsOf(asOf)}
    select count(distinct lease_id)::int as leases, sum(open)::float8 as total
    from open_charges where open > 0`);
  return rowsOf(result)[0] as { leases: number; total: number | null };
}

/** One unit in the rent roll; the lease columns are null for a vacant unit. */
export interface RentRollRow {
  unitId: string;
  unitName: string;
  buildingId: string;
  buildingName: string;
  leaseId: string | null;
  leaseStatus: LeaseStatus | null;
  tenants: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  currency: string | null;
  /** Σ rent lines per month (weekly lines × 52 ÷ 12, rounded half up), minor units. */
  monthlyRentMinor: number | null;
  depositMinor: number | null;
  balanceMinor: number | null;
}

/** Every unit with the signed lease covering it on `asOf` (if any), its rent and balance. */
export async function rentRollRows(
  scope: OrgScope,
  input: { asOf: IsoDate; buildingId?: string | undefined },
): Promise<RentRollRow[]> {
  const building: SQL = input.buildingId ? sql`and un.building_id = ${input.buildingId}` : sql``;
  const asOf = input.asOf;
  await noJit(scope);
  const result = await scope.tx.execute(sql`
    with ${openChargesAsOf(asOf)},
    balances as (select lease_id, sum(open) as balance from open_charges group by lease_id)
    select un.id as "unitId", un.name as "unitName", b.id as "buildingId", b.name as "buildingName",
      l.id as "leaseId", l.status as "leaseStatus",
      (select string_agg(t.name, ', ' order by lt.position) from lease_tenants lt join tenants t on t.id = lt.tenant_id where lt.lease_id = l.id) as tenants,
      l.start_date::text as "startDate", coalesce(l.terminated_on, l.ended_on, l.end_date)::text as "endDate",
      l.currency,
      (select sum(case when c.frequency = 'weekly' then (c.amount_minor * 52 + 6) / 12 else c.amount_minor end)
        from charge_lines c where c.lease_id = l.id and c.type = 'rent'
          and (c.first_period is null or c.first_period <= ${asOf})
          and (c.last_period is null or c.last_period >= ${asOf}))::float8 as "monthlyRentMinor",
      l.deposit_minor::float8 as "depositMinor",
      case when l.id is null then null else coalesce(bal.balance, 0)::float8 end as "balanceMinor"
    from units un join buildings b on b.id = un.building_id
      left join lateral (
        select l.* from leases l join lease_units lu on lu.lease_id = l.id
        where lu.unit_id = un.id and l.status <> 'draft' and l.start_date <= ${asOf}
          and coalesce(l.terminated_on, l.ended_on, l.end_date, 'infinity'::date) >= ${asOf}
        order by l.start_date desc limit 1) l on true
      left join balances bal on bal.lease_id = l.id
    where true ${building}
    order by b.name, un.position`);
  return rowsOf(result) as unknown as RentRollRow[];
}
