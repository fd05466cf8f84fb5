import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { instanceSecrets } from '../db/schema';

const EMBED_KEY = 'embed_signing_key';

/**
 * The HMAC secret that signs embed tokens: `ESTATEKIT_EMBED_SECRET` if set (≥ 32 chars), else
 * one generated on first start and kept in the database so every API process shares it.
 */
export async function loadEmbedSecret(database: Database, env = process.env): Promise<string> {
  const fromEnv = env.ESTATEKIT_EMBED_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32)
      throw new Error('ESTATEKIT_EMBED_SECRET must be at least 32 characters');
    return fromEnv;
  }
  await database.db
    .insert(instanceSecrets)
    .values({ name: EMBED_KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const rows = await database.db
    .select({ value: instanceSecrets.value })
    .from(instanceSecrets)
    .where(eq(instanceSecrets.name, sql`${EMBED_KEY}`));
  return rows[0]!.value;
}
