import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { loadLanguageDetector } from '@secondround/core';
import type { Store } from '@secondround/store';
import { createApp, smtpOptionsFor } from './app';
import { imapAllowedHostsFromEnv } from './services/mail-sync-job';
import { startJobs } from './services/jobs/jobs';
import { pgBossQueue } from './services/jobs/pg-boss';
import { inProcessQueue, type JobQueue } from './services/jobs/queue';
import type { Mode } from './env';
import { loopbackHosts } from './middleware/host-check';
import { autoBackups } from './services/auto-backups';
import { serverLogger } from './middleware/request-log';
import type { Logger } from 'pino';
import { purgeTrash, UNDO_WINDOW_MS } from './services/undo';

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
  /** Personal mode on a non-loopback address: only when the person asked for it (`--allow-network`). */
  allowNetwork?: boolean;
  /** The SQLite database file: in personal mode, copied each day the app is used (backups/ beside it). */
  databaseFile?: string;
  /** Where request and error lines go; default JSON on standard output at SECONDROUND_LOG_LEVEL. */
  logger?: Logger;
  /** PostgreSQL's address, for the job queue's own connections (pg-boss); SQLite runs jobs in this process. */
  databaseUrl?: string;
  /** The e-mail reminders (issue 15), run as background jobs: off only for tests that do not want a timer; the clock for those that do. */
  reminders?: false | { now?: () => Date; intervalMs?: number };
  /** Whether a hosted process runs background jobs, or only queues them for the others (default: unless SECONDROUND_WORKERS=0). */
  workers?: boolean;
  /** How long an idle keep-alive connection stays open, in ms (default: SECONDROUND_KEEP_ALIVE_SECONDS, else 75 s). */
  keepAliveTimeoutMs?: number;
}

/**
 * Node closes an idle keep-alive connection after 5 s by default. A reverse proxy keeps its idle
 * connections to the app for longer (Caddy 2 min unless told, nginx's upstream `keepalive_timeout`
 * 60 s, AWS's load balancers 60 s) and may send a request on one the app is closing at that
 * instant: the person gets a 502 or a reset. So the app must wait longer than the proxy; 75 s is
 * above the 60 s that `deploy/Caddyfile` sets and the common defaults.
 */
export const DEFAULT_KEEP_ALIVE_SECONDS = 75;

/** The keep-alive timeout from SECONDROUND_KEEP_ALIVE_SECONDS (whole seconds, 1 to 3600), in ms. */
export function keepAliveTimeoutFromEnv(value = process.env.SECONDROUND_KEEP_ALIVE_SECONDS): number {
  if (value === undefined || value.trim() === '') return DEFAULT_KEEP_ALIVE_SECONDS * 1000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3600) throw new Error(`SECONDROUND_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to 3600 (got "${value}")`);
  return n * 1000;
}

/** Whether this process runs background jobs: always with SQLite (no other process would), else unless SECONDROUND_WORKERS=0. */
function runsWorkers(options: ServeOptions): boolean {
  if (options.store.dialect === 'sqlite' || !options.databaseUrl) return true;
  if (options.workers !== undefined) return options.workers;
  return process.env.SECONDROUND_WORKERS !== '0';
}

/** Whether `host` is a loopback address or name (reachable from this machine only). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * Start the HTTP server. Personal mode (SQLite) answers only to its own loopback host names;
 * hosted mode (PostgreSQL) has accounts and is meant to sit behind a proxy.
 */
