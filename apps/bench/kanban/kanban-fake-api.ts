import type { LeadDto, LeadListInput } from '@estatekit/domain';
import { benchAgents, benchPipeline } from './kanban-leads.fixture';

/*
 * The benchmark page's API, in the page, at the `fetch` level (as @estatekit/ui's tests and the
 * docs' mock do): it answers the tRPC batch requests of the provider's real `httpBatchLink` in
 * tRPC's JSON format, so the board loads through its real client, links and JSON parsing, with
 * no server and no network. Knows `pipelines.byKey`, `agents.workload`, `leads.list` (every
 * lead, hottest first, with per-stage counts and budget sums) and `leads.move` (always
 * accepted: the lead takes the stage and a new version; `moves` lists them). The `EventSource`
 * stub accepts the `leads.onChange` subscription and never sends a change.
 */

type Json = string;

/** `{ result: { data } }` with `data` already serialized. */
const ok = (data: Json) => `{"result":{"data":${data}}}`;

function notFound(path: string): string {
  return JSON.stringify({
    error: {
      message: `No procedure found on path "${path}"`,
      code: -32004,
      data: { code: 'NOT_FOUND', httpStatus: 404, path },
    },
  });
}

/** `leads.list`'s answer over `leads` (already in heat order). */
function listOf(leads: readonly LeadDto[], limit: number) {
  const stages = new Map<string, { stageKey: string; count: number; budgetTotal: number }>();
  for (const lead of leads) {
    const s = stages.get(lead.stageKey) ?? { stageKey: lead.stageKey, count: 0, budgetTotal: 0 };
    s.count += 1;
    s.budgetTotal += lead.budgetMax ?? lead.budgetMin ?? 0;
    stages.set(lead.stageKey, s);
  }
  return {
    items: leads.slice(0, limit),
    nextCursor: null,
    total: leads.length,
    currency: 'USD',
    stages: [...stages.values()],
  };
}

/** LeadKanban's default `limit`, the `leads.list` page the board asks for. */
const BOARD_LIMIT = 2000;

/**
 * A fake API over `leads`. Answers are serialized when it is created (before the board mounts)
 * and kept until a move changes them, so the page's load measures the board, not the fake
 * server; after a move, the refetched list is serialized again (a few milliseconds for 1,000
 * leads, inside the drop's figures, where a real API's answer would be read off the network).
 */
export function createBenchApi(leads: LeadDto[]) {
  const store = new Map(leads.map((lead) => [lead.id, lead]));
  const fixed: Record<string, Json> = {
    'pipelines.byKey': JSON.stringify(benchPipeline),
    'agents.workload': JSON.stringify(benchAgents),
  };
  const lists = new Map<number, Json>();
  const list = (input: LeadListInput | undefined) => {
    const limit = input?.limit ?? 50;
    let body = lists.get(limit);
    if (body === undefined) {
      body = JSON.stringify(listOf([...store.values()], limit));
      lists.set(limit, body);
    }
    return body;
  };
  list({ limit: BOARD_LIMIT });
  const moves: { leadId: string; to: string }[] = [];
  const move = (input: { leadId: string; to: string }) => {
    const lead = store.get(input.leadId);
    if (!lead) return null;
    moves.push({ leadId: input.leadId, to: input.to });
    const moved = { ...lead, stageKey: input.to, version: lead.version + 1 };
    store.set(lead.id, moved);
    lists.clear();
    return JSON.stringify(moved);
  };

  const answer = (path: string, input: unknown): string => {
    if (path in fixed) return ok(fixed[path]!);
    if (path === 'leads.list') return ok(list(input as LeadListInput | undefined));
    if (path === 'leads.move') {
      const moved = move(input as { leadId: string; to: string });
      if (moved) return ok(moved);
    }
    return notFound(path);
  };

  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const parsed = new URL(String(url));
    const paths = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, '')).split(',');
    const raw = typeof init?.body === 'string' ? init.body : parsed.searchParams.get('input');
    const inputs = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const parts = paths.map((path, index) => answer(path, inputs[String(index)]));
    const failed = parts.some((part) => part.startsWith('{"error"'));
    return new Response(`[${parts.join(',')}]`, {
      status: failed ? 207 : 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  return {
    fetch,
    EventSource: QuietEventSource as unknown as typeof globalThis.EventSource,
    /** Every accepted `leads.move`, in order (the benchmark checks its drags happened). */
    moves,
  };
}

type Listener = (event: { type: string; data?: string; lastEventId: string }) => void;

/** Enough of `EventSource` for tRPC's `httpSubscriptionLink`: connects, then stays quiet. */
class QuietEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readonly withCredentials = false;
  readyState = 0;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(readonly url: string | URL) {
    setTimeout(() => {
      if (this.readyState === this.CLOSED) return;
      this.readyState = this.OPEN;
      this.dispatch('open');
      this.dispatch('connected', '{}');
    });
  }

  addEventListener(type: string, listener: Listener) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }

  close() {
    this.readyState = this.CLOSED;
  }

  private dispatch(type: string, data?: string) {
    for (const listener of this.listeners.get(type) ?? []) {
      listener({ type, data, lastEventId: '' });
    }
  }
}
