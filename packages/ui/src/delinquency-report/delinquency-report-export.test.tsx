import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asOf, babbage, delinquencyReport, makeDelinquencyCsv } from '../test/delinquency';
import { createFakeApi, FakeApiError } from '../test/fake-api';
import { renderWithProvider } from '../test/render-grid';
import { DelinquencyReport } from './delinquency-report';

/** What the browser was asked to download: the link's name and URL, and the Blob behind it. */
let downloads: { name: string; href: string; attached: boolean }[] = [];
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:https://agency.test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, href: this.href, attached: this.isConnected });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function fakeApi(
  csv: (input: unknown) => unknown = (input) =>
    makeDelinquencyCsv((input as { asOf: string }).asOf),
) {
  return createFakeApi({
    'reports.delinquency': () => delinquencyReport,
    'reports.delinquencyCsv': csv,
  });
}

async function ready() {
  await screen.findByRole('table', { name: /Delinquency as of/ });
}

describe('given a user exporting the report', () => {
  it('downloads the CSV of the same report under a dated name', async () => {
    const api = fakeApi();
    renderWithProvider(
      <DelinquencyReport defaultAsOf={asOf} buildingId={babbage.buildingId} />,
      api.fetch,
    );
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await screen.findByText('Downloaded delinquency-2025-03-01.csv.');
    expect(api.callsTo('reports.delinquencyCsv').map((c) => c.input)).toEqual([
      { asOf, buildingId: babbage.buildingId },
    ]);
    expect(api.callsTo('reports.delinquencyCsv')[0]?.input).toEqual(
      api.callsTo('reports.delinquency')[0]?.input,
    );
    expect(downloads).toEqual([
      { name: 'delinquency-2025-03-01.csv', href: 'blob:https://agency.test/1', attached: true },
    ]);
    const blob = blobs.get('blob:https://agency.test/1')!;
    expect(blob.type).toMatch(/^text\/csv/);
    expect(await blob.text()).toBe(makeDelinquencyCsv().data);
    // The temporary link is gone (its URL is released a minute later: lib/api-file.utils.test.ts).
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('exports the day the user picked', async () => {
    const api = fakeApi();
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    await ready();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-01-31' } });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Downloaded delinquency-2025-01-31.csv.');
    expect(api.callsTo('reports.delinquencyCsv')[0]?.input).toEqual({ asOf: '2025-01-31' });
    expect(downloads.map((d) => d.name)).toEqual(['delinquency-2025-01-31.csv']);
  });

  it('runs one export at a time', async () => {
    let release = () => {};
    const api = fakeApi(
      () =>
        new Promise((resolve) => {
          release = () => resolve(makeDelinquencyCsv());
        }),
    );
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const busy = await screen.findByRole('button', { name: 'Exporting…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Exporting the CSV…');
    await userEvent.click(busy);
    release();
    await screen.findByText('Downloaded delinquency-2025-03-01.csv.');
    expect(api.callsTo('reports.delinquencyCsv')).toHaveLength(1);
    expect(downloads).toHaveLength(1);
  });

  it('says why when the export fails, and downloads nothing', async () => {
    const api = fakeApi(() => {
      throw new FakeApiError('Your role may not do this (ledger:read).', 'FORBIDDEN', 403);
    });
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The CSV could not be exported. Your role may not do this (ledger:read).',
    );
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(downloads).toEqual([]);
    // The report itself is still there.
    expect(screen.getByRole('table')).toBeDefined();
  });
});
