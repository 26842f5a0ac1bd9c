import { z } from '@hono/zod-openapi';
import { backupSchema } from '@secondround/core';
import { MB } from '../middleware/limits';
import { restoreBackupFile } from '../services/backup-restore';
import { takeUpload } from '../services/caps';
import { saveUpload } from '../services/upload';
import { errorResponses, json, router } from './common';
import { defineRoute } from './route-table';

/** The largest backup accepted: a search of 100,000 applications with their listings is ~150 MB. */
export const MAX_BACKUP_BYTES = 1024 * MB;

const importResult = z.object({
  applications: z.number().int(),
  stageEvents: z.number().int(),
  interviews: z.number().int(),
  interviewers: z.number().int(),
  contacts: z.number().int(),
});

// The body is read as a stream, record by record (services/backup-restore.ts), never by a
// validator that parses it whole: the document shows its schema, bounds included, as JSON Schema.
const { $schema: _drop, ...backupBodySchema } = z.toJSONSchema(backupSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

const exportBackup = defineRoute({
  method: 'get',
  path: '/backup',
  bodyLimit: 1024,
  tags: ['backup'],
  summary: 'A full, versioned JSON backup of your records (streamed as it is read)',
  responses: { 200: json(backupSchema), ...errorResponses },
});

const restoreBackup = defineRoute({
  method: 'post',
  path: '/backup',
  bodyLimit: MAX_BACKUP_BYTES,
  streamBody: true,
  tags: ['backup'],
  summary: 'Restore a backup, all or nothing (replace=true overwrites your records); read as a stream and checked record by record',
  request: { query: z.object({ replace: z.enum(['true', 'false']).optional() }), body: { content: { 'application/json': { schema: backupBodySchema } }, required: true } },
  responses: { 200: json(importResult), 409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Not empty'), 429: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Too many uploads'), ...errorResponses },
});

export const backupRoutes = router()
  .openapi(exportBackup, async (c) => {
    const chunks = c.var.store.backup.exportJson(c.var.ownerId);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (e) {
          controller.error(e);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="secondround-backup-${day}.json"` } }) as never;
  })
  .openapi(restoreBackup, async (c) => {
    const replace = c.req.valid('query').replace === 'true';
    await takeUpload(c.var.store, c.var.ownerId);
    const saved = await saveUpload(c.req.raw.body, 'backup.json', MAX_BACKUP_BYTES);
    try {
      const result = await restoreBackupFile(c.var.store, c.var.ownerId, saved.path, { replace });
      return c.json(result, 200);
    } finally {
      await saved.remove();
    }
  });
