import { z } from '@hono/zod-openapi';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { errorResponses, idParam, json, router } from './common';
import { csvReportSchema } from './import-csv';
import { defineRoute } from './route-table';
import { socialScanResultSchema } from './social';

const jobBase = {
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Bytes read of the upload (a spreadsheet) or of the export's entries (a scan); total 0 until known. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const jobSchema = z.discriminatedUnion('kind', [
  z.object({ ...jobBase, kind: z.literal('import-spreadsheet'), result: csvReportSchema.nullable() }),
  z.object({ ...jobBase, kind: z.literal('social-scan'), result: socialScanResultSchema.nullable() }),
]);

const getJob = defineRoute({
  method: 'get',
  path: '/jobs/{id}',
  bodyLimit: 1 * KB,
  tags: ['jobs'],
  summary: 'A background job of yours (an upload being imported or scanned): its status, progress, and its result or error once it ended',
  request: { params: idParam },
  responses: { 200: json(z.object({ job: jobSchema })), ...errorResponses },
});

export const jobRoutes = router().openapi(getJob, async (c) => {
  const run = found(await c.var.store.jobRuns.get(c.var.ownerId, c.req.valid('param').id), 'job');
  const { params: _params, uploadBytes: _bytes, ...job } = run;
  return c.json({ job: job as z.infer<typeof jobSchema> }, 200);
});
