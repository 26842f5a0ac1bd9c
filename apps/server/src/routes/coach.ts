import { z } from '@hono/zod-openapi';
import { applicationSummarySchema, cohortSchema, diagnosisResultSchema } from '@secondround/core';
import type { Mode } from '../env';
import { KB } from '../middleware/limits';
import { cohortFor, grantFor, prepSheetsOf, requireHosted } from '../services/coach';
import { diagnosisOf } from '../services/diagnosis';
import { errorResponses, errorSchema, json, jsonText, router } from './common';
import { prepResponseSchema } from './prep';
import { defineRoute } from './route-table';

const personParam = z.object({ personId: z.string().min(1).max(64) });
const personAndId = personParam.extend({ id: z.string().min(1).max(64) });
const personalMode = { 409: json(errorSchema, 'Personal mode: coach access needs a hosted server') };
/** The same page size as the owner's board. */
const MAX_PAGE = 500;

const listPeople = defineRoute({
  method: 'get',
  path: '/coach/people',
  bodyLimit: 1 * KB,
  coachAccess: 'read',
  tags: ['coach access'],
  summary: 'The people who share a read-only view of their records with this account',
  responses: { 200: json(z.object({ people: z.array(z.object({ personId: z.string(), email: z.string().nullable(), sharedAt: z.string() })) })), ...personalMode, ...errorResponses },
});

const personApplicationsSchema = z.object({ applications: z.array(applicationSummarySchema), nextCursor: z.string().nullable() });

const personApplications = defineRoute({
  method: 'get',
  path: '/coach/people/{personId}/applications',
  bodyLimit: 1 * KB,
  coachAccess: 'read',
  tags: ['coach access'],
  summary: "A person's board, read-only: their applications as `GET /applications` gives them to the person (404 unless they share with you)",
  request: { params: personParam, query: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional(), status: z.enum(['open', 'closed']).optional() }) },
  responses: { 200: json(personApplicationsSchema), ...personalMode, ...errorResponses },
});

const personDiagnosis = defineRoute({
  method: 'get',
  path: '/coach/people/{personId}/diagnosis',
  bodyLimit: 1 * KB,
  coachAccess: 'read',
  tags: ['coach access'],
  summary: "A person's Diagnosis with their own settings, read-only (404 unless they share with you)",
  request: { params: personParam },
  responses: { 200: json(diagnosisResultSchema), ...personalMode, ...errorResponses },
});

const personPrep = defineRoute({
  method: 'get',
  path: '/coach/people/{personId}/applications/{id}/prep',
  bodyLimit: 1 * KB,
  coachAccess: 'read',
  tags: ['coach access'],
  summary: "The prep sheets of one of a person's applications, each with its readiness, read-only (404 unless they share with you)",
  request: { params: personAndId },
  responses: {
    200: json(
      z.object({
        application: z.object({ id: z.string(), company: z.string(), role: z.string() }),
        interviews: z.array(z.object({ id: z.string(), round: z.number().int(), kind: z.string(), startsAt: z.string(), endsAt: z.string(), timeZone: z.string(), format: z.string(), prep: prepResponseSchema })),
      }),
    ),
    ...personalMode,
    ...errorResponses,
  },
});

const cohort = defineRoute({
  method: 'get',
  path: '/coach/cohort',
  bodyLimit: 1 * KB,
  coachAccess: 'read',
  tags: ['coach access'],
  summary: 'Across the people who share with this account: where they stall and which reasons come up most (too few to tell below five people)',
  responses: { 200: json(cohortSchema), ...personalMode, ...errorResponses },
});

/** A coach's side: the people who share with them, each read-only, and the cohort view. */
export function coachRoutes(mode: Mode) {
  return router()
    .openapi(listPeople, async (c) => {
      requireHosted(mode);
      return c.json({ people: await c.var.store.coach.peopleFor(c.var.ownerId) }, 200);
    })
    .openapi(personApplications, async (c) => {
      requireHosted(mode);
      const grant = await grantFor(c.var.store, c.var.ownerId, c.req.valid('param').personId);
      const { cursor, limit, status } = c.req.valid('query');
      // As the person's own list: the page's JSON text, without building the objects.
      return jsonText<z.infer<typeof personApplicationsSchema>>(c, await c.var.store.applications.listPageJson(grant.personId, { cursor, limit: limit ?? MAX_PAGE, status }));
    })
    .openapi(personDiagnosis, async (c) => {
      requireHosted(mode);
      const grant = await grantFor(c.var.store, c.var.ownerId, c.req.valid('param').personId);
      return c.json(await diagnosisOf(c.var.store, grant.personId, { now: new Date() }), 200);
    })
    .openapi(personPrep, async (c) => {
      requireHosted(mode);
      const { personId, id } = c.req.valid('param');
      const grant = await grantFor(c.var.store, c.var.ownerId, personId);
      return c.json(await prepSheetsOf(c.var.store, grant, id), 200);
    })
    .openapi(cohort, async (c) => {
      requireHosted(mode);
      return c.json(await cohortFor(c.var.store, c.var.ownerId, new Date()), 200);
    });
}
