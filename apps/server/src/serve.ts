import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { loadLanguageDetector } from '@secondround/core';
import type { Store } from '@secondround/store';
import { createApp } from './app';
import type { Mode } from './env';
import { loopbackHosts } from './middleware/host-check';

const here = dirname(fileURLToPath(import.meta.url));
/** The built web app; SECONDROUND_WEB_DIST points elsewhere (tests that build their own copy). */
export const WEB_DIST = process.env.SECONDROUND_WEB_DIST || join(here, '../../web/dist');

/** The app's version, from the root package.json. */
export function appVersion(): string {
  return (JSON.parse(readFileSync(join(here, '../../../package.json'), 'utf8')) as { version: string }).version;
}

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  mode?: Mode;
  webDist?: string;
}

/**
 * Start the HTTP server. Personal mode (SQLite) answers only to its own loopback host names;
 * hosted mode (PostgreSQL) has accounts and is meant to sit behind a proxy.
 */
export async function startServer(options: ServeOptions): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const mode = options.mode ?? (options.store.dialect === 'postgres' ? 'hosted' : 'personal');
  // Listings read before it is loaded fall back to counting function words.
  void loadLanguageDetector().catch(() => undefined);
  const allowedHosts: string[] = [];
  const app = createApp({
    store: options.store,
    mode,
    version: appVersion(),
    webDist: options.webDist ?? WEB_DIST,
    ...(mode === 'personal' ? { allowedHosts } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      allowedHosts.push(...loopbackHosts(options.host, info.port));
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        server,
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${options.port} is already in use on ${options.host}; set PORT to another port`) : e);
    });
  });
}
