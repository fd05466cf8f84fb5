/**
 * The lead-move workload shared by the benchmark and its server child: an org with four equal
 * agents, `count` leads in stage `new` of the default sales pipeline, and the two ways of moving
 * one between `new` and `contacted` (one stage forward creates the "Call back" task; one stage
 * back is allowed without guards): through the API, and as the bare SQL transaction that any
 * implementation of a move needs (lock, versioned update, audit entry, entry task, NOTIFY).
 */
import type { Database } from '@estatekit/api';
import { callerFor, everyoneRule, seedOrg, seedStaff } from './api-internals';

/** A seeded lead world: the secret key, the org and the leads (id + version). */
export interface LeadWorld {
  orgId: string;
  secretKey: string;
  leads: { id: string; version: number }[];
}

/** Seeds the org, its agents and routing rule, and `count` leads through the API. */
export async function seedLeadWorld(database: Database, count: number): Promise<LeadWorld> {
  const seeded = await seedOrg(database, 'leadbench');
  const staff = await seedStaff(database, seeded.org, [
    { name: 'Agent A', role: 'agent', agent: true },
    { name: 'Agent B', role: 'agent', agent: true },
    { name: 'Agent C', role: 'agent', agent: true },
    { name: 'Agent D', role: 'agent', agent: true },
  ]);
  const owner = callerFor(database, seeded.secretKey);
  await owner.routing.create(everyoneRule(staff.map((s) => s.userId)));
  const leads: LeadWorld['leads'] = [];
  for (let i = 0; i < count; i++) {
    const lead = await owner.leads.create({ fullName: `Bench Lead ${i}`, source: 'portal' });
    leads.push({ id: lead.id, version: lead.version });
  }
  return { orgId: seeded.org.id, secretKey: seeded.secretKey, leads };
}

/** Where a lead goes next in the benchmark's back-and-forth, by how often it has moved. */
export const nextStage = (moves: number) => (moves % 2 === 0 ? 'contacted' : 'new');

/** Something that runs SQL with positional parameters (a `pg` client or PGlite). */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * One move as bare SQL, in one transaction under row-level security as the same role: lock
 * the lead, versioned update, audit entry, the entry task when entering `contacted`, NOTIFY.
 * Returns the new version. The floor the API's `leads.move` is compared with.
 */
export async function rawMove(
  client: SqlClient,
  orgId: string,
  lead: { id: string; version: number },
  to: string,
): Promise<number> {
  await client.query('begin');
  try {
    await client.query(`select set_config('estatekit.org_id', $1, true)`, [orgId]);
    const found = await client.query(
      'select stage_key, version from leads where org_id = $1 and id = $2 for update',
      [orgId, lead.id],
    );
    const from = found.rows[0]!.stage_key as string;
    const updated = await client.query(
      `update leads set stage_key = $3, version = version + 1, stage_entered_at = now(), updated_at = now()
       where org_id = $1 and id = $2 and version = $4 returning version`,
      [orgId, lead.id, to, lead.version],
    );
    const version = updated.rows[0]!.version as number;
    await client.query(
      `insert into audit_entries (org_id, entity_type, entity_key, action, from_value, to_value, actor_kind, actor_id, at)
       values ($1, 'lead', $2, 'status_change', $3, $4, 'api_key', 'bench', now())`,
      [orgId, lead.id, from, to],
    );
    if (to === 'contacted') {
      await client.query(
        `insert into tasks (org_id, lead_id, type, title, due_at, stage_key, lead_version)
         values ($1, $2, 'call_back', 'Call back', now() + interval '24 hours', $3, $4) on conflict do nothing`,
        [orgId, lead.id, to, version],
      );
    }
    await client.query(`select pg_notify('estatekit_lead_changes', $1)`, [
      JSON.stringify({ orgId, leadId: lead.id, kind: 'moved', version, stageKey: to }),
    ]);
    await client.query('commit');
    return version;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
