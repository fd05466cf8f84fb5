import { describe, expect, it } from 'vitest';
import {
  breakdown,
  busyTime,
  frameTimes,
  longTasks,
  rendererMain,
  type TraceEvent,
} from './kanban-trace';

const PAGE = 7;
const MAIN = 1;

/** An event on the page's main thread; `at` and `dur` in ms. */
const on = (
  name: string,
  at: number,
  dur?: number,
  data?: Record<string, unknown>,
): TraceEvent => ({
  name,
  ph: 'X',
  ts: at * 1000,
  ...(dur === undefined ? {} : { dur: dur * 1000 }),
  pid: PAGE,
  tid: MAIN,
  ...(data ? { args: { data } } : {}),
});

const header: TraceEvent[] = [
  {
    name: 'TracingStartedInBrowser',
    ph: 'I',
    ts: 0,
    pid: 1,
    tid: 1,
    args: { data: { frames: [{ processId: PAGE, isOutermostMainFrame: true }] } },
  },
  { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: PAGE, tid: 2, args: { name: 'Compositor' } },
];

describe('given a trace of one key press and the frames after it', () => {
  const events: TraceEvent[] = [
    ...header,
    // keydown: a 12 ms task whose handler runs 10 ms, 2 ms of it layout.
    on('RunTask', 100, 12),
    on('EventDispatch', 101, 10, { type: 'keydown' }),
    on('Layout', 105, 2),
    { ...on('EventTiming', 100), ph: 'b', args: { data: { type: 'keydown', duration: 30 } } },
    // the frame that shows it, 3 ms after: 6 ms, 1 ms of it paint and 2 ms commit.
    on('RunTask', 115, 6),
    on('ProxyMain::BeginMainFrame', 115, 6),
    on('Paint', 116, 1),
    on('Commit', 118, 2),
    // later, after an idle frame interval: a 60 ms timer and its frame.
    on('RunTask', 200, 60),
    on('RunTask', 262, 4),
    on('ProxyMain::BeginMainFrame', 262, 4),
    // an event of another thread, ignored.
    { ...on('RunTask', 100, 500), tid: 2 },
  ];
  const main = rendererMain(events);

  it('reads the main thread’s top-level tasks and rendering updates only', () => {
    expect(main.tasks).toHaveLength(4);
    expect(main.frames).toEqual([121, 266]);
  });

  it('matches the keydown with its task, handler time and Event Timing duration', () => {
    expect(main.keydowns).toEqual([
      { task: { start: 100, end: 112 }, handler: 10, toNextPaint: 30 },
    ]);
  });

  it('groups tasks into frames up to each rendering update', () => {
    expect(frameTimes(main, 100, 300)).toEqual([18, 64]);
  });

  it('leaves out work an idle frame interval separates from the next frame', () => {
    const idle = rendererMain([
      ...header,
      on('RunTask', 0, 5),
      on('RunTask', 30, 5),
      on('ProxyMain::BeginMainFrame', 31, 4),
      on('RunTask', 40, 3),
    ]);
    expect(frameTimes(idle, 0, 100)).toEqual([5]);
  });

  it('sums busy time, long tasks and phases over a span', () => {
    expect(busyTime(main, 100, 200)).toBe(18);
    expect(longTasks(main, 0, 1000)).toEqual([60]);
    expect(breakdown(main, 100, 200)).toEqual({
      gc: 0,
      style: 0,
      layout: 2,
      paint: 1,
      commit: 2,
      script: 13,
    });
  });
});

describe('given a trace without the page’s renderer', () => {
  it('says so rather than measuring another thread', () => {
    expect(() => rendererMain(header.slice(0, 1))).toThrow('CrRendererMain');
    expect(() => rendererMain([])).toThrow('TracingStartedInBrowser');
  });
});
