import type { Listing } from '@estatekit/domain';
import { useCallback, useRef, useState } from 'react';

/** A row activation the consumer may veto with `preventDefault()` (e.g. to route to its own page). */
export interface RowActivation {
  listing: Listing;
  defaultPrevented: boolean;
  preventDefault: () => void;
}

/**
 * Which listing's dialog is open. `openListing` first calls the consumer's `onRowActivate`
 * (which may `preventDefault()`), remembers the focused element (the cell), then opens;
 * `restoreFocus` returns focus there when the dialog closes. `prefetchDetail` runs whatever a
 * dialog loaded on demand registered with `registerDetailPrefetch` (nothing when none did), so
 * the table can signal intent without knowing which dialog is rendered.
 */
export function useRowActivation(onRowActivate?: (activation: RowActivation) => void) {
  const [activeListing, setActiveListing] = useState<Listing | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const prefetchers = useRef(new Set<() => void>());
  const openListing = useCallback(
    (listing: Listing) => {
      const activation: RowActivation = {
        listing,
        defaultPrevented: false,
        preventDefault() {
          activation.defaultPrevented = true;
        },
      };
      onRowActivate?.(activation);
      if (activation.defaultPrevented) return;
      openerRef.current =
        typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
      setActiveListing(listing);
    },
    [onRowActivate],
  );
  return {
    activeListing,
    openListing,
    closeListing: useCallback(() => setActiveListing(null), []),
    restoreFocus: useCallback(() => openerRef.current?.focus(), []),
    prefetchDetail: useCallback(() => {
      for (const prefetch of prefetchers.current) prefetch();
    }, []),
    registerDetailPrefetch: useCallback((prefetch: () => void) => {
      prefetchers.current.add(prefetch);
      return () => {
        prefetchers.current.delete(prefetch);
      };
    }, []),
  };
}
