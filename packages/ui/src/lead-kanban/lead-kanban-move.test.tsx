import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { FakeApiError } from '../test/fake-api';
import { createLeadApi, makeLead, uuid } from '../test/leads';
import { renderWithProvider } from '../test/render-grid';
import { LeadKanban } from './lead-kanban';
import { moveLeadInResult } from './lead-kanban-board.utils';

const now = new Date('2026-03-10T12:00:00.000Z');

const column = (stageKey: string) =>
  document.querySelector<HTMLElement>(
    `[data-slot="lead-kanban-column"][data-stage-key="${stageKey}"]`,
  )!;
const namesIn = (stageKey: string) =>
  [
    ...column(stageKey).querySelectorAll(
      '[data-slot="lead-kanban-card"] [data-slot="lead-kanban-card-name"]',
    ),
  ].map((name) => name.textContent);
const countOf = (stageKey: string) =>
  column(stageKey).querySelector('[data-slot="lead-kanban-column-count"]')?.textContent;
const card = (leadId: string) =>
  document.querySelector<HTMLElement>(`[data-slot="lead-kanban-card"][data-lead-id="${leadId}"]`)!;
const handleOf = (leadId: string) =>
  card(leadId).querySelector<HTMLElement>('[data-slot="lead-kanban-card-handle"]')!;

const leads = () => [
  makeLead({ id: uuid(1), fullName: 'Ada Lovelace', heat: 80, version: 3 }),
  makeLead({ id: uuid(2), fullName: 'Blaise Pascal', heat: 40 }),
];

