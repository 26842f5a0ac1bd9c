import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '@secondround/store';
import type { AppEnv } from '../env';
import { errorBody } from '../errors';

/** The routes the browser extension may call, and only these. */
export const CLIPPER_PREFIX = '/api/clipper/';

/**
 * The origin of a browser extension's pages and service worker: `chrome-extension://<32 letters>`
 * in Chromium-based browsers, `moz-extension://<uuid>` in Firefox. A web page cannot send it.
 */
export function isExtensionOrigin(origin: string | undefined): origin is string {
  return !!origin && /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36}|safari-web-extension:\/\/[0-9A-F-]{36})$/i.test(origin);
}

function bearer(c: Context): string | null {
  const m = /^Bearer\s+(\S{1,200})$/i.exec(c.req.header('authorization') ?? '');
  return m?.[1] ?? null;
}

/** Whether the clipper guard let this request in on a valid pairing token (the other guards then skip their Origin check). */
export function isPairedClipper(c: Context): boolean {
  return typeof (c as Context<AppEnv>).get('clipperOwnerId') === 'string';
}

const PAIR_AGAIN = "pair the extension again: create a pairing token in the app's Settings → Browser clipper and paste it in the extension's options";

/**
 * The browser extension's way in, in personal mode as in hosted mode. A request from an
 * extension's origin is accepted only on the clipper's routes and only with a live pairing token
 * (`Authorization: Bearer …`): 401 without one, 403 on any other route. A token sent with no
 * Origin (a script, the CLI) is accepted on the same routes. Every other request, including one
 * from a web page that carries a token, goes through the usual Host, Origin and session checks
 * unchanged. Extension requests get the CORS headers they need, so the extension needs no
 * permission for the server's host.
 */
export function clipperGuard(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const fromExtension = isExtensionOrigin(origin);
    const token = bearer(c);
    const isClipperRoute = c.req.path.startsWith(CLIPPER_PREFIX);
    if (!fromExtension && !(token && isClipperRoute && !origin)) return next();
    if (fromExtension) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
    if (fromExtension && !isClipperRoute) return c.json(errorBody('FORBIDDEN_ORIGIN', `a browser extension may only call ${CLIPPER_PREFIX}…`), 403);
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, POST');
      c.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      c.header('Access-Control-Max-Age', '600');
      // Chromium asks before a request to a loopback or private address (Private Network Access).
      if (c.req.header('access-control-request-private-network') === 'true') c.header('Access-Control-Allow-Private-Network', 'true');
      return c.body(null, 204);
    }
    if (!token) return c.json(errorBody('UNAUTHORIZED', `this extension is not paired with the server: ${PAIR_AGAIN}`), 401);
    const ownerId = await store.clipper.ownerForToken(token);
    if (!ownerId) return c.json(errorBody('UNAUTHORIZED', `the pairing token was revoked or is wrong: ${PAIR_AGAIN}`), 401);
    c.set('clipperOwnerId', ownerId);
    return next();
  };
}
