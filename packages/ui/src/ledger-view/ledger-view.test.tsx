import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { FakeApiError } from '../test/fake-api';
import {
  createLedgerApi,
  ids,
  leaseId,
  otherLeaseId,
  sampleStatement,
  tenantId,
} from '../test/ledger';
import { renderWithProvider } from '../test/render-grid';
import { LedgerView } from './ledger-view';

const root = () => document.querySelector<HTMLElement>('[data-slot="ledger-view"]')!;
const table = () => screen.getByRole('table', { name: 'Ledger' });
const bodyRows = () => [
  ...table().querySelectorAll<HTMLElement>('tbody > tr[data-slot="ledger-view-row"]'),
];
const cellTexts = (row: HTMLElement) =>
  [...row.querySelectorAll(':scope > th, :scope > td')].map((cell) => cell.textContent);
const column = (name: string) => {
  const headers = within(table())
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const index = headers.indexOf(name);
  return bodyRows().map((row) => cellTexts(row)[index]);
};
const titles = () =>
  bodyRows().map(
    (row) => row.querySelector('[data-column="entry"] .ek\\:ledger-title')?.textContent,
  );
const rowOf = (entryId: string) =>
  table().querySelector<HTMLElement>(`tr[data-entry-id="${entryId}"]`)!;

describe('given the props', () => {
  it('takes exactly one of a lease or a tenant (checked by the type checker)', () => {
    // @ts-expect-error: a lease or a tenant is required.
    const neither = <LedgerView />;
    // @ts-expect-error: a lease and a tenant at once is ambiguous.
    const both = <LedgerView leaseId={leaseId} tenantId={tenantId} />;
    expect([neither.props, both.props]).toEqual([{}, { leaseId, tenantId }]);
  });
});

