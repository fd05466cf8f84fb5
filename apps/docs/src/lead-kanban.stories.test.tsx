import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as workloadStories from './agent-workload/agent-workload.stories';
import { fixtureAgents, fixtureLeads, refusedMoveLeads } from './fixtures/leads.fixture';
import * as boardStories from './lead-kanban/lead-kanban.stories';
import * as scenarioStories from './lead-kanban/lead-kanban-scenarios.stories';
import * as stateStories from './lead-kanban/lead-kanban-states.stories';
import { forbiddenOriginError } from './mock-api';

const Board = composeStories(boardStories);
const Scenarios = composeStories(scenarioStories);
const States = composeStories(stateStories);
const Workload = composeStories(workloadStories);

const kanban = () => document.querySelector<HTMLElement>('[data-slot="lead-kanban"]')!;
const workload = () => document.querySelector<HTMLElement>('[data-slot="agent-workload"]')!;
// Every story of these files also renders in `stories.test.tsx` ("given every … story").
const column = (stageKey: string) =>
  document.querySelector<HTMLElement>(
    `[data-slot="lead-kanban-column"][data-stage-key="${stageKey}"]`,
  )!;
const countOf = (stageKey: string) =>
  column(stageKey)?.querySelector('[data-slot="lead-kanban-column-count"]')?.textContent;
const card = (leadId: string) =>
  document.querySelector<HTMLElement>(`[data-slot="lead-kanban-card"][data-lead-id="${leadId}"]`);
