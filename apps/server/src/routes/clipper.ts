import { z } from '@hono/zod-openapi';
import { canonicalListingUrl, clipInputSchema, LIMITS, UserError } from '@secondround/core';
import { KB, MB } from '../middleware/limits';
import { notFound } from '../errors';
import { clippedApplication, saveClip } from '../services/clipper';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const clippedSchema = z.object({ id: z.string(), role: z.string(), company: z.string(), location: z.string().nullable(), listingUrl: z.string() });
const tokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });

const lookup = defineRoute({
  method: 'get',
  path: '/clipper/clips',
  bodyLimit: 1 * KB,
  tags: ['clipper'],
  summary: 'The application saved from a page, by its address (the extension’s second click opens it)',
  request: { query: z.object({ url: z.string().min(1).max(LIMITS.url) }) },
  responses: { 200: json(z.object({ application: clippedSchema.nullable() })), ...errorResponses },
});

const save = defineRoute({
  method: 'post',
  path: '/clipper/clips',
  // The readable part of a page is capped at a million characters by the extension and the schema.
  bodyLimit: 4 * MB,
  tags: ['clipper'],
  summary: 'Save a page read by the browser extension as a saved application (or find the one saved from it before)',
  request: { body: jsonBody(clipInputSchema) },
  responses: { 201: json(z.object({ created: z.literal(true), application: clippedSchema, warnings: z.array(z.string()) }), 'Saved'), 200: json(z.object({ created: z.literal(false), application: clippedSchema, warnings: z.array(z.string()) }), 'Saved before'), ...errorResponses },
});

const listTokens = defineRoute({ method: 'get', path: '/pairing-tokens', bodyLimit: 1 * KB, tags: ['clipper'], summary: 'The browser extension’s live pairing tokens (never the tokens themselves)', responses: { 200: json(z.array(tokenSchema)), ...errorResponses } });

const createToken = defineRoute({
  method: 'post',
  path: '/pairing-tokens',
  bodyLimit: 1 * KB,
  tags: ['clipper'],
  summary: 'Create a pairing token for the browser extension; the token is shown this once',
  request: { body: jsonBody(z.object({ name: z.string().trim().min(1).max(100) })) },
  responses: { 201: json(z.object({ token: z.string(), record: tokenSchema }), 'Created'), ...errorResponses },
});

const revokeToken = defineRoute({ method: 'delete', path: '/pairing-tokens/{id}', bodyLimit: 1 * KB, tags: ['clipper'], summary: 'Revoke a pairing token', request: { params: idParam }, responses: { 204: { description: 'Revoked' }, ...errorResponses } });

export const clipperRoutes = router()
  .openapi(lookup, async (c) => {
    const url = canonicalListingUrl(c.req.valid('query').url);
    if (!url) throw new UserError('VALIDATION', 'url: expected the http(s) address of the page', 422);
    return c.json({ application: await clippedApplication(c.var.store, c.var.ownerId, url) }, 200);
  })
  .openapi(save, async (c) => {
    const result = await saveClip(c.var.store, c.var.ownerId, c.req.valid('json'));
    return result.created ? c.json({ ...result, created: true as const }, 201) : c.json({ ...result, created: false as const }, 200);
  })
  .openapi(listTokens, async (c) => c.json(await c.var.store.clipper.listTokens(c.var.ownerId), 200))
  .openapi(createToken, async (c) => c.json(await c.var.store.clipper.createToken(c.var.ownerId, c.req.valid('json').name), 201))
  .openapi(revokeToken, async (c) => {
    if (!(await c.var.store.clipper.revokeToken(c.var.ownerId, c.req.valid('param').id))) return notFound(c, 'pairing token');
    return c.body(null, 204);
  });
