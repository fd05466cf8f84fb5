/**
 * What happens to each demo lead, decided up front and without I/O: who they are, what they
 * want (budgets near a real listing's price, its ZIP code and neighbourhood), and the timeline
 * an agent works through — first call, shortlist, viewing, offer, counter-offer, signing,
 * completion or loss — with every stage's prerequisites met before the move that needs them.
 * `ensureDemoLeads` (demo-leads.ts) hands the plans to the API's `leads.import`, which replays
 * them through the pipeline's rules.
 */
import type { DemoCaller } from './demo-caller';
import { areaByZip, enquiries, lostReasons } from './demo-leads.data';
import { createPeople } from './demo-people';
import type { Random } from './demo-random';

type CreateInput = Parameters<DemoCaller['leads']['create']>[0];
type ActivityInput = Omit<Parameters<DemoCaller['activities']['log']>[0], 'leadId'>;

/** A listing a lead asks about (from `properties.list`): RESO key, price in cents, ZIP, beds. */
export interface PlanListing {
  readonly listingKey: string;
  readonly listPrice: number;
  readonly postalCode: string;
  readonly bedroomsTotal: number;
}

/** One thing an agent does to a lead, at `at` (epoch ms). */
export type PlanStep =
  | { at: number; kind: 'log'; activity: ActivityInput }
  | { at: number; kind: 'move'; to: string; reason?: string }
  | { at: number; kind: 'update'; changes: { agreedAmount: number; linkedListingKeys: string[] } }
  /** Completes the lead's open task (the entry task of the stage it is in). */
  | { at: number; kind: 'complete-task' };

/** A lead's whole story: created at `at` by the manager (routed by the rules), then `steps`. */
export interface LeadPlan {
  readonly at: number;
  readonly input: CreateInput;
  readonly stage: string;
  readonly steps: readonly PlanStep[];
}

/** The sales pipeline's stages in board order (won last), then lost. */
export const salesStages = [
  'new',
  'contacted',
  'needs_analysis',
  'viewing_scheduled',
  'offer_sent',
  'negotiation',
  'contract_signed',
  'won',
] as const;

