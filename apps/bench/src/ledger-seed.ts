/**
 * Writes a planned portfolio and its simulated history into an org in bulk, the way a restore
 * does: as the database owner with triggers off (`session_replication_role = replica`, so
 * neither foreign-key checks nor row-level security run per row), each table's rows as JSON
 * batches through `insert … select … from json_populate_recordset(…) with ordinality order by
 * ordinality`, in the order the API would have inserted them (identity columns follow it).
 * What lands is what the procedures would have written — buildings, units, tenants (contacts
 * normalised by the API's own `normaliseContact`), leases activated (version 1, with their audit
 * entry), lease units and tenants, charge lines, deposit and rent charges, payments with their
 * allocations and receipts, the receipt counter, and the reversals of returned payments — except
 * the idempotency-key rows of `ledger.recordPayment`, which no read here consults.
 * `ledger-seed.test.ts` checks the references hold and replays a small portfolio through the
 * real procedures to check that both ledgers are the same.
 */
import pg from 'pg';
import type { TestDatabase } from './api-internals';
import type { LedgerHistory } from './ledger-history';
import { normaliseContact, orgCountry } from './ledger-internals';
import { dayOf, type Portfolio, rentLine } from './ledger-portfolio';

/** Rows per INSERT statement. */
const BATCH = 20_000;

const instant = (day: number, hour: number, ms = 0) =>
  new Date(day * 86_400_000 + hour * 3_600_000 + ms).toISOString();

/** A table, its rows, and how a row maps to the table's columns (mapped a batch at a time). */
interface TableRows {
  name: string;
  rows: readonly unknown[];
  columns: (row: never) => Record<string, unknown>;
}
const table = <T>(
  name: string,
  rows: readonly T[],
  columns: (row: T) => Record<string, unknown>,
): TableRows => ({ name, rows, columns: columns as (row: never) => Record<string, unknown> });

/** Something that runs one SQL statement with positional parameters (`pg` or PGlite). */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

