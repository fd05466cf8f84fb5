/*
 * When the benchmark board is on screen, measured in the page. A MutationObserver on the
 * board's container checks the DOM after every React commit; once it holds, the time is taken
 * after the next frame has been painted (a task posted from a requestAnimationFrame callback
 * runs after that frame's style, layout and paint), and the cards' boxes are checked.
 */

/** Marks (ms since navigation start, `performance.timeOrigin`) and what the board rendered. */
export interface BoardTimings {
  /** `kanban:mount`: just before `createRoot().render()`. */
  mount: number;
  /** `kanban:first-cards`: every column painted with its first card inside its viewport. */
  firstCards: number;
  /** `kanban:settled`: every long column painted as its virtualized list (only cards in view). */
  settled: number;
  /** Cards in the DOM at `settled`, and leads on the board. */
  cardsInDom: number;
  leads: number;
}

const cardSelector = '[data-slot="lead-kanban-card"]';

function columnsOf(root: HTMLElement, counts: ReadonlyMap<string, number>) {
  const columns = Array.from(
    root.querySelectorAll<HTMLElement>('[data-slot="lead-kanban-column"]'),
  );
  if (columns.length !== counts.size) return null;
  return columns.map((column) => ({
    column,
    expected: counts.get(column.dataset.stageKey ?? '') ?? 0,
  }));
}

/** Every column is rendered, and every column with leads holds at least one card. */
function firstCardsInDom(root: HTMLElement, counts: ReadonlyMap<string, number>): boolean {
  return Boolean(
    columnsOf(root, counts)?.every(
      ({ column, expected }) => expected === 0 || column.querySelector(cardSelector),
    ),
  );
}

/** Long columns hold their virtualized list with cards; short ones hold all their cards. */
function settledInDom(
  root: HTMLElement,
  counts: ReadonlyMap<string, number>,
  threshold: number,
): boolean {
  return Boolean(
    columnsOf(root, counts)?.every(({ column, expected }) =>
      expected > threshold
        ? column.querySelector(`ul[data-virtual] ${cardSelector}`)
        : column.querySelectorAll(cardSelector).length === expected,
    ),
  );
}

/** Each column's first card has a box, and its top is inside the column's scrolling viewport. */
function firstCardsVisible(root: HTMLElement, counts: ReadonlyMap<string, number>): boolean {
  return (columnsOf(root, counts) ?? []).every(({ column, expected }) => {
    if (expected === 0) return true;
    const card = column.querySelector(`${cardSelector}[data-index="0"]`);
    const viewport = column.querySelector('[data-slot="lead-kanban-column-viewport"]');
    if (!card || !viewport) return false;
    const box = card.getBoundingClientRect();
    const view = viewport.getBoundingClientRect();
    return box.height > 0 && box.top >= view.top - 1 && box.top < view.bottom;
  });
}

/** Runs `callback` in a task after the next frame (rAF, then a posted message). */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the board in `root` has painted its first cards and then its virtualized
 * columns; `counts` is each stage's number of leads, `threshold` the board's
 * `virtualizeThreshold`. Call it just before mounting.
 */
export function watchBoard(
  root: HTMLElement,
  counts: ReadonlyMap<string, number>,
  threshold: number,
): Promise<BoardTimings> {
  const mount = performance.mark('kanban:mount').startTime;
  return new Promise((resolve) => {
    let phase: 'first-cards' | 'settled' | 'done' = 'first-cards';
    let waiting = false;
    let firstCards = 0;
    const check = () => {
      if (waiting || phase === 'done') return;
      const inDom =
        phase === 'first-cards'
          ? firstCardsInDom(root, counts)
          : settledInDom(root, counts, threshold);
      if (!inDom) return;
      waiting = true;
      afterNextPaint(() => {
        waiting = false;
        // Laid out but not yet in place (a virtualized list before its first measure): next frame.
        if (!firstCardsVisible(root, counts)) return requestAnimationFrame(check);
        const at = performance.mark(`kanban:${phase}`).startTime;
        if (phase === 'first-cards') {
          firstCards = at;
          phase = 'settled';
          return check();
        }
        phase = 'done';
        observer.disconnect();
        resolve({
          mount,
          firstCards,
          settled: at,
          cardsInDom: root.querySelectorAll(cardSelector).length,
          leads: [...counts.values()].reduce((a, b) => a + b, 0),
        });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
  });
}