describe('given a lease ledger', () => {
  it('lists charges, payments, credit applied and reversals in order with the running balance, and passes axe', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'Entry', 'Charges', 'Payments', 'Balance', 'Actions']);
    expect(column('Date')).toEqual([
      'Jan 1, 2026',
      'Jan 3, 2026',
      'Jan 5, 2026',
      'Jan 5, 2026',
      'Feb 1, 2026',
      'Feb 5, 2026',
      'Feb 6, 2026',
      'Feb 7, 2026',
      'Feb 10, 2026',
      'Mar 1, 2026',
      'Mar 2, 2026',
    ]);
    expect(column('Charges')).toEqual([
      '$1,000.00',
      '',
      '$30.00',
      '',
      '$1,000.00',
      '$30.00',
      '',
      '$200.00',
      '$25.00',
      '$1,000.00',
      '',
    ]);
    expect(column('Payments')).toEqual([
      '',
      '$1,030.00',
      '',
      '',
      '',
      '',
      '$200.00',
      '',
      '',
      '',
      '$50.00',
    ]);
    expect(column('Balance')).toEqual([
      '$1,000.00',
      '$0.00$30.00 credit',
      '$30.00$30.00 credit',
      '$0.00',
      '$1,000.00',
      '$1,030.00',
      '$830.00',
      '$1,030.00',
      '$1,055.00',
      '$2,055.00',
      '$2,055.00',
    ]);
    expect(within(rowOf(ids.janRent)).getByRole('rowheader').textContent).toBe('Jan 1, 2026');
    expect(cellTexts(rowOf(ids.janWaterPaid))[1]).toBe(
      'Credit applied$30.00 to Water due Jan 5, 2026Oldest due first: water due 2026-01-05 (oldest open charge); paid in full',
    );
    expect(api.callsTo('ledger.forLease')[0]?.input).toEqual({ leaseId });
    await expectNoAxeViolations(root());
  });

  it('marks reversed entries and says what each reversal cancelled and why', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const reversed = rowOf(ids.febPayment);
    expect(reversed.dataset.reversed).toBe('true');
    expect(reversed.dataset.status).toBe('reversed');
    expect(cellTexts(reversed)[1]).toContain('Payment · CashReversed');
    expect(cellTexts(reversed)[1]).toContain('Reversed on Feb 7, 2026: Bounced');
    expect(within(reversed).queryByRole('button', { name: /^Reverse/ })).toBeNull();

    const reversal = rowOf(ids.febPaymentReversal);
    expect(reversal.dataset.kind).toBe('reversal');
    expect(reversal.dataset.reverses).toBe('payment');
    expect(cellTexts(reversal)[1]).toBe(
      'Reversal of payment · cash received Feb 6, 2026Reason: Bounced1 allocation ($200.00) reversed with it',
    );
    expect(rowOf(ids.febRentPaidReversal)).toBeNull();

    expect(cellTexts(rowOf(ids.febRent))[1]).toBe('RentUnpaid');
    expect(cellTexts(rowOf(ids.lateFee))[1]).toBe(
      'Late feeRent due 2026-02-01 unpaid after 5 daysUnpaid',
    );
    const pending = rowOf(ids.marPayment);
    expect(pending.dataset.status).toBe('pending_verification');
    expect(cellTexts(pending)[1]).toBe('Payment · Mobile moneyPending verificationRef. MM-77');
  });

  it('shows the balance, unapplied credit, deposit and aging as of the org’s today', async () => {
    const statement = sampleStatement();
    statement.summary.unappliedCreditMinor = 1_250;
    const api = createLedgerApi({}, () => statement);
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    const summary = await screen.findByRole('region', { name: 'Balance and aging' });

    const figures = [...summary.querySelectorAll<HTMLElement>('[data-figure]')].map((f) => [
      f.dataset.figure,
      f.textContent,
      f.dataset.tone,
    ]);
    expect(figures).toEqual([
      ['balance', 'Balance$2,055.00', 'charge'],
      ['due', 'Due now$2,055.00', 'charge'],
      ['credit', 'Unapplied credit$12.50', 'payment'],
      ['deposit', 'Deposit held$500.00', 'payment'],
    ]);
    expect(within(summary).getByText('Aging as of Mar 10, 2026')).toBeTruthy();
    const buckets = [
      ...summary.querySelectorAll<HTMLElement>('[data-slot="ledger-view-aging-bucket"]'),
    ];
    expect(buckets.map((b) => [b.dataset.bucket, b.textContent])).toEqual([
      ['current', 'Current$0.00'],
      ['days1to30', '1–30 days$1,000.00'],
      ['days31to60', '31–60 days$1,055.00'],
      ['days61to90', '61–90 days$0.00'],
      ['days90plus', '90+ days$0.00'],
    ]);
    expect(buckets[1]!.style.getPropertyValue('--ek-aging-color')).toBe('var(--ek-aging-30)');
    expect(buckets[4]!.style.getPropertyValue('--ek-aging-color')).toBe('var(--ek-aging-90)');
  });
});

describe('given a payment row', () => {
  it('expands to what it paid, each charge with its amount and the allocation reason', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const toggle = within(rowOf(ids.janPayment)).getByRole('button', {
      name: 'Show what it paid (2 charges) for the payment of $1,030.00 on Jan 3, 2026',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', {
      name: 'What the payment of $1,030.00 on Jan 3, 2026 paid',
    });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.contains(list)).toBe(
      true,
    );
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Rent due Jan 1, 2026$1,000.00Oldest due first: rent due 2026-01-01 (oldest open charge); paid in full',
      'Water due Jan 5, 2026$30.00Oldest due first: water due 2026-01-05 (oldest open charge); paid in full',
    ]);
    await expectNoAxeViolations(root());

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: /What the payment/ })).toBeNull();
  });

  it('marks allocations a reversal took back', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    await userEvent.click(
      within(rowOf(ids.febPayment)).getByRole('button', { name: /Show what it paid/ }),
    );
    const item = screen
      .getByRole('list', { name: /payment of \$200\.00/ })
      .querySelector<HTMLElement>('[data-slot="ledger-view-allocation"]')!;
    expect(item.dataset.reversed).toBe('true');
    expect(item.textContent).toContain('Rent due Feb 1, 2026 (reversed)$200.00');
  });
});

