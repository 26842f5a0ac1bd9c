import type { Browser } from 'playwright-core';
import { launchBrowser, startServer, type RunningServer } from './browser';
import { createTempDatabase } from './pg';

/** The real server and a headless Chromium, started together for one e2e suite. */
export interface RunningApp {
  server: RunningServer;
  browser: Browser;
  /** Close the browser, stop the server and drop what it stored (the SQLite file or the database). */
  stop(): Promise<void>;
}

/** Chromium beside a server that is already up; if Chromium fails to start, the server is stopped too. */
async function withBrowser(server: RunningServer, cleanUp: () => Promise<void>): Promise<RunningApp> {
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await cleanUp();
    throw e;
  }
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await cleanUp();
    },
  };
}

/** A personal app: `secondround serve` on a fresh SQLite file, no accounts; with `demo`, seeded with the demo data first. */
export async function startPersonalApp(options: { demo?: boolean } = {}): Promise<RunningApp> {
  const server = await startServer([], { demo: options.demo === true });
  return withBrowser(server, () => server.stop());
}

/** A hosted app, with the URL of its database for a suite that reads the store directly. */
export interface RunningHostedApp extends RunningApp {
  databaseUrl: string;
}

/** A hosted app: `secondround serve` on a fresh PostgreSQL database of the test server, with accounts. */
export async function startHostedApp(): Promise<RunningHostedApp> {
  const db = await createTempDatabase();
  let server: RunningServer;
  try {
    server = await startServer([], { env: { DATABASE_URL: db.url } });
  } catch (e) {
    await db.drop();
    throw e;
  }
  const running = await withBrowser(server, async () => {
    await server.stop();
    await db.drop();
  });
  return { ...running, databaseUrl: db.url };
}
