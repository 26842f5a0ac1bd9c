import { z } from '@hono/zod-openapi';
import {
  debriefInputSchema,
  debriefSchema,
  ListingAnalysisSchema,
  prepReadiness,
  prepSheetFromRow,
  prepSheetRecordSchema,
  PrepSheetSchema,
  StoryMatchSchema,
  storyMatcher,
  storyView,
  UserError,
} from '@secondround/core';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { keptListingAnalysis } from '../services/listing-analysis';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const gapSchema = z.object({ code: z.string(), message: z.string(), points: z.number() });
const readinessSchema = z.object({ score: z.number().int().min(0).max(100), missing: z.array(gapSchema) });
export const prepResponseSchema = prepSheetRecordSchema.extend({ readiness: readinessSchema });

const getAnalysis = defineRoute({
  method: 'get',
  path: '/applications/{id}/analysis',
  bodyLimit: 1 * KB,
  tags: ['preparation'],
  summary: "The stored listing's analysis, and how the story bank covers its requirements",
  request: { params: idParam },
  responses: {
    200: json(z.object({ analysis: ListingAnalysisSchema, match: StoryMatchSchema, stories: z.array(z.object({ id: z.string(), title: z.string(), leadershipWeight: z.number() })) })),
    ...errorResponses,
  },
});
const getApplicationPrep = defineRoute({
  method: 'get',
  path: '/applications/{id}/prep',
  bodyLimit: 1 * KB,
  tags: ['preparation'],
  summary: "Each round's prep readiness and whether its debrief is recorded or due",
  request: { params: idParam },
  responses: {
    200: json(z.object({ interviews: z.array(z.object({ interviewId: z.string(), readiness: z.number().int().nullable(), hasDebrief: z.boolean(), debriefDue: z.boolean() })) })),
    ...errorResponses,
  },
});
const getPrep = defineRoute({
  method: 'get',
  path: '/interviews/{id}/prep',
  bodyLimit: 1 * KB,
  tags: ['preparation'],
  request: { params: idParam },
  responses: { 200: json(prepResponseSchema), ...errorResponses },
});
const putPrep = defineRoute({
  method: 'put',
  path: '/interviews/{id}/prep',
  bodyLimit: 512 * KB,
  tags: ['preparation'],
  summary: 'Save the whole prep sheet (interviewers are edited on the interview itself)',
  request: { params: idParam, body: jsonBody(PrepSheetSchema) },
  responses: { 200: json(prepResponseSchema), ...errorResponses },
});
const getDebrief = defineRoute({
  method: 'get',
  path: '/interviews/{id}/debrief',
  bodyLimit: 1 * KB,
  tags: ['preparation'],
  request: { params: idParam },
  responses: { 200: json(z.object({ debrief: debriefSchema.nullable(), hasStarted: z.boolean(), hasEnded: z.boolean() })), ...errorResponses },
});
const putDebrief = defineRoute({
  method: 'put',
  path: '/interviews/{id}/debrief',
  bodyLimit: 128 * KB,
  tags: ['preparation'],
  summary: 'Save the debrief of an interview that has begun',
  request: { params: idParam, body: jsonBody(debriefInputSchema) },
  responses: { 200: json(debriefSchema), ...errorResponses },
});

/** Days after an interview's end during which a missing debrief is called due. */
const DEBRIEF_PROMPT_DAYS = 14;

export const prepRoutes = router()
  .openapi(getAnalysis, async (c) => {
    const analysis = await keptListingAnalysis(c.var.store, c.var.ownerId, c.req.valid('param').id);
    // With the terms kept with each story, as the Diagnosis matches them: none worked out again unless stale.
    const { stories, terms } = await c.var.store.prep.listStoriesWithTerms(c.var.ownerId);
    const match = storyMatcher(terms)(analysis, stories);
    return c.json({ analysis, match, stories: stories.map((s) => ({ id: s.id, title: s.title, leadershipWeight: storyView(s).leadershipWeight })) }, 200);
  })
  .openapi(getApplicationPrep, async (c) => {
    const app = found(await c.var.store.applications.get(c.var.ownerId, c.req.valid('param').id), 'application');
    const status = new Map((await c.var.store.prep.forApplication(c.var.ownerId, app.id)).map((s) => [s.interviewId, s]));
    const now = new Date().toISOString();
    // The prompt is for fresh memories: an interview over for more than two weeks is not nagged about.
    const staleBefore = new Date(Date.now() - DEBRIEF_PROMPT_DAYS * 86_400_000).toISOString();
    const interviews = app.interviews.map((iv) => {
      const s = status.get(iv.id);
      const readiness = s?.prep ? prepReadiness(prepSheetFromRow({ data: s.prep }, iv.interviewers)).score : null;
      const hasDebrief = s?.hasDebrief ?? false;
      return { interviewId: iv.id, readiness, hasDebrief, debriefDue: !hasDebrief && iv.endsAt <= now && iv.endsAt > staleBefore };
    });
    return c.json({ interviews }, 200);
  })
  .openapi(getPrep, async (c) => {
    const rec = found(await c.var.store.prep.getPrepSheet(c.var.ownerId, c.req.valid('param').id), 'interview');
    return c.json({ ...rec, readiness: prepReadiness(rec.sheet) }, 200);
  })
  .openapi(putPrep, async (c) => {
    const rec = found(await c.var.store.prep.putPrepSheet(c.var.ownerId, c.req.valid('param').id, c.req.valid('json')), 'interview');
    return c.json({ ...rec, readiness: prepReadiness(rec.sheet) }, 200);
  })
  .openapi(getDebrief, async (c) => {
    const id = c.req.valid('param').id;
    const iv = found(await c.var.store.prep.interview(c.var.ownerId, id), 'interview');
    const now = new Date().toISOString();
    return c.json({ debrief: await c.var.store.prep.getDebrief(c.var.ownerId, id), hasStarted: iv.startsAt <= now, hasEnded: iv.endsAt <= now }, 200);
  })
  .openapi(putDebrief, async (c) => {
    const id = c.req.valid('param').id;
    const iv = found(await c.var.store.prep.interview(c.var.ownerId, id), 'interview');
    // A debrief records what happened; before the interview begins there is nothing to record.
    if (iv.startsAt > new Date().toISOString()) throw new UserError('TOO_EARLY', 'this interview has not started yet: fill the debrief once it is over', 422);
    const debrief = await c.var.store.prep.putDebrief(c.var.ownerId, id, c.req.valid('json'));
    return c.json(found(debrief, 'interview'), 200);
  });
