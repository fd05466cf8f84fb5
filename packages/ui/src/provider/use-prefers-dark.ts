import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

const mediaQuery = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/**
 * Whether the visitor's OS asks for dark colours. `false` during SSR and when `enabled` is
 * false (no listener is attached then); reads `window` only inside effects and snapshots.
 */
export function usePrefersDark(enabled: boolean): boolean {
  return useSyncExternalStore(
    enabled ? subscribe : noopSubscribe,
    () => (enabled ? (mediaQuery()?.matches ?? false) : false),
    () => false,
  );
}

const noopSubscribe = () => () => {};
