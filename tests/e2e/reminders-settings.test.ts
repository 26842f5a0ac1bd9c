import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

/** The Mail & calendar page says what a phone can reach, offers the .ics file, and turns the e-mail reminders on. */
describe.skipIf(browserSkipped)('reminders that reach the phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says a phone cannot reach a loopback server and offers the calendar file instead', async () => {
    await page.goto(`${server.url}/settings/mail`);
    const reach = page.getByTestId('phone-reach');
    await reach.waitFor();
    expect(await reach.innerText()).toMatch(/only this computer can open: a phone cannot subscribe to the feed/);
    const link = page.getByRole('link', { name: 'Download the calendar file (.ics)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('secondround.ics');
  });

  it('turns the reminders on at the hour chosen, off by default', async () => {
    await page.goto(`${server.url}/settings/mail`);
    const on = page.getByLabel('Send me reminders by e-mail');
    await on.waitFor();
    expect(await on.isChecked()).toBe(false);
    await on.check();
    await page.getByLabel('Daily digest at').selectOption('18');
    await page.getByLabel('Send to').fill('phone@example.com');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const settings = (await (await page.request.get(`${server.url}/api/settings`)).json()) as { digest?: unknown; timeZone?: string };
    expect(settings.digest).toEqual({ enabled: true, hour: 18, to: 'phone@example.com', thankYouReminders: true });
    expect(settings.timeZone).toEqual(expect.any(String));
    await page.reload();
    await page.getByLabel('Send me reminders by e-mail').waitFor();
    expect(await page.getByLabel('Send me reminders by e-mail').isChecked()).toBe(true);
  });
});
