import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

/**
 * The board reads open applications whole and closed ones a page at a time (issue 13): with more
 * closed cards than a page, the Closed column says so and "Show more" brings in the rest.
 */
describe.skipIf(browserSkipped)('the board with more closed applications than a page, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const CLOSED = 57;
  const PAGE = 50;
  const column = (id: string) => page.locator(`section[data-column="${id}"]`);

  beforeAll(async () => {
    server = await startServer();
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    // Closed recently (so none is archived), and a few still open.
    const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < CLOSED; i++) {
      const { id } = await post('/api/applications', { company: `Closed Co ${String(i).padStart(2, '0')}`, role: 'Analyst', stage: 'applied', stageDate: day });
      await post(`/api/applications/${id}/events`, { stage: 'rejected', date: day });
    }
    for (let i = 0; i < 3; i++) await post('/api/applications', { company: `Open Co ${i}`, role: 'Analyst', stage: 'applied', stageDate: day });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a page of closed cards with "Show more", loads the rest, then offers no more', async () => {
    // Every request the board makes, to see that closed cards come in pages.
    const lists: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/applications') lists.push(new URL(r.url()).search);
    });
    await page.goto(server.url);
    const closed = column('closed');
    await expect.poll(() => closed.locator('.card').count()).toBe(PAGE);
    // Open applications are all there at once.
    expect(await column('applied').locator('.card').count()).toBe(3);
    await expect.poll(() => closed.locator('.count').textContent()).toBe(`${PAGE}+`);
    // What is not loaded yet is not counted as if it were none.
    expect(await page.getByText('Show archived (0+)').count()).toBe(1);
    const more = closed.getByRole('button', { name: 'Show more closed applications' });
    await more.click();
    await expect.poll(() => closed.locator('.card').count()).toBe(CLOSED);
    await expect.poll(() => more.count()).toBe(0);
    expect(await closed.locator('.count').textContent()).toBe(String(CLOSED));
    expect(await page.getByText('Show archived (0)').count()).toBe(1);
    // Each closed company once, none lost between pages.
    const names = await closed.locator('.card').evaluateAll((els) => els.map((e) => /Closed Co \d+/.exec(e.textContent ?? '')?.[0]));
    expect(new Set(names).size).toBe(CLOSED);
    expect(lists.filter((q) => q.includes('status=closed'))).toHaveLength(2);
    expect(lists.every((q) => q.includes('status='))).toBe(true);
  });

  it('moves an open card to Closed and shows every card once', async () => {
    await page.goto(server.url);
    await expect.poll(() => column('closed').locator('.card').count()).toBe(PAGE);
    await page.getByRole('button', { name: /^Move Open Co 0/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Stage').click();
    await page.getByRole('option', { name: 'Withdrawn' }).click();
    await dialog.getByRole('button', { name: 'Move' }).click();
    // Newest first: the moved card is on the first page of Closed, and no longer under Applied.
    await column('closed').getByText('Open Co 0').waitFor();
    await expect.poll(() => column('applied').locator('.card').count()).toBe(2);
    await expect.poll(() => page.locator('.card', { hasText: 'Open Co 0' }).count()).toBe(1);
    await expect.poll(() => column('closed').locator('.card').count()).toBe(PAGE);
  });

  it('shows the newest 50 steps of a long history from the application itself, and "Show older" brings the rest', async () => {
    const post = async (path: string, body: unknown) => (await (await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json()) as { id: string };
    const { id } = await post('/api/applications', { company: 'Long History Co', role: 'Analyst', stage: 'applied', stageDate: '2025-01-01' });
    // 60 more steps, one a day: 61 in all.
    for (let i = 1; i <= 60; i++) await post(`/api/applications/${id}/events`, { stage: i % 2 ? 'screen' : 'applied', date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), reason: `step ${i}` });
    const history: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/api/applications/${id}/events`)) history.push(new URL(r.url()).search);
    });
    await page.goto(`${server.url}/applications/${id}`);
    await page.getByRole('tab', { name: 'History (61)' }).click();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    // Newest first: the last step entered is on top. They came with the application: no request yet.
    expect(await page.getByLabel('Reason for', { exact: false }).first().inputValue()).toBe('step 60');
    expect(history).toEqual([]);
    const older = page.getByRole('button', { name: 'Show older steps of the history' });
    await older.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(61);
    expect(history).toHaveLength(1);
    expect(history[0]).toContain('cursor=');
    expect(await page.getByRole('button', { name: /^Show older/ }).count()).toBe(0);
    expect(await rows.last().locator('input[type="date"]').inputValue()).toBe('2025-01-01');
  });
});
