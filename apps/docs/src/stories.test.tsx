import { composeStories, composeStory } from '@storybook/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as workloadStories from './agent-workload/agent-workload.stories';
import * as delinquencyReport from './delinquency-report/delinquency-report.stories';
import * as delinquencyStates from './delinquency-report/delinquency-report-states.stories';
import * as delinquencyWithLedger from './delinquency-report/delinquency-report-with-ledger.stories';
import { fixtureListings } from './fixtures/listings.fixture';
import * as kanbanBoard from './lead-kanban/lead-kanban.stories';
import * as kanbanScenarios from './lead-kanban/lead-kanban-scenarios.stories';
import * as kanbanStates from './lead-kanban/lead-kanban-states.stories';
import * as ledgerLeases from './ledger-view/ledger-view.stories';
import * as ledgerPayments from './ledger-view/ledger-view-payments.stories';
import * as ledgerStates from './ledger-view/ledger-view-states.stories';
import * as ledgerThemes from './ledger-view/ledger-view-themes.stories';
import { forbiddenOriginError } from './mock-api';
import * as customising from './property-grid/property-grid-customising.stories';
import * as enquiries from './property-grid/property-grid-enquiries.stories';
import * as states from './property-grid/property-grid-states.stories';
import * as themes from './property-grid/property-grid-themes.stories';
import * as createThemeStories from './theming/create-theme.stories';

const Themes = composeStories(themes);
const States = composeStories(states);
const Customising = composeStories(customising);
const Enquiries = composeStories(enquiries);
const CreateTheme = composeStories(createThemeStories);
const Kanban = {
  ...composeStories(kanbanBoard),
  ...composeStories(kanbanScenarios),
  ...composeStories(kanbanStates),
};
const Workload = composeStories(workloadStories);
const Ledger = {
  Leases: composeStories(ledgerLeases),
  Payments: composeStories(ledgerPayments),
  States: composeStories(ledgerStates),
  Themes: composeStories(ledgerThemes),
};
const Delinquency = {
  Report: composeStories(delinquencyReport),
  WithLedger: composeStories(delinquencyWithLedger),
  States: composeStories(delinquencyStates),
};

/** The widget root the grid renders (`data-slot="property-grid"`). */
const gridRoot = () => document.querySelector<HTMLElement>('[data-slot="property-grid"]')!;
/** Body rows of the grid (the header row excluded). */
const bodyRows = () =>
  within(screen.getByRole('grid', { name: 'Listings' }))
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'));
const count = (filter: (l: (typeof fixtureListings)[number]) => boolean) =>
  fixtureListings.filter(filter).length;
/** Fixture listings are generated newest first: the API's default order. */
const newest = fixtureListings[0]!;

describe('given every story', () => {
  const all = { ...Themes, ...States, ...Customising, ...Enquiries, ...CreateTheme };

  it('are exactly the documented stories (a stray export would become a story)', () => {
    expect(Object.keys(all)).toEqual([
      'Playground',
      'EstateKitLight',
      'EstateKitDark',
      'HarbourLight',
      'HarbourDark',
      'Loading',
      'SlowNetwork',
      'Empty',
      'ErrorState',
      'AppearanceOverrides',
      'ControlledFilters',
      'Enquiries',
      'EnquiryRateLimited',
      'EnquiriesOff',
      'SunsetRealtyFromDtcg',
      'LowContrastWarnings',
    ]);
  });

  it.each(Object.entries(all))('renders %s inside a themed widget root', async (_, Story) => {
    render(<Story />);
    await waitFor(() => expect(gridRoot()).not.toBeNull());
    expect(gridRoot().closest('[data-docs-host]')).not.toBeNull();
    expect(gridRoot().dataset.ekTheme).toBeTruthy();
  });
});

