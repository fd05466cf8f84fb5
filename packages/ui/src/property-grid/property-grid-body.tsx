import {
  type ComponentProps,
  type CSSProperties,
  type ReactNode,
  type RefObject,
  Suspense,
  useRef,
  useState,
} from 'react';
import { LoadBoundary } from '../lib/load-boundary';
import { createModuleLoader, lazyPart } from '../lib/load-on-demand';
import { useFocusHandoff } from './use-focus-handoff';

/** Props of the grid's `<tbody>`, plain or virtualized. */
export interface PropertyGridBodyProps extends ComponentProps<'tbody'> {
  /** Rows on this page. */
  rowCount: number;
  /** Renders the row at `index` (0-based on this page), positioned by `style` when virtualized. */
  renderRow: (index: number, style?: CSSProperties) => ReactNode;
  /** Shared by the grid's bodies to keep focus when one replaces another (`useFocusHandoff`). */
  focusHandoff: RefObject<boolean>;
}

/** Props of the virtualized body: the scrolling viewport, the grid, and the focused row. */
export interface PropertyGridVirtualBodyProps extends PropertyGridBodyProps {
  scrollRef: RefObject<HTMLElement | null>;
  gridRef: RefObject<HTMLElement | null>;
  /** The row holding the grid's tab stop (0-based on this page; -1 for the header): always rendered. */
  activeIndex: number;
}

/** Every row of the page, in order. */
export function PropertyGridPlainBody({
  rowCount,
  renderRow,
  focusHandoff,
  ...props
}: PropertyGridBodyProps) {
  const ref = useRef<HTMLTableSectionElement>(null);
  useFocusHandoff(ref, focusHandoff);
  return (
    <tbody {...props} ref={ref}>
      {Array.from({ length: rowCount }, (_, index) => renderRow(index))}
    </tbody>
  );
}

/**
 * Downloads the virtualized body (`@tanstack/react-virtual`) once per page. Pages at or under
 * the grid's `virtualizeThreshold` never call it, so they never load the virtualizer.
 */
export const loadVirtualBody = createModuleLoader(() => import('./property-grid-virtual-body'));

/** Starts downloading the virtualized body; for when a large page is on its way. */
export function prefetchVirtualBody(): void {
  void loadVirtualBody();
}

const lazyVirtualBody = () => lazyPart(loadVirtualBody, (body) => body.PropertyGridVirtualBody);

/**
 * The body of a page larger than `virtualizeThreshold`: only the rows in view, once the
 * virtualizer's code is there (`React.lazy` in `Suspense`) (the table prefetches it as soon as the page size asks for it,
 * usually while the rows are still being fetched). Until then, or if it cannot be downloaded,
 * every row renders: slower for a moment, but complete, keyboard navigable, and with the same
 * `aria-rowindex`es. Focus survives the swap (`useFocusHandoff`).
 */
export function PropertyGridLargeBody({
  scrollRef,
  gridRef,
  activeIndex,
  ...props
}: PropertyGridVirtualBodyProps) {
  // A new lazy component per mount: after a failed download, the next large page tries again.
  const [VirtualBody] = useState(lazyVirtualBody);
  const plain = <PropertyGridPlainBody {...props} />;
  return (
    <LoadBoundary fallback={plain}>
      <Suspense fallback={plain}>
        <VirtualBody {...props} scrollRef={scrollRef} gridRef={gridRef} activeIndex={activeIndex} />
      </Suspense>
    </LoadBoundary>
  );
}
