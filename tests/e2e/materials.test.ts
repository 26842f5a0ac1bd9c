import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pdfWithText, windowsProgram } from '../../packages/importers/src/documents/fixtures';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

const LISTING = 'Backend Engineer at Acme\nRequirements:\n- 3+ years with PostgreSQL\n- Strong TypeScript\n- Kubernetes\nHow to apply: please submit your CV and a cover letter as one PDF through our careers portal.';

describe.skipIf(browserSkipped)('the materials page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let appId: string;

  beforeAll(async () => {
    server = await startServer();
    const res = await fetch(`${server.url}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.url }, body: JSON.stringify({ company: 'Acme', role: 'Backend Engineer', listingText: LISTING }) });
    appId = ((await res.json()) as { id: string }).id;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens from the application page and reads the request from the listing', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    await page.getByRole('link', { name: /Materials: what they ask for/ }).click();
    await page.getByRole('heading', { name: 'Materials', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Read from the listing' }).click();
    await page.getByTestId('item-resume').waitFor();
    await page.getByTestId('item-cover_letter').waitFor();
    await page.getByText('“How to apply: please submit your CV and a cover letter as one PDF through our careers portal.”').waitFor();
  });

  it('attaches a PDF resume and shows the match and the missing skills', async () => {
    const input = page.getByTestId('item-resume').locator('input[type=file]');
    await input.setInputFiles({ name: 'Jane CV.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfWithText([['Jane Doe', 'Five years building TypeScript services on Postgres, with tests and reviews for a team of six engineers.']])) });
    await page.getByRole('link', { name: 'Jane CV.pdf' }).waitFor();
    await page.getByText('Match: 67%').waitFor();
    await page.getByText('Kubernetes (required)').waitFor();
    const files = await readdir(join(dirname(server.dataFile), 'files'));
    expect(files).toHaveLength(1);
  });

  it('refuses a program renamed .pdf with a clear message', async () => {
    const input = page.getByTestId('item-cover_letter').locator('input[type=file]');
    await input.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from(windowsProgram()) });
    await page.getByRole('alert').filter({ hasText: 'the file is a program (exe), not a document, whatever its name says' }).waitFor();
    expect(await page.getByTestId('item-cover_letter').getByText('No file attached.').count()).toBe(1);
  });

  it('asks a reason before marking submitted with the cover letter missing', async () => {
    await page.getByRole('button', { name: 'Mark as submitted' }).click();
    const dialog = page.getByRole('dialog', { name: 'Something is not as asked' });
    await dialog.waitFor();
    await dialog.getByText('Cover letter: no file attached').waitFor();
    expect(await dialog.getByRole('button', { name: 'Submit anyway' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Why is it going out like this?').fill('The portal takes one file only');
    await dialog.getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByText('Marked as submitted; the application moved to Applied.').waitFor();
    await page.getByText('(“The portal takes one file only”)', { exact: false }).waitFor();
  });
});
