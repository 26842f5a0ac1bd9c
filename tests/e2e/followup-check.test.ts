import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipped } from '../support/browser';
import { startPersonalApp, type RunningApp } from '../support/app';

/*
 * Journey 3: the follow-up draft is proofread like the thank-you note. The planner's check
 * context (the interviewer as the addressee) goes with each check, as the person edits.
 */
describe.skipIf(browserSkipped)('the follow-up draft is proofread in Chromium', () => {
  let running: RunningApp;
  let page: Page;
  let appId = '';

  beforeAll(async () => {
    running = await startPersonalApp();
    const { server } = running;
    page = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const post = async (path: string, data: unknown) => {
      const res = await page.request.post(`${server.url}${path}`, { data, headers: { Origin: server.url } });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()) as { id: string };
    };
    appId = (await post('/api/applications', { company: 'Northsound Ferries', role: 'Fleet Data Analyst', stage: 'round1', stageDate: new Date().toISOString().slice(0, 10) })).id;
    const end = Date.now() - 9 * 24 * 3_600_000;
    const iv = await post(`/api/applications/${appId}/interviews`, { round: 1, kind: 'behavioural', startsAt: new Date(end - 3_600_000).toISOString(), endsAt: new Date(end).toISOString(), timeZone: 'Europe/Oslo', format: 'video' });
    await post(`/api/interviews/${iv.id}/interviewers`, { name: 'Ingrid Solberg', email: 'ingrid@northsound.example' });
    await post(`/api/applications/${appId}/followups`, { kind: 'follow_up' });
  });
  afterAll(async () => {
    await running?.stop();
  });

  it('shows no problem on the draft, the misspelled name once typed, and none again once fixed', async () => {
    await page.goto(`${running.server.url}/applications/${appId}?tab=followup`);
    const message = page.getByLabel('Message to Ingrid Solberg');
    expect(await message.inputValue()).toMatch(/^Hi Ingrid,/);
    const card = page.getByTestId('follow-up');
    await card.getByText('No problems found').waitFor();

    await message.fill((await message.inputValue()).replace(/^Hi Ingrid,/, 'Hi Ingird,'));
    const problems = card.getByRole('list', { name: 'Problems found' });
    await problems.getByText("Interviewer's name misspelled").waitFor();
    expect(await problems.innerText()).toContain('“Ingird”');
    const mark = card.locator('.note-marks mark[data-code="NAME_MISSPELLED"]');
    expect(await mark.textContent()).toBe('Ingird');
    await card.getByText('1 problem', { exact: true }).waitFor();
    // Plain words only: no checker code on screen.
    expect(await page.locator('main').innerText()).not.toMatch(/NAME_MISSPELLED/);

    // The problem list is part of the page axe checks (WCAG 2.2 AA).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    // Fixed by typing in place: select the word, type the name.
    await message.focus();
    await message.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 9));
    await page.keyboard.type('Ingrid');
    await mark.waitFor({ state: 'detached' });
    await card.getByText('No problems found').waitFor();
    expect(await problems.count()).toBe(0);
    expect(await message.inputValue()).toMatch(/^Hi Ingrid,/);
  });

  it('keeps the fixed draft: it is saved when the person leaves the field', async () => {
    const message = page.getByLabel('Message to Ingrid Solberg');
    await message.fill((await message.inputValue()).replace('Is there any update', 'Is there any news'));
    const saved = page.waitForResponse((r) => r.url().includes('/api/followups/') && r.request().method() === 'PATCH');
    await page.keyboard.press('Tab');
    expect((await saved).ok()).toBe(true);
    await page.reload();
    expect(await page.getByLabel('Message to Ingrid Solberg').inputValue()).toContain('Is there any news');
    await page.getByTestId('follow-up').getByText('No problems found').waitFor();
  });
});
