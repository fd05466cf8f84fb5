import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createLeadApi, makeLeads } from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { LeadKanban } from './lead-kanban';

/*
 * A card's content computes its budget with `leadBudget` on every render, so counting calls
 * from outside its module counts how many cards re-rendered.
 */
const budget = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./lead-kanban-board.utils', async (importOriginal) => {
  const original = await importOriginal<typeof import('./lead-kanban-board.utils')>();
  return {
    ...original,
    leadBudget: (lead: Parameters<typeof original.leadBudget>[0]) => {
      budget.calls++;
      return original.leadBudget(lead);
    },
  };
});

describe('given a board of 30 cards', () => {
  it('re-renders no card content while a card is dragged between stages', async () => {
    const api = createLeadApi(makeLeads(30));
    renderWithProvider(<LeadKanban live={false} />, api.fetch);
    const handles = () =>
      document.querySelectorAll<HTMLElement>('[data-slot="lead-kanban-card-handle"]');
    await waitFor(() => expect(handles()).toHaveLength(30));
    const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
    expect(budget.calls).toBeGreaterThanOrEqual(30);

    budget.calls = 0;
    handles()[0]!.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(liveRegion()).toMatch(/^Picked up/));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(liveRegion()).toMatch(/is over Contacted/));
    // Only the drag preview renders a card's content; the 30 cards keep theirs.
    expect(budget.calls).toBeLessThanOrEqual(2);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(liveRegion()).toMatch(/was cancelled/));
  });
});
