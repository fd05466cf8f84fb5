import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import {
  asOf,
  babbage,
  delinquencyReport,
  hopper,
  lovelace,
  makeDelinquencyReport,
  makeDelinquencyRow,
} from '../test/delinquency';
import { createFakeApi } from '../test/fake-api';
import { renderWithProvider } from '../test/render-grid';
import { DelinquencyReport } from './delinquency-report';
import type { DelinquencyReportData } from './delinquency-report.utils';

const root = () => document.querySelector<HTMLElement>('[data-slot="delinquency-report"]')!;
const bodyRows = () =>
  [...document.querySelectorAll<HTMLElement>('[data-slot="delinquency-report-row"]')].map(
    (row) => row.querySelector('th')!.textContent,
  );
const cellTexts = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

function fakeReport(
  answer: (input: { asOf: string }) => DelinquencyReportData = () => delinquencyReport,
) {
  return createFakeApi({ 'reports.delinquency': (input) => answer(input as { asOf: string }) });
}

async function ready() {
  await screen.findByRole('table', { name: /Delinquency as of/ });
  await waitFor(() => expect(root().dataset.state).toBe('ready'));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('given leases that owe rent', () => {
  it('lists each lease largest balance first with its aging buckets, and passes axe', async () => {
    const api = fakeReport();
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    const table = await screen.findByRole('table', { name: 'Delinquency as of Mar 1, 2025' });
    await ready();

    expect(bodyRows()).toEqual([
      '2AHarbour Court · In collections',
      '4BHarbour Court · Active',
      '1Elm House · Notice given',
    ]);
    expect(cellTexts(rowOf('2A'))).toEqual([
      '2AHarbour Court · In collections',
      'Charles Babbage, Mary Somerville',
      '$0.00',
      '$950.00',
      '$950.00',
      '$950.00',
      '$1,900.00',
      '$4,750.00',
    ]);
    expect(cellTexts(rowOf('4B')).slice(2)).toEqual([
      '$0.00',
      '$1,200.50',
      '$0.00',
      '$0.00',
      '$0.00',
      '$1,200.50',
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Lease',
      'Tenants',
      'Current',
      '1–30 days',
      '31–60 days',
      '61–90 days',
      '90+ days',
      'Total balance',
    ]);
    expect(api.callsTo('reports.delinquency')[0]?.input).toEqual({ asOf });
    await expectNoAxeViolations(root());
  });

  it('marks each amount with its bucket for the theme’s aging colours, and zeros as zero', async () => {
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, fakeReport().fetch);
    await ready();
    const row = rowOf('2A');
    const cell = (column: string) =>
      row.querySelector<HTMLElement>(`td[data-column="${column}"]`)!.dataset;
    expect(cell('days90plus')).toMatchObject({ bucket: 'days90plus', align: 'end' });
    expect(cell('days90plus').zero).toBeUndefined();
    expect(cell('current')).toMatchObject({ bucket: 'current', zero: 'true' });
    expect(cell('totalMinor').bucket).toBeUndefined();
    expect(row.dataset).toMatchObject({
      leaseId: babbage.leaseId,
      status: 'collections',
      oldestBucket: 'days90plus',
    });
    expect(rowOf('1').dataset.oldestBucket).toBe('current');
  });

  it('totals every bucket in the footer, one row per currency', async () => {
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, fakeReport().fetch);
    await ready();
    const footer = document.querySelector<HTMLElement>('tfoot')!;
    const [total] = within(footer).getAllByRole('row');
    expect(cellTexts(total!)).toEqual([
      'Total3 leases',
      '$800.00',
      '$2,150.50',
      '$950.00',
      '$950.00',
      '$1,900.00',
      '$6,750.50',
    ]);
  });

  it('keeps currencies apart in the totals', async () => {
    const euro = makeDelinquencyRow({ units: '7', currency: 'EUR', days31to60: 40_000 });
    const report = makeDelinquencyReport([babbage, euro]);
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, fakeReport(() => report).fetch);
    await ready();
    const totals = [...document.querySelectorAll<HTMLElement>('tfoot tr')];
    expect(totals.map((t) => t.dataset.currency)).toEqual(['USD', 'EUR']);
    expect(cellTexts(totals[1]!)).toEqual([
      'Total EUR1 lease',
      '€0.00',
      '€0.00',
      '€400.00',
      '€0.00',
      '€0.00',
      '€400.00',
    ]);
    expect(cellTexts(rowOf('7'))[4]).toBe('€400.00');
  });

  it('ages on the org’s today, as the API answers it, when no day is given', async () => {
    const api = fakeReport(() => makeDelinquencyReport([babbage], '2025-02-28'));
    renderWithProvider(<DelinquencyReport />, api.fetch);
    await screen.findByRole('table', { name: 'Delinquency as of Feb 28, 2025' });
    expect(api.callsTo('reports.delinquency')[0]?.input).toEqual({});
    expect(screen.getByLabelText<HTMLInputElement>('As of').value).toBe('2025-02-28');
  });

  it('reports on one building when given one', async () => {
    const api = fakeReport();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} buildingId={babbage.buildingId} />,
      api.fetch,
    );
    await ready();
    expect(api.callsTo('reports.delinquency')[0]?.input).toEqual({
      asOf,
      buildingId: babbage.buildingId,
    });
  });
});

