#!/usr/bin/env node
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isTimeZone } from '@estatekit/domain';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { staffRoles } from '../auth/roles';
import { openDatabase } from '../db/database';
import { provisionPostgres } from '../db/provision';
import { getProfile } from '../import';
import { upsertAgent } from '../repositories/agents.repository';
import { inOrg } from '../repositories/org-scope';
import {
  createApiKey,
  createOrg,
  createUser,
  findOrgBySlug,
  findUserByEmail,
} from '../repositories/orgs.repository';
import { closeOnSignals, databaseOptionsFromEnv, startApi } from '../server/start';
import { runListingImport } from '../services/listing-import.service';

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('not a port');
  return n;
};
const dataDirOption = new Option(
  '--data-dir <dir>',
  'PGlite data directory (ignored with DATABASE_URL)',
);

const program = new Command('estatekit').description(
  'EstateKit headless API. Uses PostgreSQL when DATABASE_URL is set (migrations with DATABASE_ADMIN_URL if given), else embedded PGlite.',
);

program
  .command('serve')
  .description('Run the API over HTTP (tRPC at /trpc, GET /health)')
  .addOption(new Option('-p, --port <port>', 'port').argParser(port).default(4000))
  .option('--host <host>', 'interface to bind', '127.0.0.1')
  .addOption(dataDirOption)
  .action(async (opts: { port: number; host: string; dataDir?: string }) => {
    const api = await startApi({
      databaseOptions: databaseOptionsFromEnv(process.env, opts.dataDir),
      host: opts.host,
      port: opts.port,
    });
    closeOnSignals(api);
    console.log(`estatekit: API on ${api.url} (${api.database.kind})`);
  });

const orgs = program.command('orgs').description('Organizations');
orgs
  .command('create <slug>')
  .description('Create an organization and print a secret and a publishable key')
  .requiredOption('--name <name>', 'display name')
  .option('--origin <origin...>', 'allowed origins for publishable keys and embeds', [])
  .option('--time-zone <zone>', 'IANA time zone of task due times and day boundaries', 'UTC')
  .option('--currency <code>', 'ISO 4217 currency of prices and budgets', 'USD')
  .addOption(dataDirOption)
  .action(
    async (
      slug: string,
      opts: {
        name: string;
        origin: string[];
        timeZone: string;
        currency: string;
        dataDir?: string;
      },
    ) => {
      if (!isTimeZone(opts.timeZone))
        throw new Error(`--time-zone: unknown IANA time zone "${opts.timeZone}"`);
      const database = await openDatabase(databaseOptionsFromEnv(process.env, opts.dataDir));
      try {
        const org = await createOrg(database, {
          slug,
          name: opts.name,
          allowedOrigins: opts.origin,
          timeZone: opts.timeZone,
          defaultCurrency: opts.currency.toUpperCase(),
        });
        const keys = await inOrg(database, org, async (scope) => ({
          secret: await createApiKey(scope, { kind: 'secret', name: 'default', role: 'owner' }),
          publishable: await createApiKey(scope, { kind: 'publishable', name: 'default' }),
        }));
        console.log(
          JSON.stringify(
            { org, secretKey: keys.secret.key, publishableKey: keys.publishable.key },
            null,
            2,
          ),
        );
      } finally {
        await database.close();
      }
    },
  );

program
  .command('keys')
  .command('create')
  .description('Create an API key (printed once; only its hash is stored)')
  .requiredOption('--org <slug>', 'organization slug')
  .addOption(new Option('--kind <kind>').choices(['secret', 'publishable']).default('secret'))
  .addOption(new Option('--role <role>').choices([...staffRoles]).default('read_only'))
  .option('--name <name>', 'label', 'cli')
  .option('--user <email>', 'staff user the secret key acts as (an agent owns leads by it)')
  .addOption(dataDirOption)
  .action(
    async (opts: {
      org: string;
      kind: 'secret' | 'publishable';
      role: (typeof staffRoles)[number];
      name: string;
      user?: string;
      dataDir?: string;
    }) => {
      const database = await openDatabase(databaseOptionsFromEnv(process.env, opts.dataDir));
      try {
        const org = await findOrgBySlug(database, opts.org);
        if (!org) throw new Error(`no organization "${opts.org}"`);
        const key = await inOrg(database, org, async (scope) => {
          const user = opts.user ? await findUserByEmail(scope, opts.user) : null;
          if (opts.user && !user) throw new Error(`no user "${opts.user}" in "${opts.org}"`);
          return createApiKey(scope, {
            ...opts,
            role: user?.role ?? opts.role,
            userId: user?.id ?? null,
          });
        });
        console.log(key.key);
      } finally {
        await database.close();
      }
    },
  );