/** Stages that create a task when a lead enters them (the default `sales` pipeline). */
const stagesWithTask = new Set([
  'contacted',
  'viewing_scheduled',
  'offer_sent',
  'negotiation',
  'contract_signed',
]);
/** When each stage's entry task falls due after entering it (hours). */
const taskDueHours: Record<string, number> = {
  contacted: 24,
  viewing_scheduled: 24,
  offer_sent: 72,
  negotiation: 48,
  contract_signed: 48,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const usd = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;
const roundTo = (cents: number, step: number) => Math.round(cents / step) * step;

/** A daytime instant (08:00–20:00 Seattle, taken as UTC−8) on the day of `at`. */
function daytime(at: number, random: Random): number {
  const seattleMidnight = Math.floor((at - 8 * HOUR) / DAY) * DAY + 8 * HOUR;
  return seattleMidnight + random.between(8, 20) * HOUR;
}

/**
 * Plans `counts[stage]` leads ending in each stage of the sales pipeline (and `lost`), created
 * over the months before `now` (ms) and sorted by creation. Open leads entered their current
 * stage in the last two weeks, closed ones closed in the last ~5 months. Leads that reach a
 * stage carry what its guard asks for: a scheduled viewing of a listing (viewing_scheduled),
 * an offer sent on WhatsApp, email or SMS (offer_sent), phone and email (contract_signed), a
 * linked listing and the agreed price (won); lost ones a reason.
 */
export function planDemoLeads(
  random: Random,
  listings: readonly PlanListing[],
  now: number,
  counts: Readonly<Record<string, number>>,
): LeadPlan[] {
  const person = createPeople(random);
  const finals = random.shuffle(
    Object.entries(counts).flatMap(([stage, n]) => Array.from({ length: n }, () => stage)),
  );
  const plans = finals.map((stage) => planLead(random, person, random.pick(listings), stage, now));
  return plans.sort((a, b) => a.at - b.at);
}

function planLead(
  random: Random,
  person: ReturnType<typeof createPeople>,
  listing: PlanListing,
  finalStage: string,
  now: number,
): LeadPlan {
  const lost = finalStage === 'lost';
  // How far a lost lead got before it was lost.
  const reach = lost
    ? random.weighted({ 0: 3, 1: 4, 2: 3, 3: 3, 4: 2, 5: 2, 6: 1 })
    : String(salesStages.indexOf(finalStage as never));
  const last = Number(reach);
  // Contract signed (index 6) needs a phone and an email.
  const signs = last >= 6;
  const contact = person(signs || random.chance(0.88), signs || random.chance(0.8));
  const area = areaByZip[listing.postalCode] ?? 'King County';
  const source = random.weighted({
    portal: 30,
    web_form: 18,
    referral: 12,
    phone: 10,
    social: 9,
    request_info: 8,
    book_viewing: 6,
    walk_in: 4,
    other: 3,
  });
  const price = listing.listPrice;
  const hasBudget = random.chance(0.92);
  const beds = Math.max(1, listing.bedroomsTotal);
  const asksAboutListing = ['portal', 'request_info', 'book_viewing'].includes(source);
  const input: CreateInput = {
    ...contact,
    source,
    ...(hasBudget
      ? {
          budgetMin: roundTo(price * random.between(0.75, 0.95), 500_000),
          budgetMax: roundTo(price * random.between(1.0, 1.2), 500_000),
        }
      : {}),
    // Some say only the area they want (the catch-all routing rule takes those).
    ...(random.chance(0.9) ? { wantedPostalCodes: [listing.postalCode] } : {}),
    wantedAreas: [area],
    ...(asksAboutListing ? { linkedListingKeys: [listing.listingKey] } : {}),
    ...(source === 'phone' || source === 'walk_in' || source === 'referral'
      ? {}
      : {
          message: random.pick(enquiries).replace('{area}', area).replace('{beds}', String(beds)),
        }),
  };

  // The story, forward from a daytime creation a year before `now`; moved forward by whole days
  // at the end, so every step keeps its time of day.
  const steps: PlanStep[] = [];
  const created = daytime(now - 365 * DAY, random);
  let t = created;
  let enteredAt = t;
  let stage = 'new';
  const log = (activity: ActivityInput) => steps.push({ at: t, kind: 'log', activity });
  const move = (to: string, reason?: string) => {
    if (stagesWithTask.has(stage)) {
      // The agent did the stage's task some time after entering, before moving on.
      const done = Math.min(enteredAt + random.between(1, 30) * HOUR, t - MINUTE);
      steps.push({ at: Math.max(enteredAt + MINUTE, done), kind: 'complete-task' });
    }
    steps.push({ at: t, kind: 'move', to, ...(reason ? { reason } : {}) });
    stage = to;
    enteredAt = t;
  };
  const offer = roundTo(price * random.between(0.94, 1.02), 100_000);
  const channel = random.weighted({ whatsapp: 5, email: 4, sms: 1 });
  for (let next = 1; next <= last; next++) {
    const to = salesStages[next]!;
    switch (to) {
      case 'contacted':
        t += random.between(0.25, 6) * HOUR;
        log({ type: 'call', body: `Intro call: looking for ${beds} bedrooms around ${area}.` });
        t += random.between(2, 20) * MINUTE;
        break;
      case 'needs_analysis':
        t = daytime(t + random.between(1, 4) * DAY, random);
        log(
          channel === 'whatsapp'
            ? {
                type: 'whatsapp',
                channel: 'whatsapp',
                deliveryStatus: 'read',
                body: `Shared a shortlist of ${random.int(3, 8)} homes in ${area}.`,
              }
            : {
                type: 'email',
                channel: 'email',
                deliveryStatus: 'delivered',
                body: `Sent a shortlist of ${random.int(3, 8)} homes in ${area}, ${usd(price)} and around.`,
              },
        );
        t += random.between(5, 60) * MINUTE;
        break;
      case 'viewing_scheduled': {
        t = daytime(t + random.between(1, 5) * DAY, random);
        const scheduledAt = daytime(t + random.between(2, 6) * DAY, random);
        log({
          type: 'viewing',
          listingKey: listing.listingKey,
          scheduledAt: new Date(scheduledAt).toISOString(),
          body: `Viewing of listing ${listing.listingKey} booked.`,
        });
        t += random.between(2, 10) * MINUTE;
        break;
      }
      case 'offer_sent':
        t = daytime(t + random.between(3, 8) * DAY, random);
        log({
          type: 'offer',
          channel,
          deliveryStatus: random.weighted({ sent: 1, delivered: 2, read: 3 }),
          listingKey: listing.listingKey,
          amount: offer,
          body: `Offer of ${usd(offer)} on listing ${listing.listingKey}.`,
        });
        t += random.between(2, 15) * MINUTE;
        break;
      case 'negotiation':
        t = daytime(t + random.between(1, 4) * DAY, random);
        log({
          type: 'call',
          direction: 'inbound',
          body: `Seller's agent countered at ${usd(roundTo(offer * 1.03, 100_000))}.`,
        });
        t += random.between(10, 90) * MINUTE;
        break;
      case 'contract_signed':
        t = daytime(t + random.between(2, 6) * DAY, random);
        log({ type: 'meeting', body: 'Purchase and sale agreement signed at the office.' });
        t += random.between(30, 120) * MINUTE;
        break;
      case 'won':
        t = daytime(t + random.between(10, 30) * DAY, random);
        steps.push({
          at: t,
          kind: 'update',
          changes: {
            agreedAmount: roundTo(offer * random.between(1.0, 1.04), 100_000),
            linkedListingKeys: [listing.listingKey],
          },
        });
        t += random.between(1, 4) * HOUR;
        break;
    }
    move(to);
  }
  if (lost) {
    t = daytime(t + random.between(1, 12) * DAY, random);
    move('lost', random.pick(lostReasons));
  }

  // Anchor the story in time: closed leads closed in the last ~5 months; open ones entered
  // their stage recently (new leads in the last few days).
  const closed = lost || finalStage === 'won';
  const endsAgo = closed
    ? random.between(1, 150) * DAY
    : (last === 0 ? random.next() ** 2 * 5 : random.next() ** 2 * 14 + 0.1) * DAY;
  const shift = Math.floor((now - endsAgo - t) / DAY) * DAY;
  const shifted = steps.map((step) => ({ ...step, at: step.at + shift }));
  // The open stage's own task: most agents get to it, some let it slip (overdue).
  const due = taskDueHours[stage];
  const entered = enteredAt + shift;
  if (!closed && due !== undefined && entered + due * HOUR < now && random.chance(0.75)) {
    shifted.push({ at: entered + random.between(0.2, 0.9) * due * HOUR, kind: 'complete-task' });
  }
  return {
    at: created + shift,
    input,
    stage: finalStage,
    steps: shifted.sort((a, b) => a.at - b.at),
  };
}
