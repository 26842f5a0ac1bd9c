import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('deletions are not asked about and can be undone, in Chromium', () => {
  let running: RunningApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let appId: string;

  beforeAll(async () => {
    running = await startPersonalApp();
    ({ server, browser } = running);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const post = async (path: string, data: unknown) => (await (await page.request.post(`${server.url}/api${path}`, { data })).json()) as { id: string };
    const y = new Date().getUTCFullYear();
    appId = (await post('/applications', { company: 'Umbrella', role: 'Analyst', stage: 'applied', stageDate: `${y}-01-05` })).id;
    const round = await post(`/applications/${appId}/interviews`, { round: 1, kind: 'technical', startsAt: `${y}-01-20T15:00:00Z`, endsAt: `${y}-01-20T16:00:00Z`, timeZone: 'Europe/London', format: 'video' });
    await post(`/interviews/${round.id}/interviewers`, { name: 'Ana Ruiz' });
    await post(`/interviews/${round.id}/interviewers`, { name: 'Tom Lee' });
  });
  afterAll(() => running?.stop());

  const notice = () => page.locator('.undo-notice');
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('deletes a round with its interviewers and puts them back with Undo (keyboard)', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    await page.getByRole('heading', { name: /Round 1/ }).waitFor();
    await page.getByRole('button', { name: 'Delete round' }).click();
    await notice().getByText('Round deleted: round 1.').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: /Round 1/ }).count()).toBe(0);
    await page.getByLabel('Current stage: Applied').waitFor();
    // The Undo button has focus: Enter undoes at once.
    await expect.poll(focusedText).toBe('Undo');
    await page.keyboard.press('Enter');
    await notice().getByText('Restored round 1.').waitFor();
    await page.getByRole('heading', { name: /Round 1/ }).waitFor();
    expect(await page.locator('.interviewer').allInnerTexts()).toEqual([expect.stringContaining('Ana Ruiz'), expect.stringContaining('Tom Lee')]);
    await page.getByLabel('Current stage: Round 1').waitFor();
    expect(dialogs).toEqual([]);
  });

  it('removes an interviewer and undoes it', async () => {
    await page.getByRole('button', { name: 'Remove Tom Lee' }).click();
    await notice().getByText('Interviewer deleted: Tom Lee.').waitFor();
    await expect.poll(() => page.locator('.interviewer').count()).toBe(1);
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.interviewer').count()).toBe(2);
  });

  it('deletes the whole application from its page, and Undo on the board brings it back', async () => {
    await page.getByRole('button', { name: 'Delete application' }).click();
    await page.getByRole('heading', { name: 'Your search' }).waitFor();
    await notice().getByText('Application deleted: Umbrella — Analyst.').waitFor();
    expect(await page.locator('.card').count()).toBe(0);
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await page.locator('section[data-column="round1"]').getByText('Umbrella').waitFor();
    const detail = (await (await page.request.get(`${server.url}/api/applications/${appId}`)).json()) as { interviews: Array<{ interviewers: unknown[] }> };
    expect(detail.interviews[0]!.interviewers).toHaveLength(2);
    expect(dialogs).toEqual([]);
  });

  it('lets the offer go after a few seconds, focus back on the page', async () => {
    await page.locator('section[data-column="round1"]').getByRole('link', { name: /Umbrella/ }).click();
    await page.getByRole('button', { name: 'Remove Ana Ruiz' }).click();
    const offered = notice().filter({ hasText: 'Interviewer deleted: Ana Ruiz.' });
    await offered.waitFor();
    await page.mouse.move(5, 5);
    await page.locator('#main').focus();
    await offered.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    expect(await page.locator('.interviewer').count()).toBe(1);
  });
});
