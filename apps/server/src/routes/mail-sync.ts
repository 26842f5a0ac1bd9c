import { z } from '@hono/zod-openapi';
import { imapPatchSchema, imapView, imapViewSchema, mailSchedulePatchSchema, mailScheduleSchema, mailSyncStatusSchema, mergeImap } from '@secondround/core';
import { KB } from '../middleware/limits';
import { errorResponses, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { mailSyncStatusOf, requestMailSync } from '../services/mail-sync-job';
import { mailScheduleOf, setMailSchedule } from '../services/mail-sync-schedule';

const getImap = defineRoute({
  method: 'get',
  path: '/settings/imap',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  summary: 'The IMAP account `secondround mail sync` reads (never the app password: only whether one is set)',
  responses: { 200: json(z.object({ imap: imapViewSchema.nullable() })), ...errorResponses },
});
const patchImap = defineRoute({
  method: 'patch',
  path: '/settings/imap',
  bodyLimit: 32 * KB,
  tags: ['settings'],
  summary: 'Set the IMAP account; a left-out password keeps the stored one, null removes it; a changed server or user starts the sync from the beginning',
  request: { body: jsonBody(imapPatchSchema) },
  responses: { 200: json(imapViewSchema), ...errorResponses },
});
const deleteImap = defineRoute({
  method: 'delete',
  path: '/settings/imap',
  bodyLimit: 1 * KB,
  tags: ['settings'],
  summary: 'Remove the IMAP account, where its sync stopped and its periodic check',
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

const startSync = defineRoute({
  method: 'post',
  path: '/mail/sync',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'Sync the IMAP account now, as a background job: new messages are classified and proposed in the inbox. One run at a time per person: 409 SYNC_RUNNING while one is queued or running',
  request: { body: jsonBody(z.object({}).strict()) },
  responses: { 202: json(mailSyncStatusSchema, 'Queued'), ...errorResponses },
});
const syncStatus = defineRoute({
  method: 'get',
  path: '/mail/sync',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'The state of the IMAP sync: queued or running (with counts so far), or when the last run ended, its counts and its error code (IMAP_AUTH_FAILED, IMAP_BAD_CERTIFICATE, IMAP_DROPPED…)',
  responses: { 200: json(mailSyncStatusSchema), ...errorResponses },
});

const getSchedule = defineRoute({
  method: 'get',
  path: '/mail/sync/schedule',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'How often the server checks the IMAP account for new mail by itself (everyHours null: never) and when it checks next',
  responses: { 200: json(mailScheduleSchema), ...errorResponses },
});
const putSchedule = defineRoute({
  method: 'put',
  path: '/mail/sync/schedule',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'Check for new mail every 1, 3, 6, 12 or 24 hours (the first check one period from now), or never (null). Needs an IMAP account with its app password (409 IMAP_NOT_SET, 422 IMAP_NO_PASSWORD) and a server that runs background jobs (503 JOBS_OFF)',
  request: { body: jsonBody(mailSchedulePatchSchema) },
  responses: { 200: json(mailScheduleSchema), ...errorResponses },
});

export const mailSyncRoutes = router()
  .openapi(startSync, async (c) => c.json(await requestMailSync(c.var.store, c.var.ownerId, c.var.jobs?.syncMail), 202))
  .openapi(syncStatus, async (c) => c.json(await mailSyncStatusOf(c.var.store, c.var.ownerId), 200))
  .openapi(getSchedule, async (c) => c.json(await mailScheduleOf(c.var.store, c.var.ownerId), 200))
  .openapi(putSchedule, async (c) => c.json(await setMailSchedule(c.var.store, c.var.ownerId, c.req.valid('json'), !!c.var.jobs?.syncMail), 200))
  .openapi(getImap, async (c) => c.json({ imap: imapView((await c.var.store.settings.get(c.var.ownerId)).imap) }, 200))
  .openapi(patchImap, async (c) => {
    const ownerId = c.var.ownerId;
    const settings = await c.var.store.settings.get(ownerId);
    const next = mergeImap(settings.imap, c.req.valid('json'));
    const isSameAccount = settings.imap && settings.imap.host === next.host && settings.imap.port === next.port && settings.imap.user === next.user;
    await c.var.store.transaction(async (tx) => {
      await tx.settings.update(ownerId, { imap: next });
      if (!isSameAccount) await tx.mailSync.clear(ownerId);
    });
    return c.json(imapView(next)!, 200);
  })
  .openapi(deleteImap, async (c) => {
    await c.var.store.transaction(async (tx) => {
      await tx.settings.update(c.var.ownerId, { imap: null });
      await tx.mailSync.clear(c.var.ownerId);
      await tx.mailSync.setSchedule(c.var.ownerId, null);
    });
    return c.body(null, 204);
  });
