import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useRef, useState } from 'react';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';
import { LeadKanbanField } from './lead-kanban-field';

/**
 * Asks why before a move whose transition requires a reason (the pipeline's `reasonRequired`,
 * e.g. any stage → Lost): Radix Dialog (`data-slot="lead-kanban-reason-dialog"`) with a text
 * area; "Move" sends the move with the reason (recorded in the lead's audit trail), "Cancel"
 * leaves the lead where it is. Up to 500 characters, as `leads.move` accepts.
 */
export function LeadKanbanReasonDialog() {
  const { pendingReason, resolveReason, pipeline, columns, requestFocus } = useLeadKanban();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submitted = useRef(false);
  const slot = useSlotProps('lead-kanban-reason-dialog', 'ek:dialog ek:dialog-small', {});
  const overlay = useSlotProps('lead-kanban-dialog-overlay', 'ek:overlay', {});
  const lead = columns.flatMap((c) => c.leads).find((l) => l.id === pendingReason?.leadId);
  const stage = pipeline?.stages.find((s) => s.key === pendingReason?.to);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(
        `Say why ${lead?.fullName ?? 'the lead'} is moving to ${stage?.name ?? 'this stage'}.`,
      );
      return;
    }
    submitted.current = true;
    resolveReason(reason);
  };
  return (
    <Dialog.Root
      open={pendingReason !== null}
      onOpenChange={(open) => (open ? undefined : resolveReason(null))}
    >
      <Dialog.Portal>
        <EstateKitRoot className="ek-portal">
          <Dialog.Overlay {...overlay} />
          <Dialog.Content
            {...slot}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // After "Move" the move itself sends focus to the card in its new stage.
              if (lead && !submitted.current) requestFocus(lead.id, lead.stageKey);
            }}
          >
            <Dialog.Title className="ek:dialog-title">
              Move {lead?.fullName ?? 'lead'} to {stage?.name ?? pendingReason?.to}
            </Dialog.Title>
            <Dialog.Description className="ek:text-muted-foreground">
              This move needs a reason; it is kept in the lead’s history.
            </Dialog.Description>
            <form noValidate onSubmit={onSubmit} className="ek:flex ek:flex-col ek:gap-3">
              <LeadKanbanField label="Reason" error={error}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    maxLength={500}
                    className="ek:textarea"
                    value={reason}
                    onChange={(event) => setReason(event.currentTarget.value)}
                  />
                )}
              </LeadKanbanField>
              <div className="ek:flex ek:justify-end ek:gap-2">
                <Dialog.Close className="ek:btn">Cancel</Dialog.Close>
                <button type="submit" className="ek:btn ek:btn-primary">
                  Move
                </button>
              </div>
            </form>
          </Dialog.Content>
        </EstateKitRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
