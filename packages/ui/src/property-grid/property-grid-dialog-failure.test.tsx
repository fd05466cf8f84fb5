import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { makeListings } from '../test/listings';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid } from './property-grid';

/*
 * The dialog code (`../property-grid-dialog`, a dynamic import) fails to download the first
 * time, as when the connection drops; no prefetch runs before the first activation.
 */
const code = vi.hoisted(() => ({ loads: 0, failing: true }));

vi.mock('../property-grid-dialog', async (importOriginal) => {
  code.loads += 1;
  if (code.failing) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => {});
  // React reports the caught load error; the test checks what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('given the dialog code cannot be downloaded', () => {
  it('cancels the activation, keeps the grid working, and retries on the next one', async () => {
    const api = createFakeApi({
      'properties.list': () => ({
        items: makeListings(3),
        total: 3,
        page: 1,
        pageSize: 50,
        nextCursor: null,
      }),
      'properties.history': () => [],
    });
    renderWithProvider(<PropertyGrid />, api.fetch);
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    const cell = (await within(grid).findByText('MLS-1002')).closest('td') as HTMLElement;
    cell.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(code.loads).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cell);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('MLS-1003');

    code.failing = false;
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Listing MLS-1003' })).toBeTruthy();
  });
});
