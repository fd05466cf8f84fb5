import {
  type ChargeLine,
  DomainError,
  DomainErrorCode,
  type IsoDate,
  type LeaseStatus,
} from '@estatekit/domain';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf } from '../db/database';
import type { OrgScope } from './org-scope';

/** A lease as the API returns it: row, building name, units, tenants and charge lines. */
export interface LeaseDto {
  id: string;
  buildingId: string;
  buildingName: string;
  status: LeaseStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  noticeDate: IsoDate | null;
  endedOn: IsoDate | null;
  terminatedOn: IsoDate | null;
  terminationReason: string | null;
  currency: string;
  depositMinor: number;
  version: number;
  units: { id: string; name: string }[];
  tenants: { id: string; name: string }[];
  lines: ChargeLine[];
}

/** The charge lines (`ChargeLine[]`) of the lease aliased `l`, in order, as one JSON array. */
const chargeLinesJson = sql`coalesce((select json_agg(json_build_object('id', c.id, 'type', c.type,
    'description', c.description, 'amountMinor', c.amount_minor, 'frequency', c.frequency,
    'dueDay', c.due_day, 'firstPeriod', c.first_period, 'lastPeriod', c.last_period)
    order by c.position) from charge_lines c where c.lease_id = l.id), '[]')`;

const leaseSelect = sql`
  select l.id, l.building_id as "buildingId", b.name as "buildingName", l.status,
    l.start_date::text as "startDate", l.end_date::text as "endDate",
    l.notice_date::text as "noticeDate", l.ended_on::text as "endedOn",
    l.terminated_on::text as "terminatedOn", l.termination_reason as "terminationReason",
    l.currency, l.deposit_minor::float8 as "depositMinor", l.version,
    coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.position)
      from lease_units lu join units u on u.id = lu.unit_id where lu.lease_id = l.id), '[]') as units,
    coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name) order by lt.position)
      from lease_tenants lt join tenants t on t.id = lt.tenant_id where lt.lease_id = l.id), '[]') as tenants,
    ${chargeLinesJson} as lines
  from leases l join buildings b on b.id = l.building_id`;

/** Leases matching `where` (a condition on `l`), newest start first. */
export async function selectLeases(
  scope: OrgScope,
  where: SQL,
  page: { limit: number; offset: number } = { limit: 10_000, offset: 0 },
): Promise<LeaseDto[]> {
  const result = await scope.tx.execute(
    sql`${leaseSelect} where ${where} order by l.start_date desc, l.id limit ${page.limit} offset ${page.offset}`,
  );
  return rowsOf(result) as unknown as LeaseDto[];
}

/** One lease; throws NOT_FOUND (also for another org's lease). */
export async function findLease(scope: OrgScope, leaseId: string): Promise<LeaseDto> {
  const [lease] = await selectLeases(scope, sql`l.id = ${leaseId}`);
  if (!lease) {
    throw new DomainError(DomainErrorCode.NotFound, `No lease with id ${leaseId}.`, {
      context: { id: leaseId },
    });
  }
  return lease;
}

/** Filtered page of leases plus the total count of matches. */
export async function listLeases(
  scope: OrgScope,
  input: {
    status?: readonly LeaseStatus[] | undefined;
    buildingId?: string | undefined;
    tenantId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const conditions: SQL[] = [sql`true`];
  if (input.status?.length) {
    conditions.push(
      sql`l.status in (select json_array_elements_text(${JSON.stringify(input.status)}::json))`,
    );
  }
  if (input.buildingId) conditions.push(sql`l.building_id = ${input.buildingId}`);
  if (input.tenantId) {
    conditions.push(
      sql`exists (select 1 from lease_tenants lt where lt.lease_id = l.id and lt.tenant_id = ${input.tenantId})`,
    );
  }
  const where = sql.join(conditions, sql` and `);
  const items = await selectLeases(scope, where, input);
  const totals = await scope.tx.execute(
    sql`select count(*)::int as n from leases l where ${where}`,
  );
  return { items, total: (rowsOf(totals)[0]?.n as number | undefined) ?? 0 };
}

/** The dates of a signed lease that decide which days it covers (`LeaseCoverageFacts`). */
export interface SignedLeaseDates {
  id: string;
  status: LeaseStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  endedOn: IsoDate | null;
  terminatedOn: IsoDate | null;
}

const signedLeaseDates = sql`l.id, l.status, l.start_date::text as "startDate",
  l.end_date::text as "endDate", l.ended_on::text as "endedOn",
  l.terminated_on::text as "terminatedOn"`;

/**
 * Signed leases covering some day of [from, to] (ISO dates) with their currency and charge
 * lines: what the charge schedule runs over.
 */
export async function leasesToSchedule(
  scope: OrgScope,
  range: { from: IsoDate; to: IsoDate },
): Promise<(SignedLeaseDates & { currency: string; lines: ChargeLine[] })[]> {
  const result = await scope.tx.execute(sql`
    select ${signedLeaseDates}, l.currency, ${chargeLinesJson} as lines
    from leases l
    where l.status <> 'draft' and l.start_date <= ${range.to}
      and coalesce(l.terminated_on, l.ended_on, l.end_date, 'infinity'::date) >= ${range.from}`);
  return rowsOf(result) as unknown as (SignedLeaseDates & {
    currency: string;
    lines: ChargeLine[];
  })[];
}

/**
 * Signed (non-draft) leases that cover any of `unitIds` at some point, with their units: what
 * occupancy and overlap checks need.
 */
export async function signedLeasesOfUnits(scope: OrgScope, unitIds: readonly string[] | null) {
  const result = await scope.tx.execute(sql`
    select ${signedLeaseDates}, array_agg(lu.unit_id::text) as "unitIds"
    from leases l join lease_units lu on lu.lease_id = l.id
    where l.status <> 'draft'
      ${unitIds ? sql`and lu.unit_id in (select value::uuid from json_array_elements_text(${JSON.stringify(unitIds)}::json))` : sql``}
    group by l.id`);
  return rowsOf(result) as unknown as (SignedLeaseDates & { unitIds: string[] })[];
}
