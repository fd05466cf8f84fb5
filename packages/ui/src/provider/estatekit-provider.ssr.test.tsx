// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('given a server without window or document', () => {
  it('imports every entry and renders the grid shell to HTML', async () => {
    expect(typeof window).toBe('undefined');
    const { EstateKitProvider, PropertyGrid } = await import('../index');
    await import('../provider/index');
    await import('../property-grid/index');
    await import('../property-grid-dialog/index');
    const html = renderToString(
      <EstateKitProvider baseUrl="https://api.test" publishableKey="pk" appearance="system">
        <PropertyGrid />
      </EstateKitProvider>,
    );
    expect(html).toContain('data-ek-root=""');
    expect(html).toContain('data-ek-appearance="system"');
    expect(html).toContain('role="grid"');
    expect(html).toContain('Loading listings…');
  });
});
