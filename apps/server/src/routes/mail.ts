import { z } from '@hono/zod-openapi';
import { mailClassificationSchema, mailProposalSchema, mailSourceSchema, proposalStatusSchema, UserError } from '@secondround/core';
import { MAX_MESSAGE_BYTES, pruneStream, readMbox } from '@secondround/importers';
import { found } from '../errors';
import { human, KB, MB } from '../middleware/limits';
import { takeUpload } from '../services/caps';
import { importMessages, importOneMessage } from '../services/mail-import';
import { decideProposals } from '../services/mail-proposals';
import { safeFileName } from '../services/upload';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

/** The largest mailbox accepted in one upload: a Google Takeout of years of mail; read as it arrives. */
export const MAX_MBOX_UPLOAD = 20 * 1024 * MB;
/** The largest single message uploaded: read as it arrives, attachments dropped unread. */
export const MAX_EML_UPLOAD = 1024 * MB;
/** Longest pasted text: a long message with its quoted history. */
const MAX_PASTE = 500_000;
/** Proposals decided in one request. */
const MAX_DECIDE = 200;

const importedSchema = z.object({ duplicate: z.boolean(), classification: mailClassificationSchema, proposal: mailProposalSchema.nullable() });

const summarySchema = z.object({
  dryRun: z.boolean(),
  read: z.number().int(),
  bytes: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  proposed: z.number().int(),
  accepted: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })),
  isTruncated: z.boolean(),
});

const applicationQuery = z.object({ applicationId: z.string().min(1).max(64).optional() });

const paste = defineRoute({
  method: 'post',
  path: '/mail/paste',
  bodyLimit: 2 * MB,
  tags: ['mail'],
  summary: 'Classify the text of one message (a raw message or what was copied from a mail program) and propose what it means for the records; with `applicationId`, for that application. The same text again answers its earlier proposal with `duplicate: true`',
  request: { body: jsonBody(z.object({ text: z.string().min(1).max(MAX_PASTE), applicationId: z.string().min(1).max(64).optional() })) },
  responses: { 201: json(importedSchema, 'Classified (and proposed, when it is about an application)'), ...errorResponses },
});

const eml = defineRoute({
  method: 'post',
  path: '/mail/eml',
  bodyLimit: MAX_EML_UPLOAD,
  streamBody: true,
  tags: ['mail'],
  summary: 'Upload one `.eml` file as the raw body: classified and proposed as a pasted message is. It is read as it arrives, its attachments dropped unread; its text (attachments aside) may be at most 60 MB',
  request: { query: applicationQuery.extend({ name: z.string().min(1).max(500).optional() }), body: { content: { 'message/rfc822': { schema: z.string() } }, required: true } },
  responses: { 201: json(importedSchema, 'Classified (and proposed, when it is about an application)'), ...errorResponses },
});

const mbox = defineRoute({
  method: 'post',
  path: '/mail/mbox',
  bodyLimit: MAX_MBOX_UPLOAD,
  streamBody: true,
  tags: ['mail'],
  summary: 'Upload a mailbox (`.mbox`: Google Takeout, Thunderbird, Apple Mail) as the raw body. It is read message by message as it arrives, never held whole; each message is imported in its own transaction, so an upload that breaks off keeps what was read and a second upload skips it',
  request: {
    query: z.object({ name: z.string().min(1).max(500).optional(), dryRun: z.enum(['true', 'false']).optional(), acceptAll: z.enum(['true', 'false']).optional() }),
    body: { content: { 'application/mbox': { schema: z.string() } }, required: true },
  },
  responses: { 200: json(summarySchema, 'What was read, imported, proposed and accepted'), ...errorResponses },
});

const listProposals = defineRoute({
  method: 'get',
  path: '/mail-proposals',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'Proposals from imported mail in the order they were made: one page of at most `limit` (default 50, most 200); pass `nextCursor` as `cursor` for the next page. `counts` holds how many there are of each status',
  request: { query: z.object({ status: proposalStatusSchema.optional(), cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }) },
  responses: { 200: json(z.object({ proposals: z.array(mailProposalSchema), nextCursor: z.string().nullable(), counts: z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }) })), ...errorResponses },
});

