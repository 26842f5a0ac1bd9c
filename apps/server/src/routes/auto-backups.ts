import { z } from '@hono/zod-openapi';
import { UserError } from '@secondround/core';
import type { AutoBackups } from '../services/auto-backups';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const backupFile = z.object({
  name: z.string(),
  day: z.string(),
  kind: z.enum(['daily', 'before-restore']),
  bytes: z.number().int(),
  createdAt: z.string(),
});

const listing = z.object({
  /** False in hosted mode (PostgreSQL is backed up with pg_dump) or without a database file. */
  available: z.boolean(),
  message: z.string().nullable(),
  directory: z.string().nullable(),
  keep: z.number().int(),
  backups: z.array(backupFile),
});

const listBackups = defineRoute({
  method: 'get',
  path: '/auto-backups',
  bodyLimit: 1024,
  tags: ['backup'],
  summary: 'The automatic daily copies of the database (personal mode), newest first',
  responses: { 200: json(listing), ...errorResponses },
});

const restoreBackup = defineRoute({
  method: 'post',
  path: '/auto-backups/restore',
  bodyLimit: 1024,
  tags: ['backup'],
  summary: 'Restore an automatic copy, after copying the current state (personal mode)',
  request: { body: jsonBody(z.object({ name: z.string().min(1).max(200) })) },
  responses: { 200: json(z.object({ restored: backupFile, before: backupFile })), 409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Not available'), ...errorResponses },
});

const HOSTED_MESSAGE = 'Automatic copies are kept in personal mode only. In hosted mode the database is PostgreSQL: back it up with pg_dump (for example nightly, from cron).';

/** Automatic daily backups; `service` is null in hosted mode or when the database is not a file. */
export function autoBackupRoutes(service: AutoBackups | null) {
  return router()
    .openapi(listBackups, async (c) => {
      if (!service) return c.json({ available: false, message: HOSTED_MESSAGE, directory: null, keep: 0, backups: [] }, 200);
      return c.json({ available: true, message: null, directory: service.directory, keep: service.keep, backups: await service.list() }, 200);
    })
    .openapi(restoreBackup, async (c) => {
      if (!service) throw new UserError('NOT_AVAILABLE', HOSTED_MESSAGE, 409);
      return c.json(await service.restore(c.req.valid('json').name), 200);
    });
}