export async function startServer(options: ServeOptions): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const mode = options.mode ?? (options.store.dialect === 'postgres' ? 'hosted' : 'personal');
  // Personal mode has no accounts, and the Host check stops browsers, not other programs: on a
  // network address anyone who reaches it could read and change the whole search.
  if (mode === 'personal' && !isLoopbackHost(options.host) && !options.allowNetwork) {
    throw new Error(
      `personal mode has no accounts: anyone who can reach ${options.host} could read and change this search. ` +
        'Listen on 127.0.0.1, use hosted mode (DATABASE_URL=postgres://… or SECONDROUND_MODE=hosted) for accounts, or pass --allow-network if you mean it',
    );
  }
  // Listings read before it is loaded fall back to counting function words.
  void loadLanguageDetector().catch(() => undefined);
  const keepAliveTimeoutMs = options.keepAliveTimeoutMs ?? keepAliveTimeoutFromEnv();
  const allowedHosts: string[] = [];
  let draining = false;
  const logger = options.logger ?? serverLogger(mode);
  const workers = runsWorkers(options);
  const onJobError = (e: unknown) => logger.error({ err: { type: (e as Error)?.name ?? 'Error', stack: (e as Error)?.stack } }, 'job queue error');
  let queue: JobQueue | null = null;
  if (options.reminders !== false) {
    queue = options.store.dialect === 'postgres' && options.databaseUrl ? await pgBossQueue({ databaseUrl: options.databaseUrl, workers, onError: onJobError }) : inProcessQueue({ onError: (_name, e) => onJobError(e) });
  }
  const timing = options.reminders || {};
  const jobs = queue ? await startJobs({ queue, store: options.store, smtp: smtpOptionsFor({ mode }), workers, logger, ...(timing.now ? { now: timing.now } : {}), ...(timing.intervalMs ? { scanEveryMs: timing.intervalMs } : {}), mailSync: { allowedHosts: mode === 'hosted' ? imapAllowedHostsFromEnv() : null } }) : undefined;
  const app = createApp({
    ...(jobs ? { jobs } : {}),
    store: options.store,
    mode,
    logger,
    draining: () => draining,
    version: appVersion(),
    webDist: options.webDist ?? WEB_DIST,
    ...(mode === 'personal' ? { allowedHosts } : {}),
    ...(mode === 'personal' && options.databaseFile && options.store.dialect === 'sqlite' ? { autoBackups: autoBackups({ databaseFile: options.databaseFile, store: options.store }) } : {}),
  });
  // Before the first person: every pooled connection open, the hot reads run once on each, and the
  // router built by one request of our own (see `warmPool`). A failure only costs speed.
  await options.store.warm().catch((e: unknown) => logger.warn({ err: { type: (e as Error)?.name ?? 'Error' } }, 'warm-up failed'));
  await Promise.resolve(app.fetch(new Request('http://127.0.0.1/api/health'))).then((r) => r.arrayBuffer()).catch(() => undefined);
  // Deleted records kept for their undo window are forgotten soon after it, even if nothing else is deleted.
  const purge = () => void purgeTrash(options.store).catch(() => undefined);
  purge();
  const purgeTimer = setInterval(purge, UNDO_WINDOW_MS);
  purgeTimer.unref();
  return new Promise((resolve, reject) => {
    // headersTimeout above keepAliveTimeout: else a request arriving on a connection idle for
    // longer than headersTimeout may be cut off before its headers are read (Node's own advice).
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host, serverOptions: { keepAliveTimeout: keepAliveTimeoutMs, headersTimeout: keepAliveTimeoutMs + 1000 } }, (info) => {
      allowedHosts.push(...loopbackHosts(options.host, info.port));
      // Reached over the network, the machine's own addresses are its Host names too.
      if (options.allowNetwork) {
        for (const a of Object.values(networkInterfaces()).flat()) if (a) allowedHosts.push(a.family === 'IPv6' ? `[${a.address}]:${info.port}` : `${a.address}:${info.port}`);
      }
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        server,
        url: `http://${host}:${info.port}`,
        close: async () => {
          draining = true;
          clearInterval(purgeTimer);
          await queue?.stop();
          await new Promise<void>((r) => server.close(() => r()));
        },
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${options.port} is already in use on ${options.host}; set PORT to another port`) : e);
    });
  });
}
