import { z } from '@hono/zod-openapi';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { errorResponses, errorSchema, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoDeletion } from '../services/undo';

/** What a deletion answers: the ticket to undo it with, until `expiresAt`. */
export const undoTicketSchema = z.object({ undo: z.object({ id: z.string(), kind: z.string(), label: z.string(), expiresAt: z.string() }) });

const undo = defineRoute({
  method: 'post',
  path: '/undo/{id}',
  bodyLimit: 1 * KB,
  tags: ['undo'],
  summary: 'Undo a deletion (the `undo.id` a DELETE answered) within its window: everything it removed is put back',
  request: { params: idParam, body: jsonBody(z.object({})) },
  responses: {
    200: json(z.object({ restored: z.object({ kind: z.string(), label: z.string() }) })),
    409: json(errorSchema, 'What it belonged to was deleted since'),
    410: json(errorSchema, 'The undo window has passed'),
    ...errorResponses,
  },
});

export const undoRoutes = router().openapi(undo, async (c) => {
  const restored = await undoDeletion(c.var.store, c.var.ownerId, c.req.valid('param').id);
  return c.json({ restored: found(restored, 'deletion to undo') }, 200);
});
