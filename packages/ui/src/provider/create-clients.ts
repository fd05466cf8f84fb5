import type { AppRouter } from '@estatekit/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from '@trpc/client';

/** A credential, or a function returning the current one (for embed tokens that refresh). */
export type CredentialSource = string | (() => string | Promise<string>);

/** Options of {@link createEstateKitClient}. */
export interface EstateKitClientOptions {
  /** API origin and path prefix, e.g. `https://api.example.com`; requests go to `${baseUrl}/trpc`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <credential>` on every request. */
  credential: () => CredentialSource | undefined;
  /** Replaces the default `httpBatchLink` entirely (tests, custom transports). */
  links?: TRPCLink<AppRouter>[] | undefined;
  /** `fetch` used by the default link; defaults to the global one at request time. */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * A typed tRPC client for the EstateKit API: one `httpBatchLink` to `${baseUrl}/trpc` that
 * sends the publishable key or embed token as a bearer token. Touches no browser global when
 * created, so it is safe during SSR.
 */
export function createEstateKitClient(options: EstateKitClientOptions): TRPCClient<AppRouter> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/trpc`;
  const links = options.links ?? [
    httpBatchLink({
      url,
      maxURLLength: 2000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      async headers() {
        const source = options.credential();
        const value = typeof source === 'function' ? await source() : source;
        return value ? { Authorization: `Bearer ${value}` } : {};
      },
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
