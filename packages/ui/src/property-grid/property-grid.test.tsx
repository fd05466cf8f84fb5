import type { ListingListInput } from '@estatekit/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { createFakeApi, FakeApiError } from '../test/fake-api';
import { makeListing, makeListings } from '../test/listings';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid } from './property-grid';

const page = (items = makeListings(3), total = 21_436) => ({
  items,
  total,
  page: 1,
  pageSize: 50,
  nextCursor: null,
});

const root = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-slot="property-grid"]')!;

describe('given the first page is still loading', () => {
  it('shows skeleton rows, marks the grid busy and passes axe', async () => {
    const api = createFakeApi({ 'properties.list': () => new Promise(() => {}) });
    const { container } = renderWithProvider(<PropertyGrid />, api.fetch);

    await waitFor(() => expect(api.callsTo('properties.list')).toHaveLength(1));
    expect(root(container).dataset.state).toBe('loading');
    expect(screen.getByRole('grid', { name: 'Listings' }).getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-slot="property-grid-skeleton"]')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Loading listings…');
    await expectNoAxeViolations(container);
  });
});

describe('given the API returns a page of listings', () => {
  it('renders one row per listing with locale-formatted values and the total count', async () => {
    const api = createFakeApi({ 'properties.list': () => page() });
    const { container } = renderWithProvider(<PropertyGrid />, api.fetch);

    const grid = await screen.findByRole('grid', { name: 'Listings' });
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(4); // header + 3
    const cell = (column: string) =>
      rows[1]!.querySelector(`td[data-column="${column}"]`)?.textContent;
    expect(cell('listingId')).toBe('MLS-1001');
    expect(cell('listPrice')).toBe('$500,000');
    expect(cell('livingArea')).toBe('3,250\u00a0sq\u00a0ft');
    expect(cell('closeDate')).toBe('—not available');
    expect(grid.getAttribute('aria-rowcount')).toBe(String(21_436 + 1));
    const count = screen.getByRole('status');
    expect(count.textContent).toBe('21,436 listings');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(api.calls[0]?.authorization).toBe('Bearer pk_test_123');
    await expectNoAxeViolations(container);
  });

  it('colours the status badge with the theme status token', async () => {
    const api = createFakeApi({
      'properties.list': () => page([makeListing({ standardStatus: 'Pending' })], 1),
    });
    renderWithProvider(<PropertyGrid />, api.fetch);
    const badge = await screen.findByText('Pending', {
      selector: '[data-slot="property-grid-status-badge"]',
    });
    expect(badge.dataset.status).toBe('Pending');
    expect(badge.style.getPropertyValue('--ek-badge-color')).toBe('var(--ek-status-pending)');
  });
});

describe('given a search that matches nothing', () => {
  it('says so, announces "0 listings" and passes axe', async () => {
    const api = createFakeApi({ 'properties.list': () => page([], 0) });
    const { container } = renderWithProvider(<PropertyGrid />, api.fetch);

    await screen.findByText('No listings match these filters.');
    expect(root(container).dataset.state).toBe('empty');
    expect(screen.getByRole('status').textContent).toBe('0 listings');
    await expectNoAxeViolations(container);
  });
});

describe('given the API refuses the request', () => {
  it("shows the API's message and loads again on Retry", async () => {
    let fail = true;
    const api = createFakeApi({
      'properties.list': () => {
        if (fail)
          throw new FakeApiError('Your role may not do this (listings:read).', 'FORBIDDEN', 403);
        return page();
      },
    });
    const { container } = renderWithProvider(<PropertyGrid />, api.fetch);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not do this (listings:read).');
    expect(root(container).dataset.state).toBe('error');
    await expectNoAxeViolations(container);

    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(root(container).dataset.state).toBe('ready'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('given the user sorts by a column', () => {
  it('requests that sort from the server and reflects it in aria-sort', async () => {
    const api = createFakeApi({ 'properties.list': () => page() });
    renderWithProvider(<PropertyGrid defaultPage={4} />, api.fetch);
    const price = await screen.findByRole('button', { name: 'Price' });
    const header = screen.getByRole('columnheader', { name: 'Price' });
    expect(header.contains(price)).toBe(true);
    expect(header.hasAttribute('aria-sort')).toBe(false);

    await userEvent.click(price);
    await waitFor(() =>
      expect(lastInput(api)).toMatchObject({
        sort: { field: 'listPrice', direction: 'asc' },
        page: 1,
      }),
    );
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('data-sorted')).toBe('asc');

    await userEvent.click(price);
    await waitFor(() =>
      expect(lastInput(api).sort).toEqual({ field: 'listPrice', direction: 'desc' }),
    );
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });
});

describe('given the user filters by price', () => {
  it('goes back to page 1 and sends the price in exact minor units', async () => {
    const api = createFakeApi({ 'properties.list': () => page() });
    renderWithProvider(<PropertyGrid defaultPage={3} textDebounceMs={50} />, api.fetch);
    await waitFor(() => expect(lastInput(api).page).toBe(3));

    await userEvent.type(screen.getByLabelText('Min price (USD)'), '1,250,000.29');
    await waitFor(() =>
      expect(lastInput(api)).toMatchObject({
        page: 1,
        filters: { listPrice: { min: 125_000_029 } },
      }),
    );
  });

  it('marks an unreadable amount invalid and leaves it out of the request', async () => {
    const api = createFakeApi({ 'properties.list': () => page() });
    renderWithProvider(<PropertyGrid textDebounceMs={20} />, api.fetch);
    const input = screen.getByLabelText('Max price (USD)');
    await userEvent.type(input, 'a lot');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const described = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(described?.textContent).toMatch(/Enter an amount/);
    expect(lastInput(api).filters).toEqual({});
  });
});

describe('given the user types a search', () => {
  it('waits for a pause in typing and sends the text once', async () => {
    const api = createFakeApi({ 'properties.list': () => page() });
    renderWithProvider(<PropertyGrid textDebounceMs={150} />, api.fetch);
    await waitFor(() => expect(api.callsTo('properties.list')).toHaveLength(1));

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'harbour');
    await waitFor(() => expect(lastInput(api).filters).toEqual({ text: 'harbour' }));
    const texts = api
      .callsTo('properties.list')
      .map((c) => (c.input as ListingListInput).filters?.text);
    expect(texts).toEqual([undefined, 'harbour']);
  });
});

function lastInput(api: ReturnType<typeof createFakeApi>): ListingListInput {
  return api.callsTo('properties.list').at(-1)?.input as ListingListInput;
}
