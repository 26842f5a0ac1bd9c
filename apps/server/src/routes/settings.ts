import { settingsPatchSchema, settingsSchema } from '@secondround/core';
import { KB } from '../middleware/limits';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const getSettings = defineRoute({ method: 'get', path: '/settings', bodyLimit: 1 * KB, tags: ['settings'], responses: { 200: json(settingsSchema), ...errorResponses } });
const patchSettings = defineRoute({
  method: 'patch',
  path: '/settings',
  bodyLimit: 64 * KB,
  tags: ['settings'],
  summary: 'Change settings: given top-level keys replace the stored ones; null removes a key',
  request: { body: jsonBody(settingsPatchSchema) },
  responses: { 200: json(settingsSchema), ...errorResponses },
});

export const settingsRoutes = router()
  .openapi(getSettings, async (c) => c.json(await c.var.store.settings.get(c.var.ownerId), 200))
  .openapi(patchSettings, async (c) => c.json(await c.var.store.settings.update(c.var.ownerId, c.req.valid('json')), 200));
