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
    await import('../lead-kanban/index');
    await import('../agent-workload/index');
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

  it('renders the kanban and the workload shells without opening a live connection', async () => {
    const { EstateKitProvider } = await import('../provider/index');
    const { LeadKanban } = await import('../lead-kanban/index');
    const { AgentWorkload } = await import('../agent-workload/index');
    const html = renderToString(
      <EstateKitProvider baseUrl="https://api.test" publishableKey="pk">
        <LeadKanban />
        <AgentWorkload />
      </EstateKitProvider>,
    );
    expect(html).toContain('data-slot="lead-kanban"');
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Loading leads…');
    expect(html).toContain('data-slot="agent-workload"');
  });
});