describe('given the filters', () => {
  it('sends the line types to the API and shows the rows it returns', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const filters = screen.getByRole('search', { name: 'Filter ledger entries' });
    await userEvent.click(within(filters).getByRole('button', { name: 'Line types All' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Late fee' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Water' }));

    await waitFor(() =>
      expect(api.callsTo('ledger.forLease').at(-1)?.input).toEqual({
        leaseId,
        chargeTypes: ['water', 'late_fee'],
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(7));
    expect(titles()).toEqual([
      'Payment · Bank transfer',
      'Water',
      'Credit applied',
      'Water',
      'Payment · Cash',
      'Late fee',
      'Payment · Mobile money',
    ]);
    // Balances stay those of the whole ledger.
    expect(column('Balance').at(-1)).toBe('$2,055.00');
    expect(within(filters).getByRole('button', { name: 'Line types 2 selected' })).toBeTruthy();
  });

  it('sends the period, opens with the balance brought forward, and clears', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));

    const filters = screen.getByRole('search', { name: 'Filter ledger entries' });
    await userEvent.type(within(filters).getByLabelText('From'), '2026-02-01');
    await userEvent.type(within(filters).getByLabelText('To'), '2026-02-28');

    await waitFor(() =>
      expect(api.callsTo('ledger.forLease').at(-1)?.input).toEqual({
        leaseId,
        from: '2026-02-01',
        to: '2026-02-28',
      }),
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(column('Date')).toEqual([
      'Feb 1, 2026',
      'Feb 5, 2026',
      'Feb 6, 2026',
      'Feb 7, 2026',
      'Feb 10, 2026',
    ]);
    const opening = table().querySelector<HTMLElement>('[data-slot="ledger-view-opening-row"]')!;
    expect(cellTexts(opening)).toEqual(['Feb 1, 2026', 'Opening balance', '$0.00', '']);

    await userEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    // Unfiltered again: the first answer, still fresh in the cache.
    await waitFor(() => expect(bodyRows()).toHaveLength(11));
    expect(table().querySelector('[data-slot="ledger-view-opening-row"]')).toBeNull();
    expect((within(filters).getByLabelText('From') as HTMLInputElement).value).toBe('');
  });

  it('refuses a period that ends before it starts, and sends nothing for it', async () => {
    const api = createLedgerApi();
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    const filters = screen.getByRole('search', { name: 'Filter ledger entries' });
    await userEvent.type(within(filters).getByLabelText('To'), '2026-01-31');
    await userEvent.type(within(filters).getByLabelText('From'), '2026-02-01');

    const to = within(filters).getByLabelText('To');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(to.getAttribute('aria-describedby')!)?.textContent).toBe(
      'The end date must be on or after the start date.',
    );
    expect(api.callsTo('ledger.forLease').map((c) => c.input)).toEqual([
      { leaseId },
      { leaseId, to: '2026-01-31' },
    ]);
  });

  it('follows controlled filters and reports changes', async () => {
    const changes: unknown[] = [];
    const api = createLedgerApi();
    renderWithProvider(
      <LedgerView
        leaseId={leaseId}
        filters={{ chargeTypes: ['rent'] }}
        onFiltersChange={(f) => changes.push(f)}
      />,
      api.fetch,
    );
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    expect(api.callsTo('ledger.forLease')[0]?.input).toEqual({ leaseId, chargeTypes: ['rent'] });
    expect(titles()).not.toContain('Water');
    const filters = screen.getByRole('search', { name: 'Filter ledger entries' });
    await userEvent.click(within(filters).getByRole('button', { name: 'Line types 1 selected' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Parking' }));
    expect(changes).toEqual([{ chargeTypes: ['rent', 'parking'] }]);
  });

  it('offers to clear filters that match nothing', async () => {
    const api = createLedgerApi();
    renderWithProvider(
      <LedgerView leaseId={leaseId} defaultFilters={{ from: '2027-01-01' }} />,
      api.fetch,
    );
    const empty = await screen.findByText('No entries match these filters.');
    expect(root().dataset.state).toBe('empty');
    // The summary stays: balances are the whole ledger's.
    expect(screen.getByRole('region', { name: 'Balance and aging' }).textContent).toContain(
      '$2,055.00',
    );
    await userEvent.click(
      within(empty.parentElement!).getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
  });
});

describe('given the ledger is loading, empty or refused', () => {
  it('marks the table busy with skeleton rows while loading, and passes axe', async () => {
    const api = createLedgerApi({ 'ledger.forLease': () => new Promise(() => {}) });
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    const busy = await screen.findByRole('table', { name: 'Ledger' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(root().dataset.state).toBe('loading');
    expect(root().querySelector('[data-slot="ledger-view-skeleton"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
    await expectNoAxeViolations(root());
  });

  it('says when nothing was charged or paid yet', async () => {
    const api = createLedgerApi({}, () => sampleStatement([]));
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    await screen.findByText('Nothing has been charged or paid on this lease yet.');
    expect(root().dataset.state).toBe('empty');
  });

  it("shows the API's message when it refuses to read, and loads again on Retry", async () => {
    let refuse = true;
    const api = createLedgerApi({
      'ledger.forLease': () => {
        if (refuse) {
          throw new FakeApiError('Your role may not do this (leasing:read).', 'FORBIDDEN', 403);
        }
        return sampleStatement();
      },
    });
    renderWithProvider(<LedgerView leaseId={leaseId} />, api.fetch);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not do this (leasing:read).');
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(root().dataset.state).toBe('error');
    refuse = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
  });
});

describe('given a tenant', () => {
  const second = () => {
    const statement = sampleStatement([]);
    return {
      ...statement,
      lease: {
        ...statement.lease,
        id: otherLeaseId,
        status: 'ended',
        units: [{ id: ids.janRent, name: 'Unit 9' }],
      },
      summary: { ...statement.summary, balanceMinor: 4_000 },
    };
  };

  it("shows the newest lease's ledger, lets another be picked, and totals the tenant's balance", async () => {
    const api = createLedgerApi({
      'ledger.forTenant': () => ({
        tenantId,
        leases: [sampleStatement(), second()],
        totals: [{ currency: 'USD', balanceMinor: 209_500, unappliedCreditMinor: 0 }],
      }),
      'ledger.forLease': (input) =>
        (input as { leaseId: string }).leaseId === otherLeaseId ? second() : sampleStatement(),
    });
    renderWithProvider(<LedgerView tenantId={tenantId} />, api.fetch);
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    expect(root().dataset.mode).toBe('tenant');
    expect(api.callsTo('ledger.forTenant')[0]?.input).toEqual({ tenantId });
    expect(api.callsTo('ledger.forLease')[0]?.input).toEqual({ leaseId });
    expect(screen.getByRole('region', { name: 'Balance and aging' }).textContent).toContain(
      'All leases of this tenant: $2,095.00 balance, $0.00 credit',
    );

    const picker = screen.getByLabelText('Lease') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'Harbour View · Unit 1 (active)',
      'Harbour View · Unit 9 (ended)',
    ]);
    await userEvent.selectOptions(picker, otherLeaseId);
    await screen.findByText('Nothing has been charged or paid on this lease yet.');
    expect(api.callsTo('ledger.forLease').at(-1)?.input).toEqual({ leaseId: otherLeaseId });
    await expectNoAxeViolations(root());
  });

  it('says when the tenant has no lease', async () => {
    const api = createLedgerApi({
      'ledger.forTenant': () => ({ tenantId, leases: [], totals: [] }),
    });
    renderWithProvider(<LedgerView tenantId={tenantId} />, api.fetch);
    await screen.findByText('This tenant has no leases yet.');
    expect(root().dataset.state).toBe('empty');
    expect(screen.queryByRole('table')).toBeNull();
    expect(api.callsTo('ledger.forLease')).toEqual([]);
  });
});
