import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useReducer,
  useRef,
} from 'react';
import { type GridSize, gridNavigationReducer, navigate } from './grid-keyboard.utils';

interface Options {
  gridRef: RefObject<HTMLElement | null>;
  /** Data rows on this page (the header row is extra). */
  rowCount: number;
  colCount: number;
  /** Enter on a data cell: the row's index on this page. */
  onActivateRow: (index: number) => void;
}

const FALLBACK_PAGE_ROWS = 10;

/**
 * Roving-tabindex keyboard navigation for a `role="grid"` whose focusable cells carry
 * `data-row` (0 = header) and `data-col`: exactly one cell has `tabIndex=0`, arrow keys,
 * Home/End, Ctrl+Home/End and PageUp/PageDown move focus (see `navigate`), Enter on a data
 * cell activates its row. Focus follows clicks too.
 */
export function useGridNavigation({ gridRef, rowCount, colCount, onActivateRow }: Options) {
  const [active, dispatch] = useReducer(gridNavigationReducer, { row: 0, col: 0 });
  const pendingFocus = useRef(false);
  const size = (): GridSize => {
    const grid = gridRef.current;
    // The grid scrolls inside its parent (the viewport): a page is what fits in it.
    const viewport = grid?.parentElement;
    const rowHeight = Number.parseFloat(
      grid ? getComputedStyle(grid).getPropertyValue('--ek-row-height') : '',
    );
    const visible =
      viewport && rowHeight > 0 ? Math.floor(viewport.clientHeight / rowHeight) - 1 : 0;
    return {
      rows: rowCount + 1,
      cols: colCount,
      pageRows: visible > 0 ? visible : FALLBACK_PAGE_ROWS,
    };
  };

  useEffect(() => {
    dispatch({ type: 'resize', size: { rows: rowCount + 1, cols: colCount, pageRows: 1 } });
  }, [rowCount, colCount]);

  // After a keyboard move, focus the new cell once it is rendered.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const cell = findCell(gridRef.current, active.row, active.col);
    if (cell) {
      pendingFocus.current = false;
      cell.focus();
    }
  });

  const position = (target: EventTarget) => {
    const cell = (target as HTMLElement).closest?.<HTMLElement>('[data-row][data-col]');
    return cell ? { row: Number(cell.dataset.row), col: Number(cell.dataset.col) } : null;
  };

  return {
    active,
    tabIndex: (row: number, col: number) => (row === active.row && col === active.col ? 0 : -1),
    onKeyDown(event: KeyboardEvent) {
      const from = position(event.target);
      if (!from || event.altKey) return;
      if (event.key === 'Enter' && from.row > 0) {
        event.preventDefault();
        onActivateRow(from.row - 1);
        return;
      }
      const next = navigate(from, event.key, event.ctrlKey || event.metaKey, size());
      if (!next) return;
      event.preventDefault();
      if (next.row === from.row && next.col === from.col) return;
      dispatch({ type: 'focus', position: next, size: size() });
      const cell = findCell(gridRef.current, next.row, next.col);
      // A row outside the rendered window (virtualized) is focused once it renders.
      if (cell) cell.focus();
      else pendingFocus.current = true;
    },
    onFocus(event: FocusEvent) {
      const at = position(event.target);
      if (at && (at.row !== active.row || at.col !== active.col)) {
        dispatch({ type: 'focus', position: at, size: size() });
      }
    },
  };
}

function findCell(grid: HTMLElement | null, row: number, col: number): HTMLElement | null {
  return grid?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`) ?? null;
}
