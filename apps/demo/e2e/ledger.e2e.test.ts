/**
 * The rentals back office (`/rentals.html`) as its manager uses it, on the portfolio the demo
 * seeds on its first start: the DelinquencyReport lists who owes what; opening the lease that
 * owes most shows its LedgerView. A partial payment recorded there pays the oldest charges (its
 * allocations show under it) and lowers the balance by exactly its amount; its PDF receipt
 * downloads; reversing it with a reason brings the balance back to what it was.
 */
import { readFile } from 'node:fs/promises';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let browser: Browser;

/** `"$1,234.50"` → 123450 (USD minor units). */
const minorOf = (text: string) => Math.round(Number(text.replace(/[^0-9.-]/g, '')) * 100);

/** Waits for a widget root to be ready, failing at once with the page's message if signing in failed. */
async function widgetReady(page: Page, slot: string) {
  const ready = page.locator(`[data-slot="${slot}"][data-state="ready"]`);
  const refused = page.locator('.office-status[role="alert"]');
  await ready.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.isVisible()) throw new Error(await refused.innerText());
}

/** A figure of the LedgerView's summary (`balance`, `due`, `credit`) in minor units. */
async function figure(page: Page, key: string): Promise<number> {
  const value = page.locator(`[data-slot="ledger-view-summary"] [data-figure="${key}"] dd`);
  return minorOf(await value.innerText());
}

/** The ledger's newest payment row that is not reversed. */
const lastPayment = (page: Page): Locator =>
  page.locator('tr[data-slot="ledger-view-row"][data-kind="payment"]:not([data-reversed])').last();

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('given the rentals back office with the seeded portfolio, as the manager', () => {
  it('records a partial payment, shows what it paid and its receipt, and reverses it', async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${inject('demoUrl')}/rentals.html`);
    await widgetReady(page, 'delinquency-report');

    // The report is sorted by balance, largest first: open the first active lease's ledger.
    const row = page
      .locator('tr[data-slot="delinquency-report-row"][data-status="active"]')
      .first();
    const leaseId = await row.getAttribute('data-lease-id');
    await row.locator('[data-slot="delinquency-report-lease-button"]').click();
    await widgetReady(page, 'ledger-view');
    expect(new URL(page.url()).searchParams.get('lease')).toBe(leaseId);
    const balance = await figure(page, 'balance');
    const due = await figure(page, 'due');
    expect(due).toBeGreaterThan(200);
    const amountMinor = Math.floor(due / 200) * 100; // about half of what is due, whole dollars
    const payments = await page.locator('tr[data-kind="payment"]').count();

    await page.getByRole('button', { name: 'Record payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByLabel('Amount (USD)').fill((amountMinor / 100).toFixed(2));
    const preview = dialog.locator('[data-slot="ledger-view-payment-preview"]');
    await preview.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 10_000 });
    expect(minorOf((await preview.getByText(/^Balance after:/).innerText()).split('(')[0]!)).toBe(
      balance - amountMinor,
    );
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });

    // The new balance, and the payment's allocations under it: partial, so nothing is credit.
    await expect
      .poll(() => figure(page, 'balance'), { timeout: 15_000 })
      .toBe(balance - amountMinor);
    expect(await figure(page, 'credit')).toBe(0);
    await expect
      .poll(() => page.locator('tr[data-kind="payment"]').count(), { timeout: 15_000 })
      .toBe(payments + 1);
    const payment = lastPayment(page);
    await payment.locator('[data-slot="ledger-view-expand-button"]').click();
    const allocations = page.locator('[data-slot="ledger-view-allocation"]:not([data-reversed])');
    await allocations.first().waitFor();
    expect(await allocations.first().innerText()).toMatch(/Oldest due first/);

    // Its receipt: a PDF named after its number.
    const receiptButton = payment.locator('[data-slot="ledger-view-receipt-button"]');
    const number = /Receipt #(\d+)/.exec(await receiptButton.innerText())?.[1];
    expect(number).toBeDefined();
    const [download] = await Promise.all([page.waitForEvent('download'), receiptButton.click()]);
    expect(download.suggestedFilename()).toContain(number!);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Reversed with a reason: the balance is what it was before the payment.
    await payment.locator('[data-slot="ledger-view-reverse-button"]').click();
    const reverse = page.getByRole('dialog', { name: 'Reverse payment' });
    await reverse.getByLabel('Reason (required)').fill('Bank returned the transfer');
    await reverse.getByRole('button', { name: 'Reverse payment' }).click();
    await reverse.waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => figure(page, 'balance'), { timeout: 15_000 }).toBe(balance);
    await context.close();
  });
});
