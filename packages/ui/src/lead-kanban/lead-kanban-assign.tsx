import type { LeadDto } from '@estatekit/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';
import { LeadKanbanField } from './lead-kanban-field';

/**
 * Reassigning a lead (`leads.assign`, managers and owners; `data-slot="lead-kanban-assign"`):
 * an agent select ("Unassigned" puts it back in the pool) and "Reassign". Hidden when the board's
 * `canAssign` is false; when it is not given and the API answers FORBIDDEN, the API's message
 * replaces the control from then on.
 */
export function LeadKanbanAssign({ lead }: { lead: LeadDto }) {
  const { agents, canAssign, assignRefusal, setAssignRefusal } = useLeadKanban();
  const { trpc } = useEstateKit();
  const queryClient = useQueryClient();
  const [agentId, setAgentId] = useState(lead.assigneeId ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const slot = useSlotProps('lead-kanban-assign', 'ek:flex ek:flex-wrap ek:items-end ek:gap-2', {});
  const assign = useMutation(
    trpc.leads.assign.mutationOptions({
      onMutate: () => setFailure(null),
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.agents.workload.pathKey() });
      },
      onError: (error) => {
        const described = describeApiError(error, 'The lead could not be reassigned.');
        if (described.code === 'FORBIDDEN' && canAssign === undefined) {
          setAssignRefusal(described.message);
        } else setFailure(described.message);
      },
    }),
  );
  if (canAssign === false) return null;
  if (assignRefusal && canAssign === undefined) {
    return (
      <p role="alert" {...slot}>
        {assignRefusal}
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ leadId: lead.id, agentId: agentId || null });
  };
  return (
    <form {...slot} onSubmit={onSubmit}>
      <LeadKanbanField label="Assigned agent" error={failure ?? undefined}>
        {(control) => (
          <select
            {...control}
            className="ek:input"
            value={agentId}
            onChange={(event) => setAgentId(event.currentTarget.value)}
          >
            <option value="">Unassigned</option>
            {agents.map((agent) => (
              <option key={agent.agentId} value={agent.agentId}>
                {agent.name}
              </option>
            ))}
          </select>
        )}
      </LeadKanbanField>
      <button
        type="submit"
        className="ek:btn"
        disabled={assign.isPending || agentId === (lead.assigneeId ?? '')}
      >
        {assign.isPending ? 'Reassigning…' : 'Reassign'}
      </button>
    </form>
  );
}
