import { DelinquencyReport } from '@estatekit/ui/delinquency-report';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ledgerFixtureIds } from '../fixtures/ledger.fixture';

/**
 * `<DelinquencyReport />`: every lease of the fixture portfolio that owes anything, with its
 * open amounts by days past due (current, 1–30, 31–60, 61–90, 90+) and its total, largest
 * first; totals per currency below. The mocked API ages the ledger with the domain's
 * `agingAsOf`, as the ledger stood at the end of the chosen day. Pick another day with
 * "As of"; sort by any column header.
 */
const meta = {
  title: 'DelinquencyReport/Report',
  component: DelinquencyReport,
  args: { onAsOfChange: fn(), onSortChange: fn() },
  parameters: {
    controls: { include: ['asOf', 'defaultAsOf', 'buildingId', 'defaultSort', 'caption'] },
  },
} satisfies Meta<typeof DelinquencyReport>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * No `asOf`: the API ages on the org's today (10 March 2026 in the fixture) and its answer
 * says which day that was, so the caption and the "As of" input show it.
 */
export const OrgToday: Story = { name: 'As of the org’s today' };

/**
 * `defaultAsOf="2025-12-31"`: the ledger as it stood at the end of 2025. Payments received
 * later do not count; Farah Haddad's February payment had not bounced yet.
 */
export const ChosenDay: Story = {
  name: 'As of a chosen day',
  args: { defaultAsOf: '2025-12-31' },
};

/** `buildingId`: Cedar Court only. */
export const OneBuilding: Story = {
  name: 'One building',
  args: { buildingId: ledgerFixtureIds.buildings.cedarCourt },
};

/** `defaultSort`: the oldest debts first (90+ days, largest first). */
export const SortedBy90Plus: Story = {
  name: 'Sorted by 90+ days',
  args: { defaultSort: { column: 'days90plus', direction: 'desc' } },
};

/**
 * "Export CSV" downloads the report on show as `reports.delinquencyCsv` writes it, for the same
 * day and building (here `delinquency-2026-01-31.csv`: the API's columns, amounts as decimals
 * of each lease's currency), and says what was downloaded. Press it: the play does not, so
 * opening the story downloads nothing.
 */
export const CsvExport: Story = { name: 'CSV export', args: { defaultAsOf: '2026-01-31' } };
