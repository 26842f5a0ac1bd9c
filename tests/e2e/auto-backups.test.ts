import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('automatic backups in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer([], { demo: true });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const companies = async () => ((await (await fetch(`${server.url}/api/applications`)).json()) as { applications: Array<{ company: string }> }).applications.map((a) => a.company);

  it("lists today's copy and restores it in one click, after copying the current state", async () => {
    await page.goto(`${server.url}/data`);
    // The first use of the day made today's copy, beside the database.
    const backups = join(dirname(server.dataFile), 'backups');
    // Wait for the copy itself (not just its folder): on a loaded machine it can take seconds.
    const hasCopy = () => existsSync(backups) && readdirSync(backups).some((f) => /^secondround-\d{4}-\d{2}-\d{2}\.db$/.test(f));
    for (let i = 0; i < 600 && !(hasCopy() && (await companies()).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    await page.reload();
    const table = page.getByRole('table', { name: 'Automatic backups' });
    await table.getByText('daily copy').waitFor();
    expect(await table.getByRole('button', { name: /^Restore secondround-\d{4}-\d{2}-\d{2}\.db$/ }).count()).toBe(1);

    // A change made after the copy…
    const before = await companies();
    const created = await fetch(`${server.url}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Made After The Copy', role: 'Analyst' }) });
    expect(created.status).toBe(201);
    expect(await companies()).toContain('Made After The Copy');

    // …is undone by restoring the copy; what was there is kept as a copy of its own.
    await table.getByRole('button', { name: /^Restore secondround-\d{4}-\d{2}-\d{2}\.db$/ }).click();
    await page.getByRole('status').getByText(/Restored the copy of .*What was here just before is kept as secondround-.*-before-restore\.db/).waitFor();
    expect((await companies()).sort()).toEqual([...before].sort());
    await table.getByText('taken before a restore').waitFor();
    expect(await table.getByRole('row').count()).toBe(3);

    // Restoring the copy taken before the restore brings the change back.
    // Both copies are of today, so the status reads the same after either restore: wait for the answer itself.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auto-backups/restore') && r.request().method() === 'POST'),
      table.getByRole('button', { name: /before-restore\.db$/ }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect.poll(companies, { timeout: 20_000 }).toContain('Made After The Copy');
  });
});
