import { z } from '@hono/zod-openapi';
import {
  isoDateSchema,
  MAX_MATERIAL_FILE_BYTES,
  materialFileSchema,
  materialItemInputSchema,
  materialItemSchema,
  materialsCheckSchema,
  materialSubmissionSchema,
  UserError,
} from '@secondround/core';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { attachFile, itemsFromListing, MATERIAL_FILES_PAGE, materialsView, submitMaterials, SUBMISSIONS_PAGE } from '../services/materials';
import { safeFileName } from '../services/upload';
import { takeUpload } from '../services/caps';
import { deleteUndoably } from '../services/undo';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';

const viewSchema = z.object({
  applicationId: z.string(),
  items: z.array(materialItemSchema),
  files: z.array(materialFileSchema),
  filesNextCursor: z.string().nullable(),
  submissions: z.array(materialSubmissionSchema),
  submissionsNextCursor: z.string().nullable(),
  check: materialsCheckSchema,
  resume: z
    .object({
      matchRate: z.number().nullable(),
      found: z.array(z.string()),
      missing: z.array(z.string()),
      missingRequired: z.array(z.string()),
      warnings: z.array(z.string()),
      fileId: z.string(),
      fileName: z.string(),
      sha256: z.string(),
    })
    .nullable(),
  resumeNote: z.string().nullable(),
  listingSentences: z.array(z.string()),
  hasListing: z.boolean(),
  filesNotHere: z.array(z.string()),
});

/** Content types an upload may declare; the bytes decide the format whatever is declared. */
const UPLOAD_TYPES = /^(application\/(octet-stream|pdf|msword|zip|rtf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|vnd\.oasis\.opendocument\.text)|text\/plain|image\/(png|jpeg))(;|$)/i;

const getMaterials = defineRoute({
  method: 'get',
  path: '/applications/{id}/materials',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: `Requested materials, the latest ${MATERIAL_FILES_PAGE} files sent and ${SUBMISSIONS_PAGE} submissions (newest first; \`filesNextCursor\` and \`submissionsNextCursor\` page on through their own routes), the check, and the resume against the listing`,
  request: { params: idParam },
  responses: { 200: json(viewSchema), ...errorResponses },
});

/** Most files or submissions per page of their lists. */
const MAX_MATERIALS_PAGE = 200;
const pageQuery = z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(MAX_MATERIALS_PAGE).optional() });

