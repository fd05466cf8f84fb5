/**
 * The dataset the HTTP benchmarks query: a fresh PostgreSQL database with one org holding the
 * King County import, freshly ANALYZEd (as autovacuum would leave a live server), the ten
 * representative queries resolved against it, and the SQL each one sends.
 */
import pg from 'pg';
import {
  callerFor,
  importKc,
  openTestDatabase,
  seedOrg,
  type TestDatabase,
  type TestOrg,
} from './api-internals';
import { type ListQuery, listQueries } from './list-queries';
import { captureListSql, type ListSql } from './list-sql';

/** The prepared PostgreSQL dataset; `drop()` deletes the database. */
export interface PostgresDataset {
  test: TestDatabase;
  seeded: TestOrg;
  runtimeUrl: string;
  adminUrl: string;
  queries: (ListQuery & { sql: ListSql })[];
  drop(): Promise<void>;
}

/** Creates, imports, analyzes and captures; throws if PostgreSQL is unreachable. */
export async function preparePostgres(): Promise<PostgresDataset> {
  const test = await openTestDatabase('postgres');
  try {
    const seeded = await seedOrg(test.database, 'bench');
    await importKc(test.database, seeded.org);
    const admin = new pg.Client({ connectionString: test.adminUrl! });
    await admin.connect();
    await admin.query('ANALYZE');
    await admin.end();
    const caller = callerFor(test.database, seeded.secretKey);
    const queries = [];
    for (const query of await listQueries((input) => caller.properties.list(input))) {
      const sql = await captureListSql(test.database, seeded.secretKey, seeded.org.id, query.input);
      queries.push({ ...query, sql });
    }
    return {
      test,
      seeded,
      runtimeUrl: test.runtimeUrl!,
      adminUrl: test.adminUrl!,
      queries,
      drop: () => test.drop(),
    };
  } catch (error) {
    await test.drop();
    throw error;
  }
}
