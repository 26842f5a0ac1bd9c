import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHostedApp, type RunningHostedApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';
import { pgSkipped } from '../support/pg';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 15_000 });
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function signUp(context: BrowserContext, url: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'New here? Create an account' }).click();
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.getByLabel(/^Password/).fill('a long enough secret');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your search' }).waitFor();
  return page;
}

/** Press Tab until the element named `name` has the focus (it must be reachable by keyboard). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    if (focused.trim() === name) return;
  }
  throw new Error(`"${name}" is not reachable with Tab`);
}

describe.skipIf(browserSkipped || pgSkipped)('coach access in Chromium, two accounts on PostgreSQL', () => {
  let running: RunningHostedApp;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    running = await startHostedApp();
    ({ server, browser } = running);
  });
  afterAll(() => running?.stop());

  it('the owner shares, the coach reads, the owner revokes, and the coach loses access', async () => {
    const coachContext = await browser.newContext();
    const coach = await signUp(coachContext, server.url, 'carol.coach@example.com');
    const anaContext = await browser.newContext();
    const ana = await signUp(anaContext, server.url, 'ana@example.com');

    // Ana's records: one application with a first round and a prep sheet.
    const post = (path: string, data: unknown, method: 'post' | 'put' = 'post') => anaContext.request[method](`${server.url}${path}`, { data, headers: { Origin: server.url } });
    const app = (await (await post('/api/applications', { company: 'Ana’s Company', role: 'Analyst' })).json()) as { id: string };
    const interview = (await (await post(`/api/applications/${app.id}/interviews`, { round: 1, kind: 'behavioural', startsAt: '2026-01-10T10:00:00Z', endsAt: '2026-01-10T11:00:00Z', timeZone: 'UTC', format: 'video' })).json()) as { id: string };
    expect((await post(`/api/interviews/${interview.id}/prep`, { companyNotes: 'They make maps for hikers.' }, 'put')).status()).toBe(200);

    // Ana shares with her coach, by keyboard from the field to the button.
    await ana.getByRole('link', { name: 'Coach access' }).click();
    await ana.getByRole('heading', { name: 'Coach access', level: 1 }).waitFor();
    await ana.getByRole('textbox', { name: /coach’s e-mail/ }).fill('carol.coach@example.com');
    await ana.keyboard.press('Tab');
    await ana.keyboard.press('Enter');
    await ana.getByRole('status').getByText(/^Shared\. If an account on this server uses this e-mail/).waitFor();
    await ana.getByRole('table', { name: 'Coaches you share with' }).getByText('carol.coach@example.com').waitFor();
    expect(await violations(ana)).toEqual([]);

    // The coach finds Ana, reaches her records by keyboard, and reads them.
    await coach.reload();
    await coach.getByRole('link', { name: 'Shared with you' }).click();
    await coach.getByRole('heading', { name: 'People who shared with you', level: 1 }).waitFor();
    await coach.getByText(/^Too few to tell: 1 person shared with you/).waitFor();
    expect(await violations(coach)).toEqual([]);
    await tabTo(coach, 'ana@example.com');
    await coach.keyboard.press('Enter');
    await coach.getByRole('heading', { name: 'ana@example.com: shared records', level: 1 }).waitFor();
    await coach.getByRole('cell', { name: 'Ana’s Company', exact: true }).waitFor();
    await coach.getByRole('heading', { name: 'Diagnosis', level: 2 }).waitFor();
    await coach.getByText('Too early to tell').first().waitFor();
    expect(await violations(coach)).toEqual([]);
    // Read-only: nothing on the page edits or deletes.
    expect(await coach.getByRole('button', { name: /save|delete|edit|move/i }).count()).toBe(0);
    await tabTo(coach, 'Prep sheets for Ana’s Company, Analyst');
    await coach.keyboard.press('Enter');
    await coach.getByRole('heading', { name: 'Prep sheets: Ana’s Company, Analyst', level: 1 }).waitFor();
    await coach.getByText('They make maps for hikers.').waitFor();
    expect(await violations(coach)).toEqual([]);

    // Ana stops sharing; the coach's next request is refused.
    await ana.getByRole('button', { name: 'Stop sharing with carol.coach@example.com' }).click();
    await ana.getByRole('status').getByText('You no longer share with carol.coach@example.com.').waitFor();
    await ana.getByText('You share with no one.').waitFor();
    await coach.reload();
    await coach.getByText('This person does not share their records with you (any more).').waitFor();
    expect(await coach.getByText('They make maps for hikers.').count()).toBe(0);
    await coach.goto(`${server.url}/coach`);
    await coach.getByText(/^Nobody shares with you yet/).waitFor();
    await coachContext.close();
    await anaContext.close();
  }, 180_000);
});
