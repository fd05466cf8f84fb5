/**
 * The benchmark page (built by `vite.config.ts`, driven by `src/kanban.bench.ts`):
 * EstateKitProvider + LeadKanban with `?leads=N` generated leads (default 1,000) over the
 * nine-stage sales pipeline, answered in the page by a fake `fetch` and `EventSource`
 * (`kanban-fake-api.ts`). `window.kanbanBench.ready` resolves with the load's timings once the
 * board is on screen (`kanban-ready.ts`); `window.kanbanBench.moves` lists the moves saved.
 */
import { LeadKanban } from '@estatekit/ui/lead-kanban';
import { EstateKitProvider } from '@estatekit/ui/provider';
import '@estatekit/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { createBenchApi } from './kanban-fake-api';
import { benchNow, benchPipeline, generateBenchLeads } from './kanban-leads.fixture';
import { type BoardTimings, watchBoard } from './kanban-ready';

declare global {
  interface Window {
    kanbanBench: { ready: Promise<BoardTimings>; moves: { leadId: string; to: string }[] };
  }
}

/** LeadKanban's default `virtualizeThreshold`. */
const VIRTUALIZE_THRESHOLD = 40;

const count = Number(new URLSearchParams(location.search).get('leads') ?? 1000);
const leads = generateBenchLeads(count);
const api = createBenchApi(leads);
const counts = new Map<string, number>(benchPipeline.stages.map((stage) => [stage.key, 0]));
for (const lead of leads) counts.set(lead.stageKey, (counts.get(lead.stageKey) ?? 0) + 1);

const container = document.getElementById('board')!;
window.kanbanBench = {
  ready: watchBoard(container, counts, VIRTUALIZE_THRESHOLD),
  moves: api.moves,
};
createRoot(container).render(
  <EstateKitProvider
    baseUrl="https://api.estatekit.invalid"
    token="bench"
    fetch={api.fetch}
    EventSource={api.EventSource}
  >
    <LeadKanban now={benchNow} virtualizeThreshold={VIRTUALIZE_THRESHOLD} />
  </EstateKitProvider>,
);
