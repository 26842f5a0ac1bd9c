import { z } from '@hono/zod-openapi';
import { UserError } from '@secondround/core';
import type { Mode } from '../env';
import { KB } from '../middleware/limits';
import { requireHosted, SHARED_MESSAGE, shareWithCoach } from '../services/coach';
import { errorResponses, errorSchema, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const shareSchema = z.object({ id: z.string(), email: z.string(), createdAt: z.string() });
const personalMode = { 409: json(errorSchema, 'Personal mode: coach access needs a hosted server') };

const listShares = defineRoute({
  method: 'get',
  path: '/coach-shares',
  bodyLimit: 1 * KB,
  tags: ['coach access'],
  summary: 'The coaches this person shares a read-only view of their board, Diagnosis and prep sheets with, by the e-mail typed',
  responses: { 200: json(z.object({ shares: z.array(shareSchema) })), ...personalMode, ...errorResponses },
});

const createShare = defineRoute({
  method: 'post',
  path: '/coach-shares',
  bodyLimit: 4 * KB,
  tags: ['coach access'],
  summary: "Share a read-only view with a coach's account by its e-mail; the answer is the same whether or not an account uses the e-mail",
  request: { body: jsonBody(z.object({ email: z.email('expected an email address').max(320) })) },
  responses: { 201: json(z.object({ share: shareSchema, message: z.string() }), 'Shared (or already shared)'), ...personalMode, ...errorResponses },
});

const revokeShare = defineRoute({
  method: 'delete',
  path: '/coach-shares/{id}',
  bodyLimit: 1 * KB,
  tags: ['coach access'],
  summary: "Stop sharing: the coach's next request is refused",
  request: { params: idParam },
  responses: { 204: { description: 'No longer shared' }, ...personalMode, ...errorResponses },
});

/** A person's side of coach access: share, list, revoke. */
export function coachShareRoutes(mode: Mode) {
  return router()
    .openapi(listShares, async (c) => {
      requireHosted(mode);
      return c.json({ shares: await c.var.store.coach.listShares(c.var.ownerId) }, 200);
    })
    .openapi(createShare, async (c) => {
      requireHosted(mode);
      const share = await shareWithCoach(c.var.store, c.var.ownerId, c.req.valid('json').email);
      return c.json({ share, message: SHARED_MESSAGE }, 201);
    })
    .openapi(revokeShare, async (c) => {
      requireHosted(mode);
      if (!(await c.var.store.coach.revoke(c.var.ownerId, c.req.valid('param').id))) throw new UserError('NOT_FOUND', 'share not found', 404);
      return c.body(null, 204);
    });
}
