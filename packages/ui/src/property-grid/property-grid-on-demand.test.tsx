import type { ListingListInput } from '@estatekit/domain';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { makeListings } from '../test/listings';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid } from './property-grid';
import { usePropertyGrid } from './property-grid-context';
import { PropertyGridTable } from './property-grid-table';

/*
 * The detail dialog (`../property-grid-dialog`) and the virtualized body are dynamic imports,
 * loaded at most once per module registry, i.e. once in this file: the tests that watch a first
 * load come first in their describe and say so.
 */
const code = vi.hoisted(() => ({
  dialogLoads: 0,
  virtualLoads: 0,
  virtualGate: Promise.resolve(),
}));

vi.mock('../property-grid-dialog', async (importOriginal) => {
  code.dialogLoads += 1;
  return importOriginal();
});

vi.mock('./property-grid-virtual-body', async (importOriginal) => {
  code.virtualLoads += 1;
  await code.virtualGate;
  return importOriginal();
});

const idleTasks: (() => void)[] = [];

beforeEach(() => {
  idleTasks.length = 0;
  // Idle callbacks run only when a test says so.
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
  vi.stubGlobal('cancelIdleCallback', () => {});
});

afterEach(() => {
  cleanup(); // unmount (cancelling idle tasks) before the stubs go
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const listApi = (total: number) =>
  createFakeApi({
    'properties.list': (input) => {
      const { page = 1, pageSize = 50 } = input as ListingListInput;
      const count = Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
      return { items: makeListings(count), total, page, pageSize, nextCursor: null };
    },
    'properties.history': () => [],
  });

async function findGrid() {
  const grid = await screen.findByRole('grid', { name: 'Listings' });
  await within(grid).findByText('MLS-1001');
  return grid;
}

const cellOf = (grid: HTMLElement, text: string) =>
  within(grid).getByText(text).closest('td') as HTMLElement;

/** A custom part that asks to be told when the user shows intent to open a row. */
function RegistersPrefetch({ prefetch }: { prefetch: () => void }) {
  const { registerDetailPrefetch } = usePropertyGrid();
  useEffect(() => registerDetailPrefetch(prefetch), [registerDetailPrefetch, prefetch]);
  return null;
}

describe('given a grid showing its first page', () => {
  // First in the file: nothing has loaded the dialog code yet.
  it('has loaded no dialog code, loads it when the browser is idle, then opens at once', async () => {
    renderWithProvider(<PropertyGrid />, listApi(3).fetch);
    const grid = await findGrid();
    expect(code.dialogLoads).toBe(0);
    expect(screen.queryByRole('dialog')).toBeNull();

    expect(idleTasks.length).toBeGreaterThan(0);
    for (const task of idleTasks) task();
    await waitFor(() => expect(code.dialogLoads).toBe(1));

    cellOf(grid, 'MLS-1003').focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Listing MLS-1003' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement?.textContent).toBe('MLS-1003');
    expect(code.dialogLoads).toBe(1);
  });

  it('asks for the dialog code on the first hover over the rows, and on focus in them', async () => {
    const prefetch = vi.fn();
    renderWithProvider(
      <PropertyGrid>
        <PropertyGridTable />
        <RegistersPrefetch prefetch={prefetch} />
      </PropertyGrid>,
      listApi(3).fetch,
    );
    const grid = await findGrid();
    expect(prefetch).not.toHaveBeenCalled();

    await userEvent.hover(cellOf(grid, 'MLS-1002'));
    expect(prefetch).toHaveBeenCalledTimes(1);
    await userEvent.unhover(cellOf(grid, 'MLS-1002'));
    // Keyboard users: focus moving into a row.
    within(grid).getByRole('button', { name: 'Listing ID' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(prefetch.mock.calls.length).toBeGreaterThan(1);
  });
});

/** happy-dom has no layout: give the grid viewport a size so the virtualizer has a window. */
function sizeGridViewport() {
  const size = (value: number) =>
    function (this: HTMLElement) {
      return this.dataset.slot === 'property-grid-viewport' ? value : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(440));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(1200));
}

describe('given pages around virtualizeThreshold', () => {
  // First to render pages of 100 rows or more in this file: the virtualizer is not loaded yet.
  it('never loads the virtualizer for pages at or under the threshold', async () => {
    renderWithProvider(<PropertyGrid defaultPageSize={100} />, listApi(100).fetch);
    const grid = await findGrid();
    expect(within(grid).getAllByRole('row')).toHaveLength(101);
    expect(code.virtualLoads).toBe(0);
  });

  // Hundreds of rows in happy-dom: seconds on a busy two-core machine.
  it('renders every row while the virtualizer loads, then only those in view, keeping focus', {
    timeout: 15_000,
  }, async () => {
    sizeGridViewport();
    let release = () => {};
    code.virtualGate = new Promise((resolve) => {
      release = resolve;
    });
    renderWithProvider(<PropertyGrid defaultPageSize={200} />, listApi(2000).fetch);
    const grid = await findGrid();
    const rows = () => within(grid).getAllByRole('row').slice(1);

    // Complete and navigable without the virtualizer: every row, indexed in the whole result.
    expect(code.virtualLoads).toBe(1);
    expect(rows()).toHaveLength(200);
    expect(rows().at(-1)?.getAttribute('aria-rowindex')).toBe('201');
    cellOf(grid, 'MLS-1003').focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    const at = () => (document.activeElement as HTMLElement).dataset;
    expect([at().row, at().col]).toEqual(['4', '1']);

    release();
    await waitFor(() => expect(rows().length).toBeLessThan(100));
    expect(document.activeElement?.tagName).toBe('TD');
    expect([at().row, at().col]).toEqual(['4', '1']);
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('5');
    expect(grid.getAttribute('aria-rowcount')).toBe('2001');
  });
});
