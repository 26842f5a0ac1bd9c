import { describe, expect, it } from 'vitest';
import { browserSkipped, useDemoPage } from '../support/browser';

/** What must never show on the Diagnosis: statisticians' words and raw codes. */
const JARGON: readonly RegExp[] = [/\bdecided\b/i, /80% interval/i, /\bband\b/i, /\b[A-Z]{2,}_[A-Z_]{2,}\b/, /\b[a-z]+_[a-z]+\b/, /\(COPY\)/i];

describe.skipIf(browserSkipped)('every Diagnosis card leads somewhere real, in plain words', () => {
  const demo = useDemoPage();

  it('shows no jargon or raw code anywhere on the page, and names the source of each average with a link', async () => {
    const { page, server } = demo;
    await page.goto(`${server.url}/diagnosis`);
    await page.getByRole('heading', { name: 'Why you stall' }).waitFor();
    await page.locator('[data-reason]').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const bad of JARGON) expect(text, String(bad)).not.toMatch(bad);
    const sources = page.locator('[data-rate-source]');
    expect(await sources.count()).toBe(4);
    expect(await sources.filter({ hasText: 'about 26% of first interviews lead to a second' }).getByRole('link', { name: 'Zippia job interview statistics, 2023' }).count()).toBe(1);
    // A referred-candidate rate is never the top of an average's range.
    const screen = await page.locator('[data-rate-source="screen"]').innerText();
    expect(screen).toContain('35% pass the recruiter screen');
    expect(screen).not.toMatch(/35%\s*(to|–|-)\s*52%|52% when referred/);
  });

  it('gives every card a link, and each opens a real page (not the not-found page)', async () => {
    const { page, server } = demo;
    await page.goto(`${server.url}/diagnosis`);
    await page.locator('[data-reason]').first().waitFor();
    const cards = await page.locator('[data-reason]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reason') ?? ''));
    expect(cards.length).toBeGreaterThanOrEqual(8);
    const links: Array<{ id: string; href: string }> = [];
    for (const id of cards) {
      const link = page.locator(`[data-fix-link="${id}"]`);
      expect(await link.count(), `link on the ${id} card`).toBe(1);
      links.push({ id, href: (await link.getAttribute('href')) ?? '' });
    }
    expect(links.find((l) => l.id === 'thank-you')?.href).toBe('/compose');
    expect(links.find((l) => l.id === 'too-persistent')?.href).toBe('/today');
    // The first-interview fix opens the prep sheet of the next round 1, not a later round's.
    const prep = links.find((l) => l.id === 'first-interview')!.href;
    expect(prep).toMatch(/^\/applications\/[^/]+\/prep\/[^/]+$/);

    for (const { id, href } of links) {
      await page.goto(`${server.url}/diagnosis`);
      await page.locator(`[data-fix-link="${id}"]`).click();
      await page.waitForURL((u) => u.pathname === href);
      await page.locator('main h2, main h1').first().waitFor();
      const notFound = await page.getByRole('heading', { name: 'Nothing here' }).count();
      expect(notFound, `${id} → ${href}`).toBe(0);
    }
    await page.goto(`${server.url}${prep}`);
    await page.getByRole('heading', { name: /^Prep sheet: / }).waitFor();
    expect(await page.getByText(/ · Round 1 · /).count()).toBe(1);
  });
});
