import { createHash, randomBytes } from 'node:crypto';

/** `secret` keys (`ek_sk_…`) are server-to-server and role-bearing; `publishable` (`ek_pk_…`) are browser-safe. */
export type ApiKeyKind = 'secret' | 'publishable';

const PREFIX: Record<ApiKeyKind, string> = { secret: 'ek_sk_', publishable: 'ek_pk_' };

/** SHA-256 (hex) of a whole key: the only form in which keys are stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The kind a presented key claims by its prefix, or null if it is not an EstateKit key. */
export function apiKeyKind(key: string): ApiKeyKind | null {
  if (key.startsWith(PREFIX.secret)) return 'secret';
  if (key.startsWith(PREFIX.publishable)) return 'publishable';
  return null;
}

/**
 * A new random key (32 bytes of entropy, base64url) with its display prefix and hash. Show
 * `key` to the user once; store only `hash` and `prefix`.
 */
export function generateApiKey(kind: ApiKeyKind): { key: string; prefix: string; hash: string } {
  const key = PREFIX[kind] + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}
