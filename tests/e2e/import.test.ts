import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('importing a spreadsheet in Chromium', () => {
  let running: RunningApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    running = await startPersonalApp();
    ({ server, browser } = running);
    page = await (await browser.newContext()).newPage();
  });
  afterAll(() => running?.stop());

  it('lists bad rows by line and imports nothing, then imports the valid rows when asked', async () => {
    const csv = 'Company,Job Title,Date Applied,Status\nAcme,Analyst,2026-10-01,Applied\nGlobex,Dev,not a date,Applied\n';
    await page.goto(`${server.url}/data`);
    const choose = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: /Choose a spreadsheet/ }).click();
      await (await chooser).setFiles({ name: 'search.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    };
    // The upload is answered at once with a queued job, which the page follows until it ends.
    const seen: Array<{ path: string; status: number; body: string }> = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === '/api/import/csv' || path.startsWith('/api/jobs/')) void r.text().then((body) => seen.push({ path, status: r.status(), body }), () => undefined);
    });
    await choose();
    await page.getByText(/Nothing imported: 1 invalid rows/).waitFor();
    // A response's body is read after the page has already drawn from it: wait for the reads to land.
    await expect.poll(() => seen.some((r) => r.path.startsWith('/api/jobs/') && r.status === 200 && r.body.includes('"status":"done"'))).toBe(true);
    expect(seen.find((r) => r.path === '/api/import/csv')).toMatchObject({ status: 202, body: expect.stringContaining('"status":"queued"') });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await page.getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
    await page.getByLabel('Skip invalid rows (import the rest)').check();
    await choose();
    await page.getByText('Imported 1 applications').waitFor();
    await page.getByRole('link', { name: 'Board' }).click();
    await page.locator('section[data-column="applied"]').getByText('Acme').waitFor();
  });

  it('shows a file the import cannot read as an error, and imports nothing', async () => {
    await page.goto(`${server.url}/data`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Choose a spreadsheet/ }).click();
    await (await chooser).setFiles({ name: 'search.csv', mimeType: 'text/csv', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2]) });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not a CSV text file/);
  });
});
