import {
  type AppRouter,
  type AppServices,
  appRouter,
  createCallerFactory,
  createContext,
  type Database,
  loadEmbedSecret,
} from '@estatekit/api';

/** A server-side caller of the whole API (what `createCallerFactory(appRouter)` makes). */
export type DemoCaller = ReturnType<AppRouter['createCaller']>;

const createCaller = createCallerFactory(appRouter);

/** A clock the demo can set: handlers read `ctx.now()`, so setting it backdates what they write. */
export interface DemoClock {
  now: Date;
}

/**
 * Credential lookups remembered for the whole run (the API's own cache expires entries after
 * 15 s, which a long seeding outlives). `resolveCaller` only calls `get` and `set`, so a Map is
 * enough.
 */
export function runCredentialCache(): AppServices['credentialCache'] {
  return { apiKeys: new Map(), orgs: new Map() } as unknown as AppServices['credentialCache'];
}

/** What a seeding run's callers share: the embed secret, one settable clock, one credential cache. */
export interface SeedingServices {
  embedSecret: string;
  clock: DemoClock;
  cache: AppServices['credentialCache'];
}

/** {@link SeedingServices} with the clock at `now` (move `clock.now` to backdate writes). */
export async function seedingServices(database: Database, now: Date): Promise<SeedingServices> {
  return {
    embedSecret: await loadEmbedSecret(database),
    clock: { now },
    cache: runCredentialCache(),
  };
}

/**
 * A caller presenting `credential` (a secret key), as of `clock.now`. Callers sharing `cache`
 * resolve each key once.
 */
export function demoCaller(
  database: Database,
  services: { embedSecret: string; clock: DemoClock; cache?: AppServices['credentialCache'] },
  credential: string,
): DemoCaller {
  return createCaller(
    createContext(
      {
        database,
        embedSecret: services.embedSecret,
        now: () => services.clock.now,
        credentialCache: services.cache ?? null,
      },
      { authorization: `Bearer ${credential}` },
    ),
  );
}
