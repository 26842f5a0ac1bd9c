import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipped, launchBrowser, startServer, type RunningServer } from '../support/browser';

/** The board on the demo search: every column reachable at 1280 px, archive, filters, dragging, a phone. */
describe.skipIf(browserSkipped)('the board on the demo search, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const column = (id: string) => page.locator(`section[data-column="${id}"]`);

  beforeAll(async () => {
    server = await startServer([], { demo: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reaches every column at 1280 px: out-of-view columns are named, and a click brings each in', async () => {
    await page.goto(server.url);
    await column('closed').waitFor();
    const board = page.locator('.board');
    const view = (await board.boundingBox())!;
    const ids = await page.locator('section[data-column]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.column!));
    expect(ids).toHaveLength(9);
    // The cue scrolls smoothly: measure a column only once the board has stopped moving.
    const settled = async () => {
      let last = -1;
      await expect.poll(async () => {
        const now = await board.evaluate((el) => el.scrollLeft);
        const still = now === last;
        last = now;
        return still;
      }, { interval: 150 }).toBe(true);
    };
    for (const id of ids) {
      await settled();
      const box = (await column(id).boundingBox())!;
      const inView = box.x >= view.x - 1 && box.x + box.width <= view.x + view.width + 1;
      if (inView) continue;
      // Not in view: the cue names it, and its button scrolls it in.
      const cue = page.getByRole('group', { name: 'Columns out of view' }).getByRole('button', { name: new RegExp(`^(← )?${await column(id).locator('.column-name').textContent()} \\(`) });
      await cue.click();
      await expect.poll(async () => {
        const b = (await column(id).boundingBox())!;
        const v = (await board.boundingBox())!;
        return b.x >= v.x - 1 && b.x + b.width <= v.x + v.width + 1;
      }).toBe(true);
    }
  });

  it('archives closed cards after the set number of days and shows them on request', async () => {
    await page.goto(server.url);
    const closed = column('closed');
    await closed.waitFor();
    const shown = await closed.locator('.card').count();
    const archived = Number(/\((\d+)\)/.exec((await page.getByText(/^Show archived/).textContent())!)![1]);
    expect(archived).toBeGreaterThan(0);
    const toggle = page.getByRole('switch', { name: /^Show archived/ });
    await toggle.check();
    await expect.poll(() => closed.locator('.card').count()).toBe(shown + archived);
    await toggle.uncheck();
    await expect.poll(() => closed.locator('.card').count()).toBe(shown);
    // A longer period keeps more cards on the board, and the setting survives a reload.
    await page.getByRole('button', { name: /^Archive: 30 days/ }).click();
    await page.getByLabel('Archive closed cards after (days)').fill('3650');
    await page.getByRole('form', { name: 'Archive setting' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: /^Archive: 3650 days/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Archive: 3650 days/ }).waitFor();
    expect(await column('closed').locator('.card').count()).toBe(shown + archived);
    expect(await page.getByText('Show archived (0)').count()).toBe(1);
  });

  it('filters by tag and priority set on the details form, and shows them on the card', async () => {
    await page.goto(server.url);
    const first = page.locator('.card-item').first();
    const company = (await first.locator('.card-company').textContent())!;
    await first.getByRole('link').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const tags = page.getByLabel('Tags', { exact: true }).and(page.locator('input:not([type=hidden])'));
    await tags.fill('dream job');
    await tags.press('Enter');
    await page.getByLabel('Priority', { exact: true }).and(page.locator('input:not([type=hidden])')).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('link', { name: '← Board' }).click();
    const card = page.locator('.card-item', { hasText: company }).first();
    await card.getByText('High priority').waitFor();
    expect(await card.getByLabel('Tags: dream job').count()).toBe(1);

    const before = await page.locator('.card-item').count();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Tags', { exact: true }).and(page.locator('input:not([type=hidden])')).click({ force: true });
    await page.getByRole('option', { name: 'dream job' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card-item').count()).toBe(1);
    expect(await page.locator('.card-company').textContent()).toBe(company);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.card-item').count()).toBe(before);

    await page.getByLabel('Priority', { exact: true }).and(page.locator('input:not([type=hidden])')).click({ force: true });
    await page.getByRole('option', { name: 'High' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card-item').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Stage: only the chosen columns remain.
    await page.getByLabel('Stage', { exact: true }).and(page.locator('input:not([type=hidden])')).click({ force: true });
    await page.getByRole('option', { name: 'Applied' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('section[data-column]').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('section[data-column]').count()).toBe(9);
  });

  it('keeps a dragged card visible above the columns, and a drop outside any column changes nothing', async () => {
    await page.goto(server.url);
    const card = column('applied').locator('.card').first();
    const company = (await card.locator('.card-company').textContent())!;
    const from = (await card.boundingBox())!;
    const countBefore = await column('applied').locator('.card').count();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + from.width / 2 + i * 5, from.y - i * 12);
    // Mid-drag: the overlay copy is on screen, on top of whatever lies under the pointer.
    const overlay = page.locator('.card-overlay');
    await overlay.waitFor();
    expect(await overlay.locator('.card-company').textContent()).toBe(company);
    const box = (await overlay.boundingBox())!;
    const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.card-overlay') !== null, [box.x + box.width / 2, box.y + 10]);
    expect(topmost).toBe(true);
    // Drop on the navigation at the left, outside every column.
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    for (let i = 1; i <= 8; i++) await page.mouse.move(60, heading.y + heading.height / 2 - i);
    await page.mouse.up();
    await overlay.waitFor({ state: 'detached' });
    await page.reload();
    await column('applied').locator('.card').first().waitFor();
    expect(await column('applied').locator('.card').count()).toBe(countBefore);
    expect(await column('applied').getByText(company).count()).toBeGreaterThan(0);
  });

  it('wraps company and role names between words, never inside one', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url);
    await page.locator('.card-company').first().waitFor();
    // Each word of a name must sit on one line: a Range over the word gives one box.
    const broken = await page.locator('.card-company, .card-role').evaluateAll((els) => els.flatMap((el) => {
      const node = el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const text = node.textContent ?? '';
      const out: string[] = [];
      for (const m of text.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(node, m.index ?? 0);
        r.setEnd(node, (m.index ?? 0) + m[0].length);
        if (r.getClientRects().length > 1) out.push(m[0]);
      }
      return out;
    }));
    expect(broken).toEqual([]);
  });

  it('on a phone, is a short page: closed cards archived, long columns scroll inside', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.getByRole('button', { name: /^Archive: \d+ days/ }).click();
    await page.getByLabel('Archive closed cards after (days)').fill('30');
    await page.getByRole('form', { name: 'Archive setting' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: /^Archive: 30 days/ }).waitFor();
    await page.keyboard.press('Escape');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // Before archiving and inner scrolling the demo board was about 4,700 px tall on a phone.
    console.log(`board on a 390 px phone: ${height} px tall`);
    expect(height).toBeLessThan(4700 / 2);
  });
});
