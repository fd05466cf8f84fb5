/**
 * Reads a Chrome trace (`browser.startTracing` with the DevTools timeline categories) of the
 * kanban benchmark page: the renderer main thread's top-level tasks, its rendering updates and
 * its keydown events, then the main-thread time of each frame and of each key press. Pure; the
 * benchmark (kanban.bench.ts) records the trace. Times are milliseconds on the trace's clock.
 */

/** One trace event, as far as this file reads it (`ts` and `dur` in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** A span of main-thread time. */
export interface Span {
  start: number;
  end: number;
}

/** A keydown as the page handled it. */
export interface KeyDown {
  /** The top-level task that dispatched it. */
  task: Span;
  /** Its listeners (`EventDispatch`). */
  handler: number;
  /** Event Timing's duration: from the key event to the next frame presented after it. */
  toNextPaint: number | null;
}

/** What the main thread spends time on, besides script. */
export type Phase = 'gc' | 'style' | 'layout' | 'paint' | 'commit';

const phaseOf: Record<string, Phase> = {
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
};

/** The page's renderer main thread in a trace. */
export interface RendererMain {
  /** Top-level tasks (`RunTask`), in order, none nested. */
  tasks: Span[];
  /** Slices of GC, style, layout, paint and commit inside those tasks. */
  phases: (Span & { phase: Phase })[];
  /** End of each rendering update on the main thread (`ProxyMain::BeginMainFrame`), in order. */
  frames: number[];
  keydowns: KeyDown[];
}

const ms = (us: number) => us / 1000;
const spanOf = (e: TraceEvent): Span => ({ start: ms(e.ts), end: ms(e.ts + (e.dur ?? 0)) });

/** The renderer process of the page's main frame (`TracingStartedInBrowser`). */
function pageProcess(events: readonly TraceEvent[]): number {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (e.args?.data?.frames ?? []) as {
      processId?: number;
      isOutermostMainFrame?: boolean;
    }[];
    const main = frames.find((f) => f.isOutermostMainFrame) ?? frames[0];
    if (main?.processId) return main.processId;
  }
  throw new Error('trace without TracingStartedInBrowser: cannot tell the page’s renderer');
}

/**
 * The page's renderer main thread (`CrRendererMain` of the main frame's process): its top-level
 * tasks, rendering updates and keydowns (each with its Event Timing entry, matched in order).
 * Throws when the trace has no such thread.
 */
export function rendererMain(events: readonly TraceEvent[]): RendererMain {
  const pid = pageProcess(events);
  const tid = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  )?.tid;
  if (tid === undefined) throw new Error(`no CrRendererMain thread in renderer ${pid}`);
  const main = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks: Span[] = [];
  for (const e of main) {
    if (e.ph !== 'X' || e.name !== 'RunTask') continue;
    const span = spanOf(e);
    const last = tasks.at(-1);
    if (last && span.start < last.end) continue; // a task inside a nested run loop
    tasks.push(span);
  }
  const phases = main.flatMap((e) => {
    const phase = e.ph === 'X' ? phaseOf[e.name] : undefined;
    return phase ? [{ ...spanOf(e), phase }] : [];
  });
  const frames = main
    .filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame')
    .map((e) => spanOf(e).end);
  const timings = main
    .filter((e) => e.ph === 'b' && e.name === 'EventTiming' && e.args?.data?.type === 'keydown')
    .map((e) => Number(e.args?.data?.duration));
  const dispatches = main.filter(
    (e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const keydowns = dispatches.map((e, i): KeyDown => {
    const at = ms(e.ts);
    const task = tasks.find((t) => t.start <= at && at <= t.end) ?? spanOf(e);
    const toNextPaint = timings.length === dispatches.length ? (timings[i] ?? null) : null;
    return { task, handler: ms(e.dur ?? 0), toNextPaint };
  });
  return { tasks, phases, frames, keydowns };
}

/** The renderer's frame interval at 60 Hz. */
export const FRAME_INTERVAL = 1000 / 60;

/**
 * The main-thread time of each frame drawn between `from` and `to`: the top-level tasks that
 * started in that span are taken in order and summed until a task that ran a rendering update
 * (`ProxyMain::BeginMainFrame`, which ends the frame); an idle gap of a whole frame interval
 * starts the sum afresh, since the main thread was free to draw a frame there and the work
 * before it delayed none. The result, one value per rendering update, is the work each frame
 * waited for, which must fit the frame interval for the page to keep up with 60 frames per
 * second.
 */
export function frameTimes(main: RendererMain, from: number, to: number): number[] {
  const frames: number[] = [];
  let busy = 0;
  let previousEnd = Number.NEGATIVE_INFINITY;
  let f = 0;
  for (const task of main.tasks) {
    if (task.start < from || task.start >= to) continue;
    if (task.start - previousEnd >= FRAME_INTERVAL) busy = 0;
    busy += task.end - task.start;
    previousEnd = task.end;
    while (f < main.frames.length && main.frames[f]! < task.start) f++;
    if (f < main.frames.length && main.frames[f]! <= task.end) {
      frames.push(busy);
      busy = 0;
    }
  }
  return frames;
}

/** Sum of the durations of the top-level tasks that started in [from, to). */
export function busyTime(main: RendererMain, from: number, to: number): number {
  return main.tasks
    .filter((t) => t.start >= from && t.start < to)
    .reduce((sum, t) => sum + (t.end - t.start), 0);
}

/** Top-level tasks that started in [from, to) and ran 50 ms or more (the Long Tasks API's bar). */
export function longTasks(main: RendererMain, from: number, to: number): number[] {
  return main.tasks
    .filter((t) => t.start >= from && t.start < to && t.end - t.start >= 50)
    .map((t) => t.end - t.start);
}

/**
 * Where the main-thread time of [from, to) went: garbage collection, style, layout, paint
 * (pre-paint, paint, layerize), commit (handing the frame to the compositor thread, mostly
 * waiting for it) and the rest, which is script (event handlers, timers, React, dnd-kit) and
 * small bookkeeping.
 */
export function breakdown(
  main: RendererMain,
  from: number,
  to: number,
): Record<Phase | 'script', number> {
  const sums = { gc: 0, style: 0, layout: 0, paint: 0, commit: 0, script: 0 };
  for (const slice of main.phases) {
    if (slice.start >= from && slice.start < to) sums[slice.phase] += slice.end - slice.start;
  }
  const phases = sums.gc + sums.style + sums.layout + sums.paint + sums.commit;
  sums.script = Math.max(0, busyTime(main, from, to) - phases);
  return sums;
}