const decide = defineRoute({
  method: 'post',
  path: '/mail-proposals/decide',
  bodyLimit: 64 * KB,
  tags: ['mail'],
  summary: 'Accept or reject proposals in bulk. Each is decided on its own (accepted ones write their stage step, or a new application); one that cannot be accepted answers its error in its place',
  request: { body: jsonBody(z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_DECIDE), decision: z.enum(['accept', 'reject']) })) },
  responses: {
    200: json(
      z.object({
        results: z.array(
          z.union([
            z.object({ id: z.string(), status: z.enum(['accepted', 'rejected']), changed: z.boolean(), applicationId: z.string().nullable(), eventId: z.string().nullable(), isNewApplication: z.boolean(), note: z.string().nullable(), interviewId: z.string().nullable().optional() }),
            z.object({ id: z.string(), error: z.object({ code: z.string(), message: z.string() }) }),
          ]),
        ),
      }),
    ),
    ...errorResponses,
  },
});

const source = defineRoute({
  method: 'get',
  path: '/mail-proposals/{id}/message',
  bodyLimit: 1 * KB,
  tags: ['mail'],
  summary: 'The message a proposal came from, as imported (its text, cut at 64,000 characters)',
  request: { params: idParam },
  responses: { 200: json(mailSourceSchema), ...errorResponses },
});

/** A request body as chunks, stopped with 413 past `max` bytes, and said plainly when it breaks off. */
async function* bodyChunks(body: ReadableStream<Uint8Array> | null, max: number, what: 'mailbox' | 'message' = 'mailbox'): AsyncGenerator<Buffer> {
  if (!body) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new UserError('UPLOAD_INTERRUPTED', what === 'mailbox' ? 'the upload broke off before the whole mailbox arrived; what was read is kept, and uploading it again skips those messages' : 'the upload broke off before the whole message arrived; nothing was imported', 400);
      }
      if (next.done) break;
      bytes += next.value.byteLength;
      if (bytes > max) throw new UserError('TOO_LARGE', `the ${what} is larger than ${human(max)}, the limit for one upload`, 413);
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
  } finally {
    reader.releaseLock();
  }
  if (bytes === 0) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
}

export const mailRoutes = router()
  .openapi(paste, async (c) => {
    const { text, applicationId } = c.req.valid('json');
    const result = await importOneMessage({ store: c.var.store, ownerId: c.var.ownerId }, text, { origin: 'paste', ...(applicationId ? { applicationId } : {}) });
    return c.json(result, 201);
  })
  .openapi(eml, async (c) => {
    const { applicationId, name } = c.req.valid('query');
    const { raw, size } = await pruneStream(bodyChunks(c.req.raw.body, MAX_EML_UPLOAD, 'message'));
    if (size === 0) throw new UserError('EMPTY_FILE', 'the upload is empty', 400);
    if (!raw) throw new UserError('MESSAGE_TOO_LARGE', `the message has over ${human(MAX_MESSAGE_BYTES)} of text (attachments aside); it was not read`, 413);
    const result = await importOneMessage({ store: c.var.store, ownerId: c.var.ownerId }, raw, { origin: 'eml', label: safeFileName(name, 'message.eml'), ...(applicationId ? { applicationId } : {}) });
    return c.json(result, 201);
  })
  .openapi(mbox, async (c) => {
    const { name, dryRun, acceptAll } = c.req.valid('query');
    const { store, ownerId } = c.var;
    await takeUpload(store, ownerId);
    const fileName = safeFileName(name, 'mail.mbox');
    const summary = await importMessages({ store, ownerId }, readMbox(bodyChunks(c.req.raw.body, MAX_MBOX_UPLOAD), { source: fileName }), { origin: 'mbox', dryRun: dryRun === 'true', acceptAll: acceptAll === 'true' });
    return c.json(summary, 200);
  })
  .openapi(listProposals, async (c) => {
    const { status, cursor, limit } = c.req.valid('query');
    const page = await c.var.store.mail.listPage(c.var.ownerId, { status, cursor, limit: limit ?? 50 });
    return c.json({ ...page, counts: await c.var.store.mail.countByStatus(c.var.ownerId) }, 200);
  })
  .openapi(decide, async (c) => {
    const { ids, decision } = c.req.valid('json');
    return c.json({ results: await decideProposals(c.var.store, c.var.ownerId, ids, decision) }, 200);
  })
  .openapi(source, async (c) => {
    return c.json(found(await c.var.store.mail.source(c.var.ownerId, c.req.valid('param').id), 'proposal'), 200);
  });
