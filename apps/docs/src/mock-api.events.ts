import type { LeadStore } from './mock-api.leads';

/*
 * Live updates of the mocked API: an `EventSource` for the provider (`<EstateKitProvider
 * EventSource={api.EventSource}>`) that serves `leads.onChange` the way tRPC's SSE endpoint
 * does: a `connected` event, then one `message` per committed change of the lead store.
 */

type Listener = (event: { type: string; data?: string; lastEventId: string }) => void;

/** Options of {@link createMockEventSource}. */
export interface MockEventSourceOptions {
  store: LeadStore;
  /** Records each subscription the mock receives. */
  onSubscribe: (path: string, input: unknown) => void;
  /** Accept connections (false: stay connecting, as behind a failing network). */
  connect: boolean;
  /** While someone listens, another user moves a lead this often (ms); 0 = never. */
  someoneElseEveryMs: number;
}

/** An `EventSource` class bound to one mocked API. */
export function createMockEventSource(options: MockEventSourceOptions) {
  return class MockEventSource {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 2;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSED = 2;
    readonly url: string;
    readonly withCredentials = false;
    readyState = 0;
    private readonly listeners = new Map<string, Set<Listener>>();
    private readonly cleanups: (() => void)[] = [];

    constructor(url: string | URL) {
      this.url = String(url);
      const parsed = new URL(this.url);
      const path = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, ''));
      const input = parsed.searchParams.get('input');
      options.onSubscribe(path, input === null ? undefined : JSON.parse(input));
      if (!options.connect || path !== 'leads.onChange') return;
      const timer = setTimeout(() => {
        if (this.readyState === this.CLOSED) return;
        this.readyState = this.OPEN;
        this.dispatch('open');
        this.dispatch('connected', '{}');
        this.cleanups.push(
          options.store.subscribe((change) => this.dispatch('message', JSON.stringify(change))),
        );
        if (options.someoneElseEveryMs > 0) {
          const interval = setInterval(
            () => options.store.actAsSomeoneElse(),
            options.someoneElseEveryMs,
          );
          this.cleanups.push(() => clearInterval(interval));
        }
      });
      this.cleanups.push(() => clearTimeout(timer));
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
      for (const cleanup of this.cleanups.splice(0)) cleanup();
    }

    private dispatch(type: string, data?: string) {
      for (const listener of this.listeners.get(type) ?? []) {
        listener({ type, data, lastEventId: '' });
      }
    }
  } as unknown as typeof globalThis.EventSource;
}