describe('given every LeadKanban and AgentWorkload story', () => {
  // What each one shows is tested in lead-kanban.stories.test.tsx.
  it('are exactly the documented stories', () => {
    expect(Object.keys(Kanban)).toEqual([
      'Playground',
      'EstateKitLight',
      'HarbourDark',
      'FilteredByAgent',
      'RefusedMove',
      'ThousandCards',
      'LiveUpdates',
      'AgentView',
      'Loading',
      'Empty',
      'ErrorState',
    ]);
    expect(Object.keys(Workload)).toEqual([
      'Playground',
      'HarbourDark',
      'ByName',
      'Loading',
      'ErrorState',
    ]);
  });

  it.each([
    ...Object.entries(Kanban).map(([name, Story]) => [`LeadKanban ${name}`, Story] as const),
    ...Object.entries(Workload).map(([name, Story]) => [`AgentWorkload ${name}`, Story] as const),
  ])('renders %s inside a themed widget root on the host page', async (_, Story) => {
    render(<Story />);
    const root = () => document.querySelector<HTMLElement>('[data-ek-root]');
    await waitFor(() => expect(root()).not.toBeNull());
    expect(root()!.dataset.slot).toMatch(/^(lead-kanban|agent-workload)$/);
    expect(root()!.closest('[data-docs-host]')).not.toBeNull();
    expect(root()!.dataset.ekTheme).toBeTruthy();
  });
});

describe('given every LedgerView and DelinquencyReport story', () => {
  // What each one shows, and each `play`, is tested in ledger-view.stories.test.tsx and
  // delinquency-report.stories.test.tsx.
  const all = [...Object.entries(Ledger), ...Object.entries(Delinquency)].flatMap(
    ([file, stories]) =>
      Object.entries(stories).map(([name, Story]) => [file, name, Story] as const),
  );

  it('are exactly the documented stories', () => {
    expect(all.map(([file, name]) => `${file} ${name}`)).toEqual([
      'Leases OnTime',
      'Leases PartiallyPaid',
      'Leases UnappliedCredit',
      'Leases BouncedPayment',
      'Leases SeveralLeases',
      'Leases FilteredByPeriod',
      'Leases FilteredByLineType',
      'Payments RecordPartialPayment',
      'Payments InCollections',
      'Payments ReversePayment',
      'Payments ReadOnly',
      'Payments AgentRole',
      'States Loading',
      'States Empty',
      'States TenantWithoutLeases',
      'States ErrorState',
      'Themes Playground',
      'Themes EstateKitLight',
      'Themes EstateKitDark',
      'Themes HarbourLight',
      'Themes HarbourDark',
      'Report OrgToday',
      'Report ChosenDay',
      'Report OneBuilding',
      'Report SortedBy90Plus',
      'Report CsvExport',
      'WithLedger OpenALease',
      'States Loading',
      'States Empty',
      'States CustomEmpty',
      'States ErrorState',
    ]);
  });

  it.each(all.map(([file, name, Story]) => [`${file} ${name}`, Story] as const))(
    'renders %s in themed widget roots on the host page',
    async (name, Story) => {
      render(<Story />);
      const roots = () => [...document.querySelectorAll<HTMLElement>('[data-ek-root][data-slot]')];
      // Generous waits: the mock replays the ledger fixture on its first call.
      await waitFor(() => expect(roots().length).toBeGreaterThan(0), { timeout: 5000 });
      for (const root of roots()) {
        expect(root.dataset.slot).toMatch(/^(ledger-view|delinquency-report)$/);
        expect(root.closest('[data-docs-host]')).not.toBeNull();
        expect(root.dataset.ekTheme).toBeTruthy();
      }
      // Past loading, except where loading is the point.
      if (!name.endsWith('Loading')) {
        await waitFor(
          () => {
            for (const root of roots()) expect(root.dataset.state).not.toBe('loading');
          },
          { timeout: 5000 },
        );
      }
    },
    15_000,
  );
});

