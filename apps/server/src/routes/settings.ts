import { publicSettingsSchema, redactSettings, settingsPatchSchema, UserError } from '@secondround/core';
import { KB } from '../middleware/limits';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const getSettings = defineRoute({ method: 'get', path: '/settings', bodyLimit: 1 * KB, tags: ['settings'], responses: { 200: json(publicSettingsSchema), ...errorResponses } });
const patchSettings = defineRoute({
  method: 'patch',
  path: '/settings',
  bodyLimit: 64 * KB,
  tags: ['settings'],
  summary: 'Change settings: given top-level keys replace the stored ones; null removes a key',
  request: { body: jsonBody(settingsPatchSchema) },
  responses: { 200: json(publicSettingsSchema), ...errorResponses },
});

export const settingsRoutes = router()
  .openapi(getSettings, async (c) => c.json(redactSettings(await c.var.store.settings.get(c.var.ownerId)), 200))
  .openapi(patchSettings, async (c) => {
    const patch = c.req.valid('json');
    // The SMTP password and the feed token have their own routes, which keep or make the secret.
    if ('smtp' in patch || 'calendarToken' in patch) throw new UserError('USE_FOLLOWUP_SETTINGS', 'change smtp with PUT /api/settings/smtp and the calendar feed with POST /api/settings/calendar', 422);
    if ('imap' in patch) throw new UserError('USE_IMAP_SETTINGS', 'change the IMAP account with PATCH /api/settings/imap, which keeps its password', 422);
    const saved = await c.var.store.settings.update(c.var.ownerId, patch);
    // Reminders just turned on (or moved to this hour) go out now, not at the next scan.
    if ('digest' in patch) await c.var.jobs?.remindOwner(c.var.ownerId);
    return c.json(redactSettings(saved), 200);
  });
