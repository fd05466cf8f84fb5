import type {
  ActivityDirection,
  ActivityType,
  DeliveryStatus,
  LeadSource,
  MessageChannel,
  TaskStatus,
  TaskType,
} from '@estatekit/domain';

/*
 * English labels for the CRM codes of `@estatekit/domain` (lead.codes.ts: "labels belong to
 * the UI"). Each is a `Record` over the code union, so a new code fails the type check until it
 * has a label; the option lists are the records' keys, in the domain's order. The domain's
 * arrays themselves are not imported: `@estatekit/domain`'s root carries zod.
 */

/** Activity types: call, email, WhatsApp, SMS, meeting, note, offer, viewing. */
export const activityTypeLabels: Record<ActivityType, string> = {
  call: 'Call',
  email: 'Email',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  meeting: 'Meeting',
  note: 'Note',
  offer: 'Offer',
  viewing: 'Viewing',
};

/** Channels a message or an offer is sent on. */
export const messageChannelLabels: Record<MessageChannel, string> = {
  whatsapp: 'WhatsApp',
  email: 'Email',
  sms: 'SMS',
};

/** Delivery status of an outbound message, as the channel reports it. */
export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  queued: 'Queued',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Failed',
};

/** Who started an interaction. */
export const activityDirectionLabels: Record<ActivityDirection, string> = {
  outbound: 'Outbound',
  inbound: 'Inbound',
};

/** Where a lead came from. */
export const leadSourceLabels: Record<LeadSource, string> = {
  web_form: 'Web form',
  request_info: 'Information request',
  book_viewing: 'Viewing request',
  portal: 'Portal',
  referral: 'Referral',
  walk_in: 'Walk-in',
  phone: 'Phone',
  social: 'Social media',
  other: 'Other',
};

/** Kinds of task. */
export const taskTypeLabels: Record<TaskType, string> = {
  call_back: 'Call back',
  follow_up: 'Follow up',
  send_offer: 'Send offer',
  viewing: 'Viewing',
  paperwork: 'Paperwork',
  other: 'Other',
};

/** Task lifecycle states. */
export const taskStatusLabels: Record<TaskStatus, string> = {
  open: 'Open',
  overdue: 'Overdue',
  done: 'Done',
  canceled: 'Canceled',
};

/** `{ value, label }` options of a label record, in its key order. */
export function labelOptions<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The label of `code`, or the code itself for one this version does not know. */
export function labelOf<K extends string>(labels: Record<K, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code as K] : code;
}
