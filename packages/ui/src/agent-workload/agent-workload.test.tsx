import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { createFakeApi, FakeApiError } from '../test/fake-api';
import { agents } from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { AgentWorkload } from './agent-workload';

const root = () => document.querySelector<HTMLElement>('[data-slot="agent-workload"]')!;
const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
const cellTexts = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('given the agents’ workload', () => {
  it('lists each agent, lowest score first, with availability, load and conversion, and passes axe', async () => {
    const api = createFakeApi({ 'agents.workload': () => agents });
    renderWithProvider(<AgentWorkload live={false} />, api.fetch);
    const table = await screen.findByRole('table', { name: 'Agent workload' });
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.agentId)).toEqual([agents[1]!.agentId, agents[0]!.agentId]);
    expect(cellTexts(rowOf('Grace Hopper'))).toEqual([
      'Grace Hoppergrace@agency.test',
      'Available',
      '12 of 40',
      '2',
      '34',
      '43%',
    ]);
    expect(cellTexts(rowOf('Alan Turing'))).toEqual([
      'Alan Turingalan@agency.test',
      'Away',
      '3',
      '0',
      '3.5',
      '—not available',
    ]);
    expect(rowOf('Alan Turing').dataset.availability).toBe('away');
    expect(rowOf('Grace Hopper').dataset.overdue).toBe('true');
    await expectNoAxeViolations(root());
  });

  it('refreshes when a lead changes', async () => {
    let overdue = 2;
    const api = createFakeApi({
      'agents.workload': () =>
        agents.map((a, i) => (i === 0 ? { ...a, overdueTasks: overdue } : a)),
    });
    renderWithProvider(<AgentWorkload liveDebounceMs={20} />, api.fetch, {
      EventSource: api.EventSource,
    });
    await screen.findByRole('table', { name: 'Agent workload' });
    await waitFor(() => expect(api.listening('leads.onChange')).toBe(1));
    overdue = 0;
    api.emit('leads.onChange', { leadId: 'x', kind: 'task', version: 3, stageKey: 'new' });
    await waitFor(() => expect(cellTexts(rowOf('Grace Hopper'))[3]).toBe('0'));
  });
});

describe('given the API refuses', () => {
  it('shows its message and loads again on Retry', async () => {
    let fail = true;
    const api = createFakeApi({
      'agents.workload': () => {
        if (fail)
          throw new FakeApiError('Your role may not do this (leads:read).', 'FORBIDDEN', 403);
        return [];
      },
    });
    renderWithProvider(<AgentWorkload live={false} />, api.fetch);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not do this (leads:read).');
    expect(alert.dataset.code).toBe('FORBIDDEN');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByText(/No agents yet/);
    expect(root().dataset.state).toBe('empty');
  });

  it('marks the table busy while loading', async () => {
    const api = createFakeApi({ 'agents.workload': () => new Promise(() => {}) });
    renderWithProvider(<AgentWorkload live={false} />, api.fetch);
    const table = await screen.findByRole('table');
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(root().dataset.state).toBe('loading');
    await expectNoAxeViolations(root());
  });
});
