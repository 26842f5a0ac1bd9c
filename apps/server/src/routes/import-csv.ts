import { z } from '@hono/zod-openapi';
import { UserError } from '@secondround/core';
import { MB } from '../middleware/limits';
import { importTrackerCsv } from '../services/import-csv';
import { errorResponses, json, router } from './common';
import { defineRoute } from './route-table';
import { accountCaps, takeUpload } from '../services/caps';

const MAX_UPLOAD = 50 * MB;

const reportSchema = z.object({
  imported: z.number().int(),
  blocked: z.boolean(),
  rows: z.number().int(),
  invalidRows: z.number().int(),
  invalid: z.array(z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() })),
  unknownColumns: z.array(z.string()),
  mappedColumns: z.record(z.string(), z.string()),
  format: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
});

const importCsv = defineRoute({
  method: 'post',
  path: '/import/csv',
  bodyLimit: MAX_UPLOAD,
  tags: ['backup'],
  summary: 'Import a spreadsheet of the search (the body is the CSV file); all or nothing unless skipInvalid=true',
  request: {
    query: z.object({ skipInvalid: z.enum(['true', 'false']).optional(), today: z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    body: { content: { 'text/csv': { schema: z.string() } }, required: true },
  },
  responses: { 200: json(reportSchema, 'Imported, or blocked by invalid rows (see blocked)'), ...errorResponses },
});

export const importCsvRoutes = router().openapi(importCsv, async (c) => {
  const { skipInvalid, today } = c.req.valid('query');
  const body = c.req.raw.body;
  if (!body) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
  await takeUpload(c.var.store, c.var.ownerId);
  // The person's own "today" comes from the browser; the server's date is the fallback.
  const report = await importTrackerCsv(c.var.store, c.var.ownerId, body as unknown as AsyncIterable<Uint8Array>, { skipInvalid: skipInvalid === 'true', today: today ?? new Date().toISOString().slice(0, 10), maxBytes: MAX_UPLOAD, maxApplications: accountCaps().applications });
  return c.json(report, 200);
});
