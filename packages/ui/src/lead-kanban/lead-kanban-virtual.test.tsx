import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLeadApi, makeLeads } from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { LeadKanban } from './lead-kanban';

/** happy-dom has no layout: give each column's viewport a size so the virtualizer has a window. */
function sizeColumnViewports() {
  const size = (value: number) =>
    function (this: HTMLElement) {
      return this.dataset.slot === 'lead-kanban-column-viewport' ? value : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(600));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(280));
}

const cards = () => document.querySelectorAll('[data-slot="lead-kanban-card"]');
const column = (stageKey: string) =>
  document.querySelector<HTMLElement>(
    `[data-slot="lead-kanban-column"][data-stage-key="${stageKey}"]`,
  )!;

describe('given 1,000 leads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders only the cards in view of each column, counting every lead', async () => {
    sizeColumnViewports();
    const api = createLeadApi(makeLeads(1000));
    renderWithProvider(<LeadKanban live={false} />, api.fetch);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    // Until the virtualizer's code is there a long column shows its first cards; then those in view.
    await waitFor(() => expect(column('new').querySelector('ul[data-virtual]')).not.toBeNull());
    await waitFor(() => expect(cards().length).toBeLessThan(60));

    expect(column('new').querySelector('[data-slot="lead-kanban-column-count"]')?.textContent).toBe(
      '334 leads',
    );
    const list = within(column('new')).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(20);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('334');
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(document.querySelector('[data-slot="lead-kanban-count"]')?.textContent).toBe(
      '1,000 leads',
    );
  });

  it('moves a card from a long column with the menu and still renders few cards', async () => {
    sizeColumnViewports();
    const api = createLeadApi(makeLeads(1000));
    renderWithProvider(<LeadKanban live={false} />, api.fetch);
    await waitFor(() => expect(column('new').querySelector('ul[data-virtual] li')).not.toBeNull());
    const first = column('new').querySelector<HTMLElement>('[data-slot="lead-kanban-card"]')!;
    const name = first.querySelector('[data-slot="lead-kanban-card-name"]')!.textContent!;
    await userEvent.click(within(first).getByRole('button', { name: /^Move to…/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Won' }));

    await waitFor(() =>
      expect(column('won').querySelector('[data-slot="lead-kanban-card-name"]')?.textContent).toBe(
        name,
      ),
    );
    expect(column('new').querySelector('[data-slot="lead-kanban-column-count"]')?.textContent).toBe(
      '333 leads',
    );
    expect(cards().length).toBeLessThan(60);
  });
});
