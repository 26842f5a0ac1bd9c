import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { limit, streamLimit } from '../middleware/limits';

export interface RouteEntry {
  method: string;
  path: string;
  bodyLimit: number;
  /** Whether the route answers without a session in hosted mode. */
  isPublic: boolean;
}

/** Every API route, with its body limit: the tests walk this table so a new route cannot skip a case. */
export const ROUTE_TABLE: RouteEntry[] = [];

/**
 * Define an API route with its explicit body limit (bytes). The OpenAPI path uses `{id}`.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(config: R & { bodyLimit: number; isPublic?: boolean; streamBody?: boolean }) {
  const { bodyLimit, isPublic = false, streamBody = false, ...rest } = config;
  ROUTE_TABLE.push({ method: rest.method.toUpperCase(), path: `/api${rest.path}`, bodyLimit, isPublic });
  // `streamBody`: the handler streams the body to disk and enforces the limit while it does.
  return createRoute({ ...rest, middleware: [streamBody ? streamLimit(bodyLimit) : limit(bodyLimit)] as const });
}
