import { z } from '@hono/zod-openapi';
import { workStyleProfileInputSchema, workStyleProfileSchema } from '@secondround/core';
import { KB } from '../middleware/limits';
import { applicationFit } from '../services/people';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const fitItemSchema = z.object({ kind: z.enum(['mismatch', 'match']), about: z.string(), evidence: z.string(), message: z.string() });
export const fitSchema = z.object({ hasProfile: z.boolean(), hasListing: z.boolean(), mismatches: z.array(fitItemSchema), matches: z.array(fitItemSchema) });

const getProfile = defineRoute({
  method: 'get',
  path: '/profile',
  bodyLimit: 1 * KB,
  tags: ['profile'],
  summary: "The person's work-style profile (five axes from -2 to 2, null for no preference, and what they will not do)",
  responses: { 200: json(workStyleProfileSchema), ...errorResponses },
});
const putProfile = defineRoute({
  method: 'put',
  path: '/profile',
  bodyLimit: 16 * KB,
  tags: ['profile'],
  summary: 'Save the work-style profile as a whole',
  request: { body: jsonBody(workStyleProfileInputSchema) },
  responses: { 200: json(workStyleProfileSchema), ...errorResponses },
});
const getFit = defineRoute({
  method: 'get',
  path: '/applications/{id}/fit',
  bodyLimit: 1 * KB,
  tags: ['profile'],
  summary: "The listing's way of working against the work-style profile: mismatches and matches, each with the listing's words",
  request: { params: idParam },
  responses: { 200: json(fitSchema), ...errorResponses },
});

export const profileRoutes = router()
  .openapi(getProfile, async (c) => c.json(await c.var.store.people.getProfile(c.var.ownerId), 200))
  .openapi(putProfile, async (c) => c.json(await c.var.store.people.saveProfile(c.var.ownerId, c.req.valid('json')), 200))
  .openapi(getFit, async (c) => c.json(await applicationFit(c.var.store, c.var.ownerId, c.req.valid('param').id), 200));
