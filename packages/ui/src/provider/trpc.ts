import type { AppRouter } from '@estatekit/api';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCContext, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { FC, ReactNode } from 'react';

/** The typed query-options proxy: `trpc.properties.list.queryOptions(input)`. */
export type EstateKitTRPC = TRPCOptionsProxy<AppRouter>;

const context = createTRPCContext<AppRouter>();

/**
 * The typed tRPC React context (`@trpc/tanstack-react-query`). Creating React contexts at import
 * time is safe for SSR and holds no state: every `<EstateKitProvider>` supplies its own
 * QueryClient and client.
 */
export const TRPCProvider: FC<{
  children: ReactNode;
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
}> = context.TRPCProvider;

/** The typed query-options proxy of the nearest provider. */
export const useTRPC: () => EstateKitTRPC = context.useTRPC;
