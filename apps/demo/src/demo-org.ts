import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import {
  appRouter,
  createApiKey,
  createCallerFactory,
  createContext,
  createOrg,
  type Database,
  findOrgBySlug,
  getProfile,
  inOrg,
  loadEmbedSecret,
  type Org,
  runListingImport,
  setAllowedOrigins,
} from '@estatekit/api';
import { SingleBar } from 'cli-progress';

/** The demo agency's keys, kept next to the data (keys are stored hashed, so we must keep them). */
export interface DemoKeys {
  readonly orgId: string;
  readonly secretKey: string;
  readonly publishableKey: string;
}

const SLUG = 'demo';

/**
 * Finds or creates the demo agency, allows the site's origins, and returns keys for it (from
 * `keysFile`, or new ones if that file is missing or belongs to another database).
 */
export async function ensureDemoOrg(
  database: Database,
  options: { origins: string[]; keysFile: string },
): Promise<{ org: Org; keys: DemoKeys }> {
  let org = await findOrgBySlug(database, SLUG);
  org ??= await createOrg(database, {
    slug: SLUG,
    name: 'Harbour & Hill Realty',
    allowedOrigins: [],
    // King County, Washington: task due times and working hours in Seattle time.
    timeZone: 'America/Los_Angeles',
  });
  const found = org;
  await inOrg(database, found, (scope) => setAllowedOrigins(scope, options.origins));
  const saved = existsSync(options.keysFile)
    ? (JSON.parse(readFileSync(options.keysFile, 'utf8')) as DemoKeys)
    : null;
  if (saved?.orgId === found.id) return { org: found, keys: saved };
  const keys = await inOrg(database, found, async (scope) => ({
    orgId: found.id,
    secretKey: (await createApiKey(scope, { kind: 'secret', name: 'demo', role: 'owner' })).key,
    publishableKey: (await createApiKey(scope, { kind: 'publishable', name: 'demo site' })).key,
  }));
  mkdirSync(dirname(options.keysFile), { recursive: true });
  writeFileSync(options.keysFile, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return { org: found, keys };
}

/**
 * Imports the King County sales file into the demo agency the first time (when it has no
 * listings), with a progress bar. Later starts skip it. Returns the number of listings.
 */
export async function ensureListings(
  database: Database,
  org: Org,
  keys: DemoKeys,
  csvPath: string,
): Promise<number> {
  const caller = createCallerFactory(appRouter)(
    createContext(
      { database, embedSecret: await loadEmbedSecret(database), now: () => new Date() },
      { authorization: `Bearer ${keys.secretKey}` },
    ),
  );
  const { total } = await caller.properties.list({ pageSize: 1 });
  if (total > 0) return total;
  console.log(`Importing ${csvPath} (first run only)…`);
  const bar = new SingleBar({ format: '  {bar} {percentage}% | {rows} rows', hideCursor: true });
  bar.start(statSync(csvPath).size, 0, { rows: 0 });
  const report = await inOrg(database, org, (scope) =>
    runListingImport(scope, {
      source: createReadStream(csvPath),
      profile: getProfile('kc'),
      skipInvalid: false,
      actor: { kind: 'system', id: 'demo' },
      at: new Date().toISOString(),
      onProgress: ({ bytes, rows }) => bar.update(bytes, { rows }),
    }),
  );
  bar.stop();
  console.log(
    `  ${report.rows} rows → ${report.distinct} listings (${report.repeatSaleRows} repeat sales of ${report.repeatSaleParcels} parcels kept as their latest sale)`,
  );
  return report.distinct;
}
