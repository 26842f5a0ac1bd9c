import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

/** The person's name and signature, set once in the settings, close every thank-you draft. */
describe.skipIf(browserSkipped)('name and signature in the drafts', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let personId = '';
  let debriefPath = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const headers = { Origin: server.url };
    const post = async (path: string, data: unknown) => (await (await page.request.post(`${server.url}${path}`, { data, headers })).json()) as { id: string };
    const app = await post('/api/applications', { company: 'Northwind', role: 'Data Analyst', stage: 'round1', stageDate: new Date().toISOString().slice(0, 10) });
    const end = Date.now() - 3_600_000;
    const iv = await post(`/api/applications/${app.id}/interviews`, { round: 1, kind: 'behavioural', startsAt: new Date(end - 3_600_000).toISOString(), endsAt: new Date(end).toISOString(), timeZone: 'UTC', format: 'video' });
    personId = (await post(`/api/interviews/${iv.id}/interviewers`, { name: 'Priya Raman', title: 'Head of Data' })).id;
    debriefPath = `/applications/${app.id}/debrief/${iv.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves the name and signature in the settings and the composer’s draft ends with them', async () => {
    await page.goto(`${server.url}/settings/mail`);
    await page.getByLabel('Your name', { exact: true }).fill('Tom Becker');
    await page.getByLabel('Signature (lines under your name)').fill('+1 415 555 0142\ntombecker.dev');
    await page.getByRole('button', { name: 'Save name and signature' }).click();
    await page.getByText('Saved. New drafts use it.').waitFor();
    await page.goto(`${server.url}/compose/${personId}`);
    const note = page.getByLabel('Note to Priya Raman');
    await note.waitFor();
    const body = await note.inputValue();
    expect(body).toMatch(/Tom Becker\n\+1 415 555 0142\ntombecker\.dev$/);
    expect(body).toContain('from your side as Head of Data');
  });

  it('takes what each interviewer talked about from the debrief into their draft', async () => {
    await page.goto(`${server.url}${debriefPath}`);
    const topic = page.getByLabel('What did Priya Raman (Head of Data) talk about?');
    await topic.fill('the move of the finance reports to dbt');
    await topic.blur();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.goto(`${server.url}/compose/${personId}`);
    const note = page.getByLabel('Note to Priya Raman');
    await note.waitFor();
    expect(await note.inputValue()).toContain('the move of the finance reports to dbt, and how it looks from your side as Head of Data');
  });
});
