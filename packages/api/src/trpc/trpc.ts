import { isDomainError } from '@estatekit/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Permission } from '../auth/roles';
import { inOrg, type OrgScope } from '../repositories/org-scope';
import { type Caller, resolveCaller } from './caller';
import type { Context } from './context';
import { toTransportError } from './errors';

/** One bad field: its path in the input and why. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/**
 * zod issues as field issues. An unexpected key is reported at its own path
 * (`bedroomsTotal`), not at its parent object's, so every bad field is named (DESIGN rule 4).
 */
export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `${key} is not allowed here`,
      }));
    }
    return [{ path, message: issue.message }];
  });
}

/** Per-procedure declarations read by middlewares and by the generated tenancy tests. */
export interface Meta {
  /** What the caller needs. Every org-scoped procedure declares one. */
  permission?: Permission;
  /** Widgets that use this procedure; embed tokens must unlock one of them. */
  widgets?: readonly string[];
  /** OpenAPI-ish summary for docs. */
  summary?: string;
  /** A mutation publishable keys may call (the public web form); reads need no opt-in. */
  publishable?: boolean;
}

/**
 * tRPC instance. Errors are shaped so clients can show them: zod failures list each bad field
 * (`data.issues`: path + message); domain refusals carry their stable code, context and
 * suggestion (`data.domain`).
 */
const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // Live subscriptions (SSE): a ping every 10 s keeps proxies from closing an idle stream,
    // and clients reconnect when they hear nothing for 25 s.
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 25_000 },
    },
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      return {
        ...shape,
        message:
          cause instanceof ZodError
            ? fieldIssues(cause)
                .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
                .join('; ')
            : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          issues:
            cause instanceof ZodError
              ? fieldIssues(cause)
              : isDomainError(cause) && Array.isArray(cause.context.issues)
                ? (cause.context.issues as FieldIssue[])
                : null,
          domain: isDomainError(cause)
            ? { code: cause.code, context: cause.context, suggestion: cause.suggestion ?? null }
            : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps domain errors to transport errors in one place (cal.com's errorConversionMiddleware). */
const errorConversion = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const converted = toTransportError(result.error.cause ?? result.error);
    if (converted instanceof TRPCError && converted !== result.error) throw converted;
  }
  return result;
});

/** Callable without credentials (health, version). */
export const publicProcedure = t.procedure.use(errorConversion);

/**
 * Resolves the caller (`ctx.caller`, `ctx.org`, `ctx.actor`) and checks the procedure's declared
 * permission and widget. Throws UNAUTHORIZED, FORBIDDEN (missing permission, widget not
 * unlocked, publishable key calling a mutation that did not opt in with `meta.publishable`).
 */
const callerProcedure = publicProcedure.use(async ({ ctx, meta, type, next }) => {
  const caller: Caller = await resolveCaller(ctx);
  ctx.onCaller?.(caller);
  if (type !== 'query' && caller.credential === 'publishable_key' && !meta?.publishable) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Publishable keys are read-only.' });
  }
  if (!meta?.permission || !caller.permissions.has(meta.permission)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Your role may not do this (${meta?.permission ?? 'undeclared permission'}).`,
    });
  }
  if (caller.widgets && !meta.widgets?.some((w) => caller.widgets?.has(w))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This embed token does not unlock this.' });
  }
  return next({ ctx: { ...ctx, caller, org: caller.org, actor: caller.actor } });
});

/**
 * An org-scoped query or mutation: the caller as `callerProcedure` resolves it, plus the
 * request's org-scoped transaction as `ctx.scope` (rolled back when the procedure fails).
 */
export const orgProcedure = callerProcedure.use(async ({ ctx, next }) =>
  inOrgRollingBackFailures(ctx.database, ctx.caller.org, (scope) =>
    next({ ctx: { ...ctx, scope } }),
  ),
);

/**
 * An org-scoped subscription: the resolved caller but no transaction (a stream outlives any
 * one transaction; it opens its own with `inOrg` when it reads).
 */
export const orgSubscriptionProcedure = callerProcedure;

const rollback = Symbol('rollback');

/**
 * A failed procedure returns `{ ok: false }` rather than throwing: throw inside the transaction
 * so it rolls back (no partial writes), then hand the failure on unchanged.
 */
async function inOrgRollingBackFailures<R extends { ok: boolean }>(
  database: Context['database'],
  org: Caller['org'],
  run: (scope: OrgScope) => Promise<R>,
): Promise<R> {
  let failure: R | undefined;
  try {
    return await inOrg(database, org, async (scope) => {
      const result = await run(scope);
      if (!result.ok) {
        failure = result;
        throw rollback;
      }
      return result;
    });
  } catch (error) {
    if (error === rollback && failure) return failure;
    throw error;
  }
}
