/**
 * The demo agency's accountant, who records the rent ledger's payments: a staff user (there is
 * no API for users, so through the repository, as demo-staff.ts adds the sales team).
 */
import { createUser, type Database, inOrg, type Org } from '@estatekit/api';
import { demoAccountant } from './demo-ledger.data';

/** The demo's accountant (a staff user; there is no API for users, so through the repository). */
export interface DemoAccountant {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'accountant';
}

/** The agency's accountants, by name (a read of the org's `users`, scoped by row-level security). */
export async function listDemoAccountants(database: Database, org: Org): Promise<DemoAccountant[]> {
  const result = await inOrg(database, org, (scope) =>
    scope.tx.execute(
      "select id, name, email, role from users where role = 'accountant' order by name",
    ),
  );
  return (result as unknown as { rows: DemoAccountant[] }).rows;
}

/** Adds the demo's accountant (`demoAccountant`) unless the agency has one already. */
export async function ensureDemoAccountant(database: Database, org: Org): Promise<DemoAccountant> {
  const [existing] = await listDemoAccountants(database, org);
  if (existing) return existing;
  const { id } = await inOrg(database, org, (scope) => createUser(scope, demoAccountant));
  return { id, ...demoAccountant };
}
