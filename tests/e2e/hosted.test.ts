import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';
import { createTempDatabase, pgSkipped, type TempDatabase } from '../support/pg';

describe.skipIf(browserSkipped || pgSkipped)('hosted mode on PostgreSQL, in Chromium', () => {
  let db: TempDatabase;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    db = await createTempDatabase();
    server = await startServer([], { env: { DATABASE_URL: db.url } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('each person signs up, sees only their own search, and signs out', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ db: 'postgres', mode: 'hosted' });

    const ana = await browser.newContext();
    const page = await ana.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'New here? Create an account' }).click();
    await page.getByRole('textbox', { name: /^Email/ }).fill('ana@example.com');
    await page.getByLabel(/^Password/).fill('a long enough secret');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Your search' }).waitFor();
    await page.keyboard.press('n');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Company/ }).fill('Ana’s Company');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Role/ }).fill('Analyst');
    await page.keyboard.press('Enter');
    await page.getByText('Ana’s Company').waitFor();

    const ben = await browser.newContext();
    const other = await ben.newPage();
    await other.goto(server.url);
    await other.getByRole('button', { name: 'New here? Create an account' }).click();
    await other.getByRole('textbox', { name: /^Email/ }).fill('ben@example.com');
    await other.getByLabel(/^Password/).fill('another long secret');
    await other.getByRole('button', { name: 'Create account' }).click();
    await other.getByText('No applications yet').waitFor();
    expect(await other.getByText('Ana’s Company').count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: /^Email/ }).fill('ana@example.com');
    await page.getByLabel(/^Password/).fill('wrong password!!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('wrong email or password').waitFor();
    await page.getByLabel(/^Password/).fill('a long enough secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Ana’s Company').waitFor();
  });
});