describe('given the built-in theme stories', () => {
  it.each([
    ['EstateKitLight', Themes.EstateKitLight, 'estatekit', 'light'],
    ['EstateKitDark', Themes.EstateKitDark, 'estatekit', 'dark'],
    ['HarbourLight', Themes.HarbourLight, 'harbour', 'light'],
    ['HarbourDark', Themes.HarbourDark, 'harbour', 'dark'],
  ] as const)(
    '%s shows the first page of fixture listings in its theme',
    async (_, Story, theme, mode) => {
      render(<Story />);
      await screen.findByText(newest.listingId);
      expect(gridRoot().dataset.ekTheme).toBe(theme);
      expect(gridRoot().dataset.ekAppearance).toBe(mode);
      expect(gridRoot().dataset.state).toBe('ready');
      expect(screen.getByRole('status').textContent).toBe('60 listings');
      expect(bodyRows()).toHaveLength(25);
    },
  );

  it('follows the toolbar in the playground story', async () => {
    const Playground = composeStory(themes.Playground, themes.default, {
      initialGlobals: { theme: 'harbour', mode: 'dark' },
    });
    render(<Playground />);
    await screen.findByText(newest.listingId);
    expect(gridRoot().dataset.ekTheme).toBe('harbour');
    expect(gridRoot().dataset.ekAppearance).toBe('dark');
  });
});

