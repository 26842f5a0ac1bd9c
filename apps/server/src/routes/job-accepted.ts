import { z } from '@hono/zod-openapi';
import { json } from './common';

/** What an upload route answers once the file is stored and its job queued: poll `GET /api/jobs/{id}`. */
export const jobAcceptedSchema = z.object({ job: z.object({ id: z.string(), status: z.literal('queued') }) });

export const jobAccepted = json(jobAcceptedSchema, 'Stored and queued: follow it at GET /api/jobs/{id}');
