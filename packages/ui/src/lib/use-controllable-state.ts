import { useCallback, useRef, useState } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined;
  /** The initial value when uncontrolled. */
  defaultProp: T;
  /** Called with every new value, controlled or not, when it differs from the current one. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * One state that is either controlled (`prop` given) or owned here (`defaultProp`), as in
 * Radix's hook of the same name. The setter accepts a value or an updater; `onChange` fires
 * only for real changes (`Object.is`).
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateOptions<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const [own, setOwn] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  const latest = useRef({ value, controlled, onChange });
  latest.current = { value, controlled, onChange };

  const setValue = useCallback((next: T | ((previous: T) => T)) => {
    const current = latest.current;
    const resolved =
      typeof next === 'function' ? (next as (previous: T) => T)(current.value) : next;
    if (Object.is(resolved, current.value)) return;
    // Later calls in the same tick must see this value, as with React's own setter.
    current.value = resolved;
    if (!current.controlled) setOwn(resolved);
    current.onChange?.(resolved);
  }, []);

  return [value, setValue];
}
