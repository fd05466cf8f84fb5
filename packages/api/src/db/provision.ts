import pg from 'pg';
import { APP_ROLE } from './database';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Prepares a PostgreSQL database for EstateKit with a superuser (or CREATEDB + CREATEROLE)
 * connection: creates `database` if missing and a LOGIN role `user` (NOSUPERUSER NOBYPASSRLS,
 * member of `estatekit_app` once migrations have created it) that owns nothing. Returns the
 * runtime URL to use as DATABASE_URL and the admin URL for migrations. Identifiers must be
 * lower-case SQL identifiers; throws otherwise.
 */
export async function provisionPostgres(options: {
  adminUrl: string;
  database: string;
  user: string;
  password?: string;
}): Promise<{ databaseUrl: string; adminUrl: string }> {
  for (const name of [options.database, options.user]) {
    if (!IDENT.test(name)) throw new Error(`"${name}" is not a plain lower-case SQL identifier`);
  }
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [
      options.database,
    ]);
    if (exists.rowCount === 0) await admin.query(`create database ${options.database}`);
    await admin.query(
      `do $$ begin
         if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
           create role ${APP_ROLE} nologin nosuperuser nobypassrls;
         end if;
         if not exists (select 1 from pg_roles where rolname = '${options.user}') then
           create role ${options.user} login nosuperuser nobypassrls nocreatedb nocreaterole in role ${APP_ROLE};
         end if;
       exception when duplicate_object then null;
       end $$`,
    );
    if (options.password) {
      await admin.query(
        `alter role ${options.user} password ${pg.escapeLiteral(options.password)}`,
      );
    }
  } finally {
    await admin.end();
  }
  const withDb = (url: string, user?: string) => {
    const u = new URL(url);
    u.pathname = `/${options.database}`;
    if (user) {
      u.username = user;
      u.password = options.password ?? '';
    }
    return u.toString();
  };
  return {
    adminUrl: withDb(options.adminUrl),
    databaseUrl: withDb(options.adminUrl, options.user),
  };
}
