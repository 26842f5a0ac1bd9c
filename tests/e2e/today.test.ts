import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

const HOUR = 3_600_000;

/** Today opens with what is most urgent: an overdue thank-you, then the next 24 hours, then the week. */
describe.skipIf(browserSkipped)('Today in urgency order', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const api = page.request;
    const headers = { Origin: server.url };
    const post = async (path: string, data: unknown) => (await (await api.post(`${server.url}${path}`, { data, headers })).json()) as { id: string };
    await api.patch(`${server.url}/api/settings`, { data: { timeZone: 'America/New_York' }, headers });
    const now = Date.now();
    const add = async (company: string, start: number, person?: string) => {
      const app = await post('/api/applications', { company, role: 'Analyst', stage: 'round1', stageDate: new Date(now - 10 * 24 * HOUR).toISOString().slice(0, 10) });
      const iv = await post(`/api/applications/${app.id}/interviews`, { round: 1, kind: 'behavioural', startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString(), timeZone: 'America/New_York', format: 'video' });
      if (person) await post(`/api/interviews/${iv.id}/interviewers`, { name: person });
    };
    // Listed in the wrong order on purpose.
    await add('Week Co', now + 4 * 24 * HOUR);
    await add('Soon Co', now - 2 * HOUR, 'Ben Ode');
    await add('Prep Co', now + 3 * HOUR);
    await add('Late Co', now - 31 * HOUR, 'Ana Ruiz');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the overdue thank-you first, then today’s prep and the note due within 24 hours, then the week', async () => {
    await page.goto(`${server.url}/today`);
    await page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
    const sections = await page.locator('main section').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(sections).toEqual(['Overdue', 'Next 24 hours', 'This week']);
    const titles = (name: string) => page.getByRole('region', { name }).locator('li a').allInnerTexts();
    expect(await titles('Overdue')).toEqual(['Thank-you note to Ana Ruiz', 'Debrief: Analyst at Late Co']);
    expect(await titles('Next 24 hours')).toEqual(['Prepare: Analyst at Prep Co', 'Thank-you note to Ben Ode', 'Debrief: Analyst at Soon Co']);
    expect(await titles('This week')).toEqual(['Prepare: Analyst at Week Co']);
    const prepHref = await page.getByRole('region', { name: 'Next 24 hours' }).locator('li a').first().getAttribute('href');
    expect(prepHref).toMatch(/^\/applications\/[^/]+\/prep\/[^/]+$/);
  });

  it('shows each type label in full on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.url}/today`);
    await page.locator('.today-kind').first().waitFor();
    const cut = await page.locator('.today-kind').evaluateAll((els) =>
      els.filter((e) => {
        const label = (e.querySelector('.mantine-Badge-label') ?? e) as HTMLElement;
        return label.scrollWidth > label.clientWidth + 1 || e.getBoundingClientRect().width < label.scrollWidth;
      }).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    expect(await page.locator('.today-kind').allTextContents()).toContain('Thank-you note');
  });
});