describe('given the state stories', () => {
  it('Loading shows skeleton rows in a busy grid and keeps waiting', async () => {
    render(<States.Loading />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(gridRoot().dataset.state).toBe('loading');
    expect(screen.getByRole('grid', { name: 'Listings' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading listings…');
    expect(document.querySelector('[data-slot="property-grid-skeleton"]')).not.toBeNull();
  });

  it('Slow network shows the loading state first, then the listings', async () => {
    render(<States.SlowNetwork />);
    expect(screen.getByRole('status').textContent).toBe('Loading listings…');
    await screen.findByText(newest.listingId, {}, { timeout: 4000 });
    expect(screen.getByRole('status').textContent).toBe('60 listings');
  });

  it('Empty says nothing matches and counts 0 listings', async () => {
    render(<States.Empty />);
    await screen.findByText('No listings match these filters.');
    expect(gridRoot().dataset.state).toBe('empty');
    expect(screen.getByRole('status').textContent).toBe('0 listings');
  });

  it("Error shows the API's own message with a Retry button", async () => {
    render(<States.ErrorState />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(forbiddenOriginError.message);
    expect(alert.dataset.code).toBe('FORBIDDEN');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(gridRoot().dataset.state).toBe('error');
  });
});

describe('given the customising stories', () => {
  it('Appearance overrides put token overrides on the root and per-part overrides on parts', async () => {
    render(<Customising.AppearanceOverrides />);
    await screen.findByText(newest.listingId);
    expect(gridRoot().style.getPropertyValue('--ek-primary')).toBe('#0f766e');
    expect(gridRoot().style.getPropertyValue('--ek-radius-md')).toBe('0px');
    const toolbar = document.querySelector<HTMLElement>('[data-slot="property-grid-toolbar"]')!;
    expect(toolbar.classList.contains('agency-toolbar')).toBe(true);
    expect(toolbar.style.borderBottom).toContain('var(--ek-primary)');
    const header = document.querySelector<HTMLElement>('[data-slot="property-grid-header"]')!;
    expect(header.classList.contains('agency-header')).toBe(true);
    expect(header.style.getPropertyValue('--ek-row-background')).toBe('var(--ek-accent)');
  });

  it('Controlled filters follow the host presets and report the grid’s own filter changes', async () => {
    render(<Customising.ControlledFilters />);
    const status = document.querySelector('[data-slot="property-grid-count"]')!;
    const threeBeds = count((l) => (l.bedroomsTotal ?? 0) >= 3);
    await waitFor(() => expect(status.textContent).toBe(`${threeBeds} listings`));
    expect((screen.getByLabelText('Min beds') as HTMLSelectElement).value).toBe('3');

    await userEvent.click(screen.getByRole('button', { name: 'Under $750,000' }));
    const cheap = count((l) => (l.listPrice ?? Number.POSITIVE_INFINITY) <= 75_000_000);
    await waitFor(() => expect(status.textContent).toBe(`${cheap} listings`));
    expect(
      screen.getByRole('button', { name: 'Under $750,000' }).getAttribute('aria-pressed'),
    ).toBe('true');

    await userEvent.selectOptions(screen.getByLabelText('Min beds'), '4');
    const output = screen.getByRole('status', { name: 'Current filters' });
    await waitFor(() =>
      expect(JSON.parse(output.textContent ?? '')).toEqual({
        listPrice: { max: 75_000_000 },
        bedroomsMin: 4,
      }),
    );
    const both = count(
      (l) => (l.listPrice ?? Number.POSITIVE_INFINITY) <= 75_000_000 && (l.bedroomsTotal ?? 0) >= 4,
    );
    await waitFor(() => expect(status.textContent).toBe(`${both} listings`));
  });
});

/** Opens the newest listing's dialog, then the form of `action`; returns the form. */
async function openEnquiry(action: 'Request info' | 'Book a viewing') {
  await userEvent.click(await screen.findByText(newest.listingId));
  const dialog = await screen.findByRole('dialog', { name: `Listing ${newest.listingId}` });
  await userEvent.click(within(dialog).getByRole('button', { name: action }));
  return {
    dialog,
    form: within(dialog).getByRole('form', {
      name: action === 'Request info' ? 'Request information' : 'Book a viewing',
    }),
  };
}

describe('given the enquiry stories', () => {
  it('Enquiries sends a request about the listing and shows the mock API’s reference', async () => {
    render(<Enquiries.Enquiries />);
    const { dialog, form } = await openEnquiry('Request info');
    await userEvent.type(within(form).getByLabelText('Your name (required)'), 'Mary Somerville');
    await userEvent.type(within(form).getByLabelText('Phone'), '123');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));
    // The mock refuses a phone it cannot read, like the API's normaliser, next to the field.
    const phone = within(form).getByLabelText('Phone');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('not a valid phone number')).toBeTruthy();

    await userEvent.clear(phone);
    await userEvent.type(within(form).getByLabelText('Email'), 'mary@example.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));
    const thanks = await within(dialog).findByRole('region', {
      name: 'Thank you, your enquiry was received',
    });
    expect(thanks.textContent).toMatch(/Your reference is L-[0-9A-F]{8}\./);
  });

  it('Enquiry refused asks the visitor to try again in a minute', async () => {
    render(<Enquiries.EnquiryRateLimited />);
    const { form } = await openEnquiry('Book a viewing');
    await userEvent.type(within(form).getByLabelText('Your name (required)'), 'Mary Somerville');
    await userEvent.type(within(form).getByLabelText('Email'), 'mary@example.com');
    fireEvent.change(within(form).getByLabelText('Preferred date and time (required)'), {
      target: { value: '2099-05-01T10:30' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Request viewing' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Too many enquiries were sent from here just now. Please try again in a minute.',
    );
  });

  it('Enquiries off shows the listing without the enquiry actions', async () => {
    render(<Enquiries.EnquiriesOff />);
    await userEvent.click(await screen.findByText(newest.listingId));
    const dialog = await screen.findByRole('dialog', { name: `Listing ${newest.listingId}` });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Request info' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Book a viewing' })).toBeNull();
  });
});

describe('given the createTheme stories', () => {
  it('Sunset Realty themes the grid from the example DTCG tokens, inline on its root', async () => {
    render(<CreateTheme.SunsetRealtyFromDtcg />);
    await screen.findByText(newest.listingId);
    expect(gridRoot().dataset.ekTheme).toBe('sunset-realty');
    expect(gridRoot().style.getPropertyValue('--ek-primary')).toBe('#9a3412');
    expect(gridRoot().style.getPropertyValue('--ek-radius-md')).toBe('10px');
    expect(screen.getByText(/No warnings/)).toBeTruthy();
  });

  it('Low-contrast warnings lists each failing pair with its ratio', async () => {
    render(<CreateTheme.LowContrastWarnings />);
    await screen.findByText(newest.listingId);
    const warnings = within(screen.getByRole('region', { name: 'Theme warnings' }));
    expect(
      warnings.getByText(/primary-foreground on primary has contrast 1\.66:1/).textContent,
    ).toContain('LOW_CONTRAST');
    expect(gridRoot().style.getPropertyValue('--ek-primary')).toBe('#7dd3fc');
  });
});
