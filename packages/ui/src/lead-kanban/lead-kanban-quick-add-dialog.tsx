import type { LeadSource } from '@estatekit/domain';
import * as Dialog from '@radix-ui/react-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { majorToMinorUnits } from '../property-grid/filter-input.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';
import { LeadKanbanField } from './lead-kanban-field';
import { issuesByField, textOrNull } from './lead-kanban-form.utils';
import { labelOptions, leadSourceLabels } from './lead-labels.utils';

type Errors = Record<string, string>;

/** Minor units of a typed budget, or `undefined` when blank; records a parse error in `errors`. */
function budget(text: string, field: string, errors: Errors, currency: string, locale: string) {
  if (text.trim() === '') return undefined;
  try {
    return majorToMinorUnits(text, currency, locale);
  } catch (error) {
    errors[field] = (error as Error).message;
    return undefined;
  }
}

/**
 * "Add lead" (Radix Dialog, `data-slot="lead-kanban-quick-add-dialog"`): name, email, phone,
 * budget range (typed in whole units of the board's currency, sent as minor units), source and
 * message, sent to `leads.create` (the lead starts in the pipeline's first stage and is routed
 * to an agent by the org's rules). The API's field errors (`data.issues`) appear under their
 * fields, anything else (a duplicate email or phone: CONFLICT) above the buttons. On success
 * the board refetches and the new card takes focus.
 */
export function LeadKanbanQuickAddDialog() {
  const board = useLeadKanban();
  const { trpc, locale } = useEstateKit();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const created = useRef(false);
  const slot = useSlotProps('lead-kanban-quick-add-dialog', 'ek:dialog', {});
  const overlay = useSlotProps('lead-kanban-dialog-overlay', 'ek:overlay', {});
  const create = useMutation(
    trpc.leads.create.mutationOptions({
      onSuccess: (lead) => {
        created.current = true;
        void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.agents.workload.pathKey() });
        board.setQuickAddOpen(false);
        board.requestFocus(lead.id, lead.stageKey);
      },
      onError: (error) => {
        const described = describeApiError(error, 'The lead could not be added. Try again.');
        const byField = issuesByField(described.issues);
        setErrors(byField);
        setFailure(
          described.issues.length > 0
            ? (byField[''] ?? 'Check the highlighted fields.')
            : described.message,
        );
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    const local: Errors = {};
    const budgetMin = budget(value('budgetMin'), 'budgetMin', local, board.currency, locale);
    const budgetMax = budget(value('budgetMax'), 'budgetMax', local, board.currency, locale);
    setErrors(local);
    setFailure(Object.keys(local).length > 0 ? 'Check the highlighted fields.' : null);
    if (Object.keys(local).length > 0) return;
    const message = value('message').trim();
    create.mutate({
      fullName: value('fullName'),
      email: textOrNull(value('email')),
      phone: textOrNull(value('phone')),
      ...(budgetMin === undefined ? {} : { budgetMin }),
      ...(budgetMax === undefined ? {} : { budgetMax }),
      source: value('source') as LeadSource,
      ...(message ? { message } : {}),
      ...(board.pipeline ? { pipelineKey: board.pipeline.key } : {}),
    });
  };

  return (
    <Dialog.Root open={board.quickAddOpen} onOpenChange={board.setQuickAddOpen}>
      <Dialog.Portal>
        <EstateKitRoot className="ek-portal">
          <Dialog.Overlay {...overlay} />
          <Dialog.Content
            {...slot}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              if (!created.current) board.restoreFocus();
            }}
          >
            <Dialog.Title className="ek:dialog-title">Add lead</Dialog.Title>
            <Dialog.Description className="ek:text-muted-foreground">
              The lead starts in the first stage and is assigned by your routing rules.
            </Dialog.Description>
            <form noValidate onSubmit={onSubmit} className="ek:form-grid">
              <LeadKanbanField label="Full name (required)" error={errors.fullName}>
                {(control) => (
                  <input {...control} name="fullName" className="ek:input ek:input-full" />
                )}
              </LeadKanbanField>
              <LeadKanbanField label="Email" error={errors.email}>
                {(control) => (
                  <input
                    {...control}
                    name="email"
                    type="email"
                    className="ek:input ek:input-full"
                  />
                )}
              </LeadKanbanField>
              <LeadKanbanField label="Phone" error={errors.phone}>
                {(control) => (
                  <input {...control} name="phone" type="tel" className="ek:input ek:input-full" />
                )}
              </LeadKanbanField>
              <LeadKanbanField label="Source" error={errors.source}>
                {(control) => (
                  <select
                    {...control}
                    name="source"
                    defaultValue="other"
                    className="ek:input ek:input-full"
                  >
                    {labelOptions(leadSourceLabels).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
              </LeadKanbanField>
              <LeadKanbanField label={`Budget from (${board.currency})`} error={errors.budgetMin}>
                {(control) => (
                  <input
                    {...control}
                    name="budgetMin"
                    inputMode="decimal"
                    className="ek:input ek:input-full"
                  />
                )}
              </LeadKanbanField>
              <LeadKanbanField label={`Budget up to (${board.currency})`} error={errors.budgetMax}>
                {(control) => (
                  <input
                    {...control}
                    name="budgetMax"
                    inputMode="decimal"
                    className="ek:input ek:input-full"
                  />
                )}
              </LeadKanbanField>
              <LeadKanbanField label="Message" error={errors.message} className="ek:form-wide">
                {(control) => (
                  <textarea {...control} name="message" rows={3} className="ek:textarea" />
                )}
              </LeadKanbanField>
              {failure && (
                <p role="alert" className="ek:form-error ek:form-wide">
                  {failure}
                </p>
              )}
              <div className="ek:flex ek:justify-end ek:gap-2 ek:form-wide">
                <Dialog.Close className="ek:btn">Cancel</Dialog.Close>
                <button type="submit" className="ek:btn ek:btn-primary" disabled={create.isPending}>
                  {create.isPending ? 'Adding…' : 'Add lead'}
                </button>
              </div>
            </form>
          </Dialog.Content>
        </EstateKitRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
