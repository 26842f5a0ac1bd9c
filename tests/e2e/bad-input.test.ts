import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

/** Issue 12's bad input, as a person meets it in the app: each gets a clear answer. */
describe.skipIf(browserSkipped)('bad input on daily records, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let appId: string;
  let roundId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    const post = async (path: string, data: unknown) => (await (await page.request.post(`${server.url}/api${path}`, { data })).json()) as { id: string };
    const y = new Date().getUTCFullYear();
    appId = (await post('/applications', { company: 'Hooli', role: 'Analyst', stage: 'applied', stageDate: `${y}-01-05` })).id;
    roundId = (await post(`/applications/${appId}/interviews`, { round: 1, kind: 'technical', startsAt: `${y}-01-20T15:00:00Z`, endsAt: `${y}-01-20T16:00:00Z`, timeZone: 'Europe/London', format: 'video' })).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks for the name of an interviewer typed without one, saving nothing', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    const form = page.getByRole('form', { name: 'Add interviewer' });
    await form.getByRole('textbox', { name: /^Interviewer name/ }).fill('   ');
    await form.getByRole('textbox', { name: /^Title/ }).fill('Head of Data');
    await page.keyboard.press('Enter');
    await form.getByText('Type their name as it appears in the invitation: an interviewer needs a name.').waitFor();
    const detail = (await (await page.request.get(`${server.url}/api/interviews/${roundId}`)).json()) as { interviewers: unknown[] };
    expect(detail.interviewers).toEqual([]);
    // Typing the name clears the message and saves.
    await form.getByRole('textbox', { name: /^Interviewer name/ }).fill('Dana Reyes');
    await expect.poll(() => form.getByText(/an interviewer needs a name/).count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.locator('.interviewer').getByText('Dana Reyes').waitFor();
  });

  it('keeps a 10,000-character note whole', async () => {
    await page.getByRole('tab', { name: 'Details' }).click();
    const note = 'Asked about the migration plan and the team. '.repeat(250).slice(0, 10_000);
    await page.getByRole('textbox', { name: 'Notes' }).fill(note);
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(async () => ((await (await page.request.get(`${server.url}/api/applications/${appId}`)).json()) as { notes: string | null }).notes?.length ?? 0).toBe(10_000);
    await page.reload();
    expect((await page.getByRole('textbox', { name: 'Notes' }).inputValue()).length).toBe(10_000);
  });

  it('says a card dropped outside every column stays where it was', async () => {
    await page.goto(server.url);
    const column = (id: string) => page.locator(`section[data-column="${id}"]`);
    const card = column('round1').locator('.card').first();
    await card.waitFor();
    const from = (await card.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + from.width / 2 + i * 5, from.y - i * 12);
    await page.locator('.card-overlay').waitFor();
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    for (let i = 1; i <= 8; i++) await page.mouse.move(60, heading.y + heading.height / 2 - i);
    await page.mouse.up();
    await page.getByRole('status').getByText('Dropped outside the columns: Hooli stays in Round 1. Drop it on a column, or use its Move button.').waitFor();
    expect(await column('round1').getByText('Hooli').count()).toBe(1);
    const events = ((await (await page.request.get(`${server.url}/api/applications/${appId}`)).json()) as { events: unknown[] }).events;
    expect(events).toHaveLength(2);
  });
});