/** A promise the test settles, for answers that must wait. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function moveWithMenu(leadId: string, stageName: string) {
  const trigger = within(card(leadId)).getByRole('button', { name: /^Move to…/ });
  await userEvent.click(trigger);
  const menu = await screen.findByRole('menu');
  await userEvent.click(within(menu).getByRole('menuitem', { name: stageName }));
}

describe('given the "Move to…" menu', () => {
  it('moves the card at once, before the API answers, and keeps it there when it agrees', async () => {
    const answer = deferred<unknown>();
    let moved: unknown = null;
    const api = createLeadApi(leads(), {
      'leads.move': (input) => {
        moved = input;
        return answer.promise;
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toEqual(['Ada Lovelace', 'Blaise Pascal']));

    await moveWithMenu(uuid(1), 'Contacted');
    await waitFor(() => expect(namesIn('contacted')).toEqual(['Ada Lovelace']));
    expect(namesIn('new')).toEqual(['Blaise Pascal']);
    expect([countOf('new'), countOf('contacted')]).toEqual(['1 lead', '1 lead']);
    expect(moved).toEqual({ leadId: uuid(1), to: 'contacted', version: 3 });
    // Focus follows the card to its new column.
    await waitFor(() => expect(document.activeElement).toBe(handleOf(uuid(1))));

    // The API agrees: from now on it lists Ada in Contacted.
    api.setStore(moveLeadInResult(api.store(), uuid(1), 'contacted'));
    answer.resolve(
      makeLead({ id: uuid(1), fullName: 'Ada Lovelace', stageKey: 'contacted', version: 4 }),
    );
    await waitFor(() => expect(api.callsTo('leads.list').length).toBeGreaterThan(1));
    expect(namesIn('contacted')).toContain('Ada Lovelace');
    expect(card(uuid(1)).dataset.stageKey).toBe('contacted');
  });

  it('puts the card back and shows every violated rule next to it when the API refuses', async () => {
    const answer = deferred<unknown>();
    const api = createLeadApi(leads(), { 'leads.move': () => answer.promise });
    const { container } = renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toHaveLength(2));

    await moveWithMenu(uuid(1), 'Offer sent');
    await waitFor(() => expect(namesIn('offer_sent')).toEqual(['Ada Lovelace']));
    answer.reject(
      new FakeApiError(
        'Moving from New to Offer sent would skip Contacted and Needs analysis: move one stage at a time. An offer must be sent first.',
        'UNPROCESSABLE_CONTENT',
        422,
        {
          domain: {
            code: 'INVALID_TRANSITION',
            context: {
              rule: 'skips_forward',
              violations: [
                {
                  code: 'skips_forward',
                  message:
                    'Moving from New to Offer sent would skip Contacted and Needs analysis: move one stage at a time.',
                },
                { code: 'offer_not_sent', message: 'An offer must be sent first.' },
              ],
            },
            suggestion: 'From here the lead can move to: Contacted, Lost.',
          },
        },
      ),
    );

    // The card goes back to New (a new element there), with the reasons next to it.
    const alert = await waitFor(() => within(card(uuid(1))).getByRole('alert'));
    expect(namesIn('new')).toEqual(['Ada Lovelace', 'Blaise Pascal']);
    expect(namesIn('offer_sent')).toEqual([]);
    expect([countOf('new'), countOf('offer_sent')]).toEqual(['2 leads', '0 leads']);
    expect(card(uuid(1)).dataset.problem).toBe('refused');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Moving from New to Offer sent would skip Contacted and Needs analysis: move one stage at a time.',
      'An offer must be sent first.',
    ]);
    expect(alert.textContent).toContain('From here the lead can move to: Contacted, Lost.');
    await expectNoAxeViolations(container);

    await userEvent.click(within(alert).getByRole('button', { name: /^Dismiss/ }));
    expect(within(card(uuid(1))).queryByRole('alert')).toBeNull();
  });

  it('refetches after a CONFLICT and says someone else changed the lead', async () => {
    const api = createLeadApi(leads(), {
      'leads.move': () => {
        throw new FakeApiError('The lead changed since you loaded it.', 'CONFLICT', 409);
      },
    });
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toEqual(['Ada Lovelace', 'Blaise Pascal']));
    // Meanwhile someone else edits Ada (new name, new version).
    api.setStore({
      ...api.store(),
      items: api
        .store()
        .items.map((l) => (l.id === uuid(1) ? { ...l, fullName: 'Ada King', version: 4 } : l)),
    });

    await moveWithMenu(uuid(1), 'Contacted');
    const alert = await waitFor(() => within(card(uuid(1))).getByRole('alert'));
    expect(alert.textContent).toMatch(/Someone else changed this lead in the meantime/);
    expect(card(uuid(1)).dataset.problem).toBe('conflict');
    await waitFor(() => expect(namesIn('new')).toEqual(['Ada King', 'Blaise Pascal']));
    expect(namesIn('contacted')).toEqual([]);
  });
});

describe('given a keyboard user', () => {
  it('moves a card to the next stage with Space, ArrowRight, Space, hearing the stage names', async () => {
    const api = createLeadApi(leads());
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toHaveLength(2));
    const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent;

    handleOf(uuid(2)).focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(liveRegion()).toMatch(/Picked up Blaise Pascal in New/));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(liveRegion()).toBe('Blaise Pascal is over Contacted.'));
    await userEvent.keyboard(' ');

    await waitFor(() => expect(namesIn('contacted')).toEqual(['Blaise Pascal']));
    expect(api.callsTo('leads.move').at(-1)?.input).toEqual({
      leadId: uuid(2),
      to: 'contacted',
      version: 1,
    });
    expect(liveRegion()).toMatch(/Blaise Pascal was dropped in Contacted/);
    await waitFor(() => expect(document.activeElement).toBe(handleOf(uuid(2))));
  });

  it('opens the lead with Enter instead of picking it up', async () => {
    const api = createLeadApi(leads());
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toHaveLength(2));
    handleOf(uuid(1)).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Ada Lovelace' });
    expect(dialog).toBeTruthy();
    expect(api.callsTo('leads.move')).toHaveLength(0);
  });
});

describe('given a move that needs a reason', () => {
  it('asks why before moving to Lost and sends the reason', async () => {
    const api = createLeadApi(leads());
    renderWithProvider(<LeadKanban now={now} live={false} />, api.fetch);
    await waitFor(() => expect(namesIn('new')).toHaveLength(2));

    await moveWithMenu(uuid(2), 'Lost');
    const dialog = await screen.findByRole('dialog', { name: 'Move Blaise Pascal to Lost' });
    expect(api.callsTo('leads.move')).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Bought elsewhere');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(namesIn('lost')).toEqual(['Blaise Pascal']));
    expect(api.callsTo('leads.move')[0]?.input).toEqual({
      leadId: uuid(2),
      to: 'lost',
      version: 1,
      reason: 'Bought elsewhere',
    });
  });
});
