import {
  interviewDetailSchema,
  interviewerInputSchema,
  interviewerPatchSchema,
  interviewerSchema,
  interviewInputSchema,
  interviewPatchSchema,
  interviewSchema,
} from '@secondround/core';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';
import { deleteUndoably } from '../services/undo';
import { assertPlausibleDate } from '../services/records';

const createInterview = defineRoute({
  method: 'post',
  path: '/applications/{id}/interviews',
  bodyLimit: 256 * KB,
  tags: ['interviews'],
  request: { params: idParam, body: jsonBody(interviewInputSchema) },
  responses: { 201: json(interviewSchema, 'Created'), ...errorResponses },
});
const getInterview = defineRoute({
  method: 'get',
  path: '/interviews/{id}',
  bodyLimit: 1 * KB,
  tags: ['interviews'],
  request: { params: idParam },
  responses: { 200: json(interviewDetailSchema), ...errorResponses },
});
const patchInterview = defineRoute({
  method: 'patch',
  path: '/interviews/{id}',
  bodyLimit: 256 * KB,
  tags: ['interviews'],
  request: { params: idParam, body: jsonBody(interviewPatchSchema) },
  responses: { 200: json(interviewSchema), ...errorResponses },
});
const deleteInterview = defineRoute({
  method: 'delete',
  path: '/interviews/{id}',
  bodyLimit: 1 * KB,
  tags: ['interviews'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});
const addInterviewer = defineRoute({
  method: 'post',
  path: '/interviews/{id}/interviewers',
  bodyLimit: 64 * KB,
  tags: ['interviews'],
  request: { params: idParam, body: jsonBody(interviewerInputSchema) },
  responses: { 201: json(interviewerSchema, 'Created'), ...errorResponses },
});
const patchInterviewer = defineRoute({
  method: 'patch',
  path: '/interviewers/{id}',
  bodyLimit: 64 * KB,
  tags: ['interviews'],
  request: { params: idParam, body: jsonBody(interviewerPatchSchema) },
  responses: { 200: json(interviewerSchema), ...errorResponses },
});
const deleteInterviewer = defineRoute({
  method: 'delete',
  path: '/interviewers/{id}',
  bodyLimit: 1 * KB,
  tags: ['interviews'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

export const interviewRoutes = router()
  .openapi(createInterview, async (c) => {
    assertPlausibleDate(c.req.valid('json').startsAt, 'interview');
    const iv = await c.var.store.interviews.create(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(iv, 'application'), 201);
  })
  .openapi(getInterview, async (c) => {
    const iv = await c.var.store.interviews.get(c.var.ownerId, c.req.valid('param').id);
    return c.json(found(iv, 'interview'), 200);
  })
  .openapi(patchInterview, async (c) => {
    assertPlausibleDate(c.req.valid('json').startsAt, 'interview');
    const iv = await c.var.store.interviews.update(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(iv, 'interview'), 200);
  })
  .openapi(deleteInterview, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'interview', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'interview') }, 200);
  })
  .openapi(addInterviewer, async (c) => {
    const p = await c.var.store.interviews.addInterviewer(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(p, 'interview'), 201);
  })
  .openapi(patchInterviewer, async (c) => {
    const p = await c.var.store.interviews.updateInterviewer(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(p, 'interviewer'), 200);
  })
  .openapi(deleteInterviewer, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'interviewer', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'interviewer') }, 200);
  });
