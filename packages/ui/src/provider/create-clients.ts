import type { AppRouter } from '@estatekit/api';
import { QueryClient } from '@tanstack/react-query';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
  type TRPCLink,
} from '@trpc/client';

/** A credential, or a function returning the current one (for embed tokens that refresh). */
export type CredentialSource = string | (() => string | Promise<string>);

/** Options of {@link createEstateKitClient}. */
export interface EstateKitClientOptions {
  /** API origin and path prefix, e.g. `https://api.example.com`; requests go to `${baseUrl}/trpc`. */
  baseUrl: string;
  /**
   * Sent as `Authorization: Bearer <credential>` on every request; subscriptions, which cannot
   * send headers (EventSource), carry the same value as `connectionParams.authorization`.
   */
  credential: () => CredentialSource | undefined;
  /** Replaces the default links (`httpBatchLink` + `httpSubscriptionLink`) entirely (tests, custom transports). */
  links?: TRPCLink<AppRouter>[] | undefined;
  /** `fetch` used by the default batch link; defaults to the global one at request time. */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * `EventSource` used by the default subscription link (live updates such as
   * `leads.onChange`); defaults to the global one, read when a subscription starts.
   */
  EventSource?: typeof globalThis.EventSource | undefined;
}

/** `Bearer <credential>` for the current credential, or `null` without one. */
async function bearer(options: EstateKitClientOptions): Promise<string | null> {
  const source = options.credential();
  const value = typeof source === 'function' ? await source() : source;
  return value ? `Bearer ${value}` : null;
}

/**
 * A typed tRPC client for the EstateKit API at `${baseUrl}/trpc`, with a `splitLink`:
 * subscriptions go through `httpSubscriptionLink` (Server-Sent Events; the credential travels
 * as `connectionParams: { authorization: 'Bearer <credential>' }`, since an EventSource cannot
 * send headers), everything else through one `httpBatchLink` that sends it as the
 * `Authorization: Bearer <credential>` header. The credential is read for every request and
 * every (re)connection, so a refreshed embed token is picked up. Touches no browser global when
 * created (`fetch` and `EventSource` are read when used), so it is safe during SSR.
 */
export function createEstateKitClient(options: EstateKitClientOptions): TRPCClient<AppRouter> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/trpc`;
  const links = options.links ?? [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url,
        ...(options.EventSource ? { EventSource: options.EventSource } : {}),
        async connectionParams() {
          const authorization = await bearer(options);
          return authorization ? { authorization } : null;
        },
      }),
      false: httpBatchLink({
        url,
        maxURLLength: 2000,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        async headers() {
          const authorization = await bearer(options);
          return authorization ? { Authorization: authorization } : {};
        },
      }),
    }),
  ];
  return createTRPCClient<AppRouter>({ links });
}

function httpStatusOf(error: unknown): number | null {
  const data = (error as { data?: { httpStatus?: unknown } } | null)?.data;
  return typeof data?.httpStatus === 'number' ? data.httpStatus : null;
}

/**
 * A QueryClient for one provider: no retries of client errors (4xx: bad filters, missing
 * permission, unknown listing, which a retry cannot fix), one retry otherwise, and no refetch
 * on window focus (the widget is a guest on someone else's page).
 */
export function createEstateKitQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          const status = httpStatusOf(error);
          if (status !== null && status >= 400 && status < 500) return false;
          return failureCount < 1;
        },
      },
    },
  });
}
