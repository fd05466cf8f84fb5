import {
  type ActivityType,
  type DeliveryStatus,
  type MessageChannel,
  messageChannels,
} from './lead.codes';
import type { GuardSpec, StageDefinition } from './pipeline';

/** One logged activity as the guards read it. Instants are ISO 8601. */
export interface LeadActivityFact {
  type: ActivityType;
  channel: MessageChannel | null;
  deliveryStatus: DeliveryStatus | null;
  /** RESO ListingKey the activity is about (viewings, offers). */
  listingKey: string | null;
  /** When a viewing or meeting takes place (ISO 8601). */
  scheduledAt: string | null;
  /** When the activity happened or was logged (ISO 8601). */
  occurredAt: string;
}

/** What the rules engine knows about a lead. `agreedAmount` is in minor units. */
export interface LeadFacts {
  id: string;
  stageKey: string;
  /** The staff user the lead is assigned to; null in the pool. */
  assigneeId: string | null;
  email: string | null;
  phone: string | null;
  linkedListingKeys: readonly string[];
  agreedAmount: number | null;
  activities: readonly LeadActivityFact[];
}

/**
 * A refused rule. `code` is stable (see `validateTransition`), `message` is a sentence to show
 * the user as is, `guard` names the guard kind when a stage prerequisite failed.
 */
export interface TransitionViolation {
  code: string;
  message: string;
  guard?: GuardSpec['kind'];
}

/**
 * A custom guard: returns the violations (empty when satisfied). Pure: it may read only the
 * lead, the guard's `params` from the pipeline definition and `context.now` (ISO 8601).
 */
export type GuardPredicate = (
  lead: LeadFacts,
  params: Readonly<Record<string, unknown>>,
  context: { now: string },
) => TransitionViolation[];

/** Custom guards by name, as `{ kind: 'custom', name }` refers to them. */
export type GuardRegistry = Readonly<Record<string, GuardPredicate>>;

const channelLabels: Record<MessageChannel, string> = {
  whatsapp: 'WhatsApp',
  email: 'email',
  sms: 'SMS',
};
/** Delivery statuses that prove a message left us: a delivered or read message was sent. */
const sentStatuses: readonly DeliveryStatus[] = ['sent', 'delivered', 'read'];

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const blank = (value: string | null) => value === null || value.trim() === '';

/** Violations of one guard of `stage` for `lead`. See `GuardSpec` for what each kind checks. */
function checkGuard(
  guard: GuardSpec,
  stage: StageDefinition,
  lead: LeadFacts,
  context: { now: string; guards?: GuardRegistry },
): TransitionViolation[] {
  const before = `before moving to ${stage.name}.`;
  switch (guard.kind) {
    case 'offer_message_sent': {
      const channels = guard.channels?.length ? guard.channels : messageChannels;
      const sent = lead.activities.some(
        (a) =>
          a.type === 'offer' &&
          a.channel !== null &&
          channels.includes(a.channel) &&
          a.deliveryStatus !== null &&
          sentStatuses.includes(a.deliveryStatus),
      );
      if (sent) return [];
      const on = orList(channels.map((c) => channelLabels[c]));
      return [
        {
          code: 'offer_not_sent',
          message: `An offer must be sent on ${on} ${before}`,
          guard: guard.kind,
        },
      ];
    }
    case 'contact_fields':
      return guard.fields.flatMap((field): TransitionViolation[] => {
        if (!blank(lead[field])) return [];
        return field === 'phone'
          ? [
              {
                code: 'phone_missing',
                message: `A phone number is needed ${before}`,
                guard: guard.kind,
              },
            ]
          : [
              {
                code: 'email_missing',
                message: `An email address is needed ${before}`,
                guard: guard.kind,
              },
            ];
      });
    case 'linked_listing':
      return lead.linkedListingKeys.length > 0
        ? []
        : [
            {
              code: 'listing_not_linked',
              message: `Link the listing this lead is taking ${before}`,
              guard: guard.kind,
            },
          ];
    case 'agreed_amount':
      return lead.agreedAmount !== null && lead.agreedAmount > 0
        ? []
        : [
            {
              code: 'agreed_amount_missing',
              message: `Record the agreed amount ${before}`,
              guard: guard.kind,
            },
          ];
    case 'scheduled_viewing':
      return lead.activities.some(
        (a) => a.type === 'viewing' && !blank(a.scheduledAt) && !blank(a.listingKey),
      )
        ? []
        : [
            {
              code: 'viewing_not_scheduled',
              message: `Schedule a viewing of a listing ${before}`,
              guard: guard.kind,
            },
          ];
    case 'custom': {
      const predicate = context.guards?.[guard.name];
      if (!predicate) {
        return [
          {
            code: 'unknown_guard',
            message: `${stage.name} requires the check "${guard.name}", which is not installed, so no lead can enter it.`,
            guard: guard.kind,
          },
        ];
      }
      return predicate(lead, guard.params ?? {}, { now: context.now }).map((v) => ({
        guard: guard.kind,
        ...v,
      }));
    }
    default:
      return guard satisfies never;
  }
}

/**
 * Every violation of every guard of `stage` for `lead`, in the order the guards are listed.
 * Custom guards are looked up in `context.guards`; a missing one yields `unknown_guard`.
 */
export function checkStageGuards(
  stage: StageDefinition,
  lead: LeadFacts,
  context: { now: string; guards?: GuardRegistry },
): TransitionViolation[] {
  return stage.guards.flatMap((guard) => checkGuard(guard, stage, lead, context));
}
