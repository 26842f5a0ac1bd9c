import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

const LISTING = `Data Analyst — Northwind

We are a fast-paced, high-growth team. Analysts share an on-call rotation.

Requirements
- 3+ years of experience with SQL
- Experience building dashboards in Tableau`;

describe.skipIf(browserSkipped)('references and the work-style profile in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let appId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string };
    };
    appId = (await post('/applications', { company: 'Northwind', role: 'Data Analyst', stage: 'round1', listingText: LISTING })).id;
    await post('/stories', { title: 'Cut the month-end close from 5 days to 2', result: 'Finance closed 3 days sooner.' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks for a profile on the application, then shows the mismatches once the profile is saved', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    const note = page.getByTestId('fit-note');
    await expect.poll(() => note.textContent()).toContain('fill your work-style profile');
    await note.getByRole('link', { name: 'fill your work-style profile' }).click();
    await page.waitForURL(/\/profile$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Work-style profile');
    await page.getByRole('radiogroup', { name: 'Which pace suits you?' }).getByRole('radio', { name: 'Steady pace', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Being on call' }).check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved.');
    // The saved profile comes back on reload.
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Being on call' }).isChecked()).toBe(true);

    await page.goto(`${server.url}/applications/${appId}`);
    await expect.poll(() => note.textContent()).toContain('may not fit you');
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('fast-paced');
    expect(text).toContain('on-call');
  });

  it('adds a reference, gives it for the application, briefs it and records the check', async () => {
    await page.goto(`${server.url}/references`);
    await page.getByRole('button', { name: 'Add a reference' }).click();
    const form = page.getByRole('form', { name: 'Add a reference' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await form.getByRole('radio', { name: '2 a little' }).check();
    await form.getByRole('textbox', { name: 'E-mail' }).fill('ana@example.com');
    await form.getByRole('button', { name: 'Add reference' }).click();
    const card = page.getByRole('article', { name: 'Ana Ruiz' });
    await expect.poll(() => card.textContent()).toContain('knows your work only a little');

    // Fix the reference: she knows the work well, and saw one of the stories.
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit Ana Ruiz' });
    await edit.getByRole('radio', { name: '4 well' }).check();
    await edit.getByLabel('Stories of yours they witnessed').click();
    await page.getByRole('option', { name: 'Cut the month-end close from 5 days to 2' }).click();
    await page.keyboard.press('Escape');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.textContent()).toContain('Knows your work: 4 of 5');
    expect(await card.textContent()).not.toContain('only a little');

    await page.goto(`${server.url}/applications/${appId}?tab=references`);
    await page.getByRole('combobox', { name: 'Give a reference' }).click();
    await page.getByRole('option', { name: /Ana Ruiz/ }).click();
    await page.getByRole('button', { name: 'Give', exact: true }).click();
    const use = page.getByRole('article', { name: 'Reference: Ana Ruiz' });
    await expect.poll(() => use.textContent()).toContain('not been briefed about this job yet');

    await use.getByRole('button', { name: 'Brief this reference' }).click();
    const brief = use.getByRole('textbox', { name: 'Brief for Ana Ruiz' });
    await expect.poll(() => brief.inputValue()).toContain('Reference for the Data Analyst role at Northwind');
    expect(await brief.inputValue()).toContain('Cut the month-end close from 5 days to 2');
    expect(await use.getByRole('link', { name: 'Download .eml' }).getAttribute('href')).toMatch(/\/api\/reference-uses\/[^/]+\/brief\.eml$/);
    await use.getByRole('button', { name: 'Mark briefed today' }).click();
    await expect.poll(() => use.textContent()).toMatch(/· briefed \d{4}-\d{2}-\d{2}/);
    expect(await use.textContent()).not.toContain('not been briefed');

    await use.getByRole('textbox', { name: 'Reference check on' }).fill('2026-11-20');
    await use.getByRole('button', { name: 'Save check' }).click();
    await expect.poll(() => use.textContent()).toContain('checked 2026-11-20');
    await page.goto(`${server.url}/references`);
    await expect.poll(() => page.getByRole('article', { name: 'Ana Ruiz' }).textContent()).toContain('Given 1 time, checked 1');
  });

  it('links the Diagnosis culture-fit and references cards to these pages', async () => {
    await page.goto(`${server.url}/diagnosis`);
    for (const [href, heading] of [['/profile', 'Work-style profile'], ['/references', 'References']] as const) {
      const link = page.locator(`a[href="${href}"]`).first();
      await link.click();
      await page.waitForURL(new RegExp(`${href}$`));
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe(heading);
      await page.goBack();
    }
  });
});
