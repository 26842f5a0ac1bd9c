import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('records that are quick to keep and always right, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.tagName ?? '');

  it('records round 1 from a typed "next Tue 3pm" and the card follows to Round 1', async () => {
    await page.goto(server.url);
    await page.getByText('No applications yet').waitFor();
    await page.keyboard.press('n');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Company/ }).fill('Globex');
    await page.getByRole('dialog').getByRole('textbox', { name: /^Role/ }).fill('Data Analyst');
    await page.keyboard.press('Enter');
    // Enter opened the application, with focus on the day of round 1 (not on the page body).
    const form = page.getByRole('form', { name: 'Add a round' });
    await form.waitFor();
    await expect.poll(focusedLabel).toMatch(/^When/);
    await form.getByRole('textbox', { name: /^When/ }).fill('next Tue 3pm');
    await form.getByText(/Tuesday.*15:00.*\(Europe\/London\)/).waitFor();
    await form.getByRole('textbox', { name: /^When/ }).fill('1/12/1901 10am');
    await form.getByText('The day typed is dated 1 Dec 1901, more than 10 years ago: check the year.').waitFor();
    await form.getByRole('textbox', { name: /^When/ }).fill('next Tue 3pm');
    await form.getByRole('button', { name: 'Save round' }).click();
    await page.getByRole('heading', { name: /Round 1/ }).waitFor();
    await page.getByLabel('Current stage: Round 1').waitFor();
    expect(await page.getByRole('tab', { name: /History \(2\)/ }).count()).toBe(1);
  });

  it('keeps the interviewer form open for the next person, refuses a duplicate, and edits a name', async () => {
    const person = page.getByRole('form', { name: 'Add interviewer' });
    await person.getByRole('textbox', { name: /^Interviewer name/ }).fill('Dana Reyes');
    await page.keyboard.press('Enter');
    await page.locator('.interviewer').getByText('Dana Reyes').waitFor();
    expect(await focusedLabel()).toMatch(/^Interviewer name/);
    await page.keyboard.type('Sam Lee');
    await page.keyboard.press('Enter');
    await page.locator('.interviewer').getByText('Sam Lee').waitFor();
    await page.keyboard.type('dana reyes');
    await page.keyboard.press('Enter');
    await person.getByRole('alert').getByText('Dana Reyes is already on this round; edit that entry instead of adding the name twice.').waitFor();
    expect(await page.locator('.interviewer').count()).toBe(2);

    await page.getByRole('button', { name: 'Edit Sam Lee' }).click();
    const edit = page.getByRole('form', { name: 'Edit Sam Lee' });
    await edit.getByRole('textbox', { name: /^Interviewer name/ }).fill('Sam Li');
    await edit.getByRole('textbox', { name: /^Email/ }).fill('sam@globex.example');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.interviewer').getByText('sam@globex.example').waitFor();
    expect(await page.locator('.interviewer').allInnerTexts()).toEqual([expect.stringContaining('Dana Reyes'), expect.stringContaining('Sam Li')]);
  });

  it('reschedules the round', async () => {
    await page.getByRole('button', { name: 'Edit round' }).click();
    const form = page.getByRole('form', { name: 'Reschedule round' });
    await form.getByRole('textbox', { name: /^When/ }).fill('next Wed 9:30am');
    await form.getByRole('textbox', { name: /^Place or link/ }).fill('https://meet.example/globex');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/Wednesday.*09:30/).waitFor();
    await page.getByText(/meet\.example\/globex/).waitFor();
  });

  it('tells the later of two tabs that the application changed instead of silently winning', async () => {
    const url = page.url();
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(url);
    for (const p of [page, other]) {
      await p.getByRole('tab', { name: 'Details' }).click();
      await p.getByRole('textbox', { name: 'Notes' }).waitFor();
    }
    await page.getByRole('textbox', { name: 'Notes' }).fill('From the first tab');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('button', { name: 'Save details' }).and(page.locator(':not([data-loading])')).waitFor();
    await other.getByRole('textbox', { name: 'Notes' }).fill('From the second tab');
    await other.getByRole('button', { name: 'Save details' }).click();
    await other.getByRole('alert').getByText(/changed in another tab or device after you opened it/).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('From the first tab');
    await other.close();
  });

  it('edits a contact', async () => {
    await page.getByRole('tab', { name: /Contacts/ }).click();
    const add = page.getByRole('form', { name: 'Add contact' });
    await add.getByRole('textbox', { name: /^Contact name/ }).fill('Ana Recruter');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Edit Ana Recruter' }).click();
    const edit = page.getByRole('form', { name: 'Edit Ana Recruter' });
    await edit.getByRole('textbox', { name: /^Contact name/ }).fill('Ana Recruiter');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Ana Recruiter', { exact: true }).waitFor();
  });
});
