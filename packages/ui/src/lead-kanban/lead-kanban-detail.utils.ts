import type { ActivityDto } from '@estatekit/domain';
import type { CrmFormatters } from '../lib/crm-format.utils';
import {
  activityDirectionLabels,
  activityTypeLabels,
  deliveryStatusLabels,
  labelOf,
  messageChannelLabels,
} from './lead-labels.utils';

/**
 * The headline of a timeline entry: type, direction when inbound, channel, delivery status and
 * the offered amount (minor units of `currency`, shown in whole units), joined by " · ":
 * `"Offer · WhatsApp · Sent · $450,000"`, `"Call · Inbound"`.
 */
export function describeActivity(
  activity: Pick<ActivityDto, 'type' | 'direction' | 'channel' | 'deliveryStatus' | 'amount'>,
  formatters: Pick<CrmFormatters, 'price'>,
  currency: string,
): string {
  return [
    labelOf(activityTypeLabels, activity.type),
    activity.direction === 'inbound' ? labelOf(activityDirectionLabels, activity.direction) : null,
    activity.channel ? labelOf(messageChannelLabels, activity.channel) : null,
    activity.deliveryStatus ? labelOf(deliveryStatusLabels, activity.deliveryStatus) : null,
    activity.amount !== null ? formatters.price(activity.amount, currency) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Who logged an activity: their name, else "API key" / "System" / "Staff". */
export function describeActivityActor(actor: ActivityDto['actor']): string {
  if (actor.name) return actor.name;
  if (actor.kind === 'api_key') return 'API key';
  if (actor.kind === 'system') return 'System';
  return 'Staff';
}
