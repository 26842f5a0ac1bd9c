import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Whether the request reached us over TLS. Behind a TLS-terminating proxy the app sees plain HTTP;
 * only with `SECONDROUND_TRUST_PROXY=1` does it believe the proxy's `X-Forwarded-Proto` (a client
 * talking to the app directly could otherwise claim TLS it does not have).
 */
export function isTls(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return (c.req.header('x-forwarded-proto') ?? '').split(',')[0]!.trim().toLowerCase() === 'https';
}

/**
 * The client's address, for rate limits: the socket's peer, or with `SECONDROUND_TRUST_PROXY=1` the
 * last address the proxy appended to `X-Forwarded-For` (earlier entries are the client's own claim).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (forwarded.length > 0) return forwarded[forwarded.length - 1]!;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // `app.request()` in tests has no socket.
    return 'unknown';
  }
}

/**
 * The origin the browser saw for this server: scheme from TLS as above, host from the Host header,
 * or behind a trusted proxy that rewrites Host (nginx does by default) from `X-Forwarded-Host`.
 */
export function publicOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const forwardedHost = trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]!.trim() : undefined;
  const host = forwardedHost || (c.req.header('host') ?? url.host);
  return `${isTls(c, trustProxy) ? 'https' : 'http'}://${host}`.toLowerCase();
}
