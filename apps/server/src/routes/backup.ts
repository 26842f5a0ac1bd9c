import { z } from '@hono/zod-openapi';
import { backupSchema } from '@secondround/core';
import { MB } from '../middleware/limits';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const importResult = z.object({
  applications: z.number().int(),
  stageEvents: z.number().int(),
  interviews: z.number().int(),
  interviewers: z.number().int(),
  contacts: z.number().int(),
});

const exportBackup = defineRoute({
  method: 'get',
  path: '/backup',
  bodyLimit: 1024,
  tags: ['backup'],
  summary: 'A full, versioned JSON backup of your records',
  responses: { 200: json(backupSchema), ...errorResponses },
});

const restoreBackup = defineRoute({
  method: 'post',
  path: '/backup',
  bodyLimit: 64 * MB,
  tags: ['backup'],
  summary: 'Restore a backup, all or nothing (replace=true overwrites your records)',
  request: { query: z.object({ replace: z.enum(['true', 'false']).optional() }), body: jsonBody(backupSchema) },
  responses: { 200: json(importResult), 409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Not empty'), ...errorResponses },
});

export const backupRoutes = router()
  .openapi(exportBackup, async (c) => {
    const backup = await c.var.store.backup.export(c.var.ownerId);
    c.header('Content-Disposition', `attachment; filename="secondround-backup-${backup.exportedAt.slice(0, 10)}.json"`);
    return c.json(backup, 200);
  })
  .openapi(restoreBackup, async (c) => {
    const replace = c.req.valid('query').replace === 'true';
    const backup = c.req.valid('json');
    const result = await c.var.store.transaction((tx) => tx.backup.restore(c.var.ownerId, backup, { replace }));
    return c.json(result, 200);
  });
