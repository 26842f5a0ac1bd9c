import { z } from '@hono/zod-openapi';
import { applicationInputSchema, applicationSchema, interviewerInputSchema, interviewerSchema, interviewInputSchema, interviewSchema } from '@secondround/core';
import { KB, MB } from '../middleware/limits';
import { quickAdd } from '../services/quick-add';
import { errorResponses, errorSchema, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

/** Interviewers one quick add records: a large panel, with room to spare. */
const MAX_INTERVIEWERS = 20;

const quickAddInputSchema = z.object({
  application: applicationInputSchema,
  round: interviewInputSchema.nullish().transform((v) => v ?? null),
  interviewers: z.array(interviewerInputSchema).max(MAX_INTERVIEWERS).default([]),
});

const postQuickAdd = defineRoute({
  method: 'post',
  path: '/applications/quick-add',
  bodyLimit: 1 * MB + 256 * KB + MAX_INTERVIEWERS * 64 * KB,
  tags: ['applications'],
  summary: 'Create an application with its first round and that round’s interviewers, all or nothing: if any part is refused, nothing is stored',
  request: { body: jsonBody(quickAddInputSchema) },
  responses: {
    201: json(z.object({ application: applicationSchema, interview: interviewSchema.nullable(), interviewers: z.array(interviewerSchema) }), 'Created'),
    409: json(errorSchema, 'An interviewer is named twice; nothing was stored'),
    ...errorResponses,
  },
});

export const quickAddRoutes = router().openapi(postQuickAdd, async (c) => c.json(await quickAdd(c.var.store, c.var.ownerId, c.req.valid('json')), 201));
