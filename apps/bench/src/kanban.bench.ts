/**
 * `<LeadKanban>` with 1,000 cards in headless Chromium: how long the board takes to show, and
 * how much main-thread time a keyboard drag across two columns costs, next to the same board
 * with 10 cards measured in the same run (same page, code, pipeline and browser: what 1,000
 * cards add).
 *
 * The page (`kanban/`, built with Vite in production mode at the start of the run and served
 * from 127.0.0.1 by this process) renders EstateKitProvider + LeadKanban over the nine-stage
 * sales pipeline; a fake `fetch` in the page answers `pipelines.byKey`, `leads.list` (every
 * lead; 1,000 spread over all stages as the docs' 1,000-card story spreads them, so every column
 * is longer than `virtualizeThreshold` and virtualized) and `leads.move` (accepted), and an
 * `EventSource` stub keeps the live subscription quiet. No network, deterministic. Chromium
 * (every process) runs on core 1, this process on core 0.
 *
 * Initial render: `loads` fresh page loads per board (each in a new browser context, boards
 * alternating). In the page a MutationObserver checks the DOM after each React commit; once
 * every column is rendered with a card, the time is marked after the next frame is painted (a
 * task posted from a requestAnimationFrame callback), if each column's first card lies inside
 * its scrolling viewport. Reported from navigation start and from the mount (just before
 * `createRoot().render()`), then again once every long column shows its virtualized list.
 * Long tasks (Long Tasks API) up to then give the longest task and the blocking time (Σ of
 * each long task's time over 50 ms, as Lighthouse's TBT).
 *
 * Keyboard drag: on `pages` fresh pages per board, `drags` drags of one card each: focus the
 * card's drag handle, Space (dnd-kit's KeyboardSensor picks it up), ArrowRight twice (the
 * board's coordinate getter moves one stage per key: New → Contacted → Needs analysis), Space
 * (drop; the move is saved and the lists refetched), 300 ms between keys and 1 s after the drop;
 * the next drag brings the card back with ArrowLeft, and the moves the fake API saved are
 * checked. The first drag on a page runs code for the first time (cold); later drags are warm.
 * Every page is traced (Chrome's DevTools timeline categories) and the renderer main thread read
 * back (`kanban-trace.ts`): its top-level tasks are summed up to and including each rendering
 * update (an idle gap of a frame interval starts the sum afresh), so each frame's figure is the
 * main-thread work it waited for; the target asks each to fit 16 ms. Per key press: the
 * main-thread time of every task from its keydown until the next key (the drop's until 1 s
 * later, so it includes saving the move and re-rendering the refetched list), the keydown
 * handler alone, and Event Timing's key-to-next-paint; and where the time goes (script, GC,
 * style, layout, paint, commit).
 *
 * Why a trace: a requestAnimationFrame loop measures the frame interval, 16.7 ms at 60 Hz
 * whether a frame took 1 ms of work or 16 (and it forces a frame at every vsync, adding work of
 * its own); the Long Tasks API sees only tasks of 50 ms or more. The trace records every task
 * and rendering update without touching the page; tracing costs a little, the same on both
 * boards.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import type { BoardTimings } from '../kanban/kanban-ready';
import { pinSelf } from './child';
import { buildKanbanPage, launchChromium, serveKanbanPage } from './kanban-browser';
import { BOARDS, type DragResult, kanbanSection, type LoadResult } from './kanban-report';
import {
  breakdown,
  busyTime,
  frameTimes,
  longTasks,
  rendererMain,
  type TraceEvent,
} from './kanban-trace';
import { runIfMain } from './main';
import type { Section } from './report';

const VIEWPORT = { width: 1440, height: 900 };
const KEY_GAP_MS = 300;
const SETTLE_MS = 1000;
const READY_TIMEOUT_MS = 30_000;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'cc',
];

declare global {
  interface Window {
    kanbanBench: { ready: Promise<BoardTimings>; moves: { leadId: string; to: string }[] };
  }
}

const column = (stage: string) => `[data-slot="lead-kanban-column"][data-stage-key="${stage}"]`;
const handleOf = (leadId: string) =>
  `[data-slot="lead-kanban-card"][data-lead-id="${leadId}"] [data-slot="lead-kanban-card-handle"]`;

/** Opens the page with `leads` leads in a new browser context; resolves once the board shows. */
async function openBoard(browser: Browser, url: string, leads: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.goto(`${url}?leads=${leads}`);
    const timings = await Promise.race([
      page.evaluate(() => window.kanbanBench.ready),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const why = errors.length ? `: ${errors.join('; ')}` : '';
          reject(
            new Error(
              `the ${leads}-card board did not show within ${READY_TIMEOUT_MS / 1000} s${why}`,
            ),
          );
        }, READY_TIMEOUT_MS);
      }),
    ]);
    if (timings.leads !== leads) {
      throw new Error(`board shows ${timings.leads} leads, not ${leads}`);
    }
    return { page, timings, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Long tasks (Long Tasks API, buffered) that started before `until`, ms. */
function longTasksBefore(page: Page, until: number): Promise<number[]> {
  return page.evaluate(
    (end) =>
      new Promise<number[]>((resolve) => {
        const timer = setTimeout(() => resolve([]), 300);
        new PerformanceObserver((list) => {
          clearTimeout(timer);
          resolve(
            list
              .getEntries()
              .filter((e) => e.startTime < end)
              .map((e) => e.duration),
          );
        }).observe({ type: 'longtask', buffered: true });
      }),
    until,
  );
}

async function measureLoad(browser: Browser, url: string, leads: number): Promise<LoadResult> {
  const board = await openBoard(browser, url, leads);
  try {
    const tasks = await longTasksBefore(board.page, board.timings.settled);
    return {
      ...board.timings,
      longestTask: Math.max(0, ...tasks),
      blockingTime: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await board.close();
  }
}

/** `drags` keyboard drags of one card on a fresh page, traced. */
async function measureDrags(
  browser: Browser,
  url: string,
  leads: number,
  drags: number,
): Promise<DragResult[]> {
  const board = await openBoard(browser, url, leads);
  const { page } = board;
  try {
    await page.waitForTimeout(1000); // the on-demand chunks prefetched when idle
    const leadId = await page
      .locator(`${column('new')} [data-slot="lead-kanban-card"][data-index="0"]`)
      .getAttribute('data-lead-id');
    if (!leadId) throw new Error('no card in New');
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const expected: { leadId: string; to: string }[] = [];
    for (let d = 0; d < drags; d++) {
      const arrow = d % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
      expected.push({ leadId, to: d % 2 === 0 ? 'needs_analysis' : 'new' });
      await page.locator(handleOf(leadId)).focus();
      await page.waitForTimeout(200);
      for (const key of ['Space', arrow, arrow, 'Space']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(KEY_GAP_MS);
      }
      await page.waitForTimeout(SETTLE_MS - KEY_GAP_MS + 150);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const saved = await page.evaluate(() => window.kanbanBench.moves);
    if (JSON.stringify(saved) !== JSON.stringify(expected)) {
      throw new Error(`the drags saved ${JSON.stringify(saved)}, not ${JSON.stringify(expected)}`);
    }
    const main = rendererMain(trace.traceEvents);
    if (main.keydowns.length !== drags * 4) {
      throw new Error(`trace holds ${main.keydowns.length} keydowns, not ${drags * 4}`);
    }
    return Array.from({ length: drags }, (_, d) => {
      const keys = main.keydowns.slice(d * 4, d * 4 + 4);
      const from = keys[0]!.task.start;
      const to = keys[3]!.task.start + SETTLE_MS;
      return {
        cold: d === 0,
        frames: frameTimes(main, from, to),
        keys: keys.map((key, i) => ({
          busy: busyTime(main, key.task.start, keys[i + 1]?.task.start ?? to),
          handler: key.handler,
          toNextPaint: key.toNextPaint,
        })),
        longTasks: longTasks(main, from, to),
        phases: breakdown(main, from, to),
      };
    });
  } finally {
    await board.close();
  }
}

/**
 * Runs the benchmark: `loads` page loads per board, `pages` × `drags` keyboard drags per board
 * (`drags` ≥ 2: the first drag of a page is reported apart from the later ones).
 */
export async function runKanbanBench(loads = 7, pages = 3, drags = 3): Promise<Section> {
  if (loads < 1 || pages < 1 || drags < 2) {
    throw new Error('the kanban benchmark needs loads ≥ 1, pages ≥ 1 and drags ≥ 2');
  }
  const loadBefore = loadavg()[0]!;
  await buildKanbanPage();
  const server = await serveKanbanPage();
  pinSelf('0');
  const { browser, pinned } = await launchChromium(1);
  const version = browser.version();
  const renders = new Map<number, LoadResult[]>(BOARDS.map((n) => [n, []]));
  const dragResults = new Map<number, DragResult[]>(BOARDS.map((n) => [n, []]));
  try {
    for (let i = 0; i < loads; i++) {
      for (const n of BOARDS) renders.get(n)!.push(await measureLoad(browser, server.url, n));
    }
    console.error('kanban: page loads done');
    for (let i = 0; i < pages; i++) {
      for (const n of BOARDS) {
        dragResults.get(n)!.push(...(await measureDrags(browser, server.url, n, drags)));
      }
    }
    console.error('kanban: drags done');
  } finally {
    await browser.close();
    await server.close();
    pinSelf('0,1');
  }
  const loadAfter = loadavg()[0]!;
  return kanbanSection({
    renders,
    dragResults,
    loads,
    pages,
    drags,
    keyGapMs: KEY_GAP_MS,
    settleMs: SETTLE_MS,
    viewport: VIEWPORT,
    version,
    pinned,
    loadBefore,
    loadAfter,
  });
}

runIfMain(import.meta.url, () =>
  runKanbanBench(
    Number(process.env.BENCH_KANBAN_LOADS ?? 7),
    Number(process.env.BENCH_KANBAN_PAGES ?? 3),
    Number(process.env.BENCH_KANBAN_DRAGS ?? 3),
  ),
);
