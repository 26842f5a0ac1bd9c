import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { requireContentType } from '../middleware/cross-site';
import { limit, streamLimit } from '../middleware/limits';

export interface RouteEntry {
  method: string;
  path: string;
  bodyLimit: number;
  /** Whether the route answers without a session in hosted mode. */
  isPublic: boolean;
  /** The one content type a write route accepts; null for a route without a body. */
  contentType: string | null;
  /**
   * What a coach may do here with what people shared: `read` for the coach's read-only routes,
   * `none` everywhere else (a coach's session acts on the coach's own records only).
   */
  coachAccess: 'none' | 'read';
}

/** Every API route, with its body limit: the tests walk this table so a new route cannot skip a case. */
export const ROUTE_TABLE: RouteEntry[] = [];

let publicPaths: { size: number; exact: Set<string>; patterns: RegExp[] } | null = null;

/**
 * Whether a request path belongs to a route marked `isPublic` (answered without a session in
 * hosted mode), read from the table itself so a new public route needs no second list.
 */
export function isPublicPath(path: string): boolean {
  if (!publicPaths || publicPaths.size !== ROUTE_TABLE.length) {
    const open = ROUTE_TABLE.filter((r) => r.isPublic).map((r) => r.path);
    publicPaths = {
      size: ROUTE_TABLE.length,
      exact: new Set(open.filter((p) => !p.includes('{'))),
      patterns: open.filter((p) => p.includes('{')).map((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`)),
    };
  }
  return publicPaths.exact.has(path) || publicPaths.patterns.some((re) => re.test(path));
}

/** The content type a route's OpenAPI body declares; a route must declare exactly one. */
function declaredContentType(config: Omit<RouteConfig, 'middleware'>): string | null {
  const content = config.request?.body?.content;
  if (!content) return null;
  const types = Object.keys(content);
  if (types.length !== 1) throw new Error(`${config.method} ${config.path}: declare exactly one body content type (got ${types.join(', ')})`);
  return types[0]!;
}

/**
 * Define an API route with its explicit body limit (bytes). The OpenAPI path uses `{id}`. The body's
 * declared content type is enforced (415 otherwise), so a cross-site `text/plain` or form post
 * never reaches a handler.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(config: R & { bodyLimit: number; isPublic?: boolean; streamBody?: boolean; coachAccess?: 'read' }) {
  const { bodyLimit, isPublic = false, streamBody = false, coachAccess = 'none', ...rest } = config;
  const contentType = declaredContentType(rest);
  // A coach only ever reads: a write route open to coaches would let one edit a person's records.
  if (coachAccess === 'read' && rest.method !== 'get') throw new Error(`${rest.method} ${rest.path}: coach access is read-only`);
  ROUTE_TABLE.push({ method: rest.method.toUpperCase(), path: `/api${rest.path}`, bodyLimit, isPublic, contentType, coachAccess });
  // `streamBody`: the handler streams the body to disk and enforces the limit while it does.
  return createRoute({ ...rest, middleware: [requireContentType(contentType), streamBody ? streamLimit(bodyLimit) : limit(bodyLimit)] as const });
}
