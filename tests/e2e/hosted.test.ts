import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHostedApp, type RunningHostedApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';
import { pgSkipped } from '../support/pg';
import { openStore } from '@secondround/store';

describe.skipIf(browserSkipped || pgSkipped)('hosted mode on PostgreSQL, in Chromium', () => {
  let running: RunningHostedApp;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    running = await startHostedApp();
    ({ server, browser } = running);
  });
  afterAll(() => running?.stop());

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

  it('changes the password (other devices signed out), signs out everywhere, and resets a forgotten password', async () => {
    const signIn = async (page: import('playwright-core').Page, password: string) => {
      await page.goto(server.url);
      await page.getByRole('textbox', { name: /^Email/ }).fill('cy@example.com');
      await page.getByLabel(/^Password/).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Your search' }).waitFor();
    };
    const laptop = await (await browser.newContext()).newPage();
    await laptop.goto(server.url);
    await laptop.getByRole('button', { name: 'New here? Create an account' }).click();
    await laptop.getByRole('textbox', { name: /^Email/ }).fill('cy@example.com');
    await laptop.getByLabel(/^Password/).fill('cy first password');
    await laptop.getByRole('button', { name: 'Create account' }).click();
    await laptop.getByRole('heading', { name: 'Your search' }).waitFor();
    const phone = await (await browser.newContext()).newPage();
    await signIn(phone, 'cy first password');

    await laptop.getByRole('button', { name: 'Account' }).click();
    await laptop.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = laptop.getByRole('dialog');
    await dialog.getByLabel(/^Current password/).fill('cy first password');
    await dialog.getByLabel(/^New password/).fill('cy second password');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByRole('status').getByText('Password changed').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await phone.reload();
    await phone.getByRole('button', { name: 'Sign in' }).waitFor();
    await laptop.reload();
    await laptop.getByRole('heading', { name: 'Your search' }).waitFor();

    await signIn(phone, 'cy second password');
    await laptop.getByRole('button', { name: 'Account' }).click();
    await laptop.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    await laptop.getByRole('button', { name: 'Sign in' }).waitFor();
    await phone.reload();
    await phone.getByRole('button', { name: 'Sign in' }).waitFor();

    await phone.getByRole('button', { name: 'Forgot your password?' }).click();
    await phone.getByRole('textbox', { name: /^Email/ }).fill('cy@example.com');
    await phone.getByRole('button', { name: 'Send me a reset link' }).click();
    await phone.getByRole('status').getByText(/If an account uses this e-mail/).waitFor();
    // No mail server in this test: the operator's reset link, as `secondround admin reset-link` makes it.
    const store = await openStore({ databaseUrl: running.databaseUrl, poolSize: 1 });
    const user = (await store.users.findByEmail('cy@example.com'))!;
    const { token } = await store.authGuard.createResetToken(user.id, 3_600_000);
    await store.close();
    await phone.goto(`${server.url}/reset-password#token=${token}`);
    await phone.getByLabel(/^New password/).fill('cy third password');
    await phone.getByRole('button', { name: 'Set password and sign in' }).click();
    await phone.getByRole('heading', { name: 'Your search' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/');
    await signIn(laptop, 'cy third password');
  });
});
