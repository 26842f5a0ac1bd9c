import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes, routePath } from 'hono/route';
import pino, { type Logger } from 'pino';
import type { AppEnv } from '../env';

/** A request id a proxy may pass on: short, and only characters that cannot forge a log line. */
const GIVEN_ID = /^[A-Za-z0-9._-]{1,64}$/;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'];

/**
 * The server's logger: JSON lines on standard output. `SECONDROUND_LOG_LEVEL` sets the level;
 * by default a hosted server logs every request (`info`) and a personal one only problems (`warn`),
 * so the person's terminal stays quiet.
 */
export function serverLogger(mode: 'personal' | 'hosted', env: NodeJS.ProcessEnv = process.env, destination?: pino.DestinationStream): Logger {
  const given = env.SECONDROUND_LOG_LEVEL;
  if (given !== undefined && given !== '' && !LEVELS.includes(given as LogLevel)) {
    throw new Error(`SECONDROUND_LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${given.slice(0, 40)}")`);
  }
  const level = (given || (mode === 'hosted' ? 'info' : 'warn')) as LogLevel;
  const options = { level, base: { app: 'secondround' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One log line per request: its id, method, the route's pattern (`/api/applications/:id`, never
 * the path with its query), status and milliseconds. No bodies, no e-mail addresses, no user
 * ids: nothing that says who asked. The id comes back in `X-Request-Id`; a proxy's own id is
 * kept when the proxy is trusted, so one request can be followed across both logs.
 */
export function requestLog(logger: Logger, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = trustProxy && given !== undefined && GIVEN_ID.test(given) ? given : randomUUID();
    c.set('requestId', id);
    c.set('log', logger.child({ reqId: id }));
    const started = performance.now();
    try {
      await next();
    } finally {
      c.header('X-Request-Id', id);
      const status = c.res.status;
      const entry = { reqId: id, method: c.req.method, route: routeOf(c), status, ms: Math.round((performance.now() - started) * 10) / 10 };
      if (status >= 500) logger.error(entry, 'request failed');
      else logger.info(entry, 'request');
    }
  };
}

function routeOf(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    let pattern = routePath(c);
    // Answered by a middleware (401, 403, 415…): name the route the request was meant for.
    if (pattern.endsWith('*')) pattern = matchedRoutes(c).find((r) => r.method !== 'ALL' && !r.path.endsWith('*'))?.path ?? pattern;
    if (pattern.endsWith('*')) return c.req.path.startsWith('/api/') ? 'api:unknown' : 'web';
    return pattern;
  } catch {
    return 'unknown';
  }
}

/**
 * What an unexpected error leaves in the log: its kind and where it was thrown. The message is
 * left out, since it can quote what a person typed.
 */
export function errorForLog(err: unknown): { type: string; stack: string[] } {
  const e = err instanceof Error ? err : new Error(String(err));
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12).map((line) => line.trim());
  return { type: e.name || 'Error', stack: frames };
}
