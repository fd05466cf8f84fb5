import type {
  ActivityDto,
  AgentWorkload,
  LeadDetail,
  LeadDto,
  LeadListInput,
  LeadListResult,
} from '@estatekit/domain';
import { leadBudget, moveLeadInResult } from '../lead-kanban/lead-kanban-board.utils';
import { createFakeApi, FakeApiError } from './fake-api';

/** A UUID whose last group is `n`, e.g. `uuid(7)` → `…-000000000007`. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The default sales pipeline as `pipelines.byKey` returns it (stages in board order). */
export const salesPipeline = {
  key: 'sales',
  name: 'Sales',
  isDefault: true,
  stages: [
    { key: 'new', name: 'New', kind: 'open', terminal: false },
    { key: 'contacted', name: 'Contacted', kind: 'open', terminal: false },
    { key: 'needs_analysis', name: 'Needs analysis', kind: 'open', terminal: false },
    { key: 'offer_sent', name: 'Offer sent', kind: 'open', terminal: false },
    { key: 'won', name: 'Won', kind: 'won', terminal: true },
    { key: 'lost', name: 'Lost', kind: 'lost', terminal: true },
  ] as const,
  transitions: [
    { from: 'new', to: 'contacted', reasonRequired: false },
    { from: 'new', to: 'lost', reasonRequired: true },
    { from: 'contacted', to: 'needs_analysis', reasonRequired: false },
    { from: 'contacted', to: 'new', reasonRequired: false },
    { from: 'contacted', to: 'lost', reasonRequired: true },
    { from: 'needs_analysis', to: 'offer_sent', reasonRequired: false },
    { from: 'offer_sent', to: 'won', reasonRequired: false },
  ],
  definition: null,
};

/** Two agents as `agents.workload` returns them. */
export const agents: AgentWorkload[] = [
  {
    agentId: uuid(901),
    name: 'Grace Hopper',
    email: 'grace@agency.test',
    active: true,
    available: true,
    unavailableReason: null,
    capacityWeight: 1,
    maxActiveLeads: 40,
    activeLeads: 12,
    pendingTasks: 4,
    overdueTasks: 2,
    score: 34,
    conversionRate: 0.425,
  },
  {
    agentId: uuid(902),
    name: 'Alan Turing',
    email: 'alan@agency.test',
    active: true,
    available: false,
    unavailableReason: 'away',
    capacityWeight: 2,
    maxActiveLeads: null,
    activeLeads: 3,
    pendingTasks: 1,
    overdueTasks: 0,
    score: 3.5,
    conversionRate: null,
  },
];

/** A lead in `new` with sensible defaults; override what matters. */
export function makeLead(overrides: Partial<LeadDto> = {}): LeadDto {
  return {
    id: uuid(1),
    pipelineKey: 'sales',
    stageKey: 'new',
    fullName: 'Ada Lovelace',
    email: 'ada@example.test',
    phone: '+14155550101',
    source: 'web_form',
    currency: 'USD',
    budgetMin: 40_000_000,
    budgetMax: 50_000_000,
    wantedPostalCodes: [],
    wantedAreas: [],
    linkedListingKeys: [],
    agreedAmount: null,
    assigneeId: null,
    assigneeName: null,
    offeredTo: [],
    offerExpiresAt: null,
    version: 1,
    heat: 50,
    stageEnteredAt: '2026-03-01T09:00:00.000Z',
    lastActivityAt: null,
    firstResponseAt: null,
    lostReason: null,
    nextTask: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** `count` leads spread over the open stages, hottest first, ids uuid(1001)… */
export function makeLeads(count: number, stages = ['new', 'contacted', 'needs_analysis']) {
  return Array.from({ length: count }, (_, i) =>
    makeLead({
      id: uuid(1001 + i),
      fullName: `Lead ${1001 + i}`,
      email: `lead${1001 + i}@example.test`,
      stageKey: stages[i % stages.length]!,
      heat: 100 - Math.floor((i * 100) / Math.max(1, count)),
      budgetMin: null,
      budgetMax: (100_000 + i * 1000) * 100,
    }),
  );
}

/** A `leads.list` answer over `leads` (every lead matches; sums per stage like the API). */
export function listResult(leads: readonly LeadDto[]): LeadListResult {
  const stages = new Map<string, { stageKey: string; count: number; budgetTotal: number }>();
  for (const lead of leads) {
    const s = stages.get(lead.stageKey) ?? { stageKey: lead.stageKey, count: 0, budgetTotal: 0 };
    s.count += 1;
    s.budgetTotal += leadBudget(lead);
    stages.set(lead.stageKey, s);
  }
  return {
    items: [...leads],
    nextCursor: null,
    total: leads.length,
    currency: 'USD',
    stages: [...stages.values()],
  };
}

/** The detail of `lead` with no activities or tasks unless given. */
export function leadDetail(lead: LeadDto, extra: Partial<LeadDetail> = {}): LeadDetail {
  return { lead, activities: [], tasks: [], history: [], assignments: [], ...extra };
}

/** An activity as `activities.log` returns it. */
export function makeActivity(overrides: Partial<ActivityDto> = {}): ActivityDto {
  return {
    id: uuid(5001),
    leadId: uuid(1),
    type: 'call',
    direction: 'outbound',
    channel: null,
    deliveryStatus: null,
    body: null,
    listingKey: null,
    scheduledAt: null,
    amount: null,
    actor: { kind: 'user', id: uuid(901), name: 'Grace Hopper' },
    occurredAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * A fake API holding `leads` in memory: `pipelines.byKey`, `agents.workload`, `leads.list`
 * (filters by assignee and text, like the API), `leads.byId`, `leads.move` (moves and bumps the
 * version unless `overrides` answer), `leads.create`; `overrides` replace any handler.
 */
export function createLeadApi(
  leads: LeadDto[],
  overrides: Record<string, (input: unknown) => unknown> = {},
) {
  let store = listResult(leads);
  const api = createFakeApi({
    'pipelines.byKey': () => salesPipeline,
    'agents.workload': () => agents,
    'leads.list': (input) => {
      const { assignee, text } = (input ?? {}) as LeadListInput;
      const items = store.items.filter(
        (lead) =>
          (!assignee ||
            (assignee === 'unassigned' ? !lead.assigneeId : lead.assigneeId === assignee)) &&
          (!text || lead.fullName.toLowerCase().includes(text.toLowerCase())),
      );
      return listResult(items);
    },
    'leads.byId': (input) => {
      const lead = store.items.find((l) => l.id === (input as { leadId: string }).leadId);
      if (!lead) throw new FakeApiError('No lead.', 'NOT_FOUND', 404);
      return leadDetail(lead);
    },
    'leads.move': (input) => {
      const { leadId, to } = input as { leadId: string; to: string };
      store = moveLeadInResult(store, leadId, to);
      const lead = store.items.find((l) => l.id === leadId)!;
      const moved = { ...lead, version: lead.version + 1 };
      store = { ...store, items: store.items.map((l) => (l.id === leadId ? moved : l)) };
      return moved;
    },
    ...overrides,
  });
  const setStore = (next: LeadListResult) => {
    store = next;
  };
  return { ...api, store: () => store, setStore };
}
