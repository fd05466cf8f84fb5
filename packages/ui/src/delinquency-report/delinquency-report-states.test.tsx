import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { asOf, delinquencyReport, makeDelinquencyReport } from '../test/delinquency';
import { createFakeApi, FakeApiError } from '../test/fake-api';
import { renderWithProvider } from '../test/render-grid';
import { DelinquencyReport } from './delinquency-report';

const root = () => document.querySelector<HTMLElement>('[data-slot="delinquency-report"]')!;

describe('given the report is on its way', () => {
  it('shows skeleton rows in a busy table, and passes axe', async () => {
    const api = createFakeApi({ 'reports.delinquency': () => new Promise(() => {}) });
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    const table = await screen.findByRole('table', { name: 'Delinquency' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(root().dataset.state).toBe('loading');
    expect(root().querySelector('[data-slot="delinquency-report-skeleton"]')).not.toBeNull();
    expect(root().querySelector('[data-slot="delinquency-report-row"]')).toBeNull();
    await expectNoAxeViolations(root());
  });
});

describe('given no lease owes anything', () => {
  it('says so for the day, without an empty table', async () => {
    const api = createFakeApi({ 'reports.delinquency': () => makeDelinquencyReport([]) });
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    await screen.findByText('No lease has an overdue balance on Mar 1, 2025.');
    expect(root().dataset.state).toBe('empty');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDefined();
    await expectNoAxeViolations(root());
  });
});

describe('given the API refuses', () => {
  it('shows its message and loads again on Retry', async () => {
    let fail = true;
    const api = createFakeApi({
      'reports.delinquency': () => {
        if (fail) {
          throw new FakeApiError('Your role may not do this (ledger:read).', 'FORBIDDEN', 403);
        }
        return delinquencyReport;
      },
    });
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} />, api.fetch);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role may not do this (ledger:read).');
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(root().dataset.state).toBe('error');
    await expectNoAxeViolations(root());

    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('table', { name: 'Delinquency as of Mar 1, 2025' });
    await waitFor(() => expect(root().dataset.state).toBe('ready'));
  });

  it('lists the inputs it refused', async () => {
    const api = createFakeApi({
      'reports.delinquency': () => {
        throw new FakeApiError('Input validation failed', 'BAD_REQUEST', 400, {
          issues: [{ path: ['buildingId'], message: 'Invalid UUID' }],
        });
      },
    });
    renderWithProvider(<DelinquencyReport defaultAsOf={asOf} buildingId="nope" />, api.fetch);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe('buildingId: Invalid UUID');
  });
});
