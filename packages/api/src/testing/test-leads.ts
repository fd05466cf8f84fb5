import type { StaffRole } from '../auth/roles';
import type { Database } from '../db/database';
import { upsertAgent } from '../repositories/agents.repository';
import { inOrg, type Org } from '../repositories/org-scope';
import { createApiKey, createUser } from '../repositories/orgs.repository';
import { callerFor } from './test-org';

/** A staff user with a secret key that acts as them. */
export interface TestStaff {
  readonly userId: string;
  readonly name: string;
  readonly key: string;
  readonly caller: ReturnType<typeof callerFor>;
}

/**
 * Adds staff users with secret keys bound to them; `agent: true` also makes them routable
 * agents (active, weight 1, no working hours: always available).
 */
export async function seedStaff(
  database: Database,
  org: Org,
  people: readonly { name: string; role: StaffRole; agent?: boolean; capacityWeight?: number }[],
  options: { now?: Date } = {},
): Promise<TestStaff[]> {
  const created = await inOrg(database, org, async (scope) => {
    const out: { userId: string; name: string; key: string }[] = [];
    for (const person of people) {
      const email = `${person.name.toLowerCase().replace(/\W+/g, '.')}@${org.slug}.example`;
      const { id } = await createUser(scope, { email, name: person.name, role: person.role });
      if (person.agent) {
        await upsertAgent(scope, id, { capacityWeight: person.capacityWeight ?? 1 });
      }
      const { key } = await createApiKey(scope, {
        kind: 'secret',
        name: person.name,
        role: person.role,
        userId: id,
      });
      out.push({ userId: id, name: person.name, key });
    }
    return out;
  });
  return created.map((c) => ({
    ...c,
    caller: callerFor(database, c.key, options.now ? { now: options.now } : {}),
  }));
}

/** A routing rule sending every lead to `agentIds` by workload score. */
export const everyoneRule = (agentIds: string[], mode: 'score' | 'claim' = 'score') => ({
  name: mode === 'claim' ? 'Offer to the team' : 'Everyone',
  agentIds,
  mode,
  claimTimeoutSeconds: 300,
});
