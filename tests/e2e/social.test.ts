import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { syntheticExport, writeExportZip, writeHostileZips } from '../../packages/importers/src/social/fixtures';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('the social audit in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let archive: string;
  let truncated: string;
  const outside: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'social-e2e-'));
    archive = join(dir, 'twitter-archive.zip');
    // Synthetic posts plus 24 MB of "video" (stored, skipped unread) so the upload takes a moment.
    await writeExportZip(archive, { ...syntheticExport('x'), 'data/tweets_media/clip.mp4': Buffer.alloc(24 * 1024 * 1024, 3) });
    truncated = (await writeHostileZips(join(dir, 'hostile'))).truncated;
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const finding = (category: string) => page.locator(`[data-category="${category}"] li.social-finding`).first();

  it('says nothing leaves the machine, from the nav', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Social audit' }).click();
    await page.getByRole('heading', { name: 'Social audit', level: 1 }).waitFor();
    await page.getByText('Nothing leaves this machine').waitFor();
    await page.getByText('No findings yet').waitFor();
  });

  it('uploads an archive with a progress bar and shows the findings by category and year', async () => {
    // Record every value the progress bar shows, however briefly it is on screen.
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen: string[] };
      w.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="upload-progress"] [role="progressbar"]') ?? document.querySelector('[data-testid="upload-progress"]');
        const label = document.querySelector('[role="status"] p')?.textContent ?? '';
        if (bar) w.progressSeen.push(label);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const cdp = await page.context().newCDPSession(page);
    // Slow the upload to ~8 MB/s so the bar is on screen long enough to be seen.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 8 * 1024 * 1024 });
    const jobPolls: string[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/jobs/')) void r.text().then((b) => jobPolls.push(b), () => undefined);
    });
    const accepted = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/social/audits' && r.request().method() === 'POST');
    await page.locator('input[type="file"]').setInputFiles(archive);
    await page.getByTestId('upload-progress').waitFor();
    // Answered once the file is stored, with a queued job that the page then follows.
    expect((await accepted).status()).toBe(202);
    await page.getByText(/X \(Twitter\): \d+ items read, \d+ findings/).waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((s) => /Uploading twitter-archive\.zip to this app: \d+%/.test(s))).toBe(true);
    expect(jobPolls.at(-1)).toMatch(/"status":"done"/);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    for (const label of ['Profanity', 'Alcohol and drugs', 'Bad-mouthing an employer or colleagues']) await page.getByRole('heading', { name: label }).waitFor();
    await page.locator('[data-category="profanity"]').getByText('2019', { exact: true }).first().waitFor();
    await expect.poll(() => finding('alcohol_drugs').textContent()).toMatch(/wasted/);
    expect(await finding('alcohol_drugs').getByRole('link', { name: /Open on X/ }).getAttribute('href')).toMatch(/^https:\/\/x\.com\//);
  });

  it('marks a finding dealt with, and the mark survives a reload', async () => {
    const open = Number((await page.getByTestId('open-count').textContent())!.match(/^\d+/)![0]);
    const saved = page.waitForResponse((r) => r.url().includes('/api/findings/') && r.request().method() === 'PATCH');
    // A click, not check(): the switch turns on when the server has saved the mark, not before.
    await finding('alcohol_drugs').getByRole('switch').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(async () => page.getByTestId('open-count').textContent()).toMatch(new RegExp(`^${open - 1} \\(1 dealt with\\)`));
    await page.reload();
    await page.getByRole('heading', { name: 'Alcohol and drugs' }).waitFor();
    expect(await finding('alcohol_drugs').getByRole('switch').isChecked()).toBe(true);
    await page.getByText('all dealt with').first().waitFor();
  });

  it('ticks a presence item, kept after a reload', async () => {
    const card = page.locator('[data-platform="linkedin"]');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/social/presence') && r.request().method() === 'PUT');
    await card.getByText('A clear, recent photo of you').click();
    expect((await saved).status()).toBe(200);
    await card.getByText('1/7').waitFor();
    await page.reload();
    await page.locator('[data-platform="linkedin"]').getByText('1/7').waitFor();
    expect(await page.locator('[data-platform="linkedin"]').getByRole('checkbox', { name: /A clear, recent photo of you/ }).isChecked()).toBe(true);
    await page.getByText('Deleting your accounts is the wrong fix').waitFor();
  });

  it('refuses a truncated zip with a clear error and keeps the findings', async () => {
    const before = await page.locator('li.social-finding').count();
    await page.locator('input[type="file"]').setInputFiles(truncated);
    await page.getByText('Not scanned (BAD_ARCHIVE)').waitFor();
    await page.getByText(/truncated\.zip is not a complete zip archive/).first().waitFor();
    expect(await page.locator('li.social-finding').count()).toBe(before);
  });

  it('shows the audit on the Diagnosis page with a link back, and never called anyone else', async () => {
    await page.getByRole('link', { name: 'Diagnosis' }).click();
    const card = page.locator('[data-reason="social-media"]');
    await card.getByText(/Social audit: \d+ open finding/).waitFor();
    await card.getByRole('link', { name: 'Open the social audit' }).click();
    await page.getByRole('heading', { name: 'Social audit', level: 1 }).waitFor();
    await page.screenshot({ path: join(tmpdir(), 'social-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(tmpdir(), 'social-390.png'), fullPage: true });
    expect(outside).toEqual([]);
  });
});
