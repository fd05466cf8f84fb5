import type { ListingFilters, ListingListInput } from '@estatekit/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { makeListings } from '../test/listings';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid } from './property-grid';

const listApi = (total: number) =>
  createFakeApi({
    'properties.list': (input) => {
      const { page = 1, pageSize = 50 } = input as ListingListInput;
      const count = Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
      return {
        items: makeListings(count, 1001 + (page - 1) * pageSize),
        total,
        page,
        pageSize,
        nextCursor: null,
      };
    },
  });
const lastInput = (api: ReturnType<typeof createFakeApi>) =>
  api.callsTo('properties.list').at(-1)?.input as ListingListInput;

/** happy-dom has no layout: give the grid viewport a size so the virtualizer has a window. */
function sizeGridViewport() {
  const size = (value: number) =>
    function (this: HTMLElement) {
      return this.dataset.slot === 'property-grid-viewport' ? value : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(440));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(1200));
}

// Hundreds of rows in happy-dom: seconds on a busy two-core machine.
describe('given a page size of 500', { timeout: 15_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders only the rows in view while describing every row to assistive technology', async () => {
    sizeGridViewport();
    const api = listApi(2000);
    renderWithProvider(<PropertyGrid defaultPageSize={500} />, api.fetch);
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    await within(grid).findByText('MLS-1001');
    // Every row renders until the virtualizer's code has loaded; then only those in view.
    const rendered = () => within(grid).getAllByRole('row').length - 1;
    await waitFor(() => expect(rendered()).toBeLessThan(100));
    expect(rendered()).toBeGreaterThan(0);
    expect(grid.getAttribute('aria-rowcount')).toBe('2001');
    expect(lastInput(api).pageSize).toBe(500);
  });

  it('brings a row outside the window into view when the keyboard moves to it', async () => {
    sizeGridViewport();
    renderWithProvider(<PropertyGrid defaultPageSize={500} />, listApi(500).fetch);
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    const first = await within(grid).findByText('MLS-1001');
    (first.closest('td') as HTMLElement).focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.row).toBe('500'));
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('501');
  });
});

describe('given several pages', () => {
  it('fetches the next page and says where we are', async () => {
    const api = listApi(120);
    renderWithProvider(<PropertyGrid />, api.fetch);
    await screen.findByText('Page 1 of 3');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('MLS-1051');
    expect(lastInput(api).page).toBe(2);
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();
    const secondRow = within(screen.getByRole('grid')).getAllByRole('row')[1]!;
    expect(secondRow.getAttribute('aria-rowindex')).toBe('52');

    await userEvent.click(screen.getByRole('button', { name: 'Last' }));
    await waitFor(() => expect(lastInput(api).page).toBe(3));
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);

    await userEvent.selectOptions(screen.getByLabelText('Rows per page'), '100');
    await waitFor(() => expect(lastInput(api)).toMatchObject({ page: 1, pageSize: 100 }));
  });
});

describe('given the column menu', () => {
  it('hides and shows a column without a new search', async () => {
    const api = listApi(3);
    renderWithProvider(<PropertyGrid />, api.fetch);
    await screen.findByText('MLS-1001');
    const calls = api.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Lot' }));
    expect(screen.queryByRole('button', { name: 'Lot' })).toBeNull();
    expect(screen.getByRole('grid').getAttribute('aria-colcount')).toBe('10');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Columns' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(api.calls.length).toBe(calls);
  });
});

/** A page that owns the grid's filters and can set them itself. */
function Owner({ onFiltersChange }: { onFiltersChange: (filters: ListingFilters) => void }) {
  const [filters, setFilters] = useState<ListingFilters>({});
  return (
    <>
      <button type="button" onClick={() => setFilters({ bedroomsMin: 4 })}>
        Four beds
      </button>
      <PropertyGrid
        filters={filters}
        onFiltersChange={(next) => {
          onFiltersChange(next);
          setFilters(next);
        }}
      />
    </>
  );
}

describe('given controlled filters', () => {
  it('reports changes to the owner and shows filters the owner sets', async () => {
    const api = listApi(3);
    const onFiltersChange = vi.fn();
    renderWithProvider(<Owner onFiltersChange={onFiltersChange} />, api.fetch);
    await screen.findByText('MLS-1001');

    await userEvent.selectOptions(screen.getByLabelText('Min baths'), '2');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ bathroomsMin: 2 });
    await waitFor(() => expect(lastInput(api).filters).toEqual({ bathroomsMin: 2 }));

    await userEvent.click(screen.getByRole('button', { name: 'Four beds' }));
    await waitFor(() => expect(lastInput(api).filters).toEqual({ bedroomsMin: 4 }));
    expect((screen.getByLabelText('Min beds') as HTMLSelectElement).value).toBe('4');
    expect((screen.getByLabelText('Min baths') as HTMLSelectElement).value).toBe('');
  });

  it('sends statuses chosen in the status menu', async () => {
    const api = listApi(3);
    renderWithProvider(<PropertyGrid />, api.fetch);
    await screen.findByText('MLS-1001');
    await userEvent.click(screen.getByRole('button', { name: 'Status Any' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pending' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Active' }));
    await waitFor(() =>
      expect(lastInput(api).filters).toEqual({ standardStatus: ['Active', 'Pending'] }),
    );
  });
});
