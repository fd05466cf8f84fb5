import type { AppRouter } from '@estatekit/api';
import { QueryClientProvider } from '@tanstack/react-query';
import type { TRPCLink } from '@trpc/client';
import { type ReactNode, useMemo, useRef } from 'react';
import {
  type AppearanceMode,
  type EstateKitAppearance,
  resolveAppearance,
  rootStyleVariables,
  type ThemeReference,
} from './appearance.utils';
import {
  type CredentialSource,
  createEstateKitClient,
  createEstateKitQueryClient,
} from './create-clients';
import { EstateKitContext, type EstateKitContextValue } from './estatekit-context';
import { TRPCProvider } from './trpc';
import { usePrefersDark } from './use-prefers-dark';

/** Exactly one credential: a publishable key (read-only, public) or an embed token. */
export type EstateKitCredentials =
  | { publishableKey: string; token?: never }
  | { token: CredentialSource; publishableKey?: never };

/** Props of {@link EstateKitProvider}. */
export type EstateKitProviderProps = EstateKitCredentials & {
  /** API origin, e.g. `https://api.example.com`; requests go to `${baseUrl}/trpc`. */
  baseUrl: string;
  /** Base theme: a built-in name (`'estatekit'`, `'harbour'`) or a theme from `createTheme`. */
  theme?: ThemeReference;
  /** A colour mode (`'light'` default, `'dark'`, `'system'`) or `{ theme, mode, variables, elements }`. */
  appearance?: AppearanceMode | EstateKitAppearance;
  /** BCP 47 locale for numbers, prices, areas and dates; default `'en-US'`. */
  locale?: string;
  /** ISO 4217 code for amounts typed into filters; default `'USD'`. */
  currency?: string;
  /**
   * Escape hatch: tRPC links replacing the default ones (`httpBatchLink` for queries and
   * mutations, `httpSubscriptionLink` for live updates) (tests, custom transports).
   */
  links?: TRPCLink<AppRouter>[];
  /** `fetch` for the default link (e.g. to add tracing); defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /**
   * `EventSource` for live updates (Server-Sent Events of subscriptions such as
   * `leads.onChange`), e.g. a polyfill or a mock; defaults to the global one.
   */
  EventSource?: typeof globalThis.EventSource;
  children?: ReactNode;
};

/**
 * Gives every EstateKit widget below it an API client, a data cache, a locale and a look.
 * Each provider owns its QueryClient and tRPC client (created once per instance; a new
 * `baseUrl`, key or `links` starts a fresh cache so one org's data never shows for another),
 * so several providers on one page never share state. Renders no DOM of its own: each widget
 * renders its own themed root (`data-ek-root`), so host markup around it stays unstyled.
 * Safe to render on the server (no `window` access outside effects).
 */
export function EstateKitProvider(props: EstateKitProviderProps) {
  const { baseUrl, theme, appearance, links, fetch, EventSource, children } = props;
  const locale = props.locale ?? 'en-US';
  const currency = props.currency ?? 'USD';
  const { publishableKey } = props;
  // An embed token may refresh (new string or function, same embed): read it through a ref so
  // the cache survives. A new publishable key or base URL is another org: new clients, new cache.
  const tokenRef = useRef<CredentialSource | undefined>(undefined);
  tokenRef.current = props.token;

  const { client, queryClient } = useMemo(
    () => ({
      queryClient: createEstateKitQueryClient(),
      client: createEstateKitClient({
        baseUrl,
        credential: publishableKey !== undefined ? () => publishableKey : () => tokenRef.current,
        links,
        fetch,
        EventSource,
      }),
    }),
    [baseUrl, publishableKey, links, fetch, EventSource],
  );

  const resolved = useMemo(() => resolveAppearance(theme, appearance), [theme, appearance]);
  const prefersDark = usePrefersDark(resolved.mode === 'system' && resolved.theme !== null);
  const value = useMemo<EstateKitContextValue>(
    () => ({
      locale,
      currency,
      appearance: resolved,
      rootStyle: rootStyleVariables(resolved, prefersDark),
      client,
      queryClient,
    }),
    [locale, currency, resolved, prefersDark, client, queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        <EstateKitContext.Provider value={value}>{children}</EstateKitContext.Provider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
