import { z } from '@hono/zod-openapi';
import { MB } from '../middleware/limits';
import { JOBS } from '../services/jobs/jobs';
import { receiveUpload } from '../services/jobs/job-uploads';
import { errorResponses, router } from './common';
import { jobAccepted } from './job-accepted';
import { defineRoute } from './route-table';
import { takeUpload } from '../services/caps';

const MAX_UPLOAD = 50 * MB;

/** What a spreadsheet import reports (the result of its job). */
export const csvReportSchema = z.object({
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
  streamBody: true,
  tags: ['backup'],
  summary:
    'Import a spreadsheet of the search (the body is the CSV file); all or nothing unless skipInvalid=true. ' +
    'The file is stored and imported in the background: follow the job at GET /api/jobs/{id}, whose result is the import report',
  request: {
    query: z.object({ skipInvalid: z.enum(['true', 'false']).optional(), today: z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    body: { content: { 'text/csv': { schema: z.string() } }, required: true },
  },
  responses: { 202: jobAccepted, ...errorResponses },
});

export const importCsvRoutes = router().openapi(importCsv, async (c) => {
  const { skipInvalid, today } = c.req.valid('query');
  const { store, ownerId, jobs } = c.var;
  await takeUpload(store, ownerId);
  // The person's own "today" comes from the browser; the server's date is the fallback.
  const params = { skipInvalid: skipInvalid === 'true', today: today ?? new Date().toISOString().slice(0, 10), maxBytes: MAX_UPLOAD };
  const { jobId } = await receiveUpload(store, ownerId, JOBS.importSpreadsheet, params, c.req.raw.body, MAX_UPLOAD, 'one spreadsheet');
  try {
    await jobs.runUpload(JOBS.importSpreadsheet, { ownerId, jobId });
  } catch (e) {
    await store.jobRuns.discard(ownerId, jobId).catch(() => undefined);
    throw e;
  }
  return c.json({ job: { id: jobId, status: 'queued' as const } }, 202);
});
