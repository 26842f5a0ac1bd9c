import { z } from '@hono/zod-openapi';
import {
  FINDING_CATEGORIES,
  groupSocialFindings,
  isPresenceDone,
  presenceStatus,
  socialAuditSchema,
  socialFindingGroupsSchema,
  socialFindingPatchSchema,
  socialFindingRecordSchema,
  socialPlatformSchema,
  socialPresencePutSchema,
  socialPresenceStatusSchema,
  UserError,
  type SocialPlatform,
} from '@secondround/core';
import type { Store } from '@secondround/store';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { JOBS } from '../services/jobs/jobs';
import { receiveUpload } from '../services/jobs/job-uploads';
import { safeFileName } from '../services/upload';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { jobAccepted } from './job-accepted';
import { defineRoute } from './route-table';
import { takeScanSlot, takeUpload } from '../services/caps';

/** The largest export accepted: X archives with media run to several GB; media is skipped unread. */
export const MAX_SOCIAL_UPLOAD = 4 * 1024 * KB * KB;

/** What a scan reports (the result of its job). */
export const socialScanResultSchema = z.object({
  audit: socialAuditSchema,
  items: z.number().int(),
  findingsCount: z.number().int(),
  byCategory: z.record(z.string(), z.number().int()),
  byYear: z.record(z.string(), z.number().int()),
  truncated: z.boolean(),
  carriedMarks: z.number().int(),
});

const upload = defineRoute({
  method: 'post',
  path: '/social/audits',
  bodyLimit: MAX_SOCIAL_UPLOAD,
  streamBody: true,
  tags: ['social'],
  summary:
    'Upload a platform export (zip, or one export file such as tweets.js or Shares.csv) as the raw body; it is stored, then read and scanned on this server in the background. ' +
    'Follow the job at GET /api/jobs/{id}: its progress counts the bytes scanned, and its result is the scan (or its error, also kept as a failed audit).',
  request: {
    query: z.object({ name: z.string().min(1).max(500).optional() }),
    body: { content: { 'application/octet-stream': { schema: z.string() } }, required: true },
  },
  responses: { 202: jobAccepted, ...errorResponses },
});

