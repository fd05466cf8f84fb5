import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { staffRoles } from './roles';

/** Longest life of an embed token: 15 minutes (one display of one widget). */
export const EMBED_TOKEN_MAX_TTL_SECONDS = 900;
export const EMBED_TOKEN_ISSUER = 'estatekit';
export const EMBED_TOKEN_AUDIENCE = 'estatekit:embed';
/** Explicit JWT type (RFC 8725 §3.11) so no other JWT we might issue is accepted as one. */
export const EMBED_TOKEN_TYPE = 'ek-embed+jwt';
/** Algorithm allow-list (RFC 8725 §3.1): HMAC-SHA-256 only; `none` and others are refused. */
export const EMBED_TOKEN_ALGORITHMS = ['HS256'];

/** Widgets an embed token can unlock. */
export const embedWidgets = [
  'property-grid',
  'lead-kanban',
  'agent-workload',
  'ledger-view',
  'delinquency-report',
] as const;

/** What a partner asks for when minting a token (the Stripe account-session model). */
export const embedTokenRequest = z.strictObject({
  user: z.strictObject({ id: z.string().min(1).max(128), role: z.enum(staffRoles) }),
  widgets: z.array(z.enum(embedWidgets)).min(1),
  features: z.array(z.string().min(1).max(64)).max(32).default([]),
  /** The page origin the token may be used from, e.g. `https://agency.example`. */
  origin: z.url().transform((u) => new URL(u).origin),
  ttlSeconds: z.int().min(30).max(EMBED_TOKEN_MAX_TTL_SECONDS).default(EMBED_TOKEN_MAX_TTL_SECONDS),
});
export type EmbedTokenRequest = z.input<typeof embedTokenRequest>;

const claims = z.object({
  sub: z.string(),
  org: z.uuid(),
  role: z.enum(staffRoles),
  widgets: z.array(z.enum(embedWidgets)),
  features: z.array(z.string()),
  origin: z.string(),
  jti: z.string(),
});
export type EmbedTokenClaims = z.infer<typeof claims>;

/** Why a token was refused; the message never echoes the token. */
export class EmbedTokenError extends Error {
  constructor(
    readonly reason: 'invalid' | 'expired' | 'wrong_origin',
    message: string,
  ) {
    super(message);
    this.name = 'EmbedTokenError';
  }
}

const keyFrom = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs an embed token for one user of org `orgId`. `now` is seconds since the epoch from the
 * caller's clock; the token expires after `ttlSeconds` (≤ 900). Returns the compact JWS and
 * its expiry (ISO 8601).
 */
export async function mintEmbedToken(input: {
  secret: string;
  orgId: string;
  request: z.output<typeof embedTokenRequest>;
  now: number;
  tokenId: string;
}): Promise<{ token: string; expiresAt: string }> {
  const { request, now } = input;
  const exp = now + request.ttlSeconds;
  const token = await new SignJWT({
    org: input.orgId,
    role: request.user.role,
    widgets: request.widgets,
    features: request.features,
    origin: request.origin,
  })
    .setProtectedHeader({ alg: 'HS256', typ: EMBED_TOKEN_TYPE })
    .setIssuer(EMBED_TOKEN_ISSUER)
    .setAudience(EMBED_TOKEN_AUDIENCE)
    .setSubject(request.user.id)
    .setJti(input.tokenId)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(keyFrom(input.secret));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * Verifies an embed token per RFC 8725: HS256 only, `typ`, `iss`, `aud`, expiry and a maximum
 * age of 15 minutes, then checks it is presented from the origin it was minted for. Throws
 * `EmbedTokenError` (`invalid`, `expired` or `wrong_origin`).
 */
export async function verifyEmbedToken(
  token: string,
  options: { secret: string; origin: string | undefined; now: number },
): Promise<EmbedTokenClaims> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, keyFrom(options.secret), {
      algorithms: EMBED_TOKEN_ALGORITHMS,
      issuer: EMBED_TOKEN_ISSUER,
      audience: EMBED_TOKEN_AUDIENCE,
      typ: EMBED_TOKEN_TYPE,
      maxTokenAge: EMBED_TOKEN_MAX_TTL_SECONDS,
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      currentDate: new Date(options.now * 1000),
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new EmbedTokenError('expired', 'The embed token has expired; mint a new one.');
    }
    throw new EmbedTokenError('invalid', 'The embed token is not valid.');
  }
  const parsed = claims.safeParse(payload);
  if (!parsed.success) throw new EmbedTokenError('invalid', 'The embed token is not valid.');
  if (options.origin !== parsed.data.origin) {
    throw new EmbedTokenError('wrong_origin', 'The embed token was minted for another origin.');
  }
  return parsed.data;
}
