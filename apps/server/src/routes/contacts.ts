import { z } from '@hono/zod-openapi';
import { contactInputSchema, contactPatchSchema, contactSchema } from '@secondround/core';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';
import { deleteUndoably } from '../services/undo';

/** Contacts per page. */
const MAX_PAGE = 500;

const listContacts = defineRoute({
  method: 'get',
  path: '/contacts',
  bodyLimit: 1 * KB,
  tags: ['contacts'],
  summary: 'Contacts by name: one page of at most `limit` (default and most 500); pass `nextCursor` as `cursor` for the next page',
  request: { query: z.object({ applicationId: z.string().max(64).optional(), cursor: z.string().max(400).optional(), limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional() }) },
  responses: { 200: json(z.object({ contacts: z.array(contactSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});
const createContact = defineRoute({
  method: 'post',
  path: '/contacts',
  bodyLimit: 64 * KB,
  tags: ['contacts'],
  request: { body: jsonBody(contactInputSchema) },
  responses: { 201: json(contactSchema, 'Created'), ...errorResponses },
});
const getContact = defineRoute({
  method: 'get',
  path: '/contacts/{id}',
  bodyLimit: 1 * KB,
  tags: ['contacts'],
  request: { params: idParam },
  responses: { 200: json(contactSchema), ...errorResponses },
});
const patchContact = defineRoute({
  method: 'patch',
  path: '/contacts/{id}',
  bodyLimit: 64 * KB,
  tags: ['contacts'],
  request: { params: idParam, body: jsonBody(contactPatchSchema) },
  responses: { 200: json(contactSchema), ...errorResponses },
});
const deleteContact = defineRoute({
  method: 'delete',
  path: '/contacts/{id}',
  bodyLimit: 1 * KB,
  tags: ['contacts'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

export const contactRoutes = router()
  .openapi(listContacts, async (c) => {
    const { applicationId, cursor, limit } = c.req.valid('query');
    return c.json(await c.var.store.contacts.listPage(c.var.ownerId, { applicationId, cursor, limit: limit ?? MAX_PAGE }), 200);
  })
  .openapi(createContact, async (c) => c.json(await c.var.store.contacts.create(c.var.ownerId, c.req.valid('json')), 201))
  .openapi(getContact, async (c) => {
    const contact = await c.var.store.contacts.get(c.var.ownerId, c.req.valid('param').id);
    return c.json(found(contact, 'contact'), 200);
  })
  .openapi(patchContact, async (c) => {
    const contact = await c.var.store.contacts.update(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(found(contact, 'contact'), 200);
  })
  .openapi(deleteContact, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'contact', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'contact') }, 200);
  });
