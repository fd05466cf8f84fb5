/**
 * The demo agency's one React island: EstateKit's PropertyGrid inside the provider, plus the
 * site's theme switcher (a host-page control, styled by the host's own CSS) in the header.
 */

import { PropertyGrid } from '@estatekit/ui/property-grid';
import { EstateKitProvider } from '@estatekit/ui/provider';
import '@estatekit/ui/styles.css';
import { StrictMode, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __ESTATEKIT_DEMO__: { apiUrl: string; publishableKey: string };
  }
}

const themes = [
  { value: 'estatekit:light', label: 'EstateKit (light)' },
  { value: 'estatekit:dark', label: 'EstateKit (dark)' },
  { value: 'harbour:light', label: 'Harbour (light)' },
  { value: 'harbour:dark', label: 'Harbour (dark)' },
] as const;

function DemoSite() {
  const { apiUrl, publishableKey } = window.__ESTATEKIT_DEMO__;
  const [choice, setChoice] = useState<string>(themes[0].value);
  const [theme, mode] = choice.split(':') as [string, 'light' | 'dark'];
  const slot = document.getElementById('theme-switcher-slot');
  return (
    <>
      {slot &&
        createPortal(
          <label>
            Theme{' '}
            <select
              id="theme-switcher"
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
            >
              {themes.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>,
          slot,
        )}
      <EstateKitProvider
        baseUrl={apiUrl}
        publishableKey={publishableKey}
        locale="en-US"
        currency="USD"
        appearance={{ theme, mode }}
      >
        <PropertyGrid />
      </EstateKitProvider>
    </>
  );
}

createRoot(document.getElementById('estatekit-grid')!).render(
  <StrictMode>
    <DemoSite />
  </StrictMode>,
);