describe('given a user sorting the report', () => {
  it('sorts by a column on click, largest amount first, and reverses on a second click', async () => {
    const onSortChange = vi.fn();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} onSortChange={onSortChange} />,
      fakeReport().fetch,
    );
    await ready();
    expect(header('Total balance').getAttribute('aria-sort')).toBe('descending');

    await userEvent.click(screen.getByRole('button', { name: 'Current' }));
    expect(header('Current').getAttribute('aria-sort')).toBe('descending');
    expect(header('Total balance').hasAttribute('aria-sort')).toBe(false);
    expect(rowIds()).toEqual([hopper.leaseId, babbage.leaseId, lovelace.leaseId]);
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'current', direction: 'desc' });

    await userEvent.click(screen.getByRole('button', { name: '1–30 days' }));
    await userEvent.click(screen.getByRole('button', { name: '1–30 days' }));
    expect(header('1–30 days').getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds()).toEqual([hopper.leaseId, babbage.leaseId, lovelace.leaseId]);
  });

  it('sorts from the keyboard: text A→Z first, Enter and Space toggle', async () => {
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, fakeReport().fetch);
    await ready();
    const tenants = screen.getByRole('button', { name: 'Tenants' });
    tenants.focus();
    await userEvent.keyboard('{Enter}');
    expect(header('Tenants').getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds()).toEqual([lovelace.leaseId, babbage.leaseId, hopper.leaseId]);
    await userEvent.keyboard(' ');
    expect(header('Tenants').getAttribute('aria-sort')).toBe('descending');
    expect(rowIds()).toEqual([hopper.leaseId, babbage.leaseId, lovelace.leaseId]);
    expect(document.activeElement).toBe(tenants);
  });

  it('follows a controlled sort', async () => {
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} sort={{ column: 'lease', direction: 'asc' }} />,
      fakeReport().fetch,
    );
    await ready();
    expect(rowIds()).toEqual([hopper.leaseId, babbage.leaseId, lovelace.leaseId]);
    await userEvent.click(screen.getByRole('button', { name: 'Total balance' }));
    expect(header('Lease').getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('given a user picking another day', () => {
  it('reloads the report as of that day, keeping the old rows busy meanwhile', async () => {
    let release = () => {};
    const api = fakeReport((input) =>
      input.asOf === asOf
        ? delinquencyReport
        : (new Promise((resolve) => {
            release = () => resolve(makeDelinquencyReport([lovelace], input.asOf));
          }) as unknown as DelinquencyReportData),
    );
    const onAsOfChange = vi.fn();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} onAsOfChange={onAsOfChange} />,
      api.fetch,
    );
    await ready();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-02-01' } });
    await waitFor(() =>
      expect(api.callsTo('reports.delinquency').at(-1)?.input).toEqual({ asOf: '2025-02-01' }),
    );
    expect(onAsOfChange).toHaveBeenCalledWith('2025-02-01');
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');
    expect(bodyRows()).toHaveLength(3);

    release();
    await screen.findByRole('table', { name: 'Delinquency as of Feb 1, 2025' });
    await waitFor(() => expect(rowIds()).toEqual([lovelace.leaseId]));
    expect(screen.getByRole('table').hasAttribute('aria-busy')).toBe(false);
  });

  it('waits for a complete date', async () => {
    const api = fakeReport();
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    await ready();
    const input = screen.getByLabelText('As of');
    fireEvent.change(input, { target: { value: '' } });
    expect(api.callsTo('reports.delinquency')).toHaveLength(1);
    expect(bodyRows()).toHaveLength(3);
  });
});

describe('given a host that opens leases', () => {
  it('calls onLeaseSelect when a row is clicked', async () => {
    const onLeaseSelect = vi.fn();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} onLeaseSelect={onLeaseSelect} />,
      fakeReport().fetch,
    );
    await ready();
    await userEvent.click(within(rowOf('4B')).getByText('Ada Lovelace'));
    expect(onLeaseSelect).toHaveBeenCalledTimes(1);
    expect(onLeaseSelect).toHaveBeenCalledWith(lovelace.leaseId, lovelace);
  });

  it('opens a lease from the keyboard through its name', async () => {
    const onLeaseSelect = vi.fn();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} onLeaseSelect={onLeaseSelect} />,
      fakeReport().fetch,
    );
    await ready();
    screen.getByRole('button', { name: /^1\s*Elm House/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onLeaseSelect).toHaveBeenCalledWith(hopper.leaseId, hopper);
    screen.getByRole('button', { name: /^4B\s*Harbour Court/ }).focus();
    await userEvent.keyboard(' ');
    expect(onLeaseSelect).toHaveBeenCalledTimes(2);
    expect(onLeaseSelect).toHaveBeenLastCalledWith(lovelace.leaseId, lovelace);
    await expectNoAxeViolations(root());
  });

  it('offers no buttons in rows when nothing opens leases', async () => {
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, fakeReport().fetch);
    await ready();
    expect(within(rowOf('2A')).queryByRole('button')).toBeNull();
  });
});

function rowIds() {
  return [...document.querySelectorAll<HTMLElement>('[data-slot="delinquency-report-row"]')].map(
    (row) => row.dataset.leaseId,
  );
}
