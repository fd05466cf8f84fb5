import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PropertyGrid } from '../property-grid/property-grid';
import { createFakeApi } from '../test/fake-api';
import { makeListings } from '../test/listings';
import { createEstateKitClient } from './create-clients';
import { useEstateKit } from './estatekit-context';
import { EstateKitProvider } from './estatekit-provider';

const listApi = () =>
  createFakeApi({
    'properties.list': () => ({
      items: makeListings(2),
      total: 2,
      page: 1,
      pageSize: 50,
      nextCursor: null,
    }),
  });

describe('given an embed token function', () => {
  it('sends its current value as the bearer token to the base URL plus /trpc', async () => {
    const api = listApi();
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = (url, init) => {
      seen.push(String(url));
      return api.fetch(url, init);
    };
    render(
      <EstateKitProvider baseUrl="https://api.test/" token={async () => 'embed.jwt'} fetch={fetch}>
        <PropertyGrid />
      </EstateKitProvider>,
    );
    await screen.findByText('MLS-1001');
    expect(api.calls[0]?.authorization).toBe('Bearer embed.jwt');
    expect(seen[0]).toMatch(/^https:\/\/api\.test\/trpc\/properties\.list\?batch=1&input=/);
  });
});

describe('given two providers on one page', () => {
  it('keeps their credentials and caches apart', async () => {
    const a = listApi();
    const b = listApi();
    render(
      <>
        <EstateKitProvider baseUrl="https://a.test" publishableKey="pk_a" fetch={a.fetch}>
          <PropertyGrid />
        </EstateKitProvider>
        <EstateKitProvider baseUrl="https://b.test" publishableKey="pk_b" fetch={b.fetch}>
          <PropertyGrid />
        </EstateKitProvider>
      </>,
    );
    await waitFor(() => expect(screen.getAllByText('MLS-1001')).toHaveLength(2));
    expect(a.calls.map((c) => c.authorization)).toEqual(['Bearer pk_a']);
    expect(b.calls.map((c) => c.authorization)).toEqual(['Bearer pk_b']);
  });
});

describe('given an appearance', () => {
  it('themes the widget root and applies token and per-part overrides', async () => {
    const api = listApi();
    const { container } = render(
      <EstateKitProvider
        baseUrl="https://api.test"
        publishableKey="pk"
        fetch={api.fetch}
        appearance={{
          theme: 'harbour',
          mode: 'dark',
          variables: { primary: '#0a7d55' },
          elements: {
            'property-grid-toolbar': { className: 'host-toolbar', style: { gap: '2px' } },
          },
        }}
      >
        <PropertyGrid className="host-grid" />
      </EstateKitProvider>,
    );
    const root = container.querySelector<HTMLElement>('[data-slot="property-grid"]')!;
    expect(root.hasAttribute('data-ek-root')).toBe(true);
    expect(root.classList.contains('ek-root')).toBe(true);
    expect(root.classList.contains('host-grid')).toBe(true);
    expect(root.dataset.ekTheme).toBe('harbour');
    expect(root.dataset.ekAppearance).toBe('dark');
    expect(root.style.getPropertyValue('--ek-primary')).toBe('#0a7d55');
    const toolbar = container.querySelector<HTMLElement>('[data-slot="property-grid-toolbar"]')!;
    expect(toolbar.classList.contains('host-toolbar')).toBe(true);
    expect(toolbar.classList.contains('ek:flex')).toBe(true);
    expect(toolbar.style.gap).toBe('2px');
    // Nothing outside the widget is touched.
    expect(container.firstElementChild).toBe(root);
  });
});

describe('given a widget outside any provider', () => {
  it('throws an error that names the fix', () => {
    expect(() => renderHook(() => useEstateKit())).toThrow(/inside <EstateKitProvider/);
  });
});

describe('given a subscription', () => {
  it('opens an EventSource to /trpc/<path> carrying the credential as connectionParams', async () => {
    const api = createFakeApi({});
    const opened: string[] = [];
    const EventSource = class extends (api.EventSource as unknown as new (url: string) => object) {
      constructor(url: string) {
        super(url);
        opened.push(url);
      }
    } as unknown as typeof globalThis.EventSource;
    const client = createEstateKitClient({
      baseUrl: 'https://api.test/',
      credential: () => async () => 'embed.jwt',
      fetch: api.fetch,
      EventSource,
    });
    const received: unknown[] = [];
    const subscription = client.leads.onChange.subscribe(
      { pipelineKey: 'sales' },
      { onData: (event) => received.push(event) },
    );
    await waitFor(() => expect(api.listening('leads.onChange')).toBe(1));
    const url = new URL(opened[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://api.test/trpc/leads.onChange');
    expect(JSON.parse(url.searchParams.get('connectionParams')!)).toEqual({
      authorization: 'Bearer embed.jwt',
    });
    expect(JSON.parse(url.searchParams.get('input')!)).toEqual({ pipelineKey: 'sales' });
    api.emit('leads.onChange', { leadId: 'l1', kind: 'moved' });
    await waitFor(() => expect(received).toEqual([{ leadId: 'l1', kind: 'moved' }]));
    subscription.unsubscribe();
    expect(api.listening('leads.onChange')).toBe(0);
  });
});
