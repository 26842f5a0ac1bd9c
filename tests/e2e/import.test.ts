import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('importing a spreadsheet in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists bad rows by line and imports nothing, then imports the valid rows when asked', async () => {
    const csv = 'Company,Job Title,Date Applied,Status\nAcme,Analyst,2026-10-01,Applied\nGlobex,Dev,not a date,Applied\n';
    await page.goto(`${server.url}/data`);
    const choose = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /Choose a spreadsheet/ }).click();
      await (await chooser).setFiles({ name: 'search.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    };
    await choose();
    await page.getByText(/Nothing imported: 1 invalid rows/).waitFor();
    expect(await page.getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
    await page.getByLabel('Skip invalid rows (import the rest)').check();
    await choose();
    await page.getByText('Imported 1 applications').waitFor();
    await page.getByRole('link', { name: 'Board' }).click();
    await page.locator('section[data-column="applied"]').getByText('Acme').waitFor();
  });
});
