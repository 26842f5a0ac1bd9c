import { z } from '@hono/zod-openapi';
import { diagnosisResultSchema } from '@secondround/core';
import { KB } from '../middleware/limits';
import { errorResponses, json, router } from './common';
import { defineRoute } from './route-table';
import { diagnosisOf } from '../services/diagnosis';

const getDiagnosis = defineRoute({
  method: 'get',
  path: '/diagnosis',
  bodyLimit: 1 * KB,
  tags: ['diagnosis'],
  summary: 'Where the search stalls compared with typical rates, and what the records say about why',
  request: { query: z.object({ waitingDays: z.coerce.number().int().min(1).max(365).optional() }) },
  responses: { 200: json(diagnosisResultSchema), ...errorResponses },
});

export const diagnosisRoutes = router().openapi(getDiagnosis, async (c) => {
  const { waitingDays } = c.req.valid('query');
  return c.json(await diagnosisOf(c.var.store, c.var.ownerId, { now: new Date(), waitingDays }), 200);
});
