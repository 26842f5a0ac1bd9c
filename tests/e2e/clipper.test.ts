import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
// @ts-expect-error: a plain .mjs build script, no types of its own
import { buildClipper } from '../../apps/clipper/scripts/build.mjs';
import { browserSkipped, CHROMIUM_PATH, startServer, type RunningServer } from '../support/browser';

const FIXTURES = join(import.meta.dirname, 'fixtures/clipper');

interface Outcome {
  state: string;
  message: string;
  applicationId?: string;
  warnings?: string[];
  ms: number;
  readMs?: number;
  saveMs?: number;
  injectTries?: number;
}

/** A 2 MB job page: the listing, 1.2 MB of the board's own state in a script, 3,000 other vacancies. */
function bigPage(): string {
  const base = readFileSync(join(FIXTURES, 'career-page.html'), 'utf8');
  const state = JSON.stringify({ jobs: Array.from({ length: 8500 }, (_, i) => ({ id: i, title: `Vacancy ${i}`, team: 'Nursing', blurb: 'x'.repeat(150) })) });
  const others = Array.from({ length: 3000 }, (_, i) => `<li><a href="/careers/${i}">Healthcare Assistant ${i} · Leeds</a></li>`).join('');
  return base.replace('</main>', `</main><script>window.__STATE__=${state}</script><section><h2>Other vacancies</h2><ul>${others}</ul></section>`);
}

/** A 20 MB page: a listing drowned in 150,000 list items. */
function hugePage(): string {
  const base = readFileSync(join(FIXTURES, 'career-page.html'), 'utf8');
  const items = Array.from({ length: 150_000 }, (_, i) => `<li>Archived vacancy number ${i} in our records, long since filled, kept here for reference and nothing else.</li>`).join('');
  return base.replace('</main>', `</main><ul>${items}</ul>`);
}

