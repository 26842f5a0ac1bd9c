import { z } from '@hono/zod-openapi';
import {
  applicationDetailSchema,
  applicationInputSchema,
  applicationPatchSchema,
  applicationSchema,
  applicationSummarySchema,
  stageEventInputSchema,
  stageEventPatchSchema,
  stageEventSchema,
} from '@secondround/core';
import { found } from '../errors';
import { KB, MB } from '../middleware/limits';
import { errorResponses, errorSchema, idParam, json, jsonBody, jsonText, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';
import { deleteUndoably } from '../services/undo';
import { assertPlausibleDate, expectedVersion } from '../services/records';
import { checkRecordCap } from '../services/caps';
/** Applications per page: a board's worth; the web app reads page after page. */
const MAX_PAGE = 500;

const applicationPageSchema = z.object({ applications: z.array(applicationSummarySchema), nextCursor: z.string().nullable() });

const listApplications = defineRoute({
  method: 'get',
  path: '/applications',
  bodyLimit: 1 * KB,
  tags: ['applications'],
  summary: 'Applications, newest first, with their stage derived from the history: one page of at most `limit` (default and most 500); pass `nextCursor` as `cursor` for the next page. `status=open` keeps those without a closing outcome, `status=closed` the others (the board reads open ones whole and closed ones a page at a time)',
  request: { query: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional(), status: z.enum(['open', 'closed']).optional() }) },
  responses: { 200: json(applicationPageSchema), ...errorResponses },
});

const createApplication = defineRoute({
  method: 'post',
  path: '/applications',
  bodyLimit: 1 * MB,
  tags: ['applications'],
  request: { body: jsonBody(applicationInputSchema) },
  responses: { 201: json(applicationSchema, 'Created'), ...errorResponses },
});

/** Steps of the history the application's detail carries; the rest come from `/events`. */
const DETAIL_EVENTS = 50;

const applicationDetailPageSchema = applicationDetailSchema.extend({
  eventsTotal: z.number().int(),
  eventsNextCursor: z.string().nullable(),
});

const getApplication = defineRoute({
  method: 'get',
  path: '/applications/{id}',
  bodyLimit: 1 * KB,
  tags: ['applications'],
  summary: `The application with its rounds and contacts, and the latest ${DETAIL_EVENTS} steps of its history (in the order they happened); \`eventsTotal\` counts every step, and \`eventsNextCursor\`, when not null, is the \`cursor\` of \`GET /applications/{id}/events\` for the older ones`,
  request: { params: idParam },
  responses: { 200: json(applicationDetailPageSchema), ...errorResponses },
});

const patchApplication = defineRoute({
  method: 'patch',
  path: '/applications/{id}',
  bodyLimit: 1 * MB,
  tags: ['applications'],
  summary: 'Edit fields; send If-Match with the updatedAt you loaded to be told (409) when another tab saved first',
  request: { params: idParam, body: jsonBody(applicationPatchSchema), headers: z.object({ 'if-match': z.string().max(100).optional() }) },
  responses: { 200: json(applicationSchema), 409: json(errorSchema, 'Changed elsewhere since it was loaded'), ...errorResponses },
});

const deleteApplication = defineRoute({
  method: 'delete',
  path: '/applications/{id}',
  bodyLimit: 1 * KB,
  tags: ['applications'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

const addEvent = defineRoute({
  method: 'post',
  path: '/applications/{id}/events',
  bodyLimit: 8 * KB,
  tags: ['stage history'],
  summary: 'Append a stage event (moving a card records one dated today)',
  request: { params: idParam, body: jsonBody(stageEventInputSchema) },
  responses: { 201: json(stageEventSchema, 'Created'), ...errorResponses },
});

/** Stage events per page of the History; a history grows without bound if someone makes it. */
const MAX_HISTORY_PAGE = 200;

const listEvents = defineRoute({
  method: 'get',
  path: '/applications/{id}/events',
  bodyLimit: 1 * KB,
  tags: ['stage history'],
  summary: 'The stage history, newest first (the reverse of the order the facts happened in): one page of at most `limit` (default 50, most 200); pass `nextCursor` as `cursor` for the next page',
  request: { params: idParam, query: z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(MAX_HISTORY_PAGE).optional() }) },
  responses: { 200: json(z.object({ events: z.array(stageEventSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});

const patchEvent = defineRoute({
  method: 'patch',
  path: '/events/{id}',
  bodyLimit: 8 * KB,
  tags: ['stage history'],
  summary: "Correct an event's date or reason",
  request: { params: idParam, body: jsonBody(stageEventPatchSchema) },
  responses: { 200: json(stageEventSchema), ...errorResponses },
});

const deleteEvent = defineRoute({
  method: 'delete',
  path: '/events/{id}',
  bodyLimit: 1 * KB,
  tags: ['stage history'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

export const applicationRoutes = router()
  .openapi(listApplications, async (c) => {
    const { cursor, limit, status } = c.req.valid('query');
    // The page comes as its JSON text (byte for byte what c.json would write of the objects): the
    // board's heaviest read, and building then serialising 500 summaries was half its CPU.
    const body = await c.var.store.applications.listPageJson(c.var.ownerId, { cursor, limit: limit ?? MAX_PAGE, status });
    return jsonText<z.infer<typeof applicationPageSchema>>(c, body);
  })
  .openapi(createApplication, async (c) => {
    assertPlausibleDate(c.req.valid('json').stageDate, 'first stage');
    checkRecordCap('applications', await c.var.store.counts.records(c.var.ownerId, 'applications'), 1);
    const app = await c.var.store.applications.create(c.var.ownerId, c.req.valid('json'));
    return c.json(app, 201);
  })
  .openapi(getApplication, async (c) => {
    const { id } = c.req.valid('param');
    // The stage is derived from every step; the answer carries only the latest ones. Both reads at once.
    const [detail, page] = await Promise.all([c.var.store.applications.get(c.var.ownerId, id), c.var.store.events.listPage(c.var.ownerId, id, { limit: DETAIL_EVENTS })]);
    const app = found(detail, 'application');
    const latest = found(page, 'application');
    return c.json({ ...app, events: latest.events.slice().reverse(), eventsTotal: app.events.length, eventsNextCursor: latest.nextCursor }, 200);
  })
  .openapi(patchApplication, async (c) => {
    const expected = expectedVersion(c.req.valid('header')['if-match']);
    const app = await c.var.store.applications.update(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'), expected);
    return c.json(found(app, 'application'), 200);
  })
  .openapi(deleteApplication, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'application', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'application') }, 200);
  })
  .openapi(addEvent, async (c) => {
    assertPlausibleDate(c.req.valid('json').date, 'stage event');
    const ev = await c.var.store.events.add(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(ev, 'application'), 201);
  })
  .openapi(listEvents, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const page = await c.var.store.events.listPage(c.var.ownerId, c.req.valid('param').id, { cursor, limit: limit ?? 50 });
    return c.json(found(page, 'application'), 200);
  })
  .openapi(patchEvent, async (c) => {
    assertPlausibleDate(c.req.valid('json').date, 'stage event');
    const ev = await c.var.store.events.update(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(ev, 'event'), 200);
  })
  .openapi(deleteEvent, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'event', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'event') }, 200);
  });
