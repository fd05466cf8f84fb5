import {
  type ActivityDto,
  type AgentWorkload,
  activityLogInput,
  defaultSalesPipeline,
  entryTasks,
  type LeadDto,
  leadCreateInput,
  leadListInput,
  leadMoveInput,
  nextStages,
  type TaskDto,
  validateTransition,
} from '@estatekit/domain';
import { fixtureActivities, fixtureTasks } from './fixtures/leads.fixture';
import { MockApiError, validationError } from './mock-api.errors';

/*
 * The lead pipeline of the mocked API, in memory: what `pipelines.byKey`, `leads.*`,
 * `activities.log`, `tasks.complete` and `agents.workload` answer. Moves are judged by the
 * domain's own rules (`validateTransition` over `defaultSalesPipeline`), so a refused move in
 * the docs carries the same violations, messages and suggestion the API sends.
 */

/** One committed change, as `leads.onChange` sends it. */
export interface MockLeadChange {
  leadId: string;
  kind: 'created' | 'moved' | 'assigned' | 'activity' | 'task';
  version: number;
  stageKey: string;
  assigneeId: string | null;
  previousAssigneeId: string | null;
  at: string;
}

/** Who the mock says the caller is: a manager may reassign, an agent may not. */
export type MockRole = 'manager' | 'agent';

type Handler = (input: unknown) => unknown;

const pipeline = defaultSalesPipeline;
const stageOf = (key: string) => pipeline.stages.find((s) => s.key === key);

/** A zod schema as far as the mock uses it. */
interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Parameters<typeof validationError>[0] } };
}

/** `input` parsed by a domain schema, or the API's BAD_REQUEST naming each bad field. */
export function parse<T>(schema: Schema<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
}

/** What a new lead is made of (`leads.create`, `leads.capture`); emails already lower-cased. */
export interface NewLead {
  fullName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  source: LeadDto['source'];
  budgetMin?: number | null | undefined;
  budgetMax?: number | null | undefined;
  wantedPostalCodes?: string[] | undefined;
  wantedAreas?: string[] | undefined;
  linkedListingKeys?: string[] | undefined;
}

/** A UUID for a record the mock creates. */
const newId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

/**
 * A mutable store of `leads` with `agents`, its handlers by procedure path, and `subscribe` for
 * the changes its writes commit. `now` is the mock's clock (ISO instant).
 */
