import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appendMessages, IMAP_TEST, imapSkipped, newImapUser, testMessage } from '../support/imap';
import { startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** IMAP in the web app: the account set up by keyboard in the settings, then "Sync now" in the inbox against a real Dovecot. */
describe.skipIf(browserSkipped || imapSkipped)('mail sync in the web app', () => {
  let running: RunningApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    running = await startPersonalApp();
    ({ server, browser } = running);
    page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  });
  afterAll(() => running?.stop());

  const axe = async () => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it('sets up the IMAP account by keyboard, syncs, and the proposals appear in the inbox; axe-clean at desktop and phone size', { timeout: 180_000 }, async () => {
    const user = newImapUser();
    await appendMessages(user, 'INBOX', [
      testMessage(1),
      testMessage(2, { subject: 'Your application for Data Analyst', from: 'Acme Talent <no-reply@acme.example>', body: 'Dear Sam,\r\n\r\nThank you for your interest in the Data Analyst role at Acme. Unfortunately, we have decided not to move forward with your application.\r\n\r\nAcme Talent' }),
    ]);
    await page.goto(`${server.url}/mail`);
    await page.getByRole('heading', { name: 'Mail inbox' }).waitFor();
    await page.getByRole('link', { name: 'set up your IMAP account' }).click();
    const card = page.locator('#imap');
    await card.getByLabel('IMAP server').waitFor();
    await card.getByLabel('IMAP server').focus();
    // Every key that is not typed text counts (Tab, Enter, shortcuts, arrows), as in the keyboard journey.
    const pressed: string[] = [];
    const press = async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    };
    await page.keyboard.type(IMAP_TEST.host);
    await press('Tab');
    await press('ControlOrMeta+A');
    await page.keyboard.type(String(IMAP_TEST.port));
    await press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.tagName)).toBe('SELECT');
    await press('End');
    expect(await card.getByLabel('Security').inputValue()).toBe('none');
    await press('Tab');
    await page.keyboard.type(user);
    await press('Tab');
    await page.keyboard.type(IMAP_TEST.password);
    await press('Enter');
    await card.getByText('Saved.').waitFor();
    expect(await card.getByLabel('App password').inputValue()).toBe('');
    expect(await card.getByText('A password is set; leave empty to keep it.').count()).toBe(1);
    // The periodic check, off by default, takes the focus once the account is saved; End picks every 24 hours (the last choice).
    const check = card.getByLabel('Check for new mail');
    await check.waitFor();
    expect(await check.inputValue()).toBe('');
    await expect.poll(() => check.evaluate((el) => el === document.activeElement)).toBe(true);
    await press('End');
    await card.getByText(/^Next check: .+\.$/).waitFor();
    expect(await check.inputValue()).toBe('24');
    const schedule = (await (await page.request.get(`${server.url}/api/mail/sync/schedule`)).json()) as { everyHours: number | null; nextCheckAt: string | null };
    expect(schedule.everyHours).toBe(24);
    expect(Date.parse(schedule.nextCheckAt!) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    // Server, port (select all), security (End), user, password, Enter to save, and End for the check: 8 keys.
    console.log(`IMAP form by keyboard: ${pressed.length} keystrokes besides typed text (${pressed.join(' ')})`);
    expect(pressed.length).toBeLessThanOrEqual(8);
    const saved = (await (await page.request.get(`${server.url}/api/settings/imap`)).json()) as { imap: Record<string, unknown> };
    expect(saved.imap).toEqual({ host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user, folder: null, hasCertificate: false, hasPassword: true });
    expect(await axe()).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await axe()).toEqual([]);
    await page.setViewportSize(DESKTOP);

    await page.goto(`${server.url}/mail`);
    await page.getByText(/^Checks for new mail every 24 hours; next check .+ \(change\)\.$/).waitFor();
    await page.getByRole('button', { name: 'Sync now' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Last synced .*: 2 messages read: 2 new, 0 imported before, 2 proposals\.$/).waitFor({ timeout: 60_000 });
    await page.getByTestId('mail-proposal').nth(1).waitFor();
    expect(await page.getByTestId('mail-proposal').count()).toBe(2);
    expect(await page.getByText('Acme', { exact: false }).count()).toBeGreaterThan(0);
    expect(await axe()).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await axe()).toEqual([]);
    await page.setViewportSize(DESKTOP);
  });

  it('shows why a sync failed, with its code', { timeout: 120_000 }, async () => {
    const patched = await page.request.patch(`${server.url}/api/settings/imap`, { data: { host: IMAP_TEST.host, port: IMAP_TEST.port, security: 'none', user: newImapUser(), password: 'not-it' }, headers: { Origin: server.url } });
    expect(patched.status()).toBe(200);
    await page.goto(`${server.url}/mail`);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'IMAP_AUTH_FAILED' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).toMatch(/check the user name and the app password/);
  });
});
