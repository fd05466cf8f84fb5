import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useCallback, useRef } from 'react';
import type { PropertyGridVirtualBodyProps } from './property-grid-body';
import { useFocusHandoff } from './use-focus-handoff';

const DEFAULT_ROW_HEIGHT = 44;

/**
 * The rows of a large page that are in view (plus 8 above and below, and the row holding the
 * grid's tab stop so the grid always has one), absolutely positioned in a `<tbody>` as tall as
 * every row (`--ek-body-height`). Row height comes from the theme's `--ek-row-height`.
 * Loaded on demand by `PropertyGridLargeBody`: this module is the only one that imports
 * `@tanstack/react-virtual`.
 */
export function PropertyGridVirtualBody({
  rowCount,
  renderRow,
  focusHandoff,
  scrollRef,
  gridRef,
  activeIndex,
  style,
  ...props
}: PropertyGridVirtualBodyProps) {
  const ref = useRef<HTMLTableSectionElement>(null);
  useFocusHandoff(ref, focusHandoff);
  const rangeExtractor = useCallback(
    (range: Range) => {
      // Keep the focused row rendered so the grid always has its one tab stop.
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)
        ? [...indexes, activeIndex].sort((a, b) => a - b)
        : indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight(gridRef.current),
    overscan: 8,
    rangeExtractor,
  });
  const bodyStyle = {
    ...style,
    '--ek-body-height': `${virtualizer.getTotalSize()}px`,
  } as CSSProperties;
  return (
    <tbody {...props} ref={ref} style={bodyStyle}>
      {virtualizer.getVirtualItems().map((item) =>
        renderRow(item.index, {
          position: 'absolute',
          insetInlineStart: 0,
          top: 0,
          width: '100%',
          transform: `translateY(${item.start}px)`,
        }),
      )}
    </tbody>
  );
}

function rowHeight(grid: HTMLElement | null): number {
  if (!grid || typeof getComputedStyle !== 'function') return DEFAULT_ROW_HEIGHT;
  const value = Number.parseFloat(getComputedStyle(grid).getPropertyValue('--ek-row-height'));
  return value > 0 ? value : DEFAULT_ROW_HEIGHT;
}
