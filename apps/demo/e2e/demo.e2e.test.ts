/**
 * The demo as a new user meets it: `pnpm demo` on a fresh data directory (first-run import of
 * the real King County file; started once by e2e/global-setup.ts), the agency page in headless
 * Chromium, with the page's hostile stylesheet. Sort, filter, open a listing, switch theme.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let browser: Browser;
let page: Page;

const count = () => page.locator('[data-slot="property-grid-count"]').innerText();
const firstRow = () => page.locator('[role="grid"] tbody tr').first();
const style = (selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(inject('demoUrl'));
});

afterAll(async () => {
  await browser?.close();
});

describe('given the demo agency page with the real King County sales', () => {
  it('shows real rows and the count of all 21,436 listings', async () => {
    await expect.poll(count, { timeout: 20_000 }).toBe('21,436 listings');
    await expect.poll(() => page.locator('[role="grid"] tbody tr').count()).toBeGreaterThan(10);
  });

  it('shows the most expensive sale first when sorted by price descending', async () => {
    const price = page.getByRole('columnheader', { name: /Price/ }).getByRole('button');
    for (let i = 0; i < 3; i++) {
      const sort = await page
        .getByRole('columnheader', { name: /Price/ })
        .getAttribute('aria-sort');
      if (sort === 'descending') break;
      await price.click();
      await page.waitForTimeout(300);
    }
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Price/ }).getAttribute('aria-sort'))
      .toBe('descending');
    await expect.poll(() => firstRow().innerText(), { timeout: 10_000 }).toContain('$7,700,000');
  });

  it('changes the count when filtered to 5 or more bedrooms', async () => {
    await page.getByLabel('Min beds').selectOption('5');
    await expect.poll(count, { timeout: 10_000 }).not.toBe('21,436 listings');
    const shown = Number((await count()).replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(21_436);
    await expect.poll(() => firstRow().innerText()).toContain('$7,700,000');
  });

  it('opens a dialog with the listing’s details when a row is activated', async () => {
    const listingId = (await firstRow().locator('td').first().innerText()).trim();
    await firstRow().locator('td').first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await dialog.innerText()).toContain(listingId);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('changes the computed colour of the header when the theme is switched', async () => {
    const header = '[data-slot="property-grid-header-cell"]';
    const before = await style(header, 'background-color');
    const beforeText = await style(header, 'color');
    await page.locator('#theme-switcher').selectOption('harbour:dark');
    await expect
      .poll(
        async () => `${await style(header, 'background-color')} ${await style(header, 'color')}`,
      )
      .not.toBe(`${before} ${beforeText}`);
  });

  it('keeps its own styles inside a hostile host stylesheet, and the host keeps its own', async () => {
    const cell = '[role="grid"] tbody td';
    const headerCell = '[data-slot="property-grid-header-cell"]';
    expect(await style(cell, 'box-sizing')).toBe('border-box');
    expect(await style(headerCell, 'text-transform')).not.toBe('uppercase');
    expect(await style(cell, 'padding-top')).not.toBe('24px');
    expect(Number.parseFloat(await style(cell, 'font-size'))).toBeLessThan(20);
    const gridButton = '[data-ek-root] button';
    expect(await style(gridButton, 'background-color')).not.toBe('rgb(192, 57, 43)');
    expect(await style('[data-ek-root] input', 'width')).not.toBe('600px');
    // The host's own elements still follow the host's rules.
    expect(await style('html', 'font-size')).toBe('28px');
    expect(await style('#host-table', 'border-top-style')).toBe('double');
    expect(await style('#host-table td', 'text-transform')).toBe('uppercase');
    expect(await style('#host-button', 'background-color')).toBe('rgb(192, 57, 43)');
    expect(await style('#host-button', 'box-sizing')).toBe('content-box');
  });
});
