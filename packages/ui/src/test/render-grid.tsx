import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { EstateKitProvider, type EstateKitProviderProps } from '../provider/estatekit-provider';

/** Renders `ui` inside a provider whose requests go to `fetch` (a fake API) and its `EventSource`. */
export function renderWithProvider(
  ui: ReactElement,
  fetch: typeof globalThis.fetch,
  props: Partial<
    Pick<EstateKitProviderProps, 'locale' | 'currency' | 'appearance' | 'theme' | 'EventSource'>
  > = {},
): RenderResult {
  return render(
    <EstateKitProvider
      baseUrl="https://api.test"
      publishableKey="pk_test_123"
      fetch={fetch}
      {...props}
    >
      {ui}
    </EstateKitProvider>,
  );
}
