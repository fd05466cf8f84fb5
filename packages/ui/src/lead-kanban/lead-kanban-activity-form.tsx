import type {
  ActivityDirection,
  ActivityType,
  DeliveryStatus,
  LeadDto,
  MessageChannel,
} from '@estatekit/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { majorToMinorUnits } from '../property-grid/filter-input.utils';
import { useEstateKit } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import { LeadKanbanField } from './lead-kanban-field';
import { issuesByField, localDateTimeToIso, textOrNull } from './lead-kanban-form.utils';
import {
  activityDirectionLabels,
  activityTypeLabels,
  deliveryStatusLabels,
  labelOptions,
  messageChannelLabels,
} from './lead-labels.utils';

type Errors = Record<string, string>;

function Options({ labels, none }: { labels: Record<string, string>; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {labelOptions(labels).map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/**
 * Logs an activity on a lead (`activities.log`; `data-slot="lead-kanban-activity-form"`): type,
 * direction, channel, delivery status, notes, listing key (RESO ListingKey), scheduled time (the
 * visitor's local time, sent as an ISO instant) and, for offers, the amount (whole or decimal
 * units of the lead's currency, sent as minor units). The pipeline's prerequisites read these:
 * an offer sent on a channel for "Offer sent", a viewing with a time and listing for "Viewing
 * scheduled". The API's field errors appear under their fields; on success the form clears,
 * says "Activity logged." and the lead and the board refetch.
 */
export function LeadKanbanActivityForm({ lead }: { lead: LeadDto }) {
  const { trpc, locale } = useEstateKit();
  const queryClient = useQueryClient();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [type, setType] = useState<ActivityType>('call');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const slot = useSlotProps('lead-kanban-activity-form', 'ek:form-grid', {});
  const log = useMutation(
    trpc.activities.log.mutationOptions({
      onSuccess: () => {
        form.current?.reset();
        setType('call');
        setErrors({});
        setStatus({ ok: true, text: 'Activity logged.' });
        void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
      },
      onError: (error) => {
        const described = describeApiError(error, 'The activity could not be logged.');
        setErrors(issuesByField(described.issues));
        setStatus({ ok: false, text: described.message });
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const local: Errors = {};
    const scheduledText = value('scheduledAt');
    const scheduledAt = localDateTimeToIso(scheduledText);
    if (scheduledText && !scheduledAt) local.scheduledAt = 'Enter a date and time.';
    let amount: number | null = null;
    if (type === 'offer' && value('amount').trim() !== '') {
      try {
        amount = majorToMinorUnits(value('amount'), lead.currency, locale);
      } catch (error) {
        local.amount = (error as Error).message;
      }
    }
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setStatus({ ok: false, text: 'Check the highlighted fields.' });
      return;
    }
    setStatus(null);
    log.mutate({
      leadId: lead.id,
      type,
      direction: value('direction') as ActivityDirection,
      channel: (textOrNull(value('channel')) as MessageChannel | null) ?? null,
      deliveryStatus: (textOrNull(value('deliveryStatus')) as DeliveryStatus | null) ?? null,
      body: textOrNull(value('body')),
      listingKey: textOrNull(value('listingKey')),
      scheduledAt,
      amount,
    });
  };

  return (
    <section aria-labelledby={headingId} className="ek:flex ek:flex-col ek:gap-2">
      <h3 id={headingId} className="ek:weight-600">
        Log activity
      </h3>
      <form ref={form} noValidate onSubmit={onSubmit} aria-labelledby={headingId} {...slot}>
        <LeadKanbanField label="Type" error={errors.type}>
          {(control) => (
            <select
              {...control}
              name="type"
              className="ek:input ek:input-full"
              value={type}
              onChange={(event) => setType(event.currentTarget.value as ActivityType)}
            >
              <Options labels={activityTypeLabels} />
            </select>
          )}
        </LeadKanbanField>
        <LeadKanbanField label="Direction" error={errors.direction}>
          {(control) => (
            <select
              {...control}
              name="direction"
              defaultValue="outbound"
              className="ek:input ek:input-full"
            >
              <Options labels={activityDirectionLabels} />
            </select>
          )}
        </LeadKanbanField>
        <LeadKanbanField label="Channel" error={errors.channel}>
          {(control) => (
            <select {...control} name="channel" defaultValue="" className="ek:input ek:input-full">
              <Options labels={messageChannelLabels} none="None" />
            </select>
          )}
        </LeadKanbanField>
        <LeadKanbanField label="Delivery status" error={errors.deliveryStatus}>
          {(control) => (
            <select
              {...control}
              name="deliveryStatus"
              defaultValue=""
              className="ek:input ek:input-full"
            >
              <Options labels={deliveryStatusLabels} none="Not sent" />
            </select>
          )}
        </LeadKanbanField>
        <LeadKanbanField label="Listing key" error={errors.listingKey}>
          {(control) => (
            <input
              {...control}
              name="listingKey"
              autoComplete="off"
              className="ek:input ek:input-full"
            />
          )}
        </LeadKanbanField>
        <LeadKanbanField label="Scheduled for" error={errors.scheduledAt}>
          {(control) => (
            <input
              {...control}
              name="scheduledAt"
              type="datetime-local"
              className="ek:input ek:input-full"
            />
          )}
        </LeadKanbanField>
        {type === 'offer' && (
          <LeadKanbanField label={`Offer amount (${lead.currency})`} error={errors.amount}>
            {(control) => (
              <input
                {...control}
                name="amount"
                inputMode="decimal"
                className="ek:input ek:input-full"
              />
            )}
          </LeadKanbanField>
        )}
        <LeadKanbanField label="Notes" error={errors.body} className="ek:form-wide">
          {(control) => <textarea {...control} name="body" rows={3} className="ek:textarea" />}
        </LeadKanbanField>
        <div className="ek:flex ek:items-center ek:justify-end ek:gap-3 ek:form-wide">
          <p
            role={status && !status.ok ? 'alert' : 'status'}
            className={status?.ok === false ? 'ek:form-error' : 'ek:text-muted-foreground'}
          >
            {status?.text}
          </p>
          <button type="submit" className="ek:btn ek:btn-primary" disabled={log.isPending}>
            {log.isPending ? 'Logging…' : 'Log activity'}
          </button>
        </div>
      </form>
    </section>
  );
}
