import type { LeadListInput } from '@estatekit/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { type createFakeApi, FakeApiError } from '../test/fake-api';
import { agents, createLeadApi, makeLead, salesPipeline, uuid } from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { LeadKanban } from './lead-kanban';

const now = new Date('2026-03-10T12:00:00.000Z');

const column = (stageKey: string) =>
  document.querySelector<HTMLElement>(
    `[data-slot="lead-kanban-column"][data-stage-key="${stageKey}"]`,
  )!;
const cardsIn = (stageKey: string) =>
  [...column(stageKey).querySelectorAll<HTMLElement>('[data-slot="lead-kanban-card"]')].map(
    (card) => card.querySelector('[data-slot="lead-kanban-card-name"]')?.textContent,
  );
const root = () => document.querySelector<HTMLElement>('[data-slot="lead-kanban"]')!;

const board = () => [
  makeLead({
    id: uuid(1),
    fullName: 'Ada Lovelace',
    budgetMin: null,
    budgetMax: 50_000_000,
    heat: 82,
  }),
  makeLead({
    id: uuid(2),
    fullName: 'Blaise Pascal',
    budgetMin: 30_000_000,
    budgetMax: null,
    heat: 40,
  }),
  makeLead({
    id: uuid(3),
    fullName: 'Charles Babbage',
    stageKey: 'contacted',
    budgetMax: 120_000_000,
    heat: 12,
    assigneeId: agents[0]!.agentId,
    assigneeName: 'Grace Hopper',
    nextTask: {
      id: uuid(301),
      title: 'Call back',
      type: 'call_back',
      dueAt: '2026-03-09T09:00:00.000Z',
      status: 'open',
    },
  }),
];

describe('given the pipeline and its leads', () => {
  it('shows a column per stage with its lead count and budget sum, and passes axe', async () => {
    const api = createLeadApi(board());
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch, {
      EventSource: api.EventSource,
    });
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const columns = [...document.querySelectorAll<HTMLElement>('[data-slot="lead-kanban-column"]')];
    expect(columns.map((c) => c.dataset.stageKey)).toEqual(salesPipeline.stages.map((s) => s.key));
    const header = (key: string) => within(column(key));
    expect(header('new').getByRole('heading', { name: 'New' })).toBeTruthy();
    const figures = (key: string) => [
      column(key).querySelector('[data-slot="lead-kanban-column-count"]')?.textContent,
      column(key).querySelector('[data-slot="lead-kanban-column-budget"]')?.textContent,
    ];
    expect(figures('new')).toEqual(['2 leads', 'Total budget $800,000']);
    expect(figures('contacted')).toEqual(['1 lead', 'Total budget $1,200,000']);
    expect(figures('won')).toEqual(['0 leads', 'Total budget $0']);
    expect(cardsIn('new')).toEqual(['Ada Lovelace', 'Blaise Pascal']);
    const count = document.querySelector('[data-slot="lead-kanban-count"]')!;
    expect(count.getAttribute('role')).toBe('status');
    expect(count.textContent).toBe('3 leads');
    expect(api.calls[0]?.authorization).toBe('Bearer pk_test_123');
    await expectNoAxeViolations(root());
  });

  it('shows heat as a bar and as words, the assignee, and the next task as overdue', async () => {
    const api = createLeadApi(board());
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(cardsIn('contacted')).toEqual(['Charles Babbage']));

    const card = column('contacted').querySelector<HTMLElement>('[data-slot="lead-kanban-card"]')!;
    expect(card.dataset.leadId).toBe(uuid(3));
    expect(card.dataset.heat).toBe('cold');
    expect(card.dataset.due).toBe('overdue');
    const handle = within(card).getByRole('button', { name: /^Charles Babbage/ });
    expect(handle.textContent).toContain('Heat 12 of 100, cold');
    expect(handle.textContent).toContain('Grace Hopper');
    const task = card.querySelector<HTMLElement>('[data-slot="lead-kanban-card-task"]')!;
    expect(task.dataset.due).toBe('overdue');
    expect(task.textContent).toMatch(/Call back.*Overdue/);
    const hot = document.querySelector<HTMLElement>(`[data-lead-id="${uuid(1)}"]`)!;
    expect(hot.dataset.heat).toBe('hot');
    expect(hot.textContent).toContain('Unassigned');
  });
});

