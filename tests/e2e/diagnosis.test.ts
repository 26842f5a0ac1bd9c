import { describe, expect, it } from 'vitest';
import { browserSkipped, useDemoPage } from '../support/browser';

describe.skipIf(browserSkipped)('the Diagnosis page on the demo search', () => {
  const demo = useDemoPage();

  it('shows the stall point, the funnel against averages, not-you and ranked reasons', async () => {
    const { page, server } = demo;
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Diagnosis' }).click();
    await page.getByRole('heading', { name: 'Why you stall' }).waitFor();
    expect(await page.getByText(/You stall at: Round 1/).count()).toBe(1);
    expect(await page.locator('.funnel-row').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.funnel-stall .funnel-band').count()).toBe(1);
    expect(await page.getByText(/averages across employers/).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: /Not you: 2 closed/ }).count()).toBe(1);
    const reasons = page.locator('[data-reason]');
    expect(await reasons.count()).toBeGreaterThanOrEqual(8);
    expect(await reasons.first().getByText('Fix:').count()).toBe(1);
  });

  it('follows the data: another stalled first round changes the numbers', async () => {
    const { page, server } = demo;
    const before = await page.locator('.funnel-stall .funnel-n').textContent();
    const res = await page.request.post(`${server.url}/api/applications`, { data: { company: 'Late Co', role: 'Analyst', stage: 'round1', stageDate: '2026-01-05' } });
    const { id } = (await res.json()) as { id: string };
    await page.request.post(`${server.url}/api/applications/${id}/events`, { data: { stage: 'rejected', date: '2026-01-20' } });
    await page.reload();
    await page.locator('.funnel-stall .funnel-n').waitFor();
    const after = await page.locator('.funnel-stall .funnel-n').textContent();
    expect(after).not.toBe(before);
    expect(after).toMatch(/of 16 with an answer moved on/);
  });

  it('takes the person’s own typical rate from the settings and recomputes', async () => {
    const { page, server } = demo;
    await page.getByRole('button', { name: /Adjust: waiting time/ }).click();
    await page.getByRole('textbox', { name: 'Round 1 → round 2' }).fill('10');
    await page.getByRole('button', { name: 'Save and recompute' }).click();
    await page.getByText('Too early to tell', { exact: true }).waitFor();
    expect(await page.getByText(/You stall at/).count()).toBe(0);
  });
});
