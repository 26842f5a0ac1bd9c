import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** True when the test runner found no Chromium and said so (see scripts/test.mjs). */
export const browserSkipped = process.env.SECONDROUND_SKIP_BROWSER === '1';

export const CHROMIUM_PATH = process.env.SECONDROUND_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with no traffic of its own (the machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface RunningServer {
  url: string;
  dataFile: string;
  stop(): Promise<void>;
}

/**
 * Start the real server binary (`secondround serve`) on a free port with a fresh SQLite file,
 * so the process the test stops is the server itself.
 */
export async function startServer(extraArgs: string[] = [], options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-e2e-'));
  const dataFile = join(dir, 'test.db');
  if (options.demo) {
    const seeded = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', dataFile, 'demo'], { encoding: 'utf8' });
    if (seeded.status !== 0) throw new Error(`demo failed: ${seeded.stderr}`);
  }
  const child: ChildProcess = spawn(process.execPath, ['apps/cli/bin/secondround.js', ...(options.env?.DATABASE_URL ? [] : ['--data', dataFile]), ...extraArgs, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', ...options.env } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // Generous: on a shared, loaded machine the first start (tsx compiling the server) can take a while.
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    dataFile,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What `useDemoPage` gives the tests of its block, once its `beforeAll` has run. */
export interface DemoPage {
  readonly server: RunningServer;
  readonly page: Page;
}

/**
 * For one describe block: the server on the demo search and one desktop-sized page in Chromium,
 * started before the block's tests and stopped after them. Read `server` and `page` inside a test.
 */
export function useDemoPage(): DemoPage {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startServer([], { demo: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('useDemoPage: read server and page inside a test, after beforeAll');
    return v;
  };
  return {
    get server() {
      return started(server);
    },
    get page() {
      return started(page);
    },
  };
}
