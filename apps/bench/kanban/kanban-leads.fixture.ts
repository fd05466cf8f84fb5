import type { AgentWorkload, LeadDto } from '@estatekit/domain';

/*
 * The benchmark board's data: the default sales pipeline's nine stages (as `pipelines.byKey`
 * answers for `defaultSalesPipeline` of @estatekit/domain, written out here so the page does
 * not bundle the domain's schemas), four agents, and a generator of any number of leads spread
 * over every stage the way the docs' 1,000-card story spreads them. Deterministic: no random
 * numbers, and times relative to `benchNow`, which the page gives the board as its clock.
 */

/** The board's clock: Tuesday 10 March 2026, 16:00 UTC. */
export const benchNow = new Date('2026-03-10T16:00:00.000Z');

const stageRows = [
  ['new', 'New', 'open'],
  ['contacted', 'Contacted', 'open'],
  ['needs_analysis', 'Needs analysis', 'open'],
  ['viewing_scheduled', 'Viewing scheduled', 'open'],
  ['offer_sent', 'Offer sent', 'open'],
  ['negotiation', 'Negotiation', 'open'],
  ['contract_signed', 'Contract signed', 'open'],
  ['won', 'Won', 'won'],
  ['lost', 'Lost', 'lost'],
] as const;

/** One step forward or back between open stages, any open stage to lost (reason required). */
function linearTransitions() {
  const track = stageRows.filter(([, , kind]) => kind !== 'lost').map(([key]) => key);
  return track.flatMap((key, i) => {
    if (i === track.length - 1) return [];
    return [
      { from: key, to: track[i + 1]!, reasonRequired: false },
      ...(i > 0 ? [{ from: key, to: track[i - 1]!, reasonRequired: false }] : []),
      { from: key, to: 'lost', reasonRequired: true },
    ];
  });
}

/** `pipelines.byKey` for the default sales pipeline. */
export const benchPipeline = {
  key: 'sales',
  name: 'Sales',
  isDefault: true,
  stages: stageRows.map(([key, name, kind]) => ({ key, name, kind, terminal: kind !== 'open' })),
  transitions: [...linearTransitions(), { from: 'lost', to: 'contacted', reasonRequired: false }],
  definition: null,
};

const HOUR = 3_600_000;
const at = (hours: number) => new Date(benchNow.getTime() + hours * HOUR).toISOString();
const uuid = (prefix: string, n: number) =>
  `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The sales team as `agents.workload` reports it. */
export const benchAgents: AgentWorkload[] = [
  'Priya Raman',
  'Marcus Webb',
  'Sofia Lindqvist',
  'Daniel Okafor',
].map((name, i) => ({
  agentId: uuid('a0000000', i + 1),
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@harbour-realty.test`,
  active: true,
  available: i < 2,
  unavailableReason: i < 2 ? null : 'away',
  capacityWeight: 1,
  maxActiveLeads: null,
  activeLeads: 10 + i,
  pendingTasks: 3,
  overdueTasks: i,
  score: 23 + 4 * i,
  conversionRate: 0.4,
}));

const firstNames =
  'Amelia Ben Chloe David Elena Farah George Hana Ivan Julia Kofi Lena Mateo Nora Omar Paula Quentin Rosa Sam Tara'.split(
    ' ',
  );
const lastNames =
  'Abbott Brennan Castillo Dubois Eriksen Fischer Garcia Hughes Ito Jensen Kowalski Lopez Moreau Quinn Haddad Park Rossi Silva Tanaka Vogel'.split(
    ' ',
  );

/** How many of every 20 leads sit in each stage (the docs' 1,000-card story's spread). */
const stagePlan = [
  ['new', 5],
  ['contacted', 4],
  ['needs_analysis', 3],
  ['viewing_scheduled', 2],
  ['offer_sent', 2],
  ['negotiation', 1],
  ['contract_signed', 1],
  ['won', 1],
  ['lost', 1],
] as const;

/** The i-th lead's stage; the first nine leads cover every stage once, so small boards do too. */
function stageOf(i: number): string {
  if (i < stageRows.length) return stageRows[i]![0];
  let slot = i % 20;
  for (const [key, share] of stagePlan) {
    if (slot < share) return key;
    slot -= share;
  }
  return 'new';
}

/** The i-th generated lead (0-based) of a board of `count`. */
function benchLead(i: number, count: number): LeadDto {
  const first = firstNames[i % firstNames.length]!;
  const last = lastNames[(i * 7 + Math.floor(i / firstNames.length)) % lastNames.length]!;
  const stageKey = stageOf(i);
  const closed = stageKey === 'won' || stageKey === 'lost';
  const agent = i % 5 === 4 ? null : benchAgents[i % benchAgents.length]!;
  const budget = (350_000 + ((i * 37_500) % 900_000)) * 100;
  const dueIn = [-50, 2, 30, 74, -4, 5][i % 6]!;
  return {
    id: uuid('c0000000', i + 1),
    pipelineKey: 'sales',
    stageKey,
    fullName: `${first} ${last}`,
    email: `${first}.${last}.${i}@example.test`.toLowerCase(),
    phone: `+1206555${String(1000 + i).slice(-4)}`,
    source: (['web_form', 'portal', 'referral', 'phone', 'request_info'] as const)[i % 5]!,
    currency: 'USD',
    budgetMin: i % 3 === 0 ? null : budget - 5_000_000,
    budgetMax: i % 6 === 5 ? null : budget,
    wantedPostalCodes: ['98103'],
    wantedAreas: ['Seattle'],
    linkedListingKeys: [],
    agreedAmount: stageKey === 'won' ? budget : null,
    assigneeId: agent?.agentId ?? null,
    assigneeName: agent?.name ?? null,
    offeredTo: [],
    offerExpiresAt: null,
    version: 1,
    heat: closed ? 0 : Math.max(0, 97 - Math.floor((i * 95) / Math.max(1, count))),
    stageEnteredAt: at(-24 * (1 + (i % 12))),
    lastActivityAt: at(-6 * (1 + (i % 9))),
    firstResponseAt: agent ? at(-24 * (2 + (i % 12))) : null,
    lostReason: stageKey === 'lost' ? 'Bought through another agency' : null,
    nextTask:
      closed || i % 4 === 3
        ? null
        : {
            id: uuid('b0000000', i + 1),
            title: ['Call back', 'Send brochure', 'Confirm viewing', 'Follow up on offer'][i % 4]!,
            type: (['call_back', 'follow_up', 'viewing', 'follow_up'] as const)[i % 4]!,
            dueAt: at(dueIn),
            status: dueIn < 0 && i % 2 === 0 ? 'overdue' : 'open',
          },
    createdAt: at(-24 * (3 + (i % 20))),
    updatedAt: at(-6 * (1 + (i % 9))),
  };
}

/** `count` generated leads, hottest first (the API's order). */
export function generateBenchLeads(count: number): LeadDto[] {
  return Array.from({ length: count }, (_, i) => benchLead(i, count)).sort(
    (a, b) => b.heat - a.heat || a.id.localeCompare(b.id),
  );
}
