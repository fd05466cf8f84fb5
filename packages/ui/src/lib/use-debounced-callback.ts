import { useCallback, useEffect, useRef } from 'react';

/**
 * Delays `callback` until `delayMs` passed without a new call. `run` schedules (replacing any
 * pending call), `flush` runs a pending call now, `cancel` drops it. Pending calls are dropped
 * on unmount. Always calls the latest `callback`.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
) {
  const latest = useRef(callback);
  latest.current = callback;
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; args: A } | null>(null);

  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  const flush = useCallback(() => {
    const call = pending.current;
    cancel();
    if (call) latest.current(...call.args);
  }, [cancel]);
  const run = useCallback(
    (...args: A) => {
      cancel();
      pending.current = { args, timer: setTimeout(flush, delayMs) };
    },
    [cancel, flush, delayMs],
  );
  useEffect(() => cancel, [cancel]);
  return { run, flush, cancel };
}
