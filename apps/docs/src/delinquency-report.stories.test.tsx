import { formatMoney } from '@estatekit/domain';
import { composeStories } from '@storybook/react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
// The stories' own user-event: two copies of it in one document fight over input values.
import { configure as configureStoryQueries, userEvent } from 'storybook/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as reportStories from './delinquency-report/delinquency-report.stories';
import * as stateStories from './delinquency-report/delinquency-report-states.stories';
import * as withLedgerStories from './delinquency-report/delinquency-report-with-ledger.stories';
import { fixtureLedgerToday, ledgerFixtureIds } from './fixtures/ledger.fixture';
import * as themeStories from './ledger-view/ledger-view-themes.stories';
import { createMockApi, type DelinquencyReport, forbiddenOriginError } from './mock-api';

// Every story of these files also renders in `stories.test.tsx` ("given every … story").

// Files run in parallel: on a busy machine the mock's first ledger replay and the dialogs'
// on-demand code take longer than Testing Library's default second (here and in the plays),
// and a test longer than vitest's default 5 s.
configure({ asyncUtilTimeout: 5000 });
configureStoryQueries({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const Report = composeStories(reportStories);
const States = composeStories(stateStories);
const WithLedger = composeStories(withLedgerStories);
const Themes = composeStories(themeStories);

const { leases, buildings } = ledgerFixtureIds;
const usd = (amountMinor: number) => formatMoney({ amountMinor, currency: 'USD' }, 'en-US');

/** `reports.delinquency` as a fresh mock answers it (before any story's payments). */
async function fixtureReport(input: object = {}): Promise<DelinquencyReport> {
  const query = encodeURIComponent(JSON.stringify({ 0: input }));
  const response = await createMockApi().fetch(
    `https://api.test/trpc/reports.delinquency?batch=1&input=${query}`,
  );
  const [body] = (await response.json()) as [{ result: { data: DelinquencyReport } }];
  return body.result.data;
}

const root = () => document.querySelector<HTMLElement>('[data-slot="delinquency-report"]')!;
const leaseRows = () => [
  ...root().querySelectorAll<HTMLElement>('[data-slot="delinquency-report-row"]'),
];
const leaseIds = () => leaseRows().map((row) => row.dataset.leaseId);
const table = (caption: string | RegExp) => screen.findByRole('table', { name: caption });

describe('given the report stories', () => {
  it('As of the org’s today ages on the API’s today, largest balance first, with totals', async () => {
    render(<Report.OrgToday />);
    await table('Delinquency as of Mar 10, 2026');
    const expected = await fixtureReport();
    expect(expected.asOf).toBe(fixtureLedgerToday);
    expect((screen.getByLabelText('As of') as HTMLInputElement).value).toBe(fixtureLedgerToday);
    expect(leaseIds()).toEqual(expected.rows.map((r) => r.leaseId));
    expect(leaseIds()[0]).toBe(leases.collections);
    const total = root().querySelector<HTMLElement>('[data-slot="delinquency-report-total-row"]')!;
    expect(total.textContent).toContain(`Total${expected.rows.length} leases`);
    expect(total.querySelector('[data-column="totalMinor"]')?.textContent).toBe(
      usd(expected.totals[0]!.totalMinor),
    );
  });

  it('picking another day in "As of" reloads the report for that day', async () => {
    render(<Report.OrgToday />);
    await table('Delinquency as of Mar 10, 2026');
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-12-31' } });
    await table('Delinquency as of Dec 31, 2025');
    expect(Report.OrgToday.args.onAsOfChange).toHaveBeenLastCalledWith('2025-12-31');
  });

  it('As of a chosen day shows the ledger as it stood that day', async () => {
    render(<Report.ChosenDay />);
    await table('Delinquency as of Dec 31, 2025');
    const expected = await fixtureReport({ asOf: '2025-12-31' });
    await waitFor(() => expect(leaseIds()).toEqual(expected.rows.map((r) => r.leaseId)));
    expect(leaseIds()).not.toContain(leases.bounced);
  });

  it('One building lists only Cedar Court’s leases', async () => {
    render(<Report.OneBuilding />);
    await table(/^Delinquency as of/);
    const expected = await fixtureReport({ buildingId: buildings.cedarCourt });
    await waitFor(() => expect(leaseIds()).toEqual(expected.rows.map((r) => r.leaseId)));
    expect(leaseRows().every((row) => row.textContent?.includes('Cedar Court'))).toBe(true);
  });

  it('Sorted by 90+ days puts the oldest debts first and says so in the header', async () => {
    render(<Report.SortedBy90Plus />);
    await table(/^Delinquency as of/);
    const header = screen.getByRole('columnheader', { name: '90+ days' });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const ninety = leaseRows().map(
      (row) => row.querySelector('[data-column="days90plus"]')?.textContent,
    );
    expect(ninety.slice(0, 2)).toEqual(['$2,047.50', '$700.00']);
    expect(leaseIds().slice(0, 2)).toEqual([leases.collections, leases.ended]);
  });
});

describe('given the CSV export story', () => {
  let saved: { name: string; blob: Blob }[];
  beforeEach(() => {
    saved = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.set(`blob:docs/${blobs.size}`, blob as Blob);
      return `blob:docs/${blobs.size - 1}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the report on show as the API’s CSV, named after its day', async () => {
    render(<Report.CsvExport />);
    await table('Delinquency as of Jan 31, 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Downloaded delinquency-2026-01-31.csv.');
    expect(saved.map((s) => s.name)).toEqual(['delinquency-2026-01-31.csv']);
    const lines = (await saved[0]!.blob.text()).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Building,Units,Tenants,Lease status,Currency,Current,/);
    expect(lines).toHaveLength(leaseRows().length + 1);
  });
});

describe('given the report with a ledger beside it', () => {
  it('opens the lease picked, and a payment recorded there updates the report', async () => {
    const { container } = render(<WithLedger.OpenALease />);
    await WithLedger.OpenALease.play!({ canvasElement: container });
    // A click anywhere on a row opens its lease too: the Mensahs' (Cedar Court 3B).
    const mensah = leaseRows().find((row) => row.dataset.leaseId === leases.twoTenants)!;
    await userEvent.click(within(mensah).getByText('Julia Mensah, Kofi Mensah'));
    await screen.findByText('Cedar Court · 3B');
    await userEvent.click(screen.getByRole('button', { name: 'Record payment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record payment' });
    await userEvent.type(within(dialog).getByLabelText('Amount (USD)'), '2455');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(leaseIds()).not.toContain(leases.twoTenants));
    const expected = await fixtureReport();
    expect(
      root().querySelector('[data-slot="delinquency-report-total-row"]')?.textContent,
    ).toContain(`${expected.rows.length - 1} leases`);
  });
});

describe('given the state stories', () => {
  it('Loading shows placeholder rows in a busy table and keeps waiting', async () => {
    render(<States.Loading />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root().dataset.state).toBe('loading');
    expect(screen.getByRole('table', { name: 'Delinquency' }).getAttribute('aria-busy')).toBe(
      'true',
    );
    expect(root().querySelector('[data-slot="delinquency-report-skeleton"]')).not.toBeNull();
  });

  it('Empty says nobody owes anything on the API’s today', async () => {
    render(<States.Empty />);
    await screen.findByText('No lease has an overdue balance on Mar 10, 2026.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('Empty, own message shows the host’s words instead', async () => {
    render(<States.CustomEmpty />);
    await screen.findByText('Everyone is paid up. Nice work!');
  });

  it("Error shows the API's own message with Retry", async () => {
    render(<States.ErrorState />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(forbiddenOriginError.message);
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('given the rent ledger theme stories', () => {
  it.each([
    ['EstateKitLight', Themes.EstateKitLight, 'estatekit', 'light'],
    ['EstateKitDark', Themes.EstateKitDark, 'estatekit', 'dark'],
    ['HarbourLight', Themes.HarbourLight, 'harbour', 'light'],
    ['HarbourDark', Themes.HarbourDark, 'harbour', 'dark'],
  ] as const)('%s shows the report and the ledger in its theme', async (_, Story, theme, mode) => {
    render(<Story />);
    const ledger = () => document.querySelector<HTMLElement>('[data-slot="ledger-view"]');
    await waitFor(() => expect(ledger()?.dataset.state).toBe('ready'));
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
    for (const widget of [root(), ledger()!]) {
      expect(widget.dataset.ekTheme).toBe(theme);
      expect(widget.dataset.ekAppearance).toBe(mode);
    }
    // The lease in collections owes in every bucket, each drawn in its aging role's colour.
    const buckets = ledger()!.querySelectorAll<HTMLElement>(
      '[data-slot="ledger-view-aging-bucket"]:not([data-empty])',
    );
    expect([...buckets].map((b) => b.style.getPropertyValue('--ek-aging-color'))).toEqual([
      'var(--ek-aging-current)',
      'var(--ek-aging-30)',
      'var(--ek-aging-60)',
      'var(--ek-aging-90)',
      'var(--ek-aging-90)',
    ]);
  });
});
