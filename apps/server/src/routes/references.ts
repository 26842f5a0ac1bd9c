import { z } from '@hono/zod-openapi';
import { referenceFormSchema, referencePatchSchema, referenceRecordSchema, referenceUseFormSchema, referenceUsePatchSchema, referenceUseRecordSchema, UserError } from '@secondround/core';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { buildEml, sendAsPerson, type SmtpOptions } from '../services/followup';
import { briefFor, checkStoryIds, MAX_REFERENCES, MAX_USES_PER_APPLICATION, referencesOverview, todayIn, useView } from '../services/people';
import { deleteUndoably } from '../services/undo';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';

const warningSchema = z.object({ code: z.string(), message: z.string() });
const overviewSchema = referenceRecordSchema.extend({ timesGiven: z.number().int(), checks: z.number().int(), lastGivenOn: z.string().nullable(), warnings: z.array(warningSchema) });
const useViewSchema = referenceUseRecordSchema.extend({
  reference: z.object({ id: z.string(), name: z.string(), relationship: z.string(), knowsWork: z.number().int(), email: z.string().nullable() }),
  warnings: z.array(warningSchema),
});
const briefSchema = z.object({ subject: z.string(), body: z.string(), to: z.string().nullable() });

/** References per page; the most is the cap on references, so one request can still read them all. */
const REFERENCES_PAGE = 100;

const listRefs = defineRoute({
  method: 'get',
  path: '/references',
  bodyLimit: 1 * KB,
  tags: ['references'],
  summary: `Your references by name, each with how often it was given and what to fix before using it: one page of at most \`limit\` (default ${REFERENCES_PAGE}, most ${MAX_REFERENCES}); pass \`nextCursor\` as \`cursor\` for the next page`,
  request: { query: z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(MAX_REFERENCES).optional() }) },
  responses: { 200: json(z.object({ references: z.array(overviewSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});
const createRef = defineRoute({ method: 'post', path: '/references', bodyLimit: 32 * KB, tags: ['references'], request: { body: jsonBody(referenceFormSchema) }, responses: { 201: json(referenceRecordSchema, 'Created'), ...errorResponses } });
const getRef = defineRoute({ method: 'get', path: '/references/{id}', bodyLimit: 1 * KB, tags: ['references'], request: { params: idParam }, responses: { 200: json(referenceRecordSchema), ...errorResponses } });
const patchRef = defineRoute({ method: 'patch', path: '/references/{id}', bodyLimit: 32 * KB, tags: ['references'], request: { params: idParam, body: jsonBody(referencePatchSchema) }, responses: { 200: json(referenceRecordSchema), ...errorResponses } });
const deleteRef = defineRoute({ method: 'delete', path: '/references/{id}', bodyLimit: 1 * KB, tags: ['references'], request: { params: idParam }, summary: 'Delete a reference, with the records of where it was given', responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses } });
const listUses = defineRoute({ method: 'get', path: '/applications/{id}/references', bodyLimit: 1 * KB, tags: ['references'], summary: 'The references given for this application, with what to fix', request: { params: idParam }, responses: { 200: json(z.object({ uses: z.array(useViewSchema) })), ...errorResponses } });
const createUse = defineRoute({ method: 'post', path: '/applications/{id}/references', bodyLimit: 8 * KB, tags: ['references'], summary: 'Record that a reference was given for this application', request: { params: idParam, body: jsonBody(referenceUseFormSchema) }, responses: { 201: json(useViewSchema, 'Created'), ...errorResponses } });
const patchUse = defineRoute({ method: 'patch', path: '/reference-uses/{id}', bodyLimit: 8 * KB, tags: ['references'], summary: 'Record the brief or the reference check', request: { params: idParam, body: jsonBody(referenceUsePatchSchema) }, responses: { 200: json(useViewSchema), ...errorResponses } });
const deleteUse = defineRoute({ method: 'delete', path: '/reference-uses/{id}', bodyLimit: 1 * KB, tags: ['references'], request: { params: idParam }, responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses } });
const getBrief = defineRoute({ method: 'get', path: '/reference-uses/{id}/brief', bodyLimit: 1 * KB, tags: ['references'], summary: 'A brief for this reference about this job: the role, key requirements, the stories they saw, what the hiring manager will want to hear', request: { params: idParam }, responses: { 200: json(briefSchema), ...errorResponses } });
const briefEml = defineRoute({ method: 'get', path: '/reference-uses/{id}/brief.eml', bodyLimit: 1 * KB, tags: ['references'], summary: 'The brief as an .eml draft to open in any mail program', request: { params: idParam }, responses: { 200: { description: 'The message', content: { 'message/rfc822': { schema: z.string() } } }, ...errorResponses } });
const sendBrief = defineRoute({
  method: 'post',
  path: '/reference-uses/{id}/brief/send',
  bodyLimit: 1 * KB,
  tags: ['references'],
  summary: "Send the brief through the person's SMTP server and record the reference as briefed today",
  request: { params: idParam, body: jsonBody(z.object({})) },
  responses: { 200: json(useViewSchema), 502: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'The SMTP server refused'), ...errorResponses },
});