const inStage = (stageKey: string) => fixtureLeads.filter((l) => l.stageKey === stageKey);
const plural = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'lead' : 'leads'}`;

async function moveWithMenu(leadId: string, stageName: string) {
  await waitFor(() => expect(card(leadId)).not.toBeNull());
  await userEvent.click(within(card(leadId)!).getByRole('button', { name: /^Move to…/ }));
  // The menu's code loads on demand: on a busy machine (files run in parallel) it takes a while.
  const menu = await screen.findByRole('menu', {}, { timeout: 5000 });
  await userEvent.click(within(menu).getByRole('menuitem', { name: stageName }));
}

describe('given the board stories', () => {
  it('shows every stage of the sales pipeline with the fixture’s counts and budget sums', async () => {
    render(<Board.EstateKitLight />);
    await waitFor(() => expect(kanban().dataset.state).toBe('ready'));
    const stages = [...document.querySelectorAll<HTMLElement>('[data-slot="lead-kanban-column"]')];
    expect(stages.map((s) => s.dataset.stageKey)).toEqual([
      'new',
      'contacted',
      'needs_analysis',
      'viewing_scheduled',
      'offer_sent',
      'negotiation',
      'contract_signed',
      'won',
      'lost',
    ]);
    for (const stage of ['new', 'negotiation', 'won']) {
      expect(countOf(stage)).toBe(plural(inStage(stage).length));
    }
    const budget = inStage('new').reduce((sum, l) => sum + (l.budgetMax ?? l.budgetMin ?? 0), 0);
    expect(
      column('new').querySelector('[data-slot="lead-kanban-column-budget"]')?.textContent,
    ).toBe(`Total budget $${(budget / 100).toLocaleString('en-US')}`);
    expect(document.querySelector('[data-slot="lead-kanban-count"]')?.textContent).toBe(
      plural(fixtureLeads.length),
    );
  });

  it('Harbour dark pins its theme and mode', async () => {
    render(<Board.HarbourDark />);
    await waitFor(() => expect(kanban().dataset.state).toBe('ready'));
    expect(kanban().dataset.ekTheme).toBe('harbour');
    expect(kanban().dataset.ekAppearance).toBe('dark');
  });

  it('Filtered by agent shows only that agent’s leads', async () => {
    render(<Board.FilteredByAgent />);
    const priya = fixtureAgents[0]!;
    const mine = fixtureLeads.filter((l) => l.assigneeId === priya.agentId);
    await waitFor(() =>
      expect(document.querySelector('[data-slot="lead-kanban-count"]')?.textContent).toBe(
        plural(mine.length),
      ),
    );
    expect((screen.getByLabelText('Agent') as HTMLSelectElement).value).toBe(priya.agentId);
    const assignees = [...document.querySelectorAll('[data-slot="lead-kanban-card-assignee"]')];
    expect(assignees.length).toBeGreaterThan(0);
    expect(new Set(assignees.map((a) => a.textContent))).toEqual(new Set([priya.name]));
  });
});

describe('given the scenario stories', () => {
  it('Refused move puts the card back with the rules’ own messages', async () => {
    render(<Scenarios.RefusedMove />);
    await moveWithMenu(refusedMoveLeads.noPhone, 'Contract signed');
    await waitFor(() =>
      expect(within(card(refusedMoveLeads.noPhone)!).getByRole('alert')).toBeTruthy(),
    );
    expect(
      card(refusedMoveLeads.noPhone)?.closest('[data-stage-key="negotiation"]'),
    ).not.toBeNull();
    expect(within(card(refusedMoveLeads.noPhone)!).getByRole('alert').textContent).toContain(
      'A phone number is needed before moving to Contract signed.',
    );

    await moveWithMenu(refusedMoveLeads.skipsStages, 'Offer sent');
    const alert = await waitFor(() =>
      within(card(refusedMoveLeads.skipsStages)!).getByRole('alert'),
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Moving from Needs analysis to Offer sent would skip Viewing scheduled: move one stage at a time.',
      'An offer must be sent on WhatsApp, email or SMS before moving to Offer sent.',
    ]);
    expect(alert.textContent).toContain('From here the lead can move to: Viewing scheduled');
  }, 15_000);

  it('1,000 cards counts every lead but renders few cards', async () => {
    render(<Scenarios.ThousandCards />);
    await waitFor(() =>
      expect(document.querySelector('[data-slot="lead-kanban-count"]')?.textContent).toBe(
        '1,000 leads',
      ),
    );
    await waitFor(() => expect(column('new').querySelector('ul[data-virtual]')).not.toBeNull());
    expect(document.querySelectorAll('[data-slot="lead-kanban-card"]').length).toBeLessThan(250);
  }, 15_000);

  it('Live updates shows another user’s move without a reload', async () => {
    render(<Scenarios.LiveUpdates />);
    await waitFor(() => expect(kanban().dataset.state).toBe('ready'));
    const before = inStage('contacted').length;
    await waitFor(() => expect(countOf('contacted')).toBe(plural(before + 1)), { timeout: 5000 });
    expect(countOf('new')).toBe(plural(inStage('new').length - 1));
  }, 10_000);

  it('Agent view shows the API’s refusal when reassigning', async () => {
    render(<Scenarios.AgentView />);
    await waitFor(() => expect(card(refusedMoveLeads.noPhone)).not.toBeNull());
    await userEvent.click(
      card(refusedMoveLeads.noPhone)!.querySelector<HTMLElement>(
        '[data-slot="lead-kanban-card-handle"]',
      )!,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Nora Quinn' });
    const select = await within(dialog).findByLabelText('Assigned agent');
    await userEvent.selectOptions(select, fixtureAgents[0]!.agentId);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reassign' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toBe(
        'Only managers and owners may assign leads.',
      ),
    );
  });
});

describe('given the state stories', () => {
  it('Loading shows skeleton columns and keeps waiting', async () => {
    render(<States.Loading />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kanban().dataset.state).toBe('loading');
    expect(document.querySelector('[data-slot="lead-kanban-skeleton"]')).not.toBeNull();
    expect(document.querySelector('[data-slot="lead-kanban-count"]')?.textContent).toBe(
      'Loading leads…',
    );
  });

  it('Empty shows the stages with no leads', async () => {
    render(<States.Empty />);
    await screen.findByText('No leads in this pipeline yet.');
    expect(countOf('new')).toBe('0 leads');
  });

  it("Error shows the API's own message with Retry", async () => {
    render(<States.ErrorState />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(forbiddenOriginError.message);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('given the AgentWorkload stories', () => {
  it('lists the team, lowest workload score first', async () => {
    render(<Workload.Playground />);
    const table = await screen.findByRole('table', { name: 'Agent workload' });
    await waitFor(() => expect(workload().dataset.state).toBe('ready'));
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('.ek\\:weight-600')?.textContent);
    const byScore = [...fixtureAgents].sort((a, b) => a.score - b.score).map((a) => a.name);
    expect(names).toEqual(byScore);
  });

  it('By name orders the team alphabetically', async () => {
    render(<Workload.ByName />);
    const table = await screen.findByRole('table', { name: 'Agent workload' });
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(4));
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('.ek\\:weight-600')?.textContent);
    expect(names).toEqual([...fixtureAgents.map((a) => a.name)].sort());
  });

  it("Error shows the API's own message", async () => {
    render(<Workload.ErrorState />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(forbiddenOriginError.message);
  });
});
