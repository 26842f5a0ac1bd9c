import { z } from '@hono/zod-openapi';
import { diagnose, diagnosisInputFromBackup, diagnosisResultSchema } from '@secondround/core';
import { KB } from '../middleware/limits';
import { errorResponses, json, router } from './common';
import { defineRoute } from './route-table';

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
  const [backup, settings] = await Promise.all([c.var.store.backup.export(c.var.ownerId), c.var.store.settings.get(c.var.ownerId)]);
  const result = diagnose(diagnosisInputFromBackup(backup), { now: new Date(), settings: { ...settings.diagnosis, ...(waitingDays ? { waitingDays } : {}) } });
  return c.json(result, 200);
});
