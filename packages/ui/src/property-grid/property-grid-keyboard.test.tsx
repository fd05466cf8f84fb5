import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { createFakeApi } from '../test/fake-api';
import { makeListings } from '../test/listings';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid } from './property-grid';

const history = [
  {
    entityType: 'listing',
    entityKey: 'key-MLS-1002',
    action: 'create',
    from: null,
    to: null,
    actor: { kind: 'system', id: 'import' },
    reason: null,
    at: '2025-01-10T09:00:00.000Z',
  },
  {
    entityType: 'listing',
    entityKey: 'key-MLS-1002',
    action: 'status_change',
    from: 'Active',
    to: 'Pending',
    actor: { kind: 'user', id: 'u_42', role: 'agent' },
    reason: 'Offer accepted',
    at: '2025-02-01T15:30:00.000Z',
  },
];

function setup() {
  const api = createFakeApi({
    'properties.list': () => ({
      items: makeListings(3),
      total: 3,
      page: 1,
      pageSize: 50,
      nextCursor: null,
    }),
    'properties.history': () => history,
  });
  const view = renderWithProvider(<PropertyGrid />, api.fetch);
  return { api, ...view };
}

const focused = () => document.activeElement as HTMLElement;
const at = () => [Number(focused().dataset.row), Number(focused().dataset.col)];

describe('given a loaded grid and a keyboard user', () => {
  it('keeps a single tab stop and moves focus between cells with the grid keys', async () => {
    setup();
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    await within(grid).findByText('MLS-1003');
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    within(grid).getByRole('button', { name: 'Listing ID' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(at()).toEqual([1, 0]);
    expect(focused().tagName).toBe('TD');
    // A <td> in a role="grid" table is a gridcell (HTML-AAM); Testing Library reports "cell".
    expect(focused().closest('table')).toBe(grid);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(at()).toEqual([1, 2]);
    expect(focused().textContent).toBe('$500,000');
    await userEvent.keyboard('{End}');
    expect(at()).toEqual([1, 10]);
    await userEvent.keyboard('{Home}');
    expect(at()).toEqual([1, 0]);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(at()).toEqual([3, 10]);
    await userEvent.keyboard('{PageUp}');
    expect(at()).toEqual([1, 10]);
    await userEvent.keyboard('{PageDown}');
    expect(at()).toEqual([3, 10]);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(at()).toEqual([0, 0]);
    expect(focused().textContent).toBe('Listing ID');
    // The roving tab stop followed focus.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(focused().getAttribute('tabindex')).toBe('0');
  });

  it('opens the row dialog with Enter, showing the listing and its status history', async () => {
    const { api } = setup();
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    const cell = await within(grid).findByText('MLS-1002');
    (cell.closest('td') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Listing MLS-1002' });
    expect(await within(dialog).findByText('Status changed from Active to Pending')).toBeTruthy();
    expect(within(dialog).getByText('Offer accepted')).toBeTruthy();
    expect(within(dialog).getByText(/User u_42 \(agent\)/)).toBeTruthy();
    expect(within(dialog).getByText('Created')).toBeTruthy();
    expect(api.callsTo('properties.history')[0]?.input).toEqual({ listingKey: 'key-MLS-1002' });
    // The dialog is portalled but keeps the widget's themed root.
    const portalRoot = dialog.closest('[data-ek-root]')!;
    expect(portalRoot.getAttribute('data-ek-theme')).toBe('estatekit');
    // The page behind is aria-hidden by Radix while the modal is open; check the dialog itself.
    await expectNoAxeViolations(portalRoot);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(focused().textContent).toBe('MLS-1002');
  });

  it("lets the consumer's onRowActivate run first and veto the dialog", async () => {
    const api = createFakeApi({
      'properties.list': () => ({
        items: makeListings(2),
        total: 2,
        page: 1,
        pageSize: 50,
        nextCursor: null,
      }),
    });
    const seen: string[] = [];
    renderWithProvider(
      <PropertyGrid
        onRowActivate={(activation) => {
          seen.push(activation.listing.listingId);
          activation.preventDefault();
        }}
      />,
      api.fetch,
    );
    await userEvent.click(await screen.findByText('MLS-1002'));
    expect(seen).toEqual(['MLS-1002']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the dialog when a row is clicked', async () => {
    setup();
    await userEvent.click(await screen.findByText('MLS-1003'));
    expect(await screen.findByRole('dialog', { name: 'Listing MLS-1003' })).toBeTruthy();
  });
});
