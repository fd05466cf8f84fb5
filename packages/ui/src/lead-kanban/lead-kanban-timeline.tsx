import type { ActivityDto, LeadDto } from '@estatekit/domain';
import { useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { useLeadKanban } from './lead-kanban-context';
import { describeActivity, describeActivityActor } from './lead-kanban-detail.utils';

/**
 * A lead's activities, newest first, as the API returns them (`data-slot="lead-kanban-timeline"`):
 * what (type, channel, delivery status, amount), notes, listing, scheduled time, when and who.
 */
export function LeadKanbanTimeline({
  lead,
  activities,
}: {
  lead: LeadDto;
  activities: readonly ActivityDto[];
}) {
  const { formatters } = useLeadKanban();
  const headingId = useId();
  const slot = useSlotProps('lead-kanban-timeline', 'ek:flex ek:flex-col ek:gap-2', {});
  return (
    <section aria-labelledby={headingId} {...slot}>
      <h3 id={headingId} className="ek:weight-600">
        Activity
      </h3>
      {activities.length === 0 ? (
        <p className="ek:text-muted-foreground">No activity logged yet.</p>
      ) : (
        <ol className="ek:history">
          {activities.map((activity) => (
            <li key={activity.id} data-type={activity.type} className="ek:history-entry">
              <span className="ek:weight-600">
                {describeActivity(activity, formatters, lead.currency)}
              </span>
              {activity.body && <span className="ek:remarks">{activity.body}</span>}
              {activity.listingKey && <span>Listing {activity.listingKey}</span>}
              {activity.scheduledAt && (
                <span>
                  Scheduled for{' '}
                  <time dateTime={activity.scheduledAt}>
                    {formatters.dateTime(activity.scheduledAt)}
                  </time>
                </span>
              )}
              <span className="ek:text-muted-foreground">
                <time dateTime={activity.occurredAt}>
                  {formatters.dateTime(activity.occurredAt)}
                </time>
                {` · ${describeActivityActor(activity.actor)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