program
  .command('users')
  .command('create <email>')
  .description('Add a staff user; with --agent, one that routing may give leads to')
  .requiredOption('--org <slug>', 'organization slug')
  .requiredOption('--name <name>', 'full name')
  .addOption(new Option('--role <role>').choices([...staffRoles]).default('agent'))
  .option('--agent', 'make the user a routable agent (active, capacity weight 1)', false)
  .option('--capacity <weight>', 'capacity weight for routing (higher takes more leads)', '1')
  .addOption(dataDirOption)
  .action(
    async (
      email: string,
      opts: {
        org: string;
        name: string;
        role: (typeof staffRoles)[number];
        agent: boolean;
        capacity: string;
        dataDir?: string;
      },
    ) => {
      const capacityWeight = Number(opts.capacity);
      if (!(capacityWeight > 0)) throw new Error('--capacity must be a positive number');
      const database = await openDatabase(databaseOptionsFromEnv(process.env, opts.dataDir));
      try {
        const org = await findOrgBySlug(database, opts.org);
        if (!org) throw new Error(`no organization "${opts.org}"`);
        const user = await inOrg(database, org, async (scope) => {
          const created = await createUser(scope, { email, name: opts.name, role: opts.role });
          if (opts.agent) await upsertAgent(scope, created.id, { capacityWeight });
          return created;
        });
        console.log(JSON.stringify({ id: user.id, email, role: opts.role, agent: opts.agent }));
      } finally {
        await database.close();
      }
    },
  );

program
  .command('import')
  .command('listings <file>')
  .description('Import listings from a CSV file (all-or-nothing unless --skip-invalid)')
  .requiredOption('--org <slug>', 'organization slug')
  .option('--profile <name>', 'column-mapping profile: kc (King County sales) or reso', 'kc')
  .option('--skip-invalid', 'import the valid rows and report the bad ones', false)
  .addOption(dataDirOption)
  .action(
    async (
      file: string,
      opts: { org: string; profile: string; skipInvalid: boolean; dataDir?: string },
    ) => {
      const path = resolve(file);
      const database = await openDatabase(databaseOptionsFromEnv(process.env, opts.dataDir));
      const bar = new SingleBar({
        format: 'importing {bar} {percentage}% | {rows} rows | {eta_formatted} left',
        hideCursor: true,
      });
      try {
        const org = await findOrgBySlug(database, opts.org);
        if (!org) throw new Error(`no organization "${opts.org}"`);
        bar.start(statSync(path).size, 0, { rows: 0 });
        const report = await inOrg(database, org, (scope) =>
          runListingImport(scope, {
            source: createReadStream(path),
            profile: getProfile(opts.profile),
            skipInvalid: opts.skipInvalid,
            actor: { kind: 'system', id: 'cli' },
            at: new Date().toISOString(),
            onProgress: ({ bytes, rows }) => bar.update(bytes, { rows }),
          }),
        );
        bar.stop();
        console.log(JSON.stringify({ ...report, errors: report.errors.slice(0, 20) }, null, 2));
      } catch (error) {
        bar.stop();
        throw error;
      } finally {
        await database.close();
      }
    },
  );

program
  .command('db')
  .command('provision')
  .description(
    'Create a PostgreSQL database and a login role that cannot bypass row-level security',
  )
  .requiredOption('--admin-url <url>', 'superuser connection URL')
  .option('--database <name>', 'database to create', 'estatekit')
  .option('--user <name>', 'login role to create for the API', 'estatekit_api')
  .option('--password <password>', 'password for the login role')
  .action(async (opts: { adminUrl: string; database: string; user: string; password?: string }) => {
    const urls = await provisionPostgres(opts);
    const database = await openDatabase(urls);
    await database.close();
    console.log(`DATABASE_URL=${urls.databaseUrl}\nDATABASE_ADMIN_URL=${urls.adminUrl}`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(`estatekit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
