import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';

/**
 * Must work 1 of issue 12: a new application with round 1 on a date and time and two
 * interviewers, by keyboard alone, in at most 25 keystrokes besides the typed text.
 */
const MAX_KEYS = 25;

/** The keyboard, counting every key that is not typed text (Tab, Enter, arrows, Escape, shortcuts). */
function countingKeyboard(page: Page) {
  const pressed: string[] = [];
  return {
    type: (text: string) => page.keyboard.type(text),
    press: async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    },
    pressed,
  };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'BODY';
    return ((el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? el.tagName).trim();
  });

interface Detail {
  company: string;
  role: string;
  stage: string;
  interviews: Array<{ round: number; startsAt: string; timeZone: string; interviewers: Array<{ name: string }> }>;
}

describe.skipIf(browserSkipped)('the keyboard journey: an invitation recorded in one go', () => {
  let running: RunningApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    running = await startPersonalApp();
    ({ server, browser } = running);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
    // Every pointer press and mouse click in the page (a key that activates a button gives a click with detail 0).
    await context.addInitScript(() => {
      const w = window as unknown as { pointerUses: number };
      w.pointerUses = 0;
      for (const type of ['pointerdown', 'mousedown']) window.addEventListener(type, () => w.pointerUses++, true);
      window.addEventListener('click', (e) => e.detail > 0 && w.pointerUses++, true);
    });
    page = await context.newPage();
  });
  afterAll(() => running?.stop());

  const api = async <T>(path: string): Promise<T> => (await (await page.request.get(`${server.url}/api${path}`)).json()) as T;

  it('refuses a far year in quick add with a clear message, saving nothing', async () => {
    await page.goto(server.url);
    await page.getByText('No applications yet').waitFor();
    const keys = countingKeyboard(page);
    await keys.press('n');
    // A person sees the dialog before typing: wait for its first field to have focus (no key pressed).
    await expect.poll(() => focused(page)).toMatch(/^Company/);
    await keys.type('Initech');
    await keys.press('Tab');
    await keys.type('Analyst');
    await keys.press('Tab');
    await keys.type('1/12/1901 10am');
    await keys.press('Enter');
    await page.getByRole('dialog').getByText('The day typed is dated 12 Jan 1901, more than 10 years ago: check the year.').waitFor();
    expect((await api<{ applications: unknown[] }>('/applications')).applications).toEqual([]);
    await keys.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused(page)).not.toBe('BODY');
  });

  it(`adds an application with round 1 and two interviewers in at most ${MAX_KEYS} keystrokes and no click`, async () => {
    await page.goto(server.url);
    await page.getByText('No applications yet').waitFor();
    const keys = countingKeyboard(page);
    await keys.press('n');
    // A person sees the dialog before typing: wait for its first field to have focus (no key pressed).
    await expect.poll(() => focused(page)).toMatch(/^Company/);
    await keys.type('Acme Analytics');
    await keys.press('Tab');
    await keys.type('Data Analyst');
    await keys.press('Tab');
    await keys.type('12/1 10am');
    await page.getByRole('dialog').getByText(/December 1, \d{4} at 10:00\s?AM \(America\/New_York\)/).waitFor();
    await keys.press('Tab');
    await keys.type('Ana Ruiz, Tom Lee');
    await keys.press('Enter');

    // Enter added it and opened it, focus on the next step (round 1's prep sheet), not the page body.
    await page.getByRole('heading', { name: 'Acme Analytics' }).waitFor();
    await page.locator('.interviewer').getByText('Tom Lee').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^Prep sheet/);

    const clicks = await page.evaluate(() => (window as unknown as { pointerUses: number }).pointerUses);
    console.log(`keyboard journey: ${keys.pressed.length} keystrokes besides typed text (${keys.pressed.join(' ')}), ${clicks} clicks`);
    expect(keys.pressed.length).toBeLessThanOrEqual(MAX_KEYS);
    expect(clicks).toBe(0);

    // What was stored, read back through the API.
    const { applications } = await api<{ applications: Array<{ id: string; company: string }> }>('/applications');
    expect(applications.map((a) => a.company)).toEqual(['Acme Analytics']);
    const detail = await api<Detail>(`/applications/${applications[0]!.id}`);
    expect(detail).toMatchObject({ company: 'Acme Analytics', role: 'Data Analyst', stage: 'round1' });
    expect(detail.interviews).toHaveLength(1);
    const round = detail.interviews[0]!;
    expect(round.round).toBe(1);
    expect(round.timeZone).toBe('America/New_York');
    // 10:00 on 1 December on the person's clock, in the nearest year to today.
    const wall = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(new Date(round.startsAt));
    expect(wall).toBe('12/1, 10:00');
    expect(Math.abs(new Date(round.startsAt).getTime() - Date.now())).toBeLessThan(200 * 86_400_000);
    expect(round.interviewers.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Lee']);
  });

  it('"Add, stay here" leaves focus on the new card of the board', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Your search' }).waitFor();
    const keys = countingKeyboard(page);
    await keys.press('n');
    // A person sees the dialog before typing: wait for its first field to have focus (no key pressed).
    await expect.poll(() => focused(page)).toMatch(/^Company/);
    await keys.type('Globex');
    await keys.press('Tab');
    await keys.type('Engineer');
    // Role → round 1 → interviewers → stage → "Add, stay here".
    for (let i = 0; i < 4; i++) await keys.press('Tab');
    expect(await focused(page)).toBe('Add, stay here');
    await keys.press('Enter');
    await page.locator('section[data-column="applied"]').getByText('Globex').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^Globex/);
    expect(page.url()).toBe(`${server.url}/`);
  });
});
