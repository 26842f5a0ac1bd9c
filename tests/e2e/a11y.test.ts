import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_TITLES } from '../../apps/web/src/page-titles';
import { startHostedApp, startPersonalApp, type RunningApp } from '../support/app';
import { browserSkipped } from '../support/browser';
import { pgSkipped } from '../support/pg';

/**
 * WCAG 2.2 AA on every page: axe-core with the A and AA rules of WCAG 2.0, 2.1 and 2.2, at a
 * desktop and a phone size, on the demo search and on the empty app. The list of pages is read
 * from the router in App.tsx, so a new route without a case here fails.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const ROUTES = [...readFileSync('apps/web/src/App.tsx', 'utf8').matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]!);

interface Ids {
  app: string;
  interview: string;
  interviewer: string;
}
const PLACEHOLDERS: Ids = { app: ':id', interview: ':interviewId', interviewer: ':interviewerId' };
const APP_TABS = ['rounds', 'followup', 'history', 'listing', 'analysis', 'details', 'contacts', 'references'];

/** The URLs that show each route, given real ids (demo) or ids that match nothing (empty app). */
const CASES: Record<string, (ids: Ids) => string[]> = {
  '/': () => ['/'],
  '/applications/:id': ({ app }) => APP_TABS.map((tab) => `/applications/${app}${tab === 'rounds' ? '' : `?tab=${tab}`}`),
  '/diagnosis': () => ['/diagnosis'],
  '/stories': () => ['/stories'],
  '/applications/:id/prep/:interviewId?': ({ app, interview }) => [`/applications/${app}/prep`, `/applications/${app}/prep/${interview}`],
  '/applications/:id/debrief/:interviewId': ({ app, interview }) => [`/applications/${app}/debrief/${interview}`],
  '/social': () => ['/social'],
  '/data': () => ['/data'],
  '/today': () => ['/today'],
  '/compose': () => ['/compose'],
  '/compose/:interviewerId': ({ interviewer }) => [`/compose/${interviewer}`],
  '/settings/mail': () => ['/settings/mail'],
  '/references': () => ['/references'],
  '/profile': () => ['/profile'],
  '/applications/:id/materials': ({ app }) => [`/applications/${app}/materials`],
  '/settings/clipper': () => ['/settings/clipper'],
  // Personal mode: each says coach access needs a hosted server (tests/e2e/coach.test.ts checks them hosted).
  '/settings/coach': () => ['/settings/coach'],
  '/coach': () => ['/coach'],
  '/coach/:personId': () => ['/coach/no-such-person'],
  '/coach/:personId/applications/:id/prep': ({ app }) => [`/coach/no-such-person/applications/${app}/prep`],
  '/mail': () => ['/mail'],
  '*': () => ['/no/such/page'],
};

/**
 * axe-core's run in the page itself ("legacy mode": inject into every frame, one `axe.run`). The
 * default mode runs `axe.runPartial` and then opens a blank page for every call to inject axe again
 * and run `axe.finishRun` there; on these pages (no iframes, a few hundred elements) that overhead
 * was most of each check's time under load, and it made the eight-tab application page outlast its
 * timeout. Same rules and tags, same results.
 */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`).join(' | ')}`);
}

/** Waits for the page to settle (an h1, no loader, no request in flight); says what never came. */
async function settle(page: Page): Promise<string[]> {
  try {
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return [];
  } catch (e) {
    return [`did not settle: ${(e as Error).message.split('\n')[0]}`];
  }
}

describe('the accessibility test covers every page', () => {
  it('has a case and a title for every route in the router', () => {
    expect(ROUTES.length).toBeGreaterThan(10);
    expect(ROUTES.filter((r) => !(r in CASES))).toEqual([]);
    expect(ROUTES.filter((r) => r !== '*' && !(r in PAGE_TITLES))).toEqual([]);
  });
});

describe.skipIf(browserSkipped)('WCAG 2.2 AA on every page, in Chromium', () => {
  for (const dataset of ['demo', 'empty'] as const) {
    describe(`on the ${dataset} app`, () => {
      let running: RunningApp;
      let ids: Ids;
      beforeAll(async () => {
        running = await startPersonalApp({ demo: dataset === 'demo' });
        ids = { app: 'no-such-application', interview: 'no-such-interview', interviewer: 'no-such-person' };
        if (dataset === 'demo') ids = await demoIds(running.server.url);
      });
      afterAll(async () => {
        await running?.stop();
      });

      for (const size of SIZES) {
        describe(`at ${size.name} size (${size.width}×${size.height})`, () => {
          let page: Page;
          beforeAll(async () => {
            page = await (await running.browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
          });
          afterAll(async () => {
            await page?.context().close();
          });

          // One test per URL (a route with several, like the application page's eight tabs, gets
          // one each), named with the ids left as placeholders since they exist only once the app runs.
          for (const route of ROUTES) {
            CASES[route]!(PLACEHOLDERS).forEach((shown, i) => {
              it(`${shown}: no violations, one h1, a page title`, async () => {
                const path = CASES[route]!(ids)[i]!;
                await page.goto(running.server.url + path);
                const problems = await settle(page);
                problems.push(...(await violations(page)));
                const h1s = await page.locator('h1').count();
                if (h1s !== 1) problems.push(`${h1s} h1 elements`);
                const title = await page.title();
                if (!/^.+ — secondround$/.test(title) || (route !== '*' && title.startsWith('Page not found'))) problems.push(`title "${title}"`);
                expect({ [path]: problems }).toEqual({ [path]: [] });
              }, 60_000);
            });
          }
        });
      }
    });
  }

  describe.skipIf(pgSkipped)('sign-in in hosted mode', () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startHostedApp();
    });
    afterAll(async () => {
      await running?.stop();
    });

    for (const size of SIZES) {
      it(`has no violations on sign-in and sign-up at ${size.name} size`, async () => {
        const context = await running.browser.newContext({ viewport: { width: size.width, height: size.height } });
        const page = await context.newPage();
        await page.goto(running.server.url);
        await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
        expect(await page.title()).toBe('Sign in — secondround');
        expect(await violations(page)).toEqual([]);
        await page.getByRole('button', { name: 'New here? Create an account' }).click();
        await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
        expect(await violations(page)).toEqual([]);
        await context.close();
      }, 60_000);
    }
  });
});

async function demoIds(url: string): Promise<Ids> {
  const { applications } = (await (await fetch(`${url}/api/applications`)).json()) as { applications: { id: string }[] };
  for (const { id } of applications) {
    const detail = (await (await fetch(`${url}/api/applications/${id}`)).json()) as { interviews: { id: string; interviewers: { id: string }[] }[] };
    const interview = detail.interviews.find((i) => i.interviewers.length > 0);
    if (interview) return { app: id, interview: interview.id, interviewer: interview.interviewers[0]!.id };
  }
  throw new Error('the demo has no interview with an interviewer');
}