describe('given the API refuses to list leads', () => {
  it("shows the API's message and loads again on Retry", async () => {
    let fail = true;
    const api = createLeadApi(board(), {
      'leads.list': () => {
        if (fail)
          throw new FakeApiError('Your role may not do this (leads:read).', 'FORBIDDEN', 403);
        return { items: [], nextCursor: null, total: 0, currency: 'USD', stages: [] };
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not do this (leads:read).');
    expect(root().dataset.state).toBe('error');
    await expectNoAxeViolations(root());
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(root().dataset.state).toBe('empty'));
    expect(screen.getByText('No leads in this pipeline yet.')).toBeTruthy();
  });
});

describe('given the filters', () => {
  it('asks the API for one agent’s leads, then for a name, and shows only those', async () => {
    const api = createLeadApi(board());
    renderWithProvider(<LeadKanban now={now} live={false} textDebounceMs={20} />, api.fetch);
    await waitFor(() => expect(cardsIn('new')).toHaveLength(2));

    const agent = screen.getByLabelText('Agent') as HTMLSelectElement;
    await waitFor(() =>
      expect(within(agent).getByRole('option', { name: 'Grace Hopper' })).toBeTruthy(),
    );
    await userEvent.selectOptions(agent, agents[0]!.agentId);
    await waitFor(() => expect(cardsIn('new')).toEqual([]));
    expect(cardsIn('contacted')).toEqual(['Charles Babbage']);
    expect(lastListInput(api)).toMatchObject({ assignee: agents[0]!.agentId, limit: 2000 });

    await userEvent.selectOptions(agent, '');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search leads' }), 'pascal');
    await waitFor(() => expect(cardsIn('new')).toEqual(['Blaise Pascal']));
    expect(lastListInput(api)).toEqual({ text: 'pascal', limit: 2000 });
    expect(cardsIn('contacted')).toEqual([]);
  });

  it('offers to clear filters that match nothing', async () => {
    const api = createLeadApi(board());
    renderWithProvider(
      <LeadKanban now={now} live={false} defaultFilters={{ text: 'nobody' }} />,
      api.fetch,
    );
    await screen.findByText('No leads match these filters.');
    expect(root().dataset.state).toBe('empty');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(cardsIn('new')).toHaveLength(2));
  });
});

describe('given another user changes a lead', () => {
  it('subscribes with the credential and refetches the board once after a burst of events', async () => {
    const api = createLeadApi(board());
    renderWithProvider(<LeadKanban now={now} liveDebounceMs={30} />, api.fetch, {
      EventSource: api.EventSource,
    });
    await waitFor(() => expect(cardsIn('new')).toHaveLength(2));
    await waitFor(() => expect(api.listening('leads.onChange')).toBe(1));
    expect(api.callsTo('leads.onChange')[0]?.authorization).toBe('Bearer pk_test_123');

    const lists = api.callsTo('leads.list').length;
    // Someone else moves Ada to Contacted.
    api.setStore({
      ...api.store(),
      items: api.store().items.map((l) => (l.id === uuid(1) ? { ...l, stageKey: 'contacted' } : l)),
    });
    const event = {
      leadId: uuid(1),
      kind: 'moved',
      version: 2,
      stageKey: 'contacted',
      assigneeId: null,
      previousAssigneeId: null,
      at: '2026-03-10T12:00:01.000Z',
    };
    api.emit('leads.onChange', event);
    api.emit('leads.onChange', { ...event, kind: 'activity' });
    await waitFor(() => expect(cardsIn('contacted')).toEqual(['Ada Lovelace', 'Charles Babbage']));
    expect(api.callsTo('leads.list').length).toBe(lists + 1);
  });
});

function lastListInput(api: ReturnType<typeof createFakeApi>): LeadListInput {
  return api.callsTo('leads.list').at(-1)?.input as LeadListInput;
}
