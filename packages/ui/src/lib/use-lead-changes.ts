import { type QueryKey, skipToken, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useRef } from 'react';
import { useEstateKit } from '../provider/estatekit-context';
import { useDebouncedCallback } from './use-debounced-callback';

/** Options of {@link useLeadChanges}. */
export interface UseLeadChangesOptions {
  /** Listen at all (default true). `false` opens no connection. */
  enabled?: boolean | undefined;
  /** Only changes of this pipeline; default every pipeline of the org. */
  pipelineKey?: string | undefined;
  /** Queries to refetch after a burst of changes (TanStack query keys; prefixes match). */
  invalidate: (trpc: ReturnType<typeof useEstateKit>['trpc']) => QueryKey[];
  /** Quiet time after the last change before refetching, in milliseconds (default 200). */
  debounceMs?: number | undefined;
  /**
   * While this returns true (e.g. a move of ours is being saved) the refetch waits, so a
   * refetch cannot briefly undo an optimistic change; it runs once it returns false.
   */
  isBusy?: (() => boolean) | undefined;
}

/**
 * Keeps a widget current with other people's work: subscribes to `leads.onChange` (Server-Sent
 * Events through the provider's subscription link; events carry ids, stage, assignee and
 * version, never personal data) and, `debounceMs` after the last event of a burst, invalidates
 * the queries `invalidate` names so TanStack Query refetches the ones on screen. Opens no
 * connection during SSR or when `enabled` is false; reconnects as tRPC's link does.
 * Returns the subscription's status (`connecting`, `pending` = listening, `error`, `idle`).
 */
export function useLeadChanges(options: UseLeadChangesOptions) {
  const { trpc } = useEstateKit();
  const queryClient = useQueryClient();
  const latest = useRef(options);
  latest.current = options;
  const refetch = useDebouncedCallback(() => {
    const { isBusy, invalidate } = latest.current;
    if (isBusy?.()) {
      refetch.run();
      return;
    }
    for (const queryKey of invalidate(trpc)) void queryClient.invalidateQueries({ queryKey });
  }, options.debounceMs ?? 200);
  const input = options.pipelineKey ? { pipelineKey: options.pipelineKey } : undefined;
  const subscription = useSubscription(
    trpc.leads.onChange.subscriptionOptions(options.enabled === false ? skipToken : input, {
      onData: () => refetch.run(),
    }),
  );
  return subscription.status;
}
