import { createApiKey, createUser, type Database, inOrg, type Org } from '@estatekit/api';
import type { DemoCaller } from './demo-caller';
import {
  demoStaff,
  eastsideZips,
  LUXURY_BUDGET_MINOR,
  seattleZips,
  southZips,
} from './demo-leads.data';

/** A staff user of the demo agency. */
export interface StaffUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'manager' | 'agent';
}

/** A staff user with a secret key bound to them, used only while seeding. */
export interface SeedingStaff extends StaffUser {
  readonly key: string;
}

const DAY_MS = 86_400_000;

/**
 * Adds the agency's staff (`demoStaff`): users (there is no API for users, so through the
 * repository; ones already there from an interrupted first run are kept), each with a secret
 * key bound to them for the seeding run (the plain keys are not kept), then through the API:
 * the agents' routing settings (capacity weights, one on holiday around `now`, one working
 * office hours) and, unless the agency has some, the routing rules: a luxury desk in claim
 * mode, three regions by ZIP code, and everyone for the rest.
 */
export async function seedDemoStaff(
  database: Database,
  org: Org,
  owner: DemoCaller,
  now: Date,
): Promise<SeedingStaff[]> {
  const existing = await listDemoStaff(database, org);
  const staff = await inOrg(database, org, async (scope) => {
    const created: SeedingStaff[] = [];
    for (const person of demoStaff) {
      const { id } =
        existing.find((user) => user.email === person.email) ??
        (await createUser(scope, { email: person.email, name: person.name, role: person.role }));
      const { key } = await createApiKey(scope, {
        kind: 'secret',
        name: `demo seeding (${person.name})`,
        role: person.role,
        userId: id,
      });
      created.push({ id, key, name: person.name, email: person.email, role: person.role });
    }
    return created;
  });
  const idOf = (name: string) => staff.find((s) => s.name === name)!.id;
  for (const person of demoStaff) {
    if (!person.agent) continue;
    await owner.agents.availability({
      agentId: idOf(person.name),
      active: true,
      capacityWeight: person.agent.capacityWeight,
      ...(person.agent.officeHours ? { workingHours: officeHours } : {}),
      ...(person.agent.away
        ? {
            awayFrom: new Date(now.getTime() - 3 * DAY_MS).toISOString(),
            awayUntil: new Date(now.getTime() + 9 * DAY_MS).toISOString(),
          }
        : {}),
    });
  }
  if ((await owner.routing.rules()).length > 0) return staff;
  const rules = [
    {
      name: 'Luxury desk',
      match: { budgetMin: LUXURY_BUDGET_MINOR },
      agentIds: [idOf('Maya Chen'), idOf('Priya Raman')],
      mode: 'claim' as const,
      claimTimeoutSeconds: 900,
    },
    {
      name: 'Seattle',
      match: { postalCodes: seattleZips },
      agentIds: [idOf('Maya Chen'), idOf('Daniel Okafor')],
    },
    {
      name: 'Eastside',
      match: { postalCodes: eastsideZips },
      agentIds: [idOf('Priya Raman'), idOf('Lucas Martínez')],
    },
    {
      name: 'South King County',
      match: { postalCodes: southZips },
      agentIds: [idOf('Hannah Schmidt'), idOf('Samuel Adeyemi')],
    },
    {
      name: 'Everyone else',
      agentIds: staff.filter((s) => s.role === 'agent').map((s) => s.id),
    },
  ];
  for (const rule of rules) await owner.routing.create(rule);
  return staff;
}

const nineToFive = [{ start: '09:00', end: '17:00' }];
/** Monday to Friday, 9 to 5, Seattle time. */
const officeHours = {
  timeZone: 'America/Los_Angeles',
  days: { 1: nineToFive, 2: nineToFive, 3: nineToFive, 4: nineToFive, 5: nineToFive },
};

/**
 * The agency's managers and agents (there is no API to list users: a read of the org's
 * `users` table, scoped to the org by row-level security). Managers first, then by name.
 */
export async function listDemoStaff(database: Database, org: Org): Promise<StaffUser[]> {
  const result = await inOrg(database, org, (scope) =>
    scope.tx.execute(
      "select id, name, email, role from users where role in ('manager', 'agent') order by role desc, name",
    ),
  );
  return (result as unknown as { rows: StaffUser[] }).rows;
}
