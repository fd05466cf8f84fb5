/**
 * Keyboard navigation of a data grid, following the WAI-ARIA Authoring Practices "Data Grid"
 * pattern (https://www.w3.org/WAI/ARIA/apg/patterns/grid/). Rows count from 0 = the header
 * row; columns from 0. Pure: the component focuses whatever cell this returns.
 */

/** A cell: `row` 0 is the header row, data rows start at 1. */
export interface GridPosition {
  row: number;
  col: number;
}

/** The grid's shape: `rows` including the header row, and how far PageUp/PageDown jump. */
export interface GridSize {
  rows: number;
  cols: number;
  pageRows: number;
}

/** Actions of {@link gridNavigationReducer}. */
export type GridNavigationAction =
  | { type: 'key'; key: string; ctrlKey?: boolean; metaKey?: boolean; size: GridSize }
  | { type: 'focus'; position: GridPosition; size: GridSize }
  | { type: 'resize'; size: GridSize };

/** Keys the grid handles itself (they never scroll the page while a cell has focus). */
export const gridNavigationKeys = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;

/** Keeps a position inside the grid (e.g. after a page with fewer rows loads). */
export function clampPosition(position: GridPosition, size: GridSize): GridPosition {
  const row = Math.min(Math.max(position.row, 0), Math.max(size.rows - 1, 0));
  const col = Math.min(Math.max(position.col, 0), Math.max(size.cols - 1, 0));
  return row === position.row && col === position.col ? position : { row, col };
}

/**
 * The cell a key moves to, or `null` when the grid does not handle the key:
 * arrows move one cell (no wrapping); Home/End go to the row's first/last cell; Ctrl+Home and
 * Ctrl+End (Cmd on macOS) to the first cell of the first row / last cell of the last row;
 * PageDown/PageUp jump `pageRows` rows, PageUp stopping at the first data row (the header is
 * reached with ArrowUp or Ctrl+Home).
 */
export function navigate(
  from: GridPosition,
  key: string,
  modifier: boolean,
  size: GridSize,
): GridPosition | null {
  const last = { row: Math.max(size.rows - 1, 0), col: Math.max(size.cols - 1, 0) };
  const at = (row: number, col: number) => clampPosition({ row, col }, size);
  switch (key) {
    case 'ArrowUp':
      return at(from.row - 1, from.col);
    case 'ArrowDown':
      return at(from.row + 1, from.col);
    case 'ArrowLeft':
      return at(from.row, from.col - 1);
    case 'ArrowRight':
      return at(from.row, from.col + 1);
    case 'Home':
      return modifier ? at(0, 0) : at(from.row, 0);
    case 'End':
      return modifier ? at(last.row, last.col) : at(from.row, last.col);
    case 'PageDown':
      return at(from.row + Math.max(size.pageRows, 1), from.col);
    case 'PageUp':
      return from.row === 0
        ? from
        : at(Math.max(from.row - Math.max(size.pageRows, 1), 1), from.col);
    default:
      return null;
  }
}

/**
 * The focused cell as reducer state: `key` moves (unknown keys leave it unchanged), `focus`
 * follows a click, `resize` clamps after the grid changed shape. Returns the same object when
 * nothing changed.
 */
export function gridNavigationReducer(
  state: GridPosition,
  action: GridNavigationAction,
): GridPosition {
  switch (action.type) {
    case 'key': {
      const next = navigate(
        state,
        action.key,
        Boolean(action.ctrlKey || action.metaKey),
        action.size,
      );
      return next && (next.row !== state.row || next.col !== state.col) ? next : state;
    }
    case 'focus':
      return clampPosition(action.position, action.size);
    case 'resize':
      return clampPosition(state, action.size);
    default:
      return action satisfies never;
  }
}
