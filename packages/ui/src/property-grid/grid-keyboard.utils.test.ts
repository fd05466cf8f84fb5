import { describe, expect, it } from 'vitest';
import { gridNavigationReducer, navigate } from './grid-keyboard.utils';

// A header row plus 20 data rows, 5 columns; PageUp/PageDown jump 5 rows.
const size = { rows: 21, cols: 5, pageRows: 5 };

describe('given focus in the middle of the grid', () => {
  const at = { row: 10, col: 2 };

  it('moves one cell with the arrow keys', () => {
    expect(navigate(at, 'ArrowUp', false, size)).toEqual({ row: 9, col: 2 });
    expect(navigate(at, 'ArrowDown', false, size)).toEqual({ row: 11, col: 2 });
    expect(navigate(at, 'ArrowLeft', false, size)).toEqual({ row: 10, col: 1 });
    expect(navigate(at, 'ArrowRight', false, size)).toEqual({ row: 10, col: 3 });
  });

  it('goes to the ends of the row with Home and End, of the grid with Ctrl', () => {
    expect(navigate(at, 'Home', false, size)).toEqual({ row: 10, col: 0 });
    expect(navigate(at, 'End', false, size)).toEqual({ row: 10, col: 4 });
    expect(navigate(at, 'Home', true, size)).toEqual({ row: 0, col: 0 });
    expect(navigate(at, 'End', true, size)).toEqual({ row: 20, col: 4 });
  });

  it('jumps a page of rows with PageUp and PageDown', () => {
    expect(navigate(at, 'PageDown', false, size)).toEqual({ row: 15, col: 2 });
    expect(navigate(at, 'PageUp', false, size)).toEqual({ row: 5, col: 2 });
  });

  it('does not handle other keys', () => {
    expect(navigate(at, 'a', false, size)).toBeNull();
    expect(navigate(at, 'Enter', false, size)).toBeNull();
  });
});

describe('given focus at the edges', () => {
  it('stays inside the grid instead of wrapping', () => {
    expect(navigate({ row: 0, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 0 });
    expect(navigate({ row: 0, col: 0 }, 'ArrowLeft', false, size)).toEqual({ row: 0, col: 0 });
    expect(navigate({ row: 20, col: 4 }, 'ArrowDown', false, size)).toEqual({ row: 20, col: 4 });
    expect(navigate({ row: 18, col: 1 }, 'PageDown', false, size)).toEqual({ row: 20, col: 1 });
  });

  it('stops PageUp at the first data row and leaves the header where it is', () => {
    expect(navigate({ row: 3, col: 1 }, 'PageUp', false, size)).toEqual({ row: 1, col: 1 });
    expect(navigate({ row: 0, col: 1 }, 'PageUp', false, size)).toEqual({ row: 0, col: 1 });
  });
});

describe('given the navigation reducer', () => {
  it('returns the same state for unhandled keys and moves for handled ones', () => {
    const state = { row: 1, col: 1 };
    expect(gridNavigationReducer(state, { type: 'key', key: 'x', size })).toBe(state);
    expect(gridNavigationReducer(state, { type: 'key', key: 'End', ctrlKey: true, size })).toEqual({
      row: 20,
      col: 4,
    });
    expect(gridNavigationReducer(state, { type: 'key', key: 'Home', metaKey: true, size })).toEqual(
      {
        row: 0,
        col: 0,
      },
    );
  });

  it('clamps the focused cell when a smaller page loads', () => {
    const state = { row: 18, col: 4 };
    expect(
      gridNavigationReducer(state, { type: 'resize', size: { rows: 4, cols: 3, pageRows: 5 } }),
    ).toEqual({
      row: 3,
      col: 2,
    });
  });

  it('follows a click', () => {
    expect(
      gridNavigationReducer(
        { row: 0, col: 0 },
        { type: 'focus', position: { row: 4, col: 3 }, size },
      ),
    ).toEqual({ row: 4, col: 3 });
  });
});
