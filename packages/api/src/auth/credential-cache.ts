import { LRUCache } from 'lru-cache';
import type { Org } from '../repositories/org-scope';
import type { ResolvedApiKey } from '../repositories/orgs.repository';

/** How long a resolved key or org is trusted before it is read again: revocations apply within this. */
export const CREDENTIAL_CACHE_TTL_MS = 15_000;

/**
 * Per-process cache of credential lookups (API key → org and role; org id → org), so a request
 * does not pay two extra database transactions before its own. Entries live
 * `CREDENTIAL_CACHE_TTL_MS`: a revoked key or a changed allowed-origins list takes effect within
 * that time. Unknown keys are cached too (as null), so guessing keys costs the database nothing.
 */
export interface CredentialCache {
  readonly apiKeys: LRUCache<string, ResolvedApiKey | 'none'>;
  readonly orgs: LRUCache<string, Org | 'none'>;
}

/** A fresh cache; `ttlMs` 0 disables caching (every request reads the database). */
export function createCredentialCache(ttlMs = CREDENTIAL_CACHE_TTL_MS): CredentialCache | null {
  if (ttlMs <= 0) return null;
  return {
    apiKeys: new LRUCache({ max: 10_000, ttl: ttlMs }),
    orgs: new LRUCache({ max: 10_000, ttl: ttlMs }),
  };
}

/** `load(key)` through `cache` (if any), remembering misses as well as hits. */
export async function cached<V extends object>(
  cache: LRUCache<string, V | 'none'> | undefined,
  key: string,
  load: () => Promise<V | null>,
): Promise<V | null> {
  const hit = cache?.get(key);
  if (hit !== undefined) return hit === 'none' ? null : hit;
  const value = await load();
  cache?.set(key, value ?? 'none');
  return value;
}
