import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import type { OrgScope } from '../repositories/org-scope';

/** The PostgreSQL NOTIFY channel lead changes travel on. */
export const LEAD_CHANGES_CHANNEL = 'estatekit_lead_changes';

/**
 * What changed about a lead: enough for a subscriber to decide whether it may see it and what to
 * refetch, never the lead's personal data (NOTIFY payloads are visible to every listener).
 */
export interface LeadChange {
  readonly orgId: string;
  readonly leadId: string;
  readonly kind: 'created' | 'updated' | 'moved' | 'assigned' | 'activity' | 'task';
  readonly version: number;
  readonly stageKey: string;
  readonly assigneeId: string | null;
  /** The agent it had before an assignment (agents must hear that it left them). */
  readonly previousAssigneeId: string | null;
  /** ISO 8601 instant. */
  readonly at: string;
}

/**
 * Queues a change notification in the scope's transaction: PostgreSQL delivers it to every
 * listening process (this one included) when the transaction commits, and never if it rolls
 * back, so subscribers only hear about changes that happened.
 */
export async function notifyLeadChange(
  scope: OrgScope,
  change: Omit<LeadChange, 'orgId'>,
): Promise<void> {
  const payload = JSON.stringify({ ...change, orgId: scope.org.id });
  await scope.tx.execute(sql`select pg_notify(${LEAD_CHANGES_CHANNEL}, ${payload})`);
}

/** `notifyLeadChange` for many changes in one statement (imports). */
export async function notifyLeadChanges(
  scope: OrgScope,
  changes: readonly Omit<LeadChange, 'orgId'>[],
): Promise<void> {
  if (changes.length === 0) return;
  const payloads = changes.map((change) => JSON.stringify({ ...change, orgId: scope.org.id }));
  await scope.tx.execute(
    sql`select pg_notify(${LEAD_CHANGES_CHANNEL}, payload)
        from json_array_elements_text(${JSON.stringify(payloads)}::json) as payload`,
  );
}

type Listener = (change: LeadChange) => void;

/**
 * Fans the database's lead-change notifications out to in-process subscribers by org. Listens
 * on the channel while anyone is subscribed. One per database (see `leadChangeFeed`).
 */
export class LeadChangeFeed {
  private readonly byOrg = new Map<string, Set<Listener>>();
  private stop: Promise<() => Promise<void>> | null = null;

  constructor(private readonly database: Database) {}

  /** Calls `listener` with each committed change of org `orgId`; resolves to an unsubscribe. */
  async subscribe(orgId: string, listener: Listener): Promise<() => Promise<void>> {
    let set = this.byOrg.get(orgId);
    if (!set) {
      set = new Set();
      this.byOrg.set(orgId, set);
    }
    set.add(listener);
    this.stop ??= this.database.listen(LEAD_CHANGES_CHANNEL, (payload) => this.dispatch(payload));
    try {
      await this.stop;
    } catch (error) {
      set.delete(listener);
      this.stop = null;
      throw error;
    }
    return async () => {
      set.delete(listener);
      if (set.size === 0) this.byOrg.delete(orgId);
      if (this.byOrg.size === 0 && this.stop) {
        const stopping = this.stop;
        this.stop = null;
        await (await stopping)();
      }
    };
  }

  private dispatch(payload: string) {
    let change: LeadChange;
    try {
      change = JSON.parse(payload) as LeadChange;
    } catch {
      return;
    }
    for (const listener of this.byOrg.get(change.orgId) ?? []) listener(change);
  }
}

const feeds = new WeakMap<Database, LeadChangeFeed>();

/** The change feed of `database` (one per open database, created on first use). */
export function leadChangeFeed(database: Database): LeadChangeFeed {
  let feed = feeds.get(database);
  if (!feed) {
    feed = new LeadChangeFeed(database);
    feeds.set(database, feed);
  }
  return feed;
}
