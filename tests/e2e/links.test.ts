import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPersonalApp } from '../support/app';
import { browserSkipped } from '../support/browser';

/**
 * Every link on every page leads somewhere real: a crawl from the board follows each link it
 * finds, and every page it opens must be a route of the router in App.tsx (not the not-found
 * page), every `/api/…` link must answer, and every `#fragment` must name an element of its page.
 * On the demo, the crawl must reach every page of the router that personal mode shows.
 */
const ROUTES = [...readFileSync('apps/web/src/App.tsx', 'utf8').matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]!).filter((r) => r !== '*');
/** Hosted-only pages: personal mode links to none of them (tests/e2e/coach.test.ts walks them hosted). */
const HOSTED_ONLY = ['/settings/coach', '/coach', '/coach/:personId', '/coach/:personId/applications/:id/prep'];
/** Pages opened per route: enough to see a route's links on two records without opening all 42 cards. */
const PER_ROUTE = 2;

function routeOf(pathname: string): string | null {
  for (const route of ROUTES) {
    const pattern = route.replace(/\/:\w+\?/g, '(?:/[^/]+)?').replace(/:\w+/g, '[^/]+');
    if (new RegExp(`^${pattern}/?$`).test(pathname)) return route;
  }
  return null;
}

/** Waits for the page to settle (an h1, no loader, no request in flight); says what never came. */
async function settle(page: Page): Promise<string | null> {
  try {
    await page.locator('h1').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return null;
  } catch (e) {
    return `did not settle: ${(e as Error).message.split('\n')[0]}`;
  }
}

interface Crawl {
  /** Routes of the router the crawl opened a page of. */
  reached: Set<string>;
  /** What is wrong, by the page it was seen on. */
  problems: string[];
}

async function crawl(page: Page, base: string): Promise<Crawl> {
  const origin = new URL(base).origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const opened = new Map<string, number>();
  const checkedApi = new Set<string>();
  const result: Crawl = { reached: new Set(), problems: [] };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const url = new URL(path, origin);
    await page.goto(url.href);
    const stuck = await settle(page);
    if (stuck) result.problems.push(`${path}: ${stuck}`);
    if ((await page.getByRole('heading', { name: 'Nothing here' }).count()) > 0) result.problems.push(`${path}: opens the not-found page`);
    if (url.hash && (await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count()) === 0) result.problems.push(`${path}: no element with id ${url.hash}`);
    result.reached.add(routeOf(url.pathname) ?? '?');
    // Every link in the page, hidden tab panels and collapsed sections included.
    const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    for (const href of new Set(hrefs)) {
      const target = new URL(href, url);
      if (target.origin !== origin) continue; // another site (a listing, a source's page) or mailto:
      const where = `${path} → ${href}`;
      if (target.pathname.startsWith('/api/')) {
        if (checkedApi.has(target.pathname)) continue;
        checkedApi.add(target.pathname);
        const res = await fetch(target.href);
        await res.body?.cancel();
        if (res.status === 404 || res.status >= 500) result.problems.push(`${where}: answers ${res.status}`);
        continue;
      }
      if (target.pathname === url.pathname && target.search === url.search) {
        if (target.hash && (await page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`).count()) === 0) result.problems.push(`${where}: no element with that id`);
        continue;
      }
      const route = routeOf(target.pathname);
      if (!route) {
        result.problems.push(`${where}: no page of the router has this address`);
        continue;
      }
      const next = target.pathname + target.search + target.hash;
      if (seen.has(next) || (opened.get(route) ?? 0) >= PER_ROUTE) continue;
      seen.add(next);
      opened.set(route, (opened.get(route) ?? 0) + 1);
      queue.push(next);
    }
  }
  return result;
}

describe.skipIf(browserSkipped)('every link on every page leads somewhere real', () => {
  for (const dataset of ['demo', 'empty'] as const) {
    it(`on the ${dataset} app`, async () => {
      const running = await startPersonalApp({ demo: dataset === 'demo' });
      const { server } = running;
      const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const { reached, problems } = await crawl(page, server.url);
        expect(problems).toEqual([]);
        if (dataset === 'demo') expect(ROUTES.filter((r) => !HOSTED_ONLY.includes(r) && !reached.has(r))).toEqual([]);
        else {
          expect([...reached]).toEqual(expect.arrayContaining(['/', '/data', '/settings/mail']));
          // The empty board names the import page: as a link to it.
          await page.goto(server.url);
          expect(await settle(page)).toBeNull();
          expect(await page.getByRole('alert').filter({ hasText: 'No applications yet' }).getByRole('link', { name: 'Import & export' }).getAttribute('href')).toBe('/data');
        }
      } finally {
        await page.close();
        await running.stop();
      }
    }, 600_000);
  }
});
