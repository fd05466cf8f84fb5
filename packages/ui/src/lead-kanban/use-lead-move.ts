import type { LeadDto, LeadListResult } from '@estatekit/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useEstateKit } from '../provider/estatekit-context';
import { moveLeadInResult, replaceLead } from './lead-kanban-board.utils';
import { describeMoveError, type LeadMoveProblem } from './lead-kanban-move.utils';

const noProblems: ReadonlyMap<string, LeadMoveProblem> = new Map();

/** A copy of `map` with `key` set to `value`, or removed when `value` is null. */
function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V | null) {
  if (value === null && !map.has(key)) return map;
  const next = new Map(map);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}

/**
 * `leads.move` with an optimistic update of every cached `leads.list` page: the card jumps to
 * its new column (counts and budget sums follow) before the API answers. When the API refuses,
 * the card goes back and `problems` holds why, by lead id (every violated rule's message for
 * INVALID_TRANSITION; "someone else changed it" for CONFLICT, after which the board refetches).
 * On success the API's lead (new version, entry tasks) replaces the optimistic one. Once no
 * move is in flight the lists are refetched, so counts and next tasks are the server's.
 * `onSettled` is called with the lead id and its stage after the move (or rollback).
 */
export function useLeadMove(onSettled?: (leadId: string, stageKey: string) => void) {
  const { trpc } = useEstateKit();
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState(noProblems);
  const pending = useRef(0);
  const settled = useRef(onSettled);
  settled.current = onSettled;
  const listKey = trpc.leads.list.pathKey();

  const updateLists = (update: (result: LeadListResult) => LeadListResult) =>
    queryClient.setQueriesData<LeadListResult>({ queryKey: listKey }, (result) =>
      result ? update(result) : result,
    );

  const mutation = useMutation(
    trpc.leads.move.mutationOptions({
      onMutate: async (input) => {
        pending.current++;
        setProblems((map) => withEntry(map, input.leadId, null));
        await queryClient.cancelQueries({ queryKey: listKey });
        let original: LeadDto | undefined;
        for (const [, result] of queryClient.getQueriesData<LeadListResult>({
          queryKey: listKey,
        })) {
          original ??= result?.items.find((lead) => lead.id === input.leadId);
        }
        updateLists((result) => moveLeadInResult(result, input.leadId, input.to));
        return { original };
      },
      onError: (error, input, context) => {
        const original = context?.original;
        if (original) updateLists((result) => replaceLead(result, original));
        const problem = describeMoveError(error);
        setProblems((map) => withEntry(map, input.leadId, problem));
        settled.current?.(input.leadId, original?.stageKey ?? input.to);
      },
      onSuccess: (lead) => {
        updateLists((result) => replaceLead(result, lead));
        settled.current?.(lead.id, lead.stageKey);
      },
      onSettled: () => {
        pending.current--;
        if (pending.current === 0) {
          void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.agents.workload.pathKey() });
        }
      },
    }),
  );

  const { mutate } = mutation;
  const move = useCallback(
    (lead: Pick<LeadDto, 'id' | 'version' | 'stageKey'>, to: string, reason?: string) => {
      if (lead.stageKey === to) return;
      mutate({ leadId: lead.id, to, version: lead.version, ...(reason ? { reason } : {}) });
    },
    [mutate],
  );
  const dismissProblem = useCallback(
    (leadId: string) => setProblems((map) => withEntry(map, leadId, null)),
    [],
  );
  const isMoving = useCallback(() => pending.current > 0, []);
  return { move, problems, dismissProblem, isMoving };
}
