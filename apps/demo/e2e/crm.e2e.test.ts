/**
 * The agency's back office (`/crm.html`) as its manager uses it, on the pipeline the demo seeds
 * on its first start: LeadKanban and AgentWorkload with an embed token from the demo server.
 * Moves by mouse and by keyboard are saved (they survive a reload), a move the pipeline forbids
 * snaps back with the rule's message next to the card, and a second browser sees a move live.
 */
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let browser: Browser;
let context: BrowserContext;
/** Leads a test has moved; later tests pick others. */
const used = new Set<string>();

const office = () => `${inject('demoUrl')}/crm.html`;
const column = (page: Page, stage: string) =>
  page.locator(`[data-slot="lead-kanban-column"][data-stage-key="${stage}"]`);
const card = (scope: Page | Locator, leadId: string) =>
  scope.locator(`[data-slot="lead-kanban-card"][data-lead-id="${leadId}"]`);
const handle = (scope: Page | Locator, leadId: string) =>
  card(scope, leadId).locator('[data-slot="lead-kanban-card-handle"]');

/** Waits for the board, failing at once with the page's message if signing in failed. */
async function boardReady(page: Page) {
  const ready = page.locator('[data-slot="lead-kanban"][data-state="ready"]');
  const refused = page.locator('.office-status[role="alert"]');
  await ready.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.isVisible()) throw new Error(await refused.innerText());
}

/** Opens the back office in `ctx` and waits for the board's cards. */
async function openOffice(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(office());
  await boardReady(page);
  await column(page, 'new').locator('[data-slot="lead-kanban-card"]').first().waitFor();
  return page;
}

/** The first card of `stage` no test has moved yet: its lead id and name. */
async function freshLead(page: Page, stage: string): Promise<{ id: string; name: string }> {
  const cards = column(page, stage).locator('[data-slot="lead-kanban-card"]');
  for (let i = 0; i < (await cards.count()); i++) {
    const id = (await cards.nth(i).getAttribute('data-lead-id')) ?? '';
    if (id && !used.has(id)) {
      used.add(id);
      const name = await cards.nth(i).locator('[data-slot="lead-kanban-card-name"]').innerText();
      return { id, name: name.trim() };
    }
  }
  throw new Error(`no unused lead in ${stage}`);
}

/** Resolves with the HTTP status of the next `leads.move` the page sends. */
const nextMove = (page: Page) =>
  page
    .waitForResponse((response) => response.url().includes('leads.move'), { timeout: 10_000 })
    .then((response) => response.status());

/** Drags the lead's card onto `stage`'s column with the mouse (press, move, release). */
async function dragWithMouse(page: Page, leadId: string, stage: string) {
  const from = (await handle(page, leadId).boundingBox())!;
  const to = (await column(page, stage).boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 20 });
  await expect.poll(() => column(page, stage).getAttribute('data-state')).toBe('over');
  await page.mouse.up();
}

/** Moves the lead's card one stage to the right with the keyboard: Space, ArrowRight, Space. */
async function moveRightWithKeyboard(page: Page, leadId: string) {
  await handle(page, leadId).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => card(page, leadId).getAttribute('data-state')).toBe('dragging');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  await page.keyboard.press('Space');
}

/** Reloads, searches for the lead by name, and says which column its card is in. */
async function stageAfterReload(page: Page, lead: { id: string; name: string }) {
  await page.reload();
  await boardReady(page);
  await page.getByLabel('Search leads').fill(lead.name);
  await page.getByLabel('Search leads').press('Enter');
  await card(page, lead.id).waitFor({ timeout: 10_000 });
  return card(page, lead.id).getAttribute('data-stage-key');
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('given the back office with the seeded sales pipeline, as the manager', () => {
  it('keeps a lead dragged with the mouse from New to Contacted there after a reload', async () => {
    const page = await openOffice(context);
    const lead = await freshLead(page, 'new');
    const saved = nextMove(page);
    await dragWithMouse(page, lead.id, 'contacted');
    expect(await saved).toBe(200);
    expect(await column(page, 'new').locator(`[data-lead-id="${lead.id}"]`).count()).toBe(0);
    expect(await stageAfterReload(page, lead)).toBe('contacted');
    await page.close();
  });

  it('keeps a lead moved with the keyboard from New to Contacted there after a reload', async () => {
    const page = await openOffice(context);
    const lead = await freshLead(page, 'new');
    const saved = nextMove(page);
    await moveRightWithKeyboard(page, lead.id);
    expect(await saved).toBe(200);
    await expect.poll(() => card(page, lead.id).getAttribute('data-stage-key')).toBe('contacted');
    expect(await stageAfterReload(page, lead)).toBe('contacted');
    await page.close();
  });

  it('snaps a lead dragged past Contacted back to New and shows the rule next to it', async () => {
    const page = await openOffice(context);
    const lead = await freshLead(page, 'new');
    const refused = nextMove(page);
    await dragWithMouse(page, lead.id, 'needs_analysis');
    expect(await refused).toBe(422);
    const alert = card(column(page, 'new'), lead.id).locator(
      '[data-slot="lead-kanban-card-error"]',
    );
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain(
      'Moving from New to Needs analysis would skip Contacted: move one stage at a time.',
    );
    expect(await card(page, lead.id).getAttribute('data-stage-key')).toBe('new');
    expect(await stageAfterReload(page, lead)).toBe('new');
    await page.close();
  });

  it('shows a move made in one browser in another within 2 seconds', async () => {
    const other = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    try {
      const mover = await openOffice(context);
      const lead = await freshLead(mover, 'new');
      const watcher = await other.newPage();
      // Both widgets subscribe to lead changes; the board's stream must be open before the move.
      let streams = 0;
      const listening = new Promise<void>((opened) =>
        watcher.on('response', (response) => {
          if (response.url().includes('leads.onChange') && ++streams === 2) opened();
        }),
      );
      await watcher.goto(office());
      await watcher.getByLabel('Search leads').fill(lead.name);
      await watcher.getByLabel('Search leads').press('Enter');
      await expect
        .poll(() => card(watcher, lead.id).getAttribute('data-stage-key'), { timeout: 30_000 })
        .toBe('new');
      await listening;

      await moveRightWithKeyboard(mover, lead.id);
      const dropped = Date.now();
      await expect
        .poll(() => card(watcher, lead.id).getAttribute('data-stage-key'), {
          timeout: 2_000,
          interval: 50,
        })
        .toBe('contacted');
      expect(Date.now() - dropped).toBeLessThan(2_000);
    } finally {
      await other.close();
    }
  });
});
