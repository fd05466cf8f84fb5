import * as Dialog from '@radix-ui/react-dialog';
import { skipToken, useQuery } from '@tanstack/react-query';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { LeadKanbanActivityForm } from './lead-kanban-activity-form';
import { LeadKanbanAssign } from './lead-kanban-assign';
import { leadBudget } from './lead-kanban-board.utils';
import { useLeadKanban } from './lead-kanban-context';
import { LeadKanbanTasks } from './lead-kanban-tasks';
import { LeadKanbanTimeline } from './lead-kanban-timeline';
import { labelOf, leadSourceLabels } from './lead-labels.utils';

/**
 * The open lead (Radix Dialog: modal, focus trapped, Escape or "Close" returns focus to the
 * card; `data-slot="lead-kanban-detail-dialog"`), from `leads.byId`: its stage, contact, budget
 * and source; reassignment (see `canAssign`); its tasks (complete them); the log-activity form;
 * and its activity timeline. Rendered in a portal inside its own themed root. Loading and
 * errors (the API's message, e.g. FORBIDDEN for another agent's lead, with Retry) are shown in
 * the dialog.
 */
export function LeadKanbanDetailDialog() {
  const board = useLeadKanban();
  const { trpc } = useEstateKit();
  const { openLeadId, closeLead, restoreFocus, pipeline, formatters } = board;
  const query = useQuery(
    trpc.leads.byId.queryOptions(openLeadId ? { leadId: openLeadId } : skipToken),
  );
  const slot = useSlotProps('lead-kanban-detail-dialog', 'ek:dialog', {});
  const overlay = useSlotProps('lead-kanban-dialog-overlay', 'ek:overlay', {});
  const title = useSlotProps('lead-kanban-detail-title', 'ek:dialog-title', {});
  const cached = board.columns.flatMap((c) => c.leads).find((lead) => lead.id === openLeadId);
  const lead = query.data?.lead ?? cached;
  const stage = pipeline?.stages.find((s) => s.key === lead?.stageKey);
  const budget = lead ? leadBudget(lead) : 0;
  return (
    <Dialog.Root
      open={openLeadId !== null}
      onOpenChange={(open) => (open ? undefined : closeLead())}
    >
      <Dialog.Portal>
        <EstateKitRoot className="ek-portal">
          <Dialog.Overlay {...overlay} />
          <Dialog.Content
            {...slot}
            data-stage-key={lead?.stageKey}
            aria-busy={query.isFetching || undefined}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              restoreFocus();
            }}
          >
            <div className="ek:flex ek:items-start ek:justify-between ek:gap-3">
              <div className="ek:flex ek:flex-col ek:gap-1">
                <Dialog.Title {...title}>{lead?.fullName ?? 'Lead'}</Dialog.Title>
                <Dialog.Description className="ek:text-muted-foreground">
                  {lead
                    ? [
                        stage?.name ?? lead.stageKey,
                        lead.email,
                        lead.phone,
                        budget > 0 ? `Budget ${formatters.price(budget, lead.currency)}` : null,
                        `Source: ${labelOf(leadSourceLabels, lead.source)}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : 'Loading the lead…'}
                </Dialog.Description>
              </div>
              <Dialog.Close className="ek:btn">Close</Dialog.Close>
            </div>
            {query.isError && (
              <div role="alert" className="ek:message">
                <p>{describeApiError(query.error, 'The lead could not be loaded.').message}</p>
                <button type="button" className="ek:btn" onClick={() => void query.refetch()}>
                  Retry
                </button>
              </div>
            )}
            {query.isPending && !query.isError && (
              <p className="ek:text-muted-foreground">Loading activities and tasks…</p>
            )}
            {query.data && (
              <>
                <LeadKanbanAssign key={query.data.lead.assigneeId ?? ''} lead={query.data.lead} />
                <LeadKanbanTasks tasks={query.data.tasks} />
                <LeadKanbanActivityForm lead={query.data.lead} />
                <LeadKanbanTimeline lead={query.data.lead} activities={query.data.activities} />
              </>
            )}
          </Dialog.Content>
        </EstateKitRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
