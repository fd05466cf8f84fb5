import { type Database, loadEmbedSecret, type Org } from '@estatekit/api';
import type { FastifyInstance } from 'fastify';
import { demoCaller } from './demo-caller';
import type { DemoKeys } from './demo-org';
import { listDemoStaff, type StaffUser } from './demo-staff';

/** What `GET /demo-session` answers. */
export interface DemoSession {
  /** Embed token for LeadKanban and AgentWorkload, bound to the page's origin. */
  readonly token: string;
  /** When it stops working (ISO 8601; at most 15 minutes away). */
  readonly expiresAt: string;
  /** Who the token acts as. */
  readonly user: StaffUser;
  /** Everyone the page can switch to: `as` is `manager` or an agent's email. */
  readonly people: readonly { as: string; name: string; role: StaffUser['role'] }[];
}

/**
 * The back office's sign-in, demo style: `GET /demo-session?as=manager|<agent email>` mints an
 * embed token (`embedTokens.create`, with the agency's secret key, which never leaves this
 * server) for that staff user — role `manager` or `agent`, widgets `lead-kanban` and
 * `agent-workload`, usable only from the page's own origin. A real agency site does the same
 * after its own login, for the person who logged in; the demo lets you pick. 400 for a page
 * origin the agency does not allow, 404 for someone who is not on the staff.
 */
export async function registerDemoSession(
  site: FastifyInstance,
  options: { database: Database; org: Org; keys: DemoKeys; origins: readonly string[] },
): Promise<void> {
  const { database, org, keys, origins } = options;
  const wallClock = {
    get now() {
      return new Date();
    },
  };
  const owner = demoCaller(
    database,
    { embedSecret: await loadEmbedSecret(database), clock: wallClock },
    keys.secretKey,
  );
  site.get<{ Querystring: { as?: string } }>('/demo-session', async (request, reply) => {
    const origin = `${request.protocol}://${request.headers.host ?? ''}`;
    if (!origins.includes(origin)) {
      return reply.code(400).send({ message: `Open the demo at ${origins[0]}.` });
    }
    const staff = await listDemoStaff(database, org);
    const as = request.query.as ?? 'manager';
    const user =
      as === 'manager'
        ? staff.find((s) => s.role === 'manager')
        : staff.find((s) => s.role === 'agent' && s.email === as);
    if (!user) return reply.code(404).send({ message: `No manager or agent ${as}.` });
    const { token, expiresAt } = await owner.embedTokens.create({
      user: { id: user.id, role: user.role },
      widgets: ['lead-kanban', 'agent-workload'],
      origin,
    });
    const session: DemoSession = {
      token,
      expiresAt,
      user,
      people: staff.map((s) => ({
        as: s.role === 'manager' ? 'manager' : s.email,
        name: s.name,
        role: s.role,
      })),
    };
    return reply.header('cache-control', 'no-store').send(session);
  });
}
