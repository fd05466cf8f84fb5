import type { LeadDto } from '@estatekit/domain';
import type { Theme } from '@estatekit/themes';
import { type EstateKitAppearance, EstateKitProvider } from '@estatekit/ui/provider';
import type { Decorator } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import {
  createMockApi,
  type LedgerFixture,
  type MockApiError,
  type MockApiScenario,
  type MockCapture,
  type MockRole,
} from '../mock-api';

/** Built-in themes offered by the toolbar. */
export const docsThemes = ['estatekit', 'harbour'] as const;
export type DocsThemeName = (typeof docsThemes)[number];

/** Colour modes offered by the toolbar. */
export const docsModes = ['light', 'dark'] as const;
export type DocsMode = (typeof docsModes)[number];

/**
 * `parameters.estatekit` of a story: what the mocked API answers and how the provider's
 * `appearance` differs from the toolbar's theme and mode.
 */
export interface EstateKitStoryParameters {
  /** Default `'listings'` (the 60 fixture listings). */
  api?: MockApiScenario;
  /** Milliseconds before each API answer (default 0). */
  latencyMs?: number;
  /** The error of the `error` scenario (default: a publishable key used from a foreign origin). */
  error?: MockApiError;
  /** Leads of the mocked pipeline (default: the ~40 fixture leads). */
  leads?: readonly LeadDto[];
  /**
   * The caller's role: a `manager` (default) reassigns leads and moves money (records and
   * reverses payments); an `accountant` moves money; others get the API's FORBIDDEN for both.
   */
  role?: MockRole;
  /** Another user moves a lead this often while a board is open (ms; default never). */
  someoneElseEveryMs?: number;
  /** How `leads.capture` answers enquiries: `received` (default) or `rate_limited`. */
  capture?: MockCapture;
  /**
   * The rent ledgers of `ledger.*` and `reports.delinquency*` (default: the fixture's 13 leases
   * in two Seattle buildings, replayed to 10 March 2026). Pass a stable object (module scope).
   */
  ledger?: LedgerFixture;
  /** A theme object (from `createTheme`) instead of the toolbar's built-in theme. */
  theme?: Theme;
  variables?: EstateKitAppearance['variables'];
  elements?: EstateKitAppearance['elements'];
}

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.find((option) => option === value) ?? fallback;

/** Stands in for the agency's page around the widget, dark when the widget is. */
const hostPage = (mode: DocsMode): CSSProperties => ({
  minHeight: '100vh',
  padding: 24,
  boxSizing: 'border-box',
  background: mode === 'dark' ? '#0b1120' : '#f1f5f9',
});

function StoryProvider(props: {
  parameters: EstateKitStoryParameters;
  theme: DocsThemeName;
  mode: DocsMode;
  children: ReactNode;
}) {
  const { parameters, theme, mode, children } = props;
  const { api: scenario, latencyMs, error, variables, elements } = parameters;
  const { leads, role, someoneElseEveryMs, capture, ledger } = parameters;
  const api = useMemo(
    () =>
      createMockApi({
        scenario,
        latencyMs,
        error,
        leads,
        role,
        someoneElseEveryMs,
        capture,
        ledger,
      }),
    [scenario, latencyMs, error, leads, role, someoneElseEveryMs, capture, ledger],
  );
  const themeObject = parameters.theme;
  const appearance = useMemo<EstateKitAppearance>(
    () => ({ theme: themeObject ?? theme, mode, variables, elements }),
    [themeObject, theme, mode, variables, elements],
  );
  return (
    <div data-docs-host="" style={hostPage(mode)}>
      <EstateKitProvider
        baseUrl="https://api.estatekit.test"
        publishableKey="ek_pk_docs_example"
        fetch={api.fetch}
        EventSource={api.EventSource}
        appearance={appearance}
      >
        {children}
      </EstateKitProvider>
    </div>
  );
}

/**
 * Wraps every story in an `<EstateKitProvider>` whose requests go to the mocked API
 * (`parameters.estatekit.api`) and whose `appearance` follows the toolbar's theme and mode
 * (`globals.theme`, `globals.mode`; a story may pin them with `globals`).
 */
export const withEstateKit: Decorator = (Story, context) => (
  <StoryProvider
    parameters={(context.parameters.estatekit ?? {}) as EstateKitStoryParameters}
    theme={oneOf(docsThemes, context.globals.theme, 'estatekit')}
    mode={oneOf(docsModes, context.globals.mode, 'light')}
  >
    <Story />
  </StoryProvider>
);
