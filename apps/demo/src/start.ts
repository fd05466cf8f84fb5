/**
 * `pnpm demo`: an agency website embedding EstateKit, on real data.
 * Opens (and migrates) the database, creates the demo agency and its keys, imports the King
 * County sales, seeds its sales pipeline and its rental portfolio with 24 months of rent ledger
 * on first run, starts the API on `port + 1`, builds and serves the website on `port` (the
 * public listings page, and the staff back office at `/crm.html` with `/demo-session` minting
 * its embed tokens), and prints its URL. Options:
 * `--port <n>` (default 4400), `--data-dir <dir>`, `--leads <n>` (leads seeded on the first
 * run, default 250); DATABASE_URL runs it on PostgreSQL.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeOnSignals, startApi } from '@estatekit/api';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { openDemoDatabase, repoRoot } from './demo-database';
import { DEFAULT_DEMO_LEADS, ensureDemoLeads } from './demo-leads';
import { ensureDemoLedger } from './demo-ledger';
import { ensureDemoOrg, ensureListings } from './demo-org';
import { registerDemoSession } from './demo-session';
import { buildSiteIfStale, siteDist } from './site-build';

const { values } = parseArgs({
  // `pnpm demo -- --port 5000` forwards the `--` itself.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4400' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    leads: { type: 'string', default: String(DEFAULT_DEMO_LEADS) },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65534) throw new Error('--port must be 1–65534');
const leadCount = Number(values.leads);
if (!Number.isInteger(leadCount) || leadCount < 10) throw new Error('--leads must be 10 or more');
const siteOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

const started = Date.now();
const { database, label } = await openDemoDatabase({
  ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
});
console.log(`Database: ${label}`);
const dbName = database.kind === 'pglite' ? 'pglite' : 'postgres';
const { org, keys } = await ensureDemoOrg(database, {
  origins: siteOrigins,
  keysFile: resolve(values['data-dir'] ?? `${repoRoot}/.estatekit`, `demo-keys.${dbName}.json`),
});
const listings = await ensureListings(
  database,
  org,
  keys,
  resolve(repoRoot, '../shared/data/kc_house_data.csv'),
);
const leads = await ensureDemoLeads(database, org, keys, { leads: leadCount });
const ledger = await ensureDemoLedger(database, org, keys);

const api = await startApi({ database, host: values.host, port: port + 1 });
await buildSiteIfStale();

const site = Fastify();
site.get('/demo-config.js', async (_request, reply) =>
  reply
    .type('text/javascript')
    .header('cache-control', 'no-store')
    .send(
      `window.__ESTATEKIT_DEMO__ = ${JSON.stringify({ apiUrl: api.url, publishableKey: keys.publishableKey })};`,
    ),
);
await registerDemoSession(site, { database, org, keys, origins: siteOrigins });
await site.register(fastifyStatic, { root: siteDist });
await site.listen({ host: values.host, port });

closeOnSignals({ ...api, close: () => site.close().then(() => api.close()) });
console.log(
  `\nEstateKit demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${listings} listings, ${leads} leads and ${ledger.leases} leases in ${ledger.buildings} buildings for ${org.name}.\n` +
    `  Website: http://localhost:${port}\n  Back office: http://localhost:${port}/crm.html\n  API:     ${api.url}/trpc (publishable key ${keys.publishableKey.slice(0, 12)}…)\n`,
);
