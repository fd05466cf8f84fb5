import { type ComponentType, type LazyExoticComponent, lazy, useSyncExternalStore } from 'react';

/** A promise that also records whether it has settled, and with what. */
export type TrackedPromise<T> = Promise<T> & {
  status: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
};

/**
 * Wraps a dynamic `import()` so that every caller shares one request: the first call starts the
 * download, later calls (a prefetch on intent, an idle prefetch, the render that needs it) get
 * the same promise, which records its `status` and `value` so `lazyPart` can tell that the code
 * is already there. A failed load is forgotten, so the next call tries again: a dropped
 * connection must not break the widget for the rest of the page's life. Nothing runs until the
 * returned function is called (SSR safe).
 */
export function createModuleLoader<T>(load: () => Promise<T>): () => TrackedPromise<T> {
  let pending: TrackedPromise<T> | null = null;
  return () => {
    if (pending) return pending;
    const promise = Object.assign(load(), { status: 'pending' }) as TrackedPromise<T>;
    promise.then(
      (value) => {
        Object.assign(promise, { status: 'fulfilled', value });
      },
      () => {
        promise.status = 'rejected';
        if (pending === promise) pending = null;
      },
    );
    pending = promise;
    return promise;
  };
}

/**
 * A `React.lazy` component for the part `pick` takes from the module `load` downloads; render it
 * inside `<Suspense>`. When the module has already been loaded (prefetched), it renders in the
 * same commit, without suspending: `React.lazy` always suspends on its first render otherwise,
 * and React then holds the reveal for its 300 ms fallback throttle, so a prefetched dialog would
 * still open a third of a second late. (It hands `lazy` a thenable that resolves synchronously,
 * which `lazy` reads at once.) A `lazy` component remembers a failed load for good: create a new
 * one to try again.
 */
export function lazyPart<M, P extends object>(
  load: () => TrackedPromise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => {
    const promise = load();
    if (promise.status !== 'fulfilled')
      return promise.then((module) => ({ default: pick(module) }));
    const loaded = { default: pick(promise.value as M) };
    const resolvedNow = {
      // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, see the docstring.
      then: (resolve: (value: typeof loaded) => void) => resolve(loaded),
    };
    return resolvedNow as unknown as Promise<typeof loaded>;
  });
}

/**
 * Runs `task` when the browser is idle (`requestIdleCallback`; a short timeout where it does not
 * exist, as in Safari). Returns a function that cancels it. Call it from effects only.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const cancel = cancelIdleCallback;
    const id = requestIdleCallback(task);
    return () => cancel(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** A module downloaded on demand, readable synchronously once it is there. */
export interface ModuleStore<M> {
  /** Starts the download (once; a failed one is forgotten so the next call retries). */
  load: () => Promise<M>;
  /** The module if it has loaded, else `null`. */
  get: () => M | null;
  /** Calls `listener` when the module arrives; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * A {@link ModuleStore} over a dynamic `import()`: parts that render a light stand-in (a plain
 * button, nothing) until the code is there read it with {@link useLoadedModule} and re-render
 * when it arrives; no `Suspense` needed. Nothing runs until `load` is called (SSR safe).
 */
export function createModuleStore<M>(importModule: () => Promise<M>): ModuleStore<M> {
  let value: M | null = null;
  let pending: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  return {
    load() {
      if (value) return Promise.resolve(value);
      pending ??= importModule().then(
        (module) => {
          value = module;
          for (const listener of listeners) listener();
          return module;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * The module of `store` once downloaded, else `null` (always `null` while rendering on the
 * server). Does not start the download: call `store.load()` from an event or an effect.
 */
export function useLoadedModule<M>(store: ModuleStore<M>): M | null {
  return useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
}

const serverSnapshot = () => null;
