import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps keyboard focus in the grid when its `<tbody>` is replaced by another element: the
 * virtualized body arriving after its code downloaded, or a page crossing the virtualization
 * threshold. The body that unmounts with focus inside sets `handoff`; the next body focuses its
 * roving tab stop (the cell with `tabindex="0"`) as soon as it has rendered it (a virtualized
 * body renders its rows only after measuring the viewport), unless focus has gone elsewhere by
 * then. Both bodies of one grid share `handoff`.
 */
export function useFocusHandoff(
  bodyRef: RefObject<HTMLElement | null>,
  handoff: RefObject<boolean>,
): void {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    return () => {
      if (body?.contains(document.activeElement)) handoff.current = true;
    };
  }, [bodyRef, handoff]);

  // After every render: cheap, and the tab stop may appear only in a later one.
  useLayoutEffect(() => {
    if (!handoff.current) return;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) {
      handoff.current = false; // the user (or the page) put focus somewhere: leave it there
      return;
    }
    const tabStop = bodyRef.current?.querySelector<HTMLElement>('[tabindex="0"]');
    if (tabStop) {
      handoff.current = false;
      tabStop.focus();
    }
  });
}
