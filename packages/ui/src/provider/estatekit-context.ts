import type { AppRouter } from '@estatekit/api';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createContext, useContext } from 'react';
import type { ResolvedAppearance } from './appearance.utils';
import { type EstateKitTRPC, useTRPC } from './trpc';

/** What `<EstateKitProvider>` gives its widgets. */
export interface EstateKitContextValue {
  /** BCP 47 locale for numbers, money, areas and dates, e.g. `'en-US'`. */
  locale: string;
  /** ISO 4217 code used where a value has no currency of its own (price filters). */
  currency: string;
  appearance: ResolvedAppearance;
  /** Inline CSS variables for widget roots (theme object and `variables` overrides). */
  rootStyle: Record<string, string>;
  /** The typed tRPC client (vanilla calls). */
  client: TRPCClient<AppRouter>;
  /** This provider's own QueryClient. */
  queryClient: QueryClient;
}

/** React context behind {@link useEstateKit}; `null` outside a provider. */
export const EstateKitContext = createContext<EstateKitContextValue | null>(null);

/**
 * Reads the nearest `<EstateKitProvider>`: locale, currency, appearance, the tRPC client and
 * `trpc`, the typed query-options proxy (`useQuery(trpc.properties.list.queryOptions(input))`).
 * Throws an `Error` naming the fix when used outside a provider.
 */
export function useEstateKit(): EstateKitContextValue & { trpc: EstateKitTRPC } {
  const value = useContext(EstateKitContext);
  if (!value) {
    throw new Error(
      'EstateKit widgets must be rendered inside <EstateKitProvider baseUrl="…" publishableKey="…">.',
    );
  }
  const trpc = useTRPC();
  return { ...value, trpc };
}

/** Like {@link useEstateKit} without `trpc`: for parts that only need locale and appearance. */
export function useEstateKitSettings(): EstateKitContextValue {
  const value = useContext(EstateKitContext);
  if (!value) {
    throw new Error('EstateKit widgets must be rendered inside <EstateKitProvider>.');
  }
  return value;
}
