import type { Actor } from '@estatekit/domain';
import { TRPCError } from '@trpc/server';
import { apiKeyKind, hashApiKey } from '../auth/api-key';
import { cached } from '../auth/credential-cache';
import { EmbedTokenError, verifyEmbedToken } from '../auth/embed-token';
import { type Permission, publishableScopes, rolePermissions } from '../auth/roles';
import type { Org } from '../repositories/org-scope';
import { findOrgById, resolveApiKey } from '../repositories/orgs.repository';
import type { Context } from './context';

/** Who is calling, for which org, and what they may do. */
export interface Caller {
  readonly org: Org;
  readonly actor: Actor;
  readonly credential: 'secret_key' | 'publishable_key' | 'embed_token';
  /** The staff user the caller acts as (embed token subject, or the key's user); else null. */
  readonly userId: string | null;
  readonly permissions: ReadonlySet<Permission>;
  /** Widgets an embed token unlocks; null for keys (not limited to widgets). */
  readonly widgets: ReadonlySet<string> | null;
}

const unauthorized = (message: string) => new TRPCError({ code: 'UNAUTHORIZED', message });

/**
 * Resolves the request's credential to a caller. Secret keys carry their role; publishable keys
 * carry only public read scopes and are honoured only from the org's allowed origins; embed
 * tokens are verified (RFC 8725) and bound to the origin they were minted for.
 * Throws UNAUTHORIZED for missing/unknown/expired credentials, FORBIDDEN for a wrong origin.
 */
export async function resolveCaller(ctx: Context): Promise<Caller> {
  const credential = ctx.credential;
  if (!credential)
    throw unauthorized('Send an API key or embed token as `Authorization: Bearer …`.');
  const kind = apiKeyKind(credential);
  if (kind) {
    const key = await cached(ctx.credentialCache?.apiKeys, hashApiKey(credential), () =>
      resolveApiKey(ctx.database, credential),
    );
    if (!key || key.kind !== kind) throw unauthorized('The API key is not valid or was revoked.');
    if (kind === 'secret') {
      return {
        org: key.org,
        actor: { kind: 'api_key', id: key.keyId, role: key.role },
        credential: 'secret_key',
        userId: key.userId,
        permissions: new Set(rolePermissions[key.role]),
        widgets: null,
      };
    }
    if (!ctx.origin || !key.org.allowedOrigins.includes(ctx.origin)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'This publishable key may only be used from the organization’s allowed origins.',
      });
    }
    return {
      org: key.org,
      actor: { kind: 'api_key', id: key.keyId, role: 'read_only' },
      credential: 'publishable_key',
      userId: null,
      permissions: new Set(publishableScopes),
      widgets: null,
    };
  }
  try {
    const claims = await verifyEmbedToken(credential, {
      secret: ctx.embedSecret,
      origin: ctx.origin,
      now: Math.floor(ctx.now().getTime() / 1000),
    });
    const org = await cached(ctx.credentialCache?.orgs, claims.org, () =>
      findOrgById(ctx.database, claims.org),
    );
    if (!org) throw unauthorized('The embed token is not valid.');
    return {
      org,
      actor: { kind: 'user', id: claims.sub, role: claims.role },
      credential: 'embed_token',
      userId: claims.sub,
      permissions: new Set(rolePermissions[claims.role]),
      widgets: new Set(claims.widgets),
    };
  } catch (error) {
    if (error instanceof EmbedTokenError) {
      throw error.reason === 'wrong_origin'
        ? new TRPCError({ code: 'FORBIDDEN', message: error.message })
        : unauthorized(error.message);
    }
    throw error;
  }
}
