import { formatMoney } from '@estatekit/domain';
import { composeStories } from '@storybook/react';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
// The stories' own user-event: two copies of it in one document fight over input values.
import { configure as configureStoryQueries, userEvent } from 'storybook/test';
import { describe, expect, it, vi } from 'vitest';
import { fixtureLedgerToday, ledgerFixtureIds } from './fixtures/ledger.fixture';
import * as leaseStories from './ledger-view/ledger-view.stories';
import * as paymentStories from './ledger-view/ledger-view-payments.stories';
import * as stateStories from './ledger-view/ledger-view-states.stories';
import { createMockApi, forbiddenOriginError } from './mock-api';

// Every story of these files also renders in `stories.test.tsx` ("given every … story"). Stories
// with a `play` are run here with it: the play's own checks, then what a user would see after.

// Files run in parallel: on a busy machine the mock's first ledger replay and the dialogs'
// on-demand code take longer than Testing Library's default second (here and in the plays),
// and a test longer than vitest's default 5 s.
configure({ asyncUtilTimeout: 5000 });
configureStoryQueries({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const Leases = composeStories(leaseStories);
const Payments = composeStories(paymentStories);
const States = composeStories(stateStories);

const { leases } = ledgerFixtureIds;
/** The fixture's ledger of a lease as a fresh mock holds it (before any story's writes). */
const fixtureStatement = (leaseId: string) => createMockApi().statement(leaseId);
const usd = (amountMinor: number) => formatMoney({ amountMinor, currency: 'USD' }, 'en-US');

const root = () => document.querySelector<HTMLElement>('[data-slot="ledger-view"]')!;
const figure = (key: string) =>
  root().querySelector(`[data-figure="${key}"] dd`)?.textContent ?? null;
const bucket = (key: string) =>
  root().querySelector(`[data-slot="ledger-view-aging-bucket"][data-bucket="${key}"] dd`)
    ?.textContent;
const rows = (kind?: string) => [
  ...root().querySelectorAll<HTMLElement>(
    `[data-slot="ledger-view-row"]${kind ? `[data-kind="${kind}"]` : ''}`,
  ),
];
const ready = () => waitFor(() => expect(root()?.dataset.state).toBe('ready'));

/** Renders a story and runs its play, as Storybook does. */
async function played(Story: { (): React.ReactElement; play?: (c: object) => Promise<void> }) {
  const { container } = render(<Story />);
  await Story.play?.({ canvasElement: container });
  return container;
}

describe('given the lease stories', () => {
  it('Paying on time shows a settled lease with its premises, tenant and receipts', async () => {
    render(<Leases.OnTime />);
    await ready();
    const toolbar = within(root().querySelector<HTMLElement>('[data-slot="ledger-view-toolbar"]')!);
    expect(toolbar.getByText('Harbour View Apartments · 101')).toBeTruthy();
    expect(toolbar.getByText('Amelia Brooks · USD')).toBeTruthy();
    expect(figure('balance')).toBe('$0.00');
    expect(figure('deposit')).toBe('$1,850.00');
    expect(bucket('days90plus')).toBe('$0.00');
    const { entries } = fixtureStatement(leases.onTime);
    expect(rows('payment')).toHaveLength(entries.filter((e) => e.kind === 'payment').length);
    expect(screen.getAllByRole('button', { name: /^Receipt #\d+/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Record payment' })).toBeTruthy();
  });

  it('Partially paid expands the last payment into each charge it paid, with the engine’s reasons', async () => {
    await played(Leases.PartiallyPaid);
    const { summary } = fixtureStatement(leases.partial);
    expect(figure('balance')).toBe(usd(summary.balanceMinor));
    expect(bucket('days31to60')).toBe(usd(summary.aging.days31to60));
    const paid = screen.getByRole('list', { name: /^What the payment of .* on Mar 1, 2026 paid$/ });
    const items = within(paid).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^Late fee due .*paid in full$/);
    for (const item of items) {
      expect(item.textContent).toContain('Charge type order (late fee → wifi → rent)');
    }
    expect(items.at(-1)?.textContent).toMatch(/^Rent due Feb 1, 2026.*still open$/);
  });

  it('Unapplied credit shows the overpayment waiting as credit, nothing owed', async () => {
    render(<Leases.UnappliedCredit />);
    await ready();
    expect(figure('balance')).toBe('$0.00');
    expect(figure('credit')).toBe('$1,200.00');
    const credit = root().querySelector('[data-figure="credit"]') as HTMLElement;
    expect(credit.dataset.tone).toBe('payment');
    expect(rows().at(-1)?.textContent).toContain('$1,200.00 credit');
  });

  it('Reversed payment keeps the bounced payment, marked, beside the reversal and its reason', async () => {
    render(<Leases.BouncedPayment />);
    await ready();
    const bounced = root().querySelector<HTMLElement>(
      `[data-entry-id="${ledgerFixtureIds.payments.bounced}"]`,
    )!;
    expect(bounced.dataset.reversed).toBe('true');
    expect(within(bounced).getByText('Reversed')).toBeTruthy();
    expect(bounced.textContent).toContain('Reversed on Feb 6, 2026: Returned by the bank');
    const [reversal] = rows('reversal');
    expect(reversal?.textContent).toContain('Reversal of payment · bank transfer received Feb 1');
    expect(reversal?.textContent).toContain('Reason: Returned by the bank: insufficient funds');
  });

  it('Tenant with several leases lists both in the picker and shows the one picked', async () => {
    await played(Leases.SeveralLeases);
    const picker = screen.getByLabelText('Lease') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'Harbour View Apartments · 302 (active)',
      'Cedar Court · 2B (ended)',
    ]);
    expect(picker.value).toBe(leases.ended);
    expect(bucket('days90plus')).toBe('$700.00');
    expect(root().dataset.mode).toBe('tenant');
    expect(screen.getByText(/^All leases of this tenant:/).textContent).toBe(
      'All leases of this tenant: $700.00 balance, $0.00 credit',
    );
  });

  it('Filtered by period opens with the balance brought forward and lists only that period', async () => {
    render(<Leases.FilteredByPeriod />);
    await ready();
    const { entries, summary } = fixtureStatement(leases.paysLate);
    const before = entries.filter((e) => e.date < '2026-01-01').at(-1)!;
    const opening = root().querySelector<HTMLElement>('[data-slot="ledger-view-opening-row"]')!;
    expect(opening.textContent).toBe(`Jan 1, 2026Opening balance${usd(before.balanceAfterMinor)}`);
    const dates = rows().map((r) => r.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates.every((d) => d >= '2026-01-01' && d <= '2026-02-28')).toBe(true);
    expect(figure('balance')).toBe(usd(summary.balanceMinor));
  });

  it('Filtered by line type lists Wi-Fi charges and payments only, until cleared', async () => {
    await played(Leases.FilteredByLineType);
    expect(screen.getByRole('button', { name: /^Line types/ }).textContent).toBe('1 selected');
    expect(rows('payment').length).toBeGreaterThan(0);
    expect(rows('charge').some((r) => r.textContent?.includes('Rent'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(rows('charge').some((r) => r.textContent?.includes('Rent'))).toBe(true),
    );
  });
});

describe('given the payment stories', () => {
  it('Record a partial payment adds today’s payment and lowers the balance by it', async () => {
    await played(Payments.RecordPartialPayment);
    expect(screen.queryByRole('dialog')).toBeNull();
    const today = rows('payment').at(-1)!;
    expect(today.querySelector('time')?.getAttribute('datetime')).toBe(fixtureLedgerToday);
    expect(today.querySelector('[data-column="payments"]')?.textContent).toBe('$1,000.00');
    const before = fixtureStatement(leases.twoTenants).summary.balanceMinor;
    expect(figure('balance')).toBe(usd(before - 100_000));
    expect(within(today).getByRole('button', { name: /^Receipt #\d+/ })).toBeTruthy();
  });

  it('In collections refuses the payment with the API’s reason and records nothing', async () => {
    await played(Payments.InCollections);
    const dialog = screen.getByRole('dialog', { name: 'Record payment' });
    expect(within(dialog).getByRole('alert').dataset.code).toBe('UNPROCESSABLE_CONTENT');
    expect(
      within(dialog).getByRole('region', { name: 'What this payment would pay' }).textContent,
    ).toContain('This lease is in collections, so payments are not accepted on it.');
    const payments = fixtureStatement(leases.collections).entries.filter(
      (e) => e.kind === 'payment',
    );
    expect(rows('payment')).toHaveLength(payments.length);
  });

  it('Reverse a payment keeps it, marked, adds the reversal and reopens what it paid', async () => {
    await played(Payments.ReversePayment);
    const march = ledgerFixtureIds.payments.onTimeMarch;
    const payment = fixtureStatement(leases.onTime).entries.find((e) => e.id === march)!;
    await waitFor(() => expect(figure('balance')).toBe(usd(payment.amountMinor)));
    const row = root().querySelector<HTMLElement>(`[data-entry-id="${march}"]`)!;
    expect(row.dataset.reversed).toBe('true');
    expect(row.textContent).toContain('Reversed on Mar 10, 2026: Entered twice');
    expect(rows('reversal').at(-1)?.textContent).toContain('Reason: Entered twice');
  });

  it('Read-only offers neither recording nor reversing, and still the receipts', async () => {
    render(<Payments.ReadOnly />);
    await ready();
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Reverse/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Receipt #\d+/ }).length).toBeGreaterThan(0);
  });

  it('Agent shows the API’s FORBIDDEN and stops offering writes', async () => {
    await played(Payments.AgentRole);
    expect(root().querySelector('[data-slot="ledger-view-notice"]')?.textContent).toBe(
      'Your role may not do this (ledger:write). Recording payments and reversing entries are not available with this access.',
    );
    expect(screen.queryByRole('button', { name: /^Reverse/ })).toBeNull();
  });
});

describe('given the state stories', () => {
  it('Loading shows skeleton rows in a busy table and keeps waiting', async () => {
    render(<States.Loading />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root().dataset.state).toBe('loading');
    expect(screen.getByRole('table', { name: 'Ledger' }).getAttribute('aria-busy')).toBe('true');
    expect(root().querySelector('[data-slot="ledger-view-skeleton"]')).not.toBeNull();
  });

  it('Empty says nothing was charged or paid yet', async () => {
    render(<States.Empty />);
    await screen.findByText('Nothing has been charged or paid on this lease yet.');
    expect(figure('balance')).toBe('$0.00');
  });

  it('Tenant without leases says so, with no table', async () => {
    render(<States.TenantWithoutLeases />);
    await screen.findByText('This tenant has no leases yet.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("Error shows the API's own message with Retry", async () => {
    render(<States.ErrorState />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(forbiddenOriginError.message);
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