const listAudits = defineRoute({
  method: 'get',
  path: '/social/audits',
  bodyLimit: 1 * KB,
  tags: ['social'],
  summary: 'Uploaded exports, newest first, with their status: one page of at most `limit` (default 20, most 200); pass `nextCursor` as `cursor` for the next page',
  request: { query: z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }) },
  responses: { 200: json(z.object({ audits: z.array(socialAuditSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});

/** Findings per page of the audit page; one export can hold thousands. */
const FINDINGS_PAGE = 100;
const MAX_FINDINGS_PAGE = 500;

const findingCountsSchema = z.record(z.string(), z.object({ open: z.number().int(), total: z.number().int() }));

const listFindings = defineRoute({
  method: 'get',
  path: '/social/findings',
  bodyLimit: 1 * KB,
  tags: ['social'],
  summary:
    `The current findings by category (in a fixed order), newest first inside each: one page of at most \`limit\` (default ${FINDINGS_PAGE}, most ${MAX_FINDINGS_PAGE}), grouped by category and year; pass \`nextCursor\` as \`cursor\` for the next page. ` +
    'A group’s `open` and `total`, `counts`, and the top-level `total` and `open` count every finding, not only this page’s',
  request: { query: z.object({ platform: socialPlatformSchema.optional(), cursor: z.string().max(400).optional(), limit: z.coerce.number().int().min(1).max(MAX_FINDINGS_PAGE).optional() }) },
  responses: {
    200: json(z.object({ groups: socialFindingGroupsSchema, counts: findingCountsSchema, total: z.number().int(), open: z.number().int(), nextCursor: z.string().nullable() })),
    ...errorResponses,
  },
});

const patchFinding = defineRoute({
  method: 'patch',
  path: '/findings/{id}',
  bodyLimit: 1 * KB,
  tags: ['social'],
  summary: 'Mark a finding dealt with, or undo',
  request: { params: idParam, body: jsonBody(socialFindingPatchSchema) },
  responses: { 200: json(socialFindingRecordSchema), ...errorResponses },
});

const presenceSchema = z.object({ platforms: z.array(socialPresenceStatusSchema), done: z.boolean() });

const getPresence = defineRoute({
  method: 'get',
  path: '/social/presence',
  bodyLimit: 1 * KB,
  tags: ['social'],
  summary: 'The presence checklist of every platform, with what is ticked',
  responses: { 200: json(presenceSchema), ...errorResponses },
});

const putPresence = defineRoute({
  method: 'put',
  path: '/social/presence',
  bodyLimit: 8 * KB,
  tags: ['social'],
  summary: 'Save the ticked points of one platform’s checklist',
  request: { body: jsonBody(socialPresencePutSchema) },
  responses: { 200: json(presenceSchema), ...errorResponses },
});

const summarySchema = z.object({
  scanned: z.boolean(),
  platforms: z.array(socialPlatformSchema),
  lastScanAt: z.string().nullable(),
  open: z.number().int(),
  dealtWith: z.number().int(),
  openByCategory: z.record(z.string(), z.number().int()),
  presenceDone: z.boolean(),
});

const getSummary = defineRoute({
  method: 'get',
  path: '/social/summary',
  bodyLimit: 1 * KB,
  tags: ['social'],
  summary: 'Open findings by category and whether the presence checklist is done (what the diagnosis reads)',
  responses: { 200: json(summarySchema), ...errorResponses },
});

async function presenceOf(store: Store, ownerId: string) {
  const [saved, audits] = await Promise.all([store.social.getPresence(ownerId), store.social.listAudits(ownerId)]);
  const audited = new Set(audits.filter((a) => a.status === 'done' && a.platform).map((a) => a.platform as SocialPlatform));
  const platforms = presenceStatus(saved, audited);
  return { platforms, done: isPresenceDone(platforms) };
}

export const socialRoutes = router()
  .openapi(upload, async (c) => {
    const fileName = safeFileName(c.req.valid('query').name, 'export.zip');
    const { store, ownerId, jobs } = c.var;
    const startedAt = new Date().toISOString();
    await takeUpload(store, ownerId);
    // Taken here, so a second export is refused at once; the job gives it back when it ends.
    const slot = await takeScanSlot(store, ownerId);
    let jobId: string | null = null;
    try {
      ({ jobId } = await receiveUpload(store, ownerId, JOBS.socialScan, { fileName, startedAt }, c.req.raw.body, MAX_SOCIAL_UPLOAD, 'one export'));
      await jobs.runUpload(JOBS.socialScan, { ownerId, jobId, slotId: slot.id });
      return c.json({ job: { id: jobId, status: 'queued' as const } }, 202);
    } catch (e) {
      if (jobId) await store.jobRuns.discard(ownerId, jobId).catch(() => undefined);
      await slot().catch(() => undefined);
      throw e;
    }
  })
  .openapi(listAudits, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    return c.json(await c.var.store.social.listAuditsPage(c.var.ownerId, { cursor, limit: limit ?? 20 }), 200);
  })
  .openapi(listFindings, async (c) => {
    const { platform, cursor, limit } = c.req.valid('query');
    const [page, counts] = await Promise.all([
      c.var.store.social.listFindingsPage(c.var.ownerId, { platform, cursor, limit: limit ?? FINDINGS_PAGE }),
      c.var.store.social.countFindings(c.var.ownerId, { platform }),
    ]);
    const groups = groupSocialFindings(page.findings).map((g) => ({ ...g, ...(counts[g.category] ?? { open: g.open, total: g.total }) }));
    const all = Object.values(counts);
    return c.json({ groups, counts, total: all.reduce((n, x) => n + x.total, 0), open: all.reduce((n, x) => n + x.open, 0), nextCursor: page.nextCursor }, 200);
  })
  .openapi(patchFinding, async (c) => {
    const { id } = c.req.valid('param');
    const { dealtWith } = c.req.valid('json');
    return c.json(found(await c.var.store.social.setDealtWith(c.var.ownerId, id, dealtWith), 'finding'), 200);
  })
  .openapi(getPresence, async (c) => c.json(await presenceOf(c.var.store, c.var.ownerId), 200))
  .openapi(putPresence, async (c) => {
    const { platform, checked } = c.req.valid('json');
    const known = new Set(presenceStatus([], new Set()).find((p) => p.platform === platform)!.checks.map((x) => x.id));
    const unknown = checked.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UserError('UNKNOWN_CHECK', `not a point of the ${platform} checklist: ${unknown.slice(0, 5).join(', ')}`, 422);
    await c.var.store.social.putPresence(c.var.ownerId, platform, checked);
    return c.json(await presenceOf(c.var.store, c.var.ownerId), 200);
  })
  .openapi(getSummary, async (c) => {
    const { store, ownerId } = c.var;
    const [counts, audits, presence] = await Promise.all([store.social.countFindings(ownerId), store.social.listAudits(ownerId), presenceOf(store, ownerId)]);
    const done = audits.filter((a) => a.status === 'done' && a.platform);
    const openByCategory: Record<string, number> = {};
    for (const cat of FINDING_CATEGORIES) {
      const n = counts[cat]?.open ?? 0;
      if (n > 0) openByCategory[cat] = n;
    }
    const all = Object.values(counts);
    const open = all.reduce((n, x) => n + x.open, 0);
    return c.json(
      {
        scanned: done.length > 0,
        platforms: [...new Set(done.map((a) => a.platform as SocialPlatform))],
        lastScanAt: done[0]?.finishedAt ?? null,
        open,
        dealtWith: all.reduce((n, x) => n + x.total, 0) - open,
        openByCategory,
        presenceDone: presence.done,
      },
      200,
    );
  });
