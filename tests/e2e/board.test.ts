import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('a newcomer in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** Every alert/confirm/prompt a script opened: the company name below carries two that must never run. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const column = (id: string) => page.locator(`section[data-column="${id}"]`);

  it('adds an application from the keyboard in seconds', async () => {
    await page.goto(server.url);
    await page.getByText('No applications yet').waitFor();
    await page.keyboard.press('n');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Company/ }).fill('Acme <img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Role/ }).fill('Data Analyst');
    // Enter adds and opens the application; back on the board the card is in Applied.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Acme <img src=x onerror=alert(1)><script>alert(2)</script>' }).waitFor();
    await page.getByRole('link', { name: '← Board' }).click();
    await column('applied').getByText('Acme <img src=x onerror=alert(1)><script>alert(2)</script>').waitFor();
    expect(await column('applied').locator('.card').count()).toBe(1);
  });

  it('adds round 1 with an interviewer on the application page', async () => {
    await column('applied').getByRole('link', { name: /Acme/ }).click();
    await page.getByRole('heading', { name: 'Acme <img src=x onerror=alert(1)><script>alert(2)</script>' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a round' });
    await form.getByRole('textbox', { name: /^Round/ }).fill('1');
    await form.getByLabel('Date').fill('2026-12-01');
    await form.getByRole('button', { name: 'Save round' }).click();
    await page.getByRole('heading', { name: /Round 1/ }).waitFor();
    const person = page.getByRole('form', { name: 'Add interviewer' });
    await person.getByRole('textbox', { name: /^Interviewer name/ }).fill("Siobhán O'Brien");
    await person.getByLabel('Pronunciation').fill('shiv-AWN');
    await person.getByRole('button', { name: 'Save interviewer' }).click();
    await page.locator('.interviewer').getByText("Siobhán O'Brien").waitFor();
    expect(await page.getByLabel('pronounced shiv-AWN').count()).toBe(1);
    // Recording round 1 moved the card there: the stage follows the interviews.
    await page.getByLabel('Current stage: Round 1').waitFor();
  });

  it('drags the card to Round 2, and the move survives a reload', async () => {
    await page.getByRole('link', { name: '← Board' }).click();
    const card = column('round1').locator('.card').first();
    const target = column('round2');
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 8);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x + to.width / 2 - from.x) * i) / 12, from.y + ((to.y + 60 - from.y) * i) / 12);
    await page.mouse.up();
    await target.getByText('Acme <img src=x onerror=alert(1)><script>alert(2)</script>').waitFor();
    await page.reload();
    await target.getByText('Acme <img src=x onerror=alert(1)><script>alert(2)</script>').waitFor();
    expect(await column('round1').locator('.card').count()).toBe(0);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    expect(await target.locator('.card-meta').textContent()).toContain(`since ${today}`);
  });

  it('moves a card to Closed with the keyboard alone, asking for the outcome', async () => {
    await page.getByRole('button', { name: /^Move Acme/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Stage').click();
    await page.getByRole('option', { name: 'Position closed' }).click();
    await dialog.getByLabel('Reason (optional)').fill('Budget cut');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await column('closed').getByText('Acme <img src=x onerror=alert(1)><script>alert(2)</script>').waitFor();
    expect(dialogs).toEqual([]);
  });

  it('shows the history with the furthest stage kept', async () => {
    await column('closed').getByRole('link', { name: /Acme/ }).click();
    await page.getByRole('tab', { name: /History/ }).click();
    const rows = page.locator('tbody tr');
    await rows.nth(2).waitFor();
    // Recording round 1 added its step on the interview's day; the later drag to Round 2 and the
    // closing keep the card where the facts put it.
    const texts = await rows.allInnerTexts();
    expect(texts).toHaveLength(4);
    expect(texts.filter((t) => /Applied|Round 1|Round 2|Position closed/.test(t))).toHaveLength(4);
    expect(await page.getByText('reached Round 2').count()).toBe(1);
  });

  it('is readable on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await column('closed').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