export const referenceRoutes = (options: SmtpOptions) =>
  router()
    .openapi(listRefs, async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await referencesOverview(c.var.store, c.var.ownerId, { cursor, limit: limit ?? REFERENCES_PAGE }), 200);
    })
    .openapi(createRef, async (c) => {
      const input = c.req.valid('json');
      if ((await c.var.store.people.countReferences(c.var.ownerId)) >= MAX_REFERENCES) throw new UserError('TOO_MANY_REFERENCES', `you can keep at most ${MAX_REFERENCES} references`, 422);
      await checkStoryIds(c.var.store, c.var.ownerId, input.witnessedStoryIds);
      return c.json(await c.var.store.people.createReference(c.var.ownerId, input), 201);
    })
    .openapi(getRef, async (c) => c.json(found(await c.var.store.people.getReference(c.var.ownerId, c.req.valid('param').id), 'reference'), 200))
    .openapi(patchRef, async (c) => {
      const patch = c.req.valid('json');
      if (patch.witnessedStoryIds) await checkStoryIds(c.var.store, c.var.ownerId, patch.witnessedStoryIds);
      return c.json(found(await c.var.store.people.updateReference(c.var.ownerId, c.req.valid('param').id, patch), 'reference'), 200);
    })
    .openapi(deleteRef, async (c) => {
      const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'reference', c.req.valid('param').id);
      return c.json({ undo: found(undo, 'reference') }, 200);
    })
    .openapi(listUses, async (c) => {
      const appId = c.req.valid('param').id;
      found((await c.var.store.applications.exists(c.var.ownerId, appId)) || null, 'application');
      const [uses, refs] = await Promise.all([c.var.store.people.listUses(c.var.ownerId, appId), c.var.store.people.listReferences(c.var.ownerId)]);
      const byId = new Map(refs.map((r) => [r.id, r]));
      return c.json({ uses: uses.flatMap((u) => (byId.has(u.referenceId) ? [useView(u, byId.get(u.referenceId)!)] : [])) }, 200);
    })
    .openapi(createUse, async (c) => {
      const appId = c.req.valid('param').id;
      const input = c.req.valid('json');
      found((await c.var.store.applications.exists(c.var.ownerId, appId)) || null, 'application');
      const ref = await c.var.store.people.getReference(c.var.ownerId, input.referenceId);
      if (!ref) throw new UserError('UNKNOWN_REFERENCE', 'no such reference in your list: add the person on the References page first', 422);
      const existing = await c.var.store.people.listUses(c.var.ownerId, appId);
      if (existing.some((u) => u.referenceId === ref.id)) throw new UserError('ALREADY_GIVEN', `${ref.name} is already recorded as a reference for this application`, 409);
      if (existing.length >= MAX_USES_PER_APPLICATION) throw new UserError('TOO_MANY_REFERENCES', `at most ${MAX_USES_PER_APPLICATION} references per application`, 422);
      const use = await c.var.store.people.createUse(c.var.ownerId, appId, input);
      return c.json(useView(use, ref), 201);
    })
    .openapi(patchUse, async (c) => {
      const use = found(await c.var.store.people.updateUse(c.var.ownerId, c.req.valid('param').id, c.req.valid('json')), 'reference given');
      const ref = found(await c.var.store.people.getReference(c.var.ownerId, use.referenceId), 'reference');
      return c.json(useView(use, ref), 200);
    })
    .openapi(deleteUse, async (c) => {
      const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'reference_use', c.req.valid('param').id);
      return c.json({ undo: found(undo, 'reference given') }, 200);
    })
    .openapi(getBrief, async (c) => {
      const { brief, to } = await briefFor(c.var.store, c.var.ownerId, c.req.valid('param').id);
      return c.json({ ...brief, to }, 200);
    })
    .openapi(briefEml, async (c) => {
      const { brief, to, use } = await briefFor(c.var.store, c.var.ownerId, c.req.valid('param').id);
      const settings = await c.var.store.settings.get(c.var.ownerId);
      const eml = await buildEml({ from: settings.smtp?.from ?? null, to, subject: brief.subject, text: brief.body }, new Date());
      return c.body(new Uint8Array(eml), 200, { 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="reference-brief-${use.id.slice(0, 8)}.eml"` });
    })
    .openapi(sendBrief, async (c) => {
      const { brief, toAddress, use, reference } = await briefFor(c.var.store, c.var.ownerId, c.req.valid('param').id);
      const settings = await c.var.store.settings.get(c.var.ownerId);
      await sendAsPerson(options, settings, { to: toAddress, subject: brief.subject, text: brief.body }, `${reference.name} has no e-mail address: add it on the References page`);
      const updated = found(await c.var.store.people.updateUse(c.var.ownerId, use.id, { briefedOn: todayIn(settings.timeZone, new Date()) }), 'reference given');
      return c.json(useView(updated, reference), 200);
    });
