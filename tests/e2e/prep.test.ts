import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, useDemoPage, type RunningServer } from '../support/browser';

const LISTING = `Data Analyst — Analytics team

About the role
You will turn messy operational data into decisions with product and operations leads.

Requirements
- 3+ years of experience with SQL (window functions, CTEs)
- Experience building dashboards in Tableau or Power BI
- Clear written communication with non-technical stakeholders

This is an individual contributor role with no direct reports. Hybrid: two days a week in our Chicago office.
<script>window.alertCalled = true</script>`;

const NOTES = 'Acme builds freight scheduling software for regional carriers and has about 250 people. The analytics team of five reports to the COO and supports operations and finance. They launched a customer-facing reporting product this year and the CEO talks about decisions close to the data. Reviews praise support and complain about slow exports, which the new data warehouse should fix.';

describe.skipIf(browserSkipped)('preparing for an interview in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let appId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const api = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    appId = (await api('/applications', { company: 'Acme Freight', role: 'Data Analyst', stage: 'round1' })).id;
    // A first round that ended an hour ago, so its debrief is due.
    const end = Date.now() - 3_600_000;
    const iv = await api(`/applications/${appId}/interviews`, { round: 1, kind: 'behavioural', startsAt: new Date(end - 3_600_000).toISOString(), endsAt: new Date(end).toISOString(), timeZone: 'America/Chicago', format: 'video' });
    await api(`/interviews/${iv.id}/interviewers`, { name: 'Siobhán Kelly', pronunciation: 'shiv-AWN', title: 'Analytics Manager' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('pastes a listing and sees its analysis, with every requirement uncovered at first', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    await page.getByRole('tab', { name: 'Listing', exact: true }).click();
    await page.getByRole('textbox', { name: 'Listing text' }).fill(LISTING);
    await page.getByRole('button', { name: 'Save listing' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.getByRole('tab', { name: 'Listing analysis' }).click();
    await page.getByText('Not a manager role', { exact: true }).waitFor();
    const sql = page.locator('.requirement', { hasText: '3+ years of experience with SQL' });
    await sql.waitFor();
    expect(await sql.getAttribute('data-covered')).toBe('false');
    await sql.getByText('No story covers this yet').waitFor();
    expect(await page.getByText('Hybrid', { exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { alertCalled?: boolean }).alertCalled)).toBeUndefined();
  });

  it('adds a STAR story and sees it cover the SQL requirement', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Story bank' }).click();
    await page.getByRole('heading', { name: 'Story bank' }).waitFor();
    await page.getByRole('button', { name: 'Add a story' }).click();
    const form = page.getByRole('form', { name: 'Add a story' });
    await form.getByRole('textbox', { name: /^Title/ }).fill('Cut the weekly SQL report from a day to minutes');
    await form.getByRole('textbox', { name: /^Situation/ }).fill('The weekly operations report was rebuilt by hand every Monday.');
    await form.getByRole('textbox', { name: /^Task/ }).fill('Automate it before the Monday meeting.');
    await form.getByRole('textbox', { name: /^Action/ }).fill('I rewrote it in SQL with window functions and CTEs, and scheduled it.');
    await form.getByRole('textbox', { name: /^Result/ }).fill('It ran in 20 minutes and freed a day a week.');
    await form.getByRole('textbox', { name: /^Skills/ }).fill('SQL, PostgreSQL');
    await form.getByRole('button', { name: 'Save story' }).click();
    const card = page.getByRole('article', { name: 'Cut the weekly SQL report from a day to minutes' });
    await card.waitFor();
    await card.getByText('Own work (0)').waitFor();

    await page.goto(`${server.url}/applications/${appId}?tab=analysis`);
    const sql = page.locator('.requirement', { hasText: '3+ years of experience with SQL' });
    await sql.getByText('Covered by:').waitFor();
    expect(await sql.getAttribute('data-covered')).toBe('true');
    await sql.getByRole('link', { name: 'Cut the weekly SQL report from a day to minutes' }).waitFor();
  });

  it('fills the prep sheet and sees readiness rise', async () => {
    await page.getByRole('tab', { name: /Rounds/ }).click();
    await page.getByRole('link', { name: /^Prep sheet/ }).click();
    const score = page.getByTestId('readiness-score');
    await score.waitFor();
    const before = Number((await score.textContent())!.split('/')[0]);
    expect(before).toBe(20);
    await page.getByText('say “shiv-AWN”', { exact: true }).waitFor();
    await page.getByRole('textbox', { name: /^Company research notes/ }).fill(NOTES);
    await page.getByRole('textbox', { name: /^Why this job\?/ }).fill('I want to turn operational data into decisions people act on every week, close to operations.');
    await page.getByRole('checkbox', { name: /Cut the weekly SQL report/ }).check();
    await page.getByRole('button', { name: 'Add a question to ask' }).click();
    await page.getByRole('textbox', { name: 'Question to ask 1' }).fill('What would a great first ninety days look like?');
    await page.getByRole('textbox', { name: /Walk me through your background/ }).fill('Five years in analytics, from spreadsheets to a SQL warehouse.');
    await page.getByRole('button', { name: 'Save prep sheet' }).click();
    await page.getByText('Saved.').waitFor();
    await expect.poll(async () => Number((await score.textContent())!.split('/')[0])).toBe(20 + 20 + 10 + 3 + 3 + 2);
    expect(await page.getByText('write your answer to "why this job?"').count()).toBe(0);
    // Read mode shows the sheet as text, and the page fits a phone.
    await page.getByText('Read', { exact: true }).click();
    await page.getByRole('article', { name: 'Prep sheet to read' }).getByText('Acme builds freight scheduling software', { exact: false }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('is prompted for the debrief once the interview is over, and fills it', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    const prompt = page.getByRole('status').filter({ hasText: 'How did it go?' });
    await prompt.waitFor();
    await prompt.getByRole('link', { name: 'fill the debrief' }).click();
    const form = page.getByRole('form', { name: 'Debrief' });
    await form.waitFor();
    await form.getByRole('radiogroup', { name: /interviewers’ names/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await form.getByRole('radiogroup', { name: /research/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await form.getByRole('textbox', { name: /^Questions you fumbled/ }).fill('Why are you leaving your current job?');
    // The story picked on the prep sheet is ticked as told already.
    expect(await form.getByRole('checkbox', { name: /Cut the weekly SQL report/ }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: /^What they said about next steps/ }).fill('They will decide over the next two weeks.');
    await form.getByRole('radio', { name: '2', exact: true }).check();
    await form.getByRole('button', { name: 'Save debrief' }).click();
    await page.getByText('Debrief saved.').waitFor();

    const res = await fetch(`${server.url}/api/applications/${appId}`);
    const ivId = ((await res.json()) as { interviews: Array<{ id: string }> }).interviews[0]!.id;
    const saved = (await (await fetch(`${server.url}/api/interviews/${ivId}/debrief`)).json()) as { debrief: Record<string, unknown> };
    expect(saved.debrief).toMatchObject({ namesRight: true, researchShown: false, whyThisJobAnswered: null, fumbledQuestions: ['Why are you leaving your current job?'], nextSteps: 'They will decide over the next two weeks.', feeling: 2 });

    await page.goto(`${server.url}/applications/${appId}`);
    await page.getByText('debriefed').waitFor();
    expect(await page.getByText('How did it go?').count()).toBe(0);
  });
});

describe.skipIf(browserSkipped)('the demo search’s preparation records in Chromium', () => {
  const demo = useDemoPage();

  it('shows evidence on the first-interview and wrong-story cards, with fixes that lead to real pages', async () => {
    const { page, server } = demo;
    await page.goto(`${server.url}/diagnosis`);
    const first = page.locator('[data-reason="first-interview"]');
    await first.getByText(/Prep sheet thin .* that stalled/).waitFor();
    await first.getByText(/Questions fumbled/).waitFor();
    await page.locator('[data-reason="wrong-story"]').getByText(/Leadership stories picked/).waitFor();
    await first.getByRole('link').first().click();
    await page.getByTestId('readiness-score').waitFor();
    expect(page.url()).toMatch(/\/applications\/[^/]+\/prep\/[^/]+$/);
    await page.goto(`${server.url}/stories`);
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByText(/^Leadership story/).count()).toBeGreaterThanOrEqual(2);
  });
});
