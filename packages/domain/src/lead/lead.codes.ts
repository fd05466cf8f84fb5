/**
 * CRM vocabulary for leads (DESIGN "CRM" terms): activity types, message channels and delivery
 * statuses, task types and statuses, lead sources, assignment methods. Values are stable wire
 * codes; labels belong to the UI.
 */

/** Kinds of interaction logged on a lead. `viewing` is a scheduled property visit. */
export const activityTypes = [
  'call',
  'email',
  'whatsapp',
  'sms',
  'meeting',
  'note',
  'offer',
  'viewing',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** Channels a message (or an offer) can be sent on. */
export const messageChannels = ['whatsapp', 'email', 'sms'] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** Delivery status of an outbound message, as the channel reports it. */
export const deliveryStatuses = ['queued', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Whether the lead or the agency started an interaction. */
export const activityDirections = ['inbound', 'outbound'] as const;
export type ActivityDirection = (typeof activityDirections)[number];

/** Where a lead came from. `web_form` is `leads.capture`; `other` is anything else. */
export const leadSources = [
  'web_form',
  'request_info',
  'book_viewing',
  'portal',
  'referral',
  'walk_in',
  'phone',
  'social',
  'other',
] as const;
export type LeadSource = (typeof leadSources)[number];

/**
 * Task lifecycle: `open` until done; the overdue job turns an open task whose due time has
 * passed into `overdue`; `done` and `canceled` are final.
 */
export const taskStatuses = ['open', 'overdue', 'done', 'canceled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** What kind of work a task is. */
export const taskTypes = [
  'call_back',
  'follow_up',
  'send_offer',
  'viewing',
  'paperwork',
  'other',
] as const;
export type TaskType = (typeof taskTypes)[number];

/** Kinds of pipeline stage: still being worked, closed as won, or closed as lost. */
export const stageKinds = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof stageKinds)[number];

/**
 * How a lead got its agent: `auto` (routing by workload score), `claim` (claimed from an offer
 * to a group), `manual` (a manager chose), `unassigned` (back to the pool).
 */
export const assignmentMethods = ['auto', 'claim', 'manual', 'unassigned'] as const;
export type AssignmentMethod = (typeof assignmentMethods)[number];
