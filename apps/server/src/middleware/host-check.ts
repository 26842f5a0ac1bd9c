import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../errors';

/**
 * Personal mode listens on loopback only and rejects requests whose Host or Origin is not its own,
 * so a web page elsewhere cannot reach it through DNS rebinding or a cross-site form.
 */
export function hostCheck(allowedHosts: readonly string[], isOriginExempt: (c: Context) => boolean = () => false): MiddlewareHandler {
  // Read on every request: the server fills the list once it knows the port it was given.
  return async (c, next) => {
    const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!hosts.has(host)) return c.json(errorBody('FORBIDDEN_HOST', `requests for host "${host}" are not served here`), 403);
    const origin = c.req.header('origin');
    // `Origin: null` comes from sandboxed frames, data: URLs and redirects across sites: never ours.
    // The Host is still checked above; a paired browser extension's own origin is not this host.
    if (origin && !isOriginExempt(c)) {
      let originHost = '';
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        /* an unparsable Origin is refused below */
      }
      if (!hosts.has(originHost)) return c.json(errorBody('FORBIDDEN_ORIGIN', `requests from origin "${origin}" are not accepted`), 403);
    }
    await next();
  };
}

/** The Host values a server bound to `host:port` answers to. */
export function loopbackHosts(host: string, port: number): string[] {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]']);
  return [...names].map((h) => `${h}:${port}`);
}
