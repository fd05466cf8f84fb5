import { type Database, loadEmbedSecret, type Org } from '@estatekit/api';
import type { FastifyInstance } from 'fastify';
import { demoCaller } from './demo-caller';
import { listDemoAccountants } from './demo-ledger-staff';
import type { DemoKeys } from './demo-org';
import { listDemoStaff, type StaffUser } from './demo-staff';

/** A staff user the back office can act as. */
export interface SessionUser extends Omit<StaffUser, 'role'> {
  readonly role: StaffUser['role'] | 'accountant';
}

/** What `GET /demo-session` answers. */
export interface DemoSession {
  /** Embed token for the back-office widgets (`sessionWidgets`), bound to the page's origin. */
  readonly token: string;
  /** When it stops working (ISO 8601; at most 15 minutes away). */
  readonly expiresAt: string;
  /** Who the token acts as. */
  readonly user: SessionUser;
  /** Everyone the page can switch to: `as` is `manager`, `accountant` or an agent's email. */
  readonly people: readonly { as: string; name: string; role: SessionUser['role'] }[];
}

/**
 * Widgets every back-office token unlocks; the role decides what the person may do in them
 * (agents read ledgers, the accountant records payments, the manager also sets up leases).
 */
export const sessionWidgets = [
  'lead-kanban',
  'agent-workload',
  'ledger-view',
  'delinquency-report',
] as const;

/** The manager, the accountant, the first agent or the agent with that email. */
function findPerson(people: readonly SessionUser[], as: string): SessionUser | undefined {
  if (as === 'manager' || as === 'accountant' || as === 'agent') {
    return people.find((p) => p.role === as);
  }
  return people.find((p) => p.role === 'agent' && p.email === as);
}

/**
 * The back office's sign-in, demo style: `GET /demo-session?as=manager|accountant|agent|<agent
 * email>` mints an embed token (`embedTokens.create`, with the agency's secret key, which never
 * leaves this server) for that staff user — role `manager`, `accountant` or `agent` (`agent`
 * alone: the first agent by name), the widgets of `sessionWidgets`, usable only from the page's
 * own origin. A real agency site does the same after its own login, for the person who logged
 * in; the demo lets you pick. 400 for a page origin the agency does not allow, 404 for someone
 * who is not on the staff.
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
    const team = await listDemoStaff(database, org);
    const staff: SessionUser[] = [
      ...team.filter((s) => s.role === 'manager'),
      ...(await listDemoAccountants(database, org)),
      ...team.filter((s) => s.role === 'agent'),
    ];
    const as = request.query.as ?? 'manager';
    const user = findPerson(staff, as);
    if (!user) return reply.code(404).send({ message: `No manager, accountant or agent ${as}.` });
    const { token, expiresAt } = await owner.embedTokens.create({
      user: { id: user.id, role: user.role },
      widgets: [...sessionWidgets],
      origin,
    });
    const session: DemoSession = {
      token,
      expiresAt,
      user,
      people: staff.map((s) => ({
        as: s.role === 'agent' ? s.email : s.role,
        name: s.name,
        role: s.role,
      })),
    };
    return reply.header('cache-control', 'no-store').send(session);
  });
}