async function insertJson(client: SqlClient, orgId: string, { name, rows, columns }: TableRows) {
  if (rows.length === 0) return;
  const map = columns as (row: unknown) => Record<string, unknown>;
  const names = ['org_id', ...Object.keys(map(rows[0]))];
  const values = names.map((c) => (c === 'org_id' ? 'estatekit_current_org()' : `x."${c}"`));
  const insert = `insert into "${name}" (${names.map((c) => `"${c}"`).join(', ')})
    select ${values.join(', ')} from json_populate_recordset(null::"${name}", $1::json)
      with ordinality as x order by x.ordinality`;
  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    await client.query(`select set_config('estatekit.org_id', $1, true)`, [orgId]);
    for (let i = 0; i < rows.length; i += BATCH) {
      await client.query(insert, [JSON.stringify(rows.slice(i, i + BATCH).map(map))]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * Runs `fn` with a superuser session on the test database: a `pg` client on `adminUrl` for
 * PostgreSQL, PGlite's own session (back to the app role afterwards) for PGlite.
 */
export async function asOwner<T>(
  test: Pick<TestDatabase, 'database' | 'adminUrl'>,
  fn: (client: SqlClient) => Promise<T>,
): Promise<T> {
  if (test.database.kind === 'postgres') {
    const admin = new pg.Client({ connectionString: test.adminUrl! });
    await admin.connect();
    try {
      return await fn(admin);
    } finally {
      await admin.end();
    }
  }
  const client = (test.database.db as unknown as { $client: SqlClient }).$client;
  await client.query('reset role');
  try {
    return await fn(client);
  } finally {
    await client.query('set role estatekit_app');
  }
}

/** Who wrote what: the scheduler wrote generated rows, the org's secret key everything else. */
export interface SeedActors {
  /** Id of the secret (owner) key: rows say `api_key:<id>`, audit entries role `owner`. */
  apiKeyId: string;
}

/** Inserts the portfolio and history into `orgId`; returns each table's row count and time. */
export async function seedLedger(
  client: SqlClient,
  orgId: string,
  actors: SeedActors,
  portfolio: Portfolio,
  history: LedgerHistory,
): Promise<{ table: string; rows: number; ms: number }[]> {
  const api = `api_key:${actors.apiKeyId}`;
  const by = (byScheduler: boolean) => (byScheduler ? 'system:scheduler' : api);
  const activation = dayOf(portfolio.activationDay);
  const setup = instant(activation, 8);
  const activatedAt = (index: number) => instant(activation, 9, index);
  const { leases } = portfolio;
  const buildingId = (l: (typeof leases)[number]) => portfolio.buildings[l.buildingIndex]!.id;
  const tables: TableRows[] = [
    table('buildings', portfolio.buildings, (b) => ({
      id: b.id,
      name: b.name,
      address: b.address,
      created_at: setup,
    })),
    table('units', leases, (l) => ({
      id: l.unitId,
      building_id: buildingId(l),
      name: `Unit ${l.unitPosition}`,
      position: l.unitPosition,
      created_at: setup,
    })),
    table('tenants', leases, (l) => ({
      id: l.tenantId,
      kind: 'person',
      name: l.tenant.name,
      ...normaliseContact(l.tenant, orgCountry('USD')),
      created_at: setup,
      updated_at: setup,
    })),
    table('leases', leases, (l) => ({
      id: l.id,
      building_id: buildingId(l),
      status: 'active',
      start_date: l.startDate,
      end_date: l.endDate,
      currency: 'USD',
      deposit_minor: l.depositMinor,
      version: 1,
      created_at: setup,
      updated_at: activatedAt(l.index),
    })),
    table('lease_units', leases, (l) => ({ lease_id: l.id, unit_id: l.unitId })),
    table('lease_tenants', leases, (l) => ({ lease_id: l.id, tenant_id: l.tenantId, position: 0 })),
    table('charge_lines', leases, (l) => {
      const line = rentLine(l);
      return {
        id: line.id,
        lease_id: l.id,
        position: 0,
        type: line.type,
        description: line.description,
        amount_minor: line.amountMinor,
        frequency: line.frequency,
        due_day: line.dueDay,
        first_period: line.firstPeriod,
        last_period: line.lastPeriod,
      };
    }),
    table('audit_entries', leases, (l) => ({
      entity_type: 'lease',
      entity_key: l.id,
      action: 'status_change',
      from_value: 'draft',
      to_value: 'active',
      actor_kind: 'api_key',
      actor_id: actors.apiKeyId,
      actor_role: 'owner',
      reason: null,
      at: activatedAt(l.index),
    })),
    table('charges', history.charges, (c) => ({
      id: c.id,
      lease_id: c.leaseId,
      line_id: c.lineId,
      type: c.type,
      description: c.description,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      due_date: c.dueDate,
      amount_minor: c.amountMinor,
      currency: 'USD',
      created_by: by(c.byScheduler),
      created_at: c.createdAt,
    })),
    table('payments', history.payments, (p) => ({
      id: p.id,
      lease_id: p.leaseId,
      tenant_id: p.tenantId,
      kind: 'payment',
      method: p.method,
      amount_minor: p.amountMinor,
      currency: 'USD',
      reference: p.reference,
      received_on: p.receivedOn,
      initial_status: 'confirmed',
      note: null,
      created_by: api,
      created_at: p.createdAt,
    })),
    table('allocations', history.allocations, (a) => ({
      id: a.id,
      lease_id: a.leaseId,
      payment_id: a.paymentId,
      charge_id: a.chargeId,
      amount_minor: a.amountMinor,
      reason: a.reason,
      effective_on: a.effectiveOn,
      created_by: by(a.byScheduler),
      created_at: a.createdAt,
    })),
    table('receipts', history.receipts, (r) => ({
      payment_id: r.paymentId,
      number: r.number,
      issued_at: r.issuedAt,
    })),
    table('receipt_counters', history.receipts.length ? [history.receipts.length] : [], (n) => ({
      last_number: n,
    })),
    table('reversals', history.reversals, (r) => ({
      id: r.id,
      lease_id: r.leaseId,
      entry_kind: r.entryKind,
      entry_id: r.entryId,
      reason: r.reason,
      effective_on: r.effectiveOn,
      created_by: api,
      created_at: r.createdAt,
    })),
  ];
  const done = [];
  for (const t of tables) {
    const start = performance.now();
    await insertJson(client, orgId, t);
    done.push({ table: t.name, rows: t.rows.length, ms: performance.now() - start });
  }
  return done;
}

/** `VACUUM ANALYZE`, leaving the tables as autovacuum would on a live server. */
export async function vacuumAnalyze(client: SqlClient): Promise<void> {
  await client.query('vacuum analyze');
}