export function createLeadStore(options: {
  leads: readonly LeadDto[];
  agents: readonly AgentWorkload[];
  role: MockRole;
  now: () => string;
}) {
  const leads = new Map(options.leads.map((lead) => [lead.id, lead]));
  const activities = new Map<string, ActivityDto[]>();
  const tasks = new Map<string, TaskDto[]>();
  const listeners = new Set<(change: MockLeadChange) => void>();
  let sequence = 0;

  const find = (leadId: unknown) => {
    const lead = leads.get(String((leadId as { leadId?: unknown } | null)?.leadId));
    if (lead) return lead;
    throw new MockApiError('No lead with this id.', 'NOT_FOUND', 404);
  };
  const activitiesOf = (lead: LeadDto) => {
    if (!activities.has(lead.id)) activities.set(lead.id, fixtureActivities(lead));
    return activities.get(lead.id)!;
  };
  const tasksOf = (lead: LeadDto) => {
    if (!tasks.has(lead.id)) tasks.set(lead.id, fixtureTasks(lead));
    return tasks.get(lead.id)!;
  };
  const nextTaskOf = (lead: LeadDto): LeadDto['nextTask'] => {
    const open = tasksOf(lead)
      .filter((t) => t.status === 'open' || t.status === 'overdue')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    return open
      ? { id: open.id, title: open.title, type: open.type, dueAt: open.dueAt, status: open.status }
      : null;
  };
  /** Saves `lead` with a new version and tells subscribers. */
  const commit = (
    lead: LeadDto,
    kind: MockLeadChange['kind'],
    previousAssigneeId = null as string | null,
  ) => {
    const saved = { ...lead, version: lead.version + 1, updatedAt: options.now() };
    saved.nextTask = nextTaskOf(saved);
    leads.set(saved.id, saved);
    const change: MockLeadChange = {
      leadId: saved.id,
      kind,
      version: saved.version,
      stageKey: saved.stageKey,
      assigneeId: saved.assigneeId,
      previousAssigneeId,
      at: options.now(),
    };
    for (const listener of listeners) listener(change);
    return saved;
  };

  const move = (input: unknown): LeadDto => {
    const { leadId, to, version, reason } = parse(leadMoveInput, input);
    const lead = find({ leadId });
    if (version !== lead.version) {
      throw new MockApiError(
        'This lead was changed by someone else. Reload it and try again.',
        'CONFLICT',
        409,
        null,
        { code: 'CONFLICT', context: {}, suggestion: null },
      );
    }
    const check = validateTransition(
      { ...lead, activities: activitiesOf(lead) },
      to,
      { kind: 'user', id: 'docs', role: options.role, userId: options.agents[0]?.agentId ?? null },
      { pipeline, reason: reason ?? null, now: options.now() },
    );
    if (!check.ok) {
      const allowed = nextStages(pipeline, lead.stageKey);
      const names = allowed.map((key) => stageOf(key)?.name ?? key);
      throw new MockApiError(
        check.violations.map((v) => v.message).join(' '),
        'UNPROCESSABLE_CONTENT',
        422,
        null,
        {
          code: 'INVALID_TRANSITION',
          context: {
            rule: check.violations[0]?.code,
            from: lead.stageKey,
            to,
            allowed,
            violations: check.violations,
          },
          suggestion:
            allowed.length > 0 ? `From here the lead can move to: ${names.join(', ')}.` : null,
        },
      );
    }
    const stage = stageOf(to)!;
    const now = options.now();
    const created = entryTasks(stage, now, 'America/Los_Angeles').map(
      (draft): TaskDto => ({
        ...draft,
        id: newId(++sequence),
        leadId: lead.id,
        leadName: lead.fullName,
        status: 'open',
        assigneeId: lead.assigneeId,
        stageKey: to,
        completedAt: null,
        createdAt: now,
      }),
    );
    tasks.set(lead.id, [...created, ...tasksOf(lead)]);
    return commit(
      {
        ...lead,
        stageKey: to,
        stageEnteredAt: now,
        lostReason: stage.kind === 'lost' ? (reason ?? null) : lead.lostReason,
        heat: stage.kind === 'open' ? lead.heat : 0,
      },
      'moved',
    );
  };

  /** Creates a lead in the first stage, assigned to the first available agent. */
  const insertLead = (form: NewLead): LeadDto => {
    const now = options.now();
    const agent = options.agents.find((a) => a.available) ?? null;
    const lead: LeadDto = {
      id: newId(++sequence),
      pipelineKey: 'sales',
      stageKey: 'new',
      fullName: form.fullName,
      email: form.email ?? null,
      phone: form.phone ?? null,
      source: form.source,
      currency: 'USD',
      budgetMin: form.budgetMin ?? null,
      budgetMax: form.budgetMax ?? null,
      wantedPostalCodes: form.wantedPostalCodes ?? [],
      wantedAreas: form.wantedAreas ?? [],
      linkedListingKeys: form.linkedListingKeys ?? [],
      agreedAmount: null,
      assigneeId: agent?.agentId ?? null,
      assigneeName: agent?.name ?? null,
      offeredTo: [],
      offerExpiresAt: null,
      version: 0,
      heat: 0,
      stageEnteredAt: now,
      lastActivityAt: null,
      firstResponseAt: null,
      lostReason: null,
      nextTask: null,
      createdAt: now,
      updatedAt: now,
    };
    tasks.set(lead.id, []);
    activities.set(lead.id, []);
    return commit(lead, 'created');
  };

  const handlers: Record<string, Handler> = {
    'pipelines.byKey': () => ({
      key: pipeline.key,
      name: pipeline.name,
      isDefault: true,
      stages: pipeline.stages.map(({ key, name, kind, terminal }) => ({
        key,
        name,
        kind,
        terminal,
      })),
      transitions: pipeline.transitions,
      definition: pipeline,
    }),
    'agents.workload': () => options.agents,
    'leads.list': (input) => {
      const query = parse(leadListInput, input ?? {});
      const text = query.text?.toLowerCase();
      const matches = [...leads.values()]
        .filter(
          (lead) =>
            (!query.assignee ||
              (query.assignee === 'unassigned'
                ? lead.assigneeId === null
                : lead.assigneeId === query.assignee)) &&
            (!query.stageKeys || query.stageKeys.includes(lead.stageKey)) &&
            (!text ||
              [lead.fullName, lead.email, lead.phone].some((v) => v?.toLowerCase().includes(text))),
        )
        .sort((a, b) => b.heat - a.heat || a.fullName.localeCompare(b.fullName));
      const stages = new Map<string, { stageKey: string; count: number; budgetTotal: number }>();
      for (const lead of matches) {
        const s = stages.get(lead.stageKey) ?? {
          stageKey: lead.stageKey,
          count: 0,
          budgetTotal: 0,
        };
        s.count += 1;
        s.budgetTotal += lead.budgetMax ?? lead.budgetMin ?? 0;
        stages.set(lead.stageKey, s);
      }
      return {
        items: matches.slice(0, query.limit),
        nextCursor: null,
        total: matches.length,
        currency: 'USD',
        stages: [...stages.values()],
      };
    },
    'leads.byId': (input) => {
      const lead = find(input);
      return {
        lead,
        activities: activitiesOf(lead),
        tasks: tasksOf(lead),
        history: [],
        assignments: [],
      };
    },
    'leads.move': move,
    'leads.create': (input) => {
      const form = parse(leadCreateInput, input);
      const email = form.email?.toLowerCase() ?? null;
      if (email && [...leads.values()].some((l) => l.email === email)) {
        throw new MockApiError('A lead with this email already exists.', 'CONFLICT', 409, null, {
          code: 'CONFLICT',
          context: {},
          suggestion: 'Open the existing lead instead.',
        });
      }
      return insertLead({ ...form, email });
    },
    'leads.assign': (input) => {
      const lead = find(input);
      if (options.role !== 'manager') {
        throw new MockApiError(
          'Only managers and owners may assign leads.',
          'FORBIDDEN',
          403,
          null,
          { code: 'FORBIDDEN', context: {}, suggestion: null },
        );
      }
      const agentId = (input as { agentId: string | null }).agentId;
      const agent = options.agents.find((a) => a.agentId === agentId) ?? null;
      return commit(
        { ...lead, assigneeId: agent?.agentId ?? null, assigneeName: agent?.name ?? null },
        'assigned',
        lead.assigneeId,
      );
    },
    'activities.log': (input) => {
      const form = parse(activityLogInput, input);
      const lead = find(form);
      const activity: ActivityDto = {
        id: newId(++sequence),
        leadId: lead.id,
        type: form.type,
        direction: form.direction,
        channel: form.channel ?? null,
        deliveryStatus: form.deliveryStatus ?? null,
        body: form.body ?? null,
        listingKey: form.listingKey ?? null,
        scheduledAt: form.scheduledAt ?? null,
        amount: form.amount ?? null,
        actor: {
          kind: 'user',
          id: options.agents[0]?.agentId ?? 'docs',
          name: options.agents[0]?.name ?? null,
        },
        occurredAt: form.occurredAt ?? options.now(),
      };
      activities.set(lead.id, [activity, ...activitiesOf(lead)]);
      commit(
        { ...lead, lastActivityAt: activity.occurredAt, heat: Math.min(100, lead.heat + 8) },
        'activity',
      );
      return activity;
    },
    'tasks.complete': (input) => {
      const taskId = (input as { taskId?: unknown } | null)?.taskId;
      for (const lead of leads.values()) {
        const list = tasksOf(lead);
        const task = list.find((t) => t.id === taskId);
        if (!task) continue;
        const done: TaskDto = { ...task, status: 'done', completedAt: options.now() };
        tasks.set(
          lead.id,
          list.map((t) => (t.id === task.id ? done : t)),
        );
        commit(lead, 'task');
        return done;
      }
      throw new MockApiError('No task with this id.', 'NOT_FOUND', 404);
    },
  };

  return {
    handlers,
    /** Calls `listener` with every committed change; returns the unsubscribe function. */
    subscribe(listener: (change: MockLeadChange) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** What another user does while the story runs: moves the hottest new lead to Contacted. */
    actAsSomeoneElse() {
      const lead = [...leads.values()]
        .filter((l) => l.stageKey === 'new')
        .sort((a, b) => b.heat - a.heat)[0];
      if (lead) move({ leadId: lead.id, to: 'contacted', version: lead.version });
    },
    lead: (leadId: string) => leads.get(leadId),
    /** Creates a lead as `leads.create` does (no duplicate check). */
    insertLead,
    /** The lead with this (lower-case) email or this phone, if any. */
    findByContact: (email: string | null, phone: string | null) =>
      [...leads.values()].find(
        (l) => (email !== null && l.email === email) || (phone !== null && l.phone === phone),
      ),
  };
}

/** A lead store as {@link createLeadStore} returns it. */
export type LeadStore = ReturnType<typeof createLeadStore>;