describe.skipIf(browserSkipped)('the browser clipper, loaded in Chromium', () => {
  let server: RunningServer;
  let pages: Server;
  let pagesUrl = '';
  let profile = '';
  let context: BrowserContext;
  let worker: Worker;
  let cdp: CDPSession;
  let extensionId = '';
  const served: Record<string, string> = {};

  beforeAll(async () => {
    const dist = await buildClipper(mkdtempSync(join(tmpdir(), 'clipper-dist-')));
    for (const name of ['linkedin', 'greenhouse', 'lever', 'workday', 'career-page', 'not-a-job']) served[`/${name}`] = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
    served['/big'] = bigPage();
    served['/huge'] = hugePage();
    pages = createServer((req, res) => {
      const body = served[new URL(req.url ?? '/', 'http://x').pathname];
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
    pagesUrl = `http://127.0.0.1:${(pages.address() as { port: number }).port}`;
    server = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'clipper-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // --enable-unsafe-extension-debugging lets the test press the toolbar button over CDP (Extensions.triggerAction).
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--enable-unsafe-extension-debugging'],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    cdp = await context.browser()!.newBrowserCDPSession();
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await new Promise((r) => pages?.close(r));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Press the extension's toolbar button on this tab, as a person does, and wait for what it did. */
  async function click(page: Page): Promise<Outcome> {
    // The toolbar button is pressed on the tab a person is looking at: make it the active tab first.
    await page.bringToFront();
    const before = await worker.evaluate(() => (globalThis as unknown as { secondroundClips: unknown[] }).secondroundClips.length);
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{}] } as never)) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    expect(tab, `no tab target for ${page.url()}`).toBeDefined();
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab!.targetId } as never);
    for (let i = 0; i < 400; i++) {
      const outcomes = await worker.evaluate(() => (globalThis as unknown as { secondroundClips: unknown[] }).secondroundClips);
      if (outcomes.length > before) {
        const outcome = outcomes[outcomes.length - 1] as Outcome;
        // An unexpected error says which tabs the browser had, so a failure in a loaded run can be read.
        if (outcome.state === 'error') outcome.message += ` (tabs: ${JSON.stringify(await tabsSeen(tab!.targetId))})`;
        // A refused injection tried again is no failure, but the log says so, to tell how often it happens.
        if ((outcome.injectTries ?? 1) > 1) console.log(`clipper: the reader's injection was refused and tried again on ${page.url()}: ${outcome.injectTries} tries`);
        return outcome;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the extension did nothing within 20 s');
  }

  async function tabsSeen(pressed: string) {
    const tabs = await worker.evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string; active: boolean; windowId: number; status: string }>> } } }).chrome.tabs.query({});
      return all.map((t) => ({ id: t.id, url: t.url, active: t.active, window: t.windowId, status: t.status }));
    });
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{}] } as never)) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
    return { pressed, tabs, targets: targetInfos.filter((t) => t.type === 'tab').map((t) => `${t.targetId.slice(0, 8)} ${t.url}`) };
  }

  async function application(id: string) {
    return (await (await fetch(`${server.url}/api/applications/${id}`)).json()) as { role: string; company: string; location: string | null; listingUrl: string; listingText: string; stage: string; notes: string | null };
  }

  async function count(): Promise<number> {
    return ((await (await fetch(`${server.url}/api/applications`)).json()) as { applications: unknown[] }).applications.length;
  }

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    // A person clicks the clipper on a page that has finished loading; a click while a 2 MB page
    // still loads can find the tab between documents, where the extension may not read it.
    await page.goto(`${pagesUrl}${path}`, { waitUntil: 'load', timeout: 120_000 });
    return page;
  }

  it('asks to be paired before anything, then pairs with a token made in the app’s settings', async () => {
    const page = await open('/linkedin');
    const optionsOpened = context.waitForEvent('page');
    expect(await click(page)).toMatchObject({ state: 'unpaired' });
    const options = await optionsOpened;
    await options.getByRole('alert').getByText(/Pair the extension first/).waitFor();

    const app = await context.newPage();
    await app.goto(`${server.url}/settings/clipper`);
    await app.getByLabel('Name of the browser').fill('Chromium under test');
    await app.getByRole('button', { name: 'Create pairing token' }).click();
    const token = (await app.getByTestId('pairing-token').textContent())!.trim();
    expect(token).toMatch(/^srclip_/);
    await app.getByRole('table', { name: 'Pairing tokens' }).getByText('Chromium under test').waitFor();

    await options.getByLabel('Server address').fill(`${server.url}/`);
    await options.getByLabel('Pairing token').fill('srclip_wrong');
    await options.getByRole('button', { name: 'Pair' }).click();
    await options.getByRole('status').getByText(/Not paired: the pairing token was revoked or is wrong/).waitFor();
    await options.getByLabel('Pairing token').fill(token);
    await options.getByRole('button', { name: 'Pair' }).click();
    await options.getByRole('status').getByText(`Paired with ${server.url}.`).waitFor();
    await Promise.all([options.close(), app.close(), page.close()]);
  });

  const boards = [
    ['LinkedIn', '/linkedin', { role: 'Data Analyst', company: 'Northwind Logistics', location: 'Rotterdam, South Holland, Netherlands' }, 'Power BI or Tableau'],
    ['Greenhouse', '/greenhouse', { role: 'Backend Engineer', company: 'Acme Robotics', location: 'Lyon, France' }, 'PostgreSQL and message queues'],
    ['Lever', '/lever', { role: 'Grid Data Engineer', company: 'Fernhill Energy', location: 'Utrecht, Netherlands' }, 'Kafka or another event streaming'],
    ['Workday (rendered by script)', '/workday', { role: 'Senior Financial Analyst', company: 'Calder Health', location: 'Denver, CO, United States of America' }, 'Adaptive Planning'],
    ['a company’s own career page', '/career-page', { role: 'Registered Nurse', company: 'Riverside Community Clinic', location: 'Leeds, United Kingdom' }, 'current NMC registration'],
  ] as const;

  for (const [board, path, expected, phrase] of boards) {
    it(`saves a listing on ${board} in one click, as a saved application`, async () => {
      const page = await open(path);
      if (path === '/workday') await page.getByRole('heading', { name: 'Senior Financial Analyst' }).waitFor();
      const outcome = await click(page);
      expect(outcome, outcome.message).toMatchObject({ state: 'saved', warnings: [] });
      const saved = await application(outcome.applicationId!);
      expect(saved).toMatchObject({ ...expected, listingUrl: `${pagesUrl}${path}`, stage: 'saved' });
      expect(saved.listingText).toContain(phrase);
      await page.close();
    });
  }

  it('opens the saved application on a second click instead of saving it twice', async () => {
    const page = await open('/linkedin?trk=public_jobs#about');
    const total = await count();
    const appOpened = context.waitForEvent('page');
    const outcome = await click(page);
    expect(outcome.state).toBe('opened');
    const appPage = await appOpened;
    await appPage.waitForURL(`${server.url}/applications/${outcome.applicationId}`);
    expect((await application(outcome.applicationId!)).role).toBe('Data Analyst');
    expect(await count()).toBe(total);
    await Promise.all([page.close(), appPage.close()]);
  });

  it('saves a page that is not a job listing with a warning and no invented title', async () => {
    const page = await open('/not-a-job');
    const outcome = await click(page);
    expect(outcome.state).toBe('saved');
    expect(outcome.warnings?.join(' ')).toMatch(/does not look like a job listing/);
    const saved = await application(outcome.applicationId!);
    expect(saved.role).toBe('(no job title found)');
    expect(saved.notes).toMatch(/does not look like a job listing/);
    await page.close();
  });

  it('saves a 2 MB job page quickly, and a 20 MB page cut short with a warning', async () => {
    const big = await open('/big');
    const t0 = performance.now();
    const outcome = await click(big);
    const wall = Math.round(performance.now() - t0);
    expect(Buffer.byteLength(served['/big']!)).toBeGreaterThanOrEqual(2_000_000);
    expect(outcome.state, outcome.message).toBe('saved');
    expect((await application(outcome.applicationId!)).role).toBe('Registered Nurse');
    console.log(`clipper: 2 MB page (${Buffer.byteLength(served['/big']!)} bytes) saved in ${outcome.ms} ms from the click handler (reading ${outcome.readMs} ms, saving ${outcome.saveMs} ms), ${wall} ms as the test saw it`);

    const huge = await open('/huge');
    const hugeOutcome = await click(huge);
    console.log(`clipper: 20 MB page (${Buffer.byteLength(served['/huge']!)} bytes) answered in ${hugeOutcome.ms} ms (reading ${hugeOutcome.readMs} ms, saving ${hugeOutcome.saveMs} ms): ${hugeOutcome.state}`);
    expect(hugeOutcome.state, hugeOutcome.message).toBe('saved');
    expect(hugeOutcome.warnings?.join(' ')).toMatch(/too large to read whole/);
    expect((await application(hugeOutcome.applicationId!)).role).toBe('Registered Nurse');
    await Promise.all([big.close(), huge.close()]);
  }, 240_000);

  it('says how to pair again once the token is revoked', async () => {
    const app = await context.newPage();
    await app.goto(`${server.url}/settings/clipper`);
    await app.getByRole('button', { name: 'Revoke the token of Chromium under test' }).click();
    await app.getByText('No browser is paired.').waitFor();
    const page = await open('/lever');
    const total = await count();
    const optionsOpened = context.waitForEvent('page');
    const outcome = await click(page);
    expect(outcome.state).toBe('unpaired');
    const options = await optionsOpened;
    await options.getByRole('alert').getByText(/revoked or is wrong: pair the extension again/).waitFor();
    expect(await count()).toBe(total);
    await Promise.all([options.close(), app.close(), page.close()]);
  });
});
