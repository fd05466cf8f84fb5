import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { embedTokenRequest, mintEmbedToken } from '../../auth/embed-token';
import { Permission, roleCovers, type StaffRole } from '../../auth/roles';
import { orgProcedure, router } from '../../trpc/trpc';

/** Short-lived widget credentials minted by a partner's server (the Stripe account-session model). */
export const embedTokensRouter = router({
  /**
   * Mints an embed token for one user + role, the widgets and features it may use and the
   * origin it may be used from, living at most 15 minutes. Only secret keys may call it, and
   * only for a role their own role covers. Returns the token and its expiry (ISO 8601).
   */
  create: orgProcedure
    .meta({ permission: Permission.EmbedTokensCreate, summary: 'Mint an embed token' })
    .input(embedTokenRequest)
    .output(z.object({ token: z.string(), expiresAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.caller.credential !== 'secret_key') {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Mint embed tokens with a secret key.' });
      }
      if (!roleCovers(ctx.actor.role as StaffRole, input.user.role)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `A ${ctx.actor.role} key cannot mint a token for the ${input.user.role} role.`,
        });
      }
      return mintEmbedToken({
        secret: ctx.embedSecret,
        orgId: ctx.org.id,
        request: input,
        now: Math.floor(ctx.now().getTime() / 1000),
        tokenId: randomUUID(),
      });
    }),
});
