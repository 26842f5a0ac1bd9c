import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';
import { settledJob } from '../support/jobs';

/**
 * Lists that come a page at a time (issue 13): the social audit's findings, the story bank and the
 * references. With more than a page, "Show more", reached by keyboard, brings in the rest.
 */
describe.skipIf(browserSkipped)('findings, stories and references longer than a page, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const POSTS = 130;
  const PAGE = 100;
  const STORIES = 57;
  const REFERENCES = 53;

  beforeAll(async () => {
    server = await startServer();
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const tweets = Array.from({ length: POSTS }, (_, i) => ({
      tweet: { id_str: String(1000 + i), full_text: `post ${i}: wtf is this meeting`, created_at: `Wed ${months[i % 12]} ${String(1 + (i % 27)).padStart(2, '0')} 07:41:49 +0000 ${2012 + (i % 10)}` },
    }));
    const res = await fetch(`${server.url}/api/social/audits?name=tweets.js`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}` });
    const scan = await settledJob((path) => fetch(`${server.url}${path}`), res);
    expect((scan.result as { findingsCount: number }).findingsCount).toBe(POSTS);
    const post = async (path: string, body: unknown) => {
      const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status).toBe(201);
    };
    const text = Array.from({ length: STORIES }, (_, i) => `## Story ${String(i).padStart(2, '0')}\nSituation: s\nTask: t\nAction: a\nResult: r`).join('\n\n');
    await post('/api/stories/import', { text, format: 'markdown' });
    for (let i = 0; i < REFERENCES; i++) await post('/api/references', { name: `Ref ${String(i).padStart(2, '0')}`, relationship: 'manager', knowsWork: 4 });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the first 100 findings, then the rest on "Show more" by keyboard, in two requests', async () => {
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/social/findings')) requests.push(new URL(r.url()).search);
    });
    await page.goto(`${server.url}/social`);
    const rows = page.locator('li.social-finding');
    // The page reads the summary, the audits and the findings at once: slow on a loaded machine.
    await rows.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(PAGE);
    await page.getByText(`Showing ${PAGE} of ${POSTS} findings.`).waitFor();
    // The category's count is of every finding, not of the page.
    await page.locator('[data-category="profanity"]').getByText(`${POSTS} open · ${POSTS}`).waitFor();
    const more = page.getByRole('button', { name: 'Show more findings' });
    // Reach it with Tab from the last "Dealt with" switch, as a keyboard user would.
    await rows.last().locator('input[type="checkbox"]').focus();
    for (let i = 0; i < 5 && !(await more.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(POSTS);
    expect(await more.count()).toBe(0);
    expect(requests).toHaveLength(2);
    expect(requests[1]).toContain('cursor=');
    // Every finding once, and the oldest (2012) last in its category.
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(new Set(ids).size).toBe(POSTS);
    const years = await page.locator('[data-category="profanity"] section').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(years[years.length - 1]).toBe('Profanity, 2012');
    expect(new Set(years).size).toBe(years.length);
  });

  /** Tab from the last focusable thing of the list to the button, as a keyboard user would, then Enter. */
  async function pressByKeyboard(from: ReturnType<Page['locator']>, name: string): Promise<void> {
    const more = page.getByRole('button', { name });
    await from.focus();
    for (let i = 0; i < 8 && !(await more.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await more.evaluate((el) => el === document.activeElement), `${name} is reached by Tab`).toBe(true);
    await page.keyboard.press('Enter');
  }

  it('shows 50 stories of the bank, then the rest on "Show more"', async () => {
    await page.goto(`${server.url}/stories`);
    const cards = page.locator('article.story-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(50);
    await pressByKeyboard(cards.last().getByRole('button').last(), 'Show more stories');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(STORIES);
    expect(await page.getByRole('button', { name: 'Show more stories' }).count()).toBe(0);
    // Imported at once, they share the moment they were added: every one shows, once.
    const titles = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(titles).size).toBe(STORIES);
  });

  it('shows 50 references by name, then the rest on "Show more"', async () => {
    await page.goto(`${server.url}/references`);
    const cards = page.locator('main article');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(50);
    await pressByKeyboard(cards.last().getByRole('button').last(), 'Show more references');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(REFERENCES);
    expect(await page.getByRole('button', { name: 'Show more references' }).count()).toBe(0);
    expect(await cards.last().getAttribute('aria-label')).toBe(`Ref ${REFERENCES - 1}`);
  });

  it('shows the latest 20 submissions of an application’s materials, then the older ones on "Show more"', async () => {
    const created = await fetch(`${server.url}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Often Sent Co', role: 'Analyst' }) });
    const { id } = (await created.json()) as { id: string };
    for (let i = 0; i < 23; i++) {
      const res = await fetch(`${server.url}/api/applications/${id}/materials/submit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: `sent ${i}`, today: '2026-11-30' }) });
      expect(res.status).toBe(200);
    }
    await page.goto(`${server.url}/applications/${id}/materials`);
    const items = page.getByRole('list', { name: 'Submissions' }).getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(20);
    expect(await items.first().innerText()).toContain('sent 22');
    await pressByKeyboard(page.getByRole('button', { name: 'Mark as submitted' }), 'Show more submissions (older)');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(23);
    expect(await items.last().innerText()).toContain('sent 0');
    expect(await page.getByRole('button', { name: 'Show more submissions (older)' }).count()).toBe(0);
  });
});
