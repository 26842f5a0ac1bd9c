import { randomBytes } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { buildToday, calendarEntries, mergeSmtp, smtpPatchSchema, smtpView, smtpViewSchema, todaySchema, UserError } from '@secondround/core';
import { errorBody } from '../errors';
import { KB } from '../middleware/limits';
import { feedToken, hashFeedSecret, loadSettings, ownerOfFeed, renderIcs } from '../services/followup';
import { isAllowedSmtpHost, type SmtpGuard } from '../services/smtp-guard';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const reminderSettingsSchema = z.object({
  smtp: smtpViewSchema.nullable(),
  /** Whether this server may send mail by SMTP (always in personal mode; hosted needs SECONDROUND_ALLOW_SMTP=1). */
  smtpAllowed: z.boolean(),
  /** Whether a calendar feed is on. Its address is shown once, when made: only its hash is kept. */
  hasCalendarFeed: z.boolean(),
});

const getToday = defineRoute({
  method: 'get',
  path: '/today',
  bodyLimit: 1 * KB,
  tags: ['today'],
  summary: 'What is due today and this week across the search: notes, follow-ups, prep, debriefs, applications to let go',
  responses: { 200: json(todaySchema), ...errorResponses },
});
const getFeed = defineRoute({
  method: 'get',
  path: '/calendar/{token}',
  bodyLimit: 1 * KB,
  isPublic: true,
  tags: ['today'],
  summary: 'The person\'s calendar feed (iCalendar, with alarms) at a secret address ending in .ics; the token is the authorisation',
  request: { params: z.object({ token: z.string().min(1).max(300) }) },
  responses: { 200: { description: 'The feed', content: { 'text/calendar': { schema: z.string() } } }, 404: errorResponses[404] },
});
const getReminderSettings = defineRoute({
  method: 'get',
  path: '/settings/reminders',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  summary: 'SMTP settings (never the password: only whether one is set) and the calendar feed address',
  responses: { 200: json(reminderSettingsSchema), ...errorResponses },
});
const patchSmtp = defineRoute({
  method: 'patch',
  path: '/settings/smtp',
  bodyLimit: 8 * KB,
  tags: ['settings'],
  summary: 'Set the SMTP server; a left-out password keeps the stored one, null removes it',
  request: { body: jsonBody(smtpPatchSchema) },
  responses: { 200: json(smtpViewSchema), ...errorResponses },
});
const deleteSmtp = defineRoute({
  method: 'delete',
  path: '/settings/smtp',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});
const newFeed = defineRoute({
  method: 'post',
  path: '/settings/calendar',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  summary: 'Make a new secret calendar feed address (the old one stops working); shown only in this answer, since only its hash is kept',
  request: { body: jsonBody(z.object({})) },
  responses: { 200: json(z.object({ calendarPath: z.string() })), ...errorResponses },
});
const deleteFeed = defineRoute({
  method: 'delete',
  path: '/settings/calendar',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  summary: 'Turn the calendar feed off',
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

const feedPath = (ownerId: string, secret: string) => `/api/calendar/${feedToken(ownerId, secret)}.ics`;

export const reminderRoutes = (options: { smtpAllowed: boolean; smtpGuard?: SmtpGuard | null }) =>
  router()
    .openapi(getToday, async (c) => {
      const now = new Date();
      const [{ timeZone }, records] = await Promise.all([loadSettings(c.var.store, c.var.ownerId), c.var.store.followupReads.today(c.var.ownerId, now)]);
      return c.json(buildToday(records, { now, timeZone }), 200);
    })
    .openapi(getFeed, async (c) => {
      const token = c.req.valid('param').token;
      const ownerId = token.endsWith('.ics') ? await ownerOfFeed(token.slice(0, -4), async (id) => (await c.var.store.settings.get(id)).calendarToken) : null;
      // One answer for every wrong address, so a guess learns nothing about which owners exist.
      if (!ownerId) return c.json(errorBody('NOT_FOUND', 'no calendar feed at this address'), 404);
      const now = new Date();
      const records = await c.var.store.followupReads.calendar(ownerId, now);
      const ics = renderIcs(calendarEntries(records, { now }), new URL(c.req.url).origin, now);
      return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'Content-Disposition': 'inline; filename="secondround.ics"' });
    })
    .openapi(getReminderSettings, async (c) => {
      const settings = await c.var.store.settings.get(c.var.ownerId);
      return c.json({ smtp: smtpView(settings.smtp), smtpAllowed: options.smtpAllowed, hasCalendarFeed: !!settings.calendarToken }, 200);
    })
    .openapi(patchSmtp, async (c) => {
      const { host } = c.req.valid('json');
      // Hosted: say at once that the operator does not allow this host, rather than at the first send.
      if (options.smtpGuard && !isAllowedSmtpHost(host, options.smtpGuard.allowedHosts)) {
        const list = options.smtpGuard.allowedHosts.join(', ') || 'none (the operator has not listed any)';
        throw new UserError('SMTP_HOST_NOT_ALLOWED', `this server sends mail only through these SMTP hosts: ${list}`, 422);
      }
      const settings = await c.var.store.settings.get(c.var.ownerId);
      const next = await c.var.store.settings.update(c.var.ownerId, { smtp: mergeSmtp(settings.smtp, c.req.valid('json')) });
      return c.json(smtpView(next.smtp)!, 200);
    })
    .openapi(deleteSmtp, async (c) => {
      await c.var.store.settings.update(c.var.ownerId, { smtp: null });
      return c.body(null, 204);
    })
    .openapi(newFeed, async (c) => {
      const secret = randomBytes(32).toString('base64url');
      await c.var.store.settings.update(c.var.ownerId, { calendarToken: hashFeedSecret(secret) });
      return c.json({ calendarPath: feedPath(c.var.ownerId, secret) }, 200);
    })
    .openapi(deleteFeed, async (c) => {
      await c.var.store.settings.update(c.var.ownerId, { calendarToken: null });
      return c.body(null, 204);
    });
