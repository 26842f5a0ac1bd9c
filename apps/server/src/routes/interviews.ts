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
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
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
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
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
    const ok = await c.var.store.interviews.remove(c.var.ownerId, c.req.valid('param').id);
    found(ok || null, 'interview');
    return c.body(null, 204);
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
    const ok = await c.var.store.interviews.removeInterviewer(c.var.ownerId, c.req.valid('param').id);
    found(ok || null, 'interviewer');
    return c.body(null, 204);
  });
