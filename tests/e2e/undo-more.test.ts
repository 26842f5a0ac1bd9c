import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped, type RunningServer } from '../support/browser';

describe.skipIf(browserSkipped)('references, follow-ups and materials are deleted without a question and come back with Undo, in Chromium', () => {
  let running: RunningApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let appId: string;
  let fileId: string;

  beforeAll(async () => {
    running = await startPersonalApp();
    ({ server, browser } = running);
    // In a context of its own, as axe needs.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })).newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const send = async (method: 'post' | 'put', path: string, data: unknown) => (await (await page.request[method](`${server.url}/api${path}`, { data })).json()) as Record<string, unknown> & { id: string };
    // Rejected, so the feedback request shows on the Follow-up tab.
    appId = (await send('post', '/applications', { company: 'Umbrella', role: 'Analyst', stage: 'rejected', stageDate: '2026-01-05' })).id;
    const ref = await send('post', '/references', { name: 'Ana Ruiz', knowsWork: 4 });
    await send('post', `/applications/${appId}/references`, { referenceId: ref.id, givenOn: '2026-01-02' });
    await send('post', `/applications/${appId}/followups`, { kind: 'feedback_request' });
    const items = (await send('put', `/applications/${appId}/materials/items`, { items: [{ kind: 'resume', label: null, required: true, formats: [], maxBytes: null, via: null }] })).items as Array<{ id: string }>;
    const upload = await page.request.post(`${server.url}/api/applications/${appId}/materials/files?name=cv.txt&itemId=${items[0]!.id}`, { headers: { 'Content-Type': 'application/octet-stream' }, data: Buffer.from('Jane Doe, resume') });
    expect(upload.status()).toBe(201);
    fileId = ((await upload.json()) as { id: string }).id;
  });
  afterAll(() => running?.stop());

  const notice = () => page.locator('.undo-notice');

  it('deletes a reference on the references page and puts it back, with where it was given', async () => {
    await page.goto(`${server.url}/references`);
    await page.getByText('Ana Ruiz').first().waitFor();
    await page.getByRole('button', { name: 'Delete' }).first().click();
    await notice().getByText('Reference deleted: Ana Ruiz.').waitFor();
    await expect.poll(() => page.locator('#main').getByText('Ana Ruiz').count()).toBe(0);
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await notice().getByText('Restored Ana Ruiz.').waitFor();
    await page.locator('#main').getByText('Ana Ruiz').first().waitFor();
    const uses = (await (await page.request.get(`${server.url}/api/applications/${appId}/references`)).json()) as { uses: unknown[] };
    expect(uses.uses).toHaveLength(1);
  });

  it('deletes a follow-up from its card and undoes it', async () => {
    await page.goto(`${server.url}/applications/${appId}`);
    await page.getByRole('tab', { name: 'Follow-up' }).click();
    await page.getByTestId('follow-up').waitFor();
    await page.getByRole('button', { name: 'Delete this feedback request' }).click();
    await notice().getByText(/^Follow-up deleted: “.+”\.$/).waitFor();
    await expect.poll(() => page.getByTestId('follow-up').count()).toBe(0);
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('follow-up').waitFor();
  });

  it("removes a material's file and Undo brings the file back, bytes and all", async () => {
    await page.goto(`${server.url}/applications/${appId}/materials`);
    await page.getByRole('link', { name: 'cv.txt' }).waitFor();
    await page.getByRole('button', { name: 'Remove the file cv.txt' }).click();
    await notice().getByText('File deleted: cv.txt.').waitFor();
    await page.getByText('No file attached.').waitFor();
    expect((await page.request.get(`${server.url}/api/materials/files/${fileId}`)).status()).toBe(404);
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'cv.txt' }).waitFor();
    const back = await page.request.get(`${server.url}/api/materials/files/${fileId}`);
    expect(back.status()).toBe(200);
    expect(await back.text()).toBe('Jane Doe, resume');
    expect(dialogs).toEqual([]);
  });

  it('deletes a material item at once by keyboard and Undo brings it back, in a few keystrokes', async () => {
    const other = (await (await page.request.post(`${server.url}/api/applications`, { data: { company: 'Initech', role: 'Designer', stage: 'saved' } })).json()) as { id: string };
    const put = await page.request.put(`${server.url}/api/applications/${other.id}/materials/items`, { data: { items: [{ kind: 'other', label: 'Portfolio', required: true, formats: [], maxBytes: null, via: null }, { kind: 'resume', label: null, required: true, formats: [], maxBytes: null, via: null }] } });
    const saved = ((await put.json()) as { items: Array<{ id: string; label: string | null }> }).items;
    const itemIds = async () => ((await (await page.request.get(`${server.url}/api/applications/${other.id}/materials`)).json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    await page.goto(`${server.url}/applications/${other.id}/materials`);
    const remove = page.getByRole('button', { name: 'Delete “Portfolio”' });
    await remove.waitFor();
    // By keyboard from the top of the page: the skip link, then Tab to the item's Delete button.
    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await page.keyboard.press(key);
    };
    await press('Tab');
    await press('Enter');
    while (!(await remove.evaluate((el) => el === document.activeElement)) && keys < 40) await press('Tab');
    await press('Enter');
    await notice().getByText('Item deleted: “Portfolio”.').waitFor();
    await expect.poll(() => remove.count()).toBe(0);
    expect(await itemIds()).toEqual([saved[1]!.id]);
    // The newest notice takes focus, so Enter undoes.
    await expect.poll(() => notice().last().getByRole('button', { name: 'Undo' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await press('Enter');
    await notice().getByText('Restored “Portfolio”.').waitFor();
    await remove.waitFor();
    expect(await itemIds()).toEqual(saved.map((i) => i.id));
    // Skip link and Enter, ten Tab stops through the first item's fields to its Delete, Enter, Enter: 14.
    expect(keys).toBeLessThanOrEqual(14);
    console.log(`material item deleted and undone in ${keys} keystrokes`);
    expect(dialogs).toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('keeps unsaved edits to the list when another item is deleted and brought back', async () => {
    const name = page.getByLabel('Name of item 1');
    await name.fill('Portfolio site');
    await page.getByRole('button', { name: 'Delete Resume / CV' }).click();
    await notice().getByText('Item deleted: the resume.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Delete Resume / CV' }).count()).toBe(0);
    expect(await name.inputValue()).toBe('Portfolio site');
    await notice().last().getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Delete Resume / CV' }).waitFor();
    expect(await name.inputValue()).toBe('Portfolio site');
    await page.getByRole('button', { name: 'Save list' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save list' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete / }).allTextContents()).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete “Portfolio site”' }).waitFor();
  });

  it("a material item's Delete button is a 24 px touch target at phone size, and the page stays axe-clean", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/applications/${appId}/materials`);
    const remove = page.getByRole('button', { name: 'Delete Resume / CV' });
    await remove.scrollIntoViewIfNeeded();
    const box = (await remove.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
