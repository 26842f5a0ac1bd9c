import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { AppEnv } from '../env';
import { describeZodError, errorBody } from '../errors';

export const idParam = z.object({ id: z.string().min(1).max(64) });

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** Error responses every route documents. */
export const errorResponses = {
  400: { description: 'Malformed request', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not signed in (hosted mode)', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: errorSchema } } },
  413: { description: 'Body too large', content: { 'application/json': { schema: errorSchema } } },
  422: { description: 'Invalid values', content: { 'application/json': { schema: errorSchema } } },
} as const;

export function json<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

/** A router whose validation failures answer 422 with the shared error shape. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(errorBody('VALIDATION', describeZodError(result.error)), 422);
      return undefined;
    },
  });
}

/** A body already serialised as JSON, sent as `c.json` sends one (same content type). */
export function jsonText<T>(c: Context, text: string): TypedResponse<T, 200, 'json'> {
  return c.body(text, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<T, 200, 'json'>;
}
