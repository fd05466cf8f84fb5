import { createReadStream } from 'node:fs';
import type { Database } from '../db/database';
import { getProfile } from '../import';
import { inOrg, type Org } from '../repositories/org-scope';
import { createApiKey, createOrg } from '../repositories/orgs.repository';
import { appRouter } from '../root';
import { createCaptureRateLimits } from '../routers/leads/capture-rate-limit';
import { runListingImport } from '../services/listing-import.service';
import { createContext } from '../trpc/context';
import { createCallerFactory } from '../trpc/trpc';
import { kcDataPath } from './test-database';

export const TEST_EMBED_SECRET = 'test-embed-secret-test-embed-secret-0123456789';
export const FIXED_NOW = new Date('2026-11-21T12:00:00.000Z');

/** An org with one key of each kind (secret key role `owner`) and its allowed origin. */
export interface TestOrg {
  readonly org: Org;
  readonly secretKey: string;
  readonly publishableKey: string;
  readonly origin: string;
}

/** Creates org `slug` allowing `https://<slug>.example` with a secret (owner) and a publishable key. */
export async function seedOrg(database: Database, slug: string): Promise<TestOrg> {
  const origin = `https://${slug}.example`;
  const org = await createOrg(database, { slug, name: `${slug} realty`, allowedOrigins: [origin] });
  return inOrg(database, org, async (scope) => ({
    org,
    origin,
    secretKey: (await createApiKey(scope, { kind: 'secret', name: 'test', role: 'owner' })).key,
    publishableKey: (await createApiKey(scope, { kind: 'publishable', name: 'test' })).key,
  }));
}

const createCaller = createCallerFactory(appRouter);

/** Test callers share generous web-form limits (the rate-limit test brings its own). */
const testCaptureLimits = createCaptureRateLimits({
  perIpPerMinute: 10_000,
  perKeyPerMinute: 10_000,
});

/**
 * A server-side caller of the whole router presenting `credential` from `origin`, at `now`
 * (default FIXED_NOW); `signal` ends its subscriptions.
 */
export function callerFor(
  database: Database,
  credential: string | undefined,
  options: { origin?: string; now?: Date; signal?: AbortSignal } = {},
) {
  return createCaller(
    createContext(
      {
        database,
        embedSecret: TEST_EMBED_SECRET,
        now: () => options.now ?? FIXED_NOW,
        captureRateLimits: testCaptureLimits,
      },
      {
        authorization: credential ? `Bearer ${credential}` : undefined,
        origin: options.origin,
      },
    ),
    // Subscriptions end when this aborts (tRPC passes the caller's signal, not a per-call one).
    options.signal ? { signal: options.signal } : undefined,
  );
}

/** Imports the real King County file into `org` (the importer under test, via its service). */
export async function importKc(database: Database, org: Org) {
  return inOrg(database, org, (scope) =>
    runListingImport(scope, {
      source: createReadStream(kcDataPath()),
      profile: getProfile('kc'),
      skipInvalid: false,
      actor: { kind: 'system', id: 'test' },
      at: FIXED_NOW.toISOString(),
    }),
  );
}
