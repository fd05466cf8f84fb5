import type { LeadDto } from '@estatekit/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { FakeApiError } from '../test/fake-api';
import {
  agents,
  createLeadApi,
  leadDetail,
  listResult,
  makeActivity,
  makeLead,
  uuid,
} from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { LeadKanban } from './lead-kanban';

const now = new Date('2026-03-10T12:00:00.000Z');

const card = (leadId: string) =>
  document.querySelector<HTMLElement>(`[data-slot="lead-kanban-card"][data-lead-id="${leadId}"]`);
const handleOf = (leadId: string) =>
  card(leadId)!.querySelector<HTMLElement>('[data-slot="lead-kanban-card-handle"]')!;

const ada = () =>
  makeLead({
    id: uuid(1),
    fullName: 'Ada Lovelace',
    assigneeId: agents[0]!.agentId,
    assigneeName: 'Grace Hopper',
  });

describe('given the quick-add dialog', () => {
  it("shows the API's field errors under their fields and keeps the dialog open", async () => {
    const created: unknown[] = [];
    const api = createLeadApi([ada()], {
      'leads.create': (input) => {
        created.push(input);
        throw new FakeApiError('email: Invalid email address', 'BAD_REQUEST', 400, {
          issues: [
            { path: ['email'], message: 'Invalid email address' },
            { path: ['budgetMin'], message: 'budgetMin must not exceed budgetMax' },
          ],
        });
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Add lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add lead' });
    await userEvent.type(within(dialog).getByLabelText('Full name (required)'), 'Mary Somerville');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'mary@');
    await userEvent.type(within(dialog).getByLabelText('Budget from (USD)'), '900,000');
    await userEvent.type(within(dialog).getByLabelText('Budget up to (USD)'), '750000.50');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add lead' }));

    const email = within(dialog).getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Invalid email address',
    );
    const min = within(dialog).getByLabelText('Budget from (USD)');
    expect(min.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('budgetMin must not exceed budgetMax')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe('Check the highlighted fields.');
    expect(created[0]).toMatchObject({
      fullName: 'Mary Somerville',
      email: 'mary@',
      phone: null,
      budgetMin: 90_000_000,
      budgetMax: 75_000_050,
      source: 'other',
      pipelineKey: 'sales',
    });
    await expectNoAxeViolations(dialog);
  });

  it('adds the lead, closes, refetches the board and focuses the new card', async () => {
    let leads: LeadDto[] = [ada()];
    const api = createLeadApi(leads, {
      'leads.list': () => listResult(leads),
      'leads.create': (input) => {
        const lead = makeLead({ id: uuid(7), fullName: (input as { fullName: string }).fullName });
        leads = [...leads, lead];
        return lead;
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Add lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add lead' });
    await userEvent.type(within(dialog).getByLabelText('Full name (required)'), 'Mary Somerville');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add lead' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(card(uuid(7))).not.toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(handleOf(uuid(7))));
  });
});

describe('given the lead detail dialog', () => {
  it('logs an offer with channel, delivery status and amount, then shows it in the timeline', async () => {
    let activities = [makeActivity({ id: uuid(5001), type: 'call', body: 'Wants a garden.' })];
    const logged: unknown[] = [];
    const api = createLeadApi([ada()], {
      'leads.byId': () => leadDetail(ada(), { activities }),
      'activities.log': (input) => {
        logged.push(input);
        const activity = makeActivity({
          id: uuid(5002),
          type: 'offer',
          channel: 'whatsapp',
          deliveryStatus: 'sent',
          amount: 45_000_000,
          listingKey: 'L-77',
          occurredAt: '2026-03-10T11:00:00.000Z',
        });
        activities = [activity, ...activities];
        return activity;
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());

    await userEvent.click(handleOf(uuid(1)));
    const dialog = await screen.findByRole('dialog', { name: 'Ada Lovelace' });
    const timeline = await within(dialog).findByRole('region', { name: 'Activity' });
    expect(within(timeline).getByText('Wants a garden.')).toBeTruthy();

    const form = within(dialog).getByRole('form', { name: 'Log activity' });
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'offer');
    await userEvent.selectOptions(within(form).getByLabelText('Channel'), 'whatsapp');
    await userEvent.selectOptions(within(form).getByLabelText('Delivery status'), 'sent');
    await userEvent.type(within(form).getByLabelText('Listing key'), 'L-77');
    await userEvent.type(within(form).getByLabelText('Offer amount (USD)'), '450,000');
    await userEvent.type(within(form).getByLabelText('Notes'), 'Sent the offer letter.');
    await userEvent.click(within(form).getByRole('button', { name: 'Log activity' }));

    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe('Activity logged.'),
    );
    expect(logged[0]).toEqual({
      leadId: uuid(1),
      type: 'offer',
      direction: 'outbound',
      channel: 'whatsapp',
      deliveryStatus: 'sent',
      body: 'Sent the offer letter.',
      listingKey: 'L-77',
      scheduledAt: null,
      amount: 45_000_000,
    });
    await waitFor(() =>
      expect(within(timeline).getByText('Offer · WhatsApp · Sent · $450,000')).toBeTruthy(),
    );
    expect((within(form).getByLabelText('Type') as HTMLSelectElement).value).toBe('call');
    await expectNoAxeViolations(dialog);

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(handleOf(uuid(1)));
  });

  it('completes a task and refetches the lead', async () => {
    let done = false;
    const task = {
      id: uuid(301),
      leadId: uuid(1),
      leadName: 'Ada Lovelace',
      type: 'call_back' as const,
      title: 'Call back',
      dueAt: '2026-03-10T15:00:00.000Z',
      assigneeId: null,
      stageKey: 'new',
      completedAt: null,
      createdAt: '2026-03-09T09:00:00.000Z',
    };
    const api = createLeadApi([ada()], {
      'leads.byId': () =>
        leadDetail(ada(), { tasks: [{ ...task, status: done ? 'done' : 'open' }] }),
      'tasks.complete': () => {
        done = true;
        return { ...task, status: 'done' };
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());
    await userEvent.click(handleOf(uuid(1)));
    const dialog = await screen.findByRole('dialog', { name: 'Ada Lovelace' });
    const tasks = await within(dialog).findByRole('region', { name: 'Tasks' });
    const item = tasks.querySelector<HTMLElement>('[data-slot="lead-kanban-task"]')!;
    expect(item.dataset.due).toBe('today');
    await userEvent.click(within(tasks).getByRole('button', { name: 'Complete Call back' }));
    await waitFor(() =>
      expect(
        tasks.querySelector<HTMLElement>('[data-slot="lead-kanban-task"]')?.dataset.status,
      ).toBe('done'),
    );
    expect(within(tasks).queryByRole('button', { name: /Complete/ })).toBeNull();
    expect(api.callsTo('tasks.complete')[0]?.input).toEqual({ taskId: uuid(301) });
  });

  it('offers reassignment and, once the API says FORBIDDEN, shows its message instead', async () => {
    const api = createLeadApi([ada()], {
      'leads.assign': () => {
        throw new FakeApiError('Only managers and owners may assign leads.', 'FORBIDDEN', 403);
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());
    await userEvent.click(handleOf(uuid(1)));
    const dialog = await screen.findByRole('dialog', { name: 'Ada Lovelace' });
    const select = await within(dialog).findByLabelText('Assigned agent');
    await userEvent.selectOptions(select, agents[1]!.agentId);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reassign' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toBe(
        'Only managers and owners may assign leads.',
      ),
    );
    expect(within(dialog).queryByLabelText('Assigned agent')).toBeNull();
    expect(api.callsTo('leads.assign')[0]?.input).toEqual({
      leadId: uuid(1),
      agentId: agents[1]!.agentId,
    });
  });

  it('hides reassignment when canAssign is false', async () => {
    const api = createLeadApi([ada()]);
    renderWithProvider(<LeadKanban now={now} live={false} canAssign={false} />, api.fetch);
    await waitFor(() => expect(card(uuid(1))).not.toBeNull());
    await userEvent.click(handleOf(uuid(1)));
    const dialog = await screen.findByRole('dialog', { name: 'Ada Lovelace' });
    await within(dialog).findByRole('region', { name: 'Tasks' });
    expect(within(dialog).queryByLabelText('Assigned agent')).toBeNull();
  });
});