const listFiles = defineRoute({
  method: 'get',
  path: '/applications/{id}/materials/files',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: `Files sent with this application, newest first: one page of at most \`limit\` (default ${MATERIAL_FILES_PAGE}, most ${MAX_MATERIALS_PAGE}); pass \`nextCursor\` as \`cursor\` for the next page`,
  request: { params: idParam, query: pageQuery },
  responses: { 200: json(z.object({ files: z.array(materialFileSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});

const listSubmissions = defineRoute({
  method: 'get',
  path: '/applications/{id}/materials/submissions',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: `Times the materials were marked submitted, newest first: one page of at most \`limit\` (default ${SUBMISSIONS_PAGE}, most ${MAX_MATERIALS_PAGE}); pass \`nextCursor\` as \`cursor\` for the next page`,
  request: { params: idParam, query: pageQuery },
  responses: { 200: json(z.object({ submissions: z.array(materialSubmissionSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});

const putItems = defineRoute({
  method: 'put',
  path: '/applications/{id}/materials/items',
  bodyLimit: 64 * KB,
  tags: ['materials'],
  summary: 'Save the list of requested items in order (items with an id keep their files)',
  request: { params: idParam, body: jsonBody(z.object({ items: z.array(materialItemInputSchema.extend({ id: z.string().min(1).max(64).optional() })).max(30) })) },
  responses: { 200: json(viewSchema), ...errorResponses },
});

const fromListing = defineRoute({
  method: 'post',
  path: '/applications/{id}/materials/from-listing',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: 'Add the items the listing text asks for (kinds not on the list yet)',
  request: { params: idParam, body: jsonBody(z.object({})) },
  responses: { 200: json(viewSchema.extend({ added: z.number().int() })), ...errorResponses },
});

const uploadFile = defineRoute({
  method: 'post',
  path: '/applications/{id}/materials/files',
  bodyLimit: MAX_MATERIAL_FILE_BYTES,
  tags: ['materials'],
  summary: 'Attach a file sent (raw body, a document content type); typed by its bytes, refused when broken, encrypted, a program or a zip bomb',
  request: {
    params: idParam,
    query: z.object({ name: z.string().max(1000).optional(), itemId: z.string().min(1).max(64).optional() }),
    body: { content: { 'application/octet-stream': { schema: z.string() } }, required: true },
  },
  responses: { 201: json(materialFileSchema, 'Stored'), 415: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Not a document'), ...errorResponses },
});

const downloadFile = defineRoute({
  method: 'get',
  path: '/materials/files/{id}',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: 'The bytes of a file sent',
  request: { params: idParam },
  responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string() } } }, ...errorResponses },
});

const submit = defineRoute({
  method: 'post',
  path: '/applications/{id}/materials/submit',
  bodyLimit: 4 * KB,
  tags: ['materials'],
  summary: 'Mark the materials as submitted; with an item missing or off, a reason is required (422 REASON_NEEDED)',
  request: { params: idParam, body: jsonBody(z.object({ reason: z.string().trim().max(1000).optional(), today: isoDateSchema.optional() })) },
  responses: { 200: json(z.object({ submission: materialSubmissionSchema, check: materialsCheckSchema, movedToApplied: z.boolean() })), ...errorResponses },
});

const deleteItem = defineRoute({
  method: 'delete',
  path: '/materials/items/{id}',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: 'Delete one requested item (its files stay, unattached)',
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

const deleteFile = defineRoute({
  method: 'delete',
  path: '/materials/files/{id}',
  bodyLimit: 1 * KB,
  tags: ['materials'],
  summary: 'Delete a file sent; its stored bytes go once the undo window has passed',
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

/** A file name as shown and stored: no folders, no control characters, at most 200 characters. */
function uploadName(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new UserError('BAD_FILE_NAME', 'the file name holds control characters; rename the file', 422);
  if (raw.length > 255) throw new UserError('BAD_FILE_NAME', `the file name is ${raw.length} characters long; the limit is 255`, 422);
  if (/(^|[\\/])\.\.([\\/]|$)/.test(raw)) throw new UserError('BAD_FILE_NAME', 'the file name holds "../"; give the file’s own name', 422);
  return safeFileName(raw, 'file');
}

export const materialRoutes = router()
  .openapi(getMaterials, async (c) => c.json(await materialsView(c.var.store, c.var.ownerId, c.req.valid('param').id), 200))
  .openapi(putItems, async (c) => {
    const { id } = c.req.valid('param');
    const { items } = c.req.valid('json');
    found(await c.var.store.transaction((tx) => tx.materials.saveItems(c.var.ownerId, id, items)), 'application');
    return c.json(await materialsView(c.var.store, c.var.ownerId, id), 200);
  })
  .openapi(fromListing, async (c) => {
    const { id } = c.req.valid('param');
    const added = await itemsFromListing(c.var.store, c.var.ownerId, id);
    return c.json({ ...(await materialsView(c.var.store, c.var.ownerId, id)), added }, 200);
  })
  .openapi(uploadFile, async (c) => {
    const { id } = c.req.valid('param');
    const { name, itemId } = c.req.valid('query');
    found(await c.var.store.materials.ownsApplication(c.var.ownerId, id), 'application');
    const type = c.req.header('content-type') ?? '';
    if (!UPLOAD_TYPES.test(type)) throw new UserError('UNSUPPORTED_MEDIA_TYPE', `send the file as the raw body with a document content type such as application/octet-stream (got "${type.slice(0, 80) || 'none'}")`, 415);
    const fileName = uploadName(name ?? 'file');
    // One hourly count for every upload a person sends (backups, spreadsheets, exports, files).
    await takeUpload(c.var.store, c.var.ownerId);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new UserError('EMPTY_FILE', 'the file is empty', 400);
    return c.json(await attachFile(c.var.store, c.var.ownerId, id, itemId ?? null, fileName, bytes), 201);
  })
  .openapi(downloadFile, async (c) => {
    const stored = found(await c.var.store.materials.readFile(c.var.ownerId, c.req.valid('param').id), 'file');
    if (!stored.bytes) throw new UserError('FILE_NOT_HERE', 'this file’s bytes are not on this machine (a backup keeps names and hashes, not files)', 404);
    const ascii = stored.file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return new Response(new Uint8Array(stored.bytes), {
      status: 200,
      headers: { 'Content-Type': stored.file.mime ?? 'application/octet-stream', 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(stored.file.fileName)}`, 'X-Content-Type-Options': 'nosniff' },
    }) as never;
  })
  .openapi(deleteItem, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'material_item', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'item') }, 200);
  })
  .openapi(deleteFile, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'material_file', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'file') }, 200);
  })
  .openapi(listFiles, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    found(await c.var.store.materials.ownsApplication(c.var.ownerId, id), 'application');
    return c.json(await c.var.store.materials.listFilesPage(c.var.ownerId, id, { cursor, limit: limit ?? MATERIAL_FILES_PAGE }), 200);
  })
  .openapi(listSubmissions, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    found(await c.var.store.materials.ownsApplication(c.var.ownerId, id), 'application');
    return c.json(await c.var.store.materials.listSubmissionsPage(c.var.ownerId, id, { cursor, limit: limit ?? SUBMISSIONS_PAGE }), 200);
  })
  .openapi(submit, async (c) => {
    const { id } = c.req.valid('param');
    const { reason, today } = c.req.valid('json');
    return c.json(await submitMaterials(c.var.store, c.var.ownerId, id, reason || null, today ?? new Date().toISOString().slice(0, 10)), 200);
  });
