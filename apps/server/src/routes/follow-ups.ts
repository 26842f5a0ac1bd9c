import { z } from '@hono/zod-openapi';
import {
  civilDateIn,
  followUpCreateSchema,
  followUpPatchSchema,
  followUpPlanRequestSchema,
  followUpSchema,
  markSentSchema,
  noteCheckContextSchema,
  parseTimeline,
  UserError,
} from '@secondround/core';
import type { Store } from '@secondround/store';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { buildEml, loadSettings, NO_INTERVIEWER_ADDRESS, sendAsPerson, type SmtpOptions } from '../services/followup';
import type { SmtpGuard } from '../services/smtp-guard';
import { adviceFor, adviceSchema, followUpState, messageFor } from '../services/follow-ups';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';
import { deleteUndoably } from '../services/undo';

const plannerSchema = z.object({
  followUps: z.array(followUpSchema),
  statedText: z.string().nullable(),
  statedSource: z.enum(['follow_up', 'debrief']).nullable(),
  from: z.string(),
  timeZone: z.string(),
  advice: adviceSchema,
  rejected: z.boolean(),
  isOpen: z.boolean(),
  recipient: z.object({ name: z.string(), email: z.string().nullable() }).nullable(),
  feedbackDraft: z.object({ subject: z.string(), body: z.string() }),
  /** The note checker's context for the drafts (POST /api/notes/check), with the recipient as the addressee and the person's name (it signs the drafts). */
  check: noteCheckContextSchema.nullable(),
});

const getPlanner = defineRoute({
  method: 'get',
  path: '/applications/{id}/followups',
  bodyLimit: 1 * KB,
  tags: ['follow-ups'],
  summary: "The application's follow-ups and feedback requests, with the planner's advice for the next one",
  request: { params: idParam },
  responses: { 200: json(plannerSchema), ...errorResponses },
});
const planRoute = defineRoute({
  method: 'post',
  path: '/applications/{id}/followups/plan',
  bodyLimit: 16 * KB,
  tags: ['follow-ups'],
  summary: 'Read a stated timeline and plan the follow-up, without saving anything',
  request: { params: idParam, body: jsonBody(followUpPlanRequestSchema) },
  responses: { 200: json(adviceSchema), ...errorResponses },
});
const createRoute = defineRoute({
  method: 'post',
  path: '/applications/{id}/followups',
  bodyLimit: 64 * KB,
  tags: ['follow-ups'],
  summary: 'Plan a follow-up (refused after an unanswered one unless a reason is given) or a feedback request',
  request: { params: idParam, body: jsonBody(followUpCreateSchema) },
  responses: { 201: json(z.object({ followUp: followUpSchema, advice: adviceSchema.nullable() }), 'Created'), 409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Already planned or answered'), ...errorResponses },
});
const patchRoute = defineRoute({
  method: 'patch',
  path: '/followups/{id}',
  bodyLimit: 256 * KB,
  tags: ['follow-ups'],
  summary: 'Change a follow-up: its day, the stated timeline (read again), the draft, sent, answered, the pasted answer',
  request: { params: idParam, body: jsonBody(followUpPatchSchema) },
  responses: { 200: json(followUpSchema), ...errorResponses },
});
const deleteRoute = defineRoute({
  method: 'delete',
  path: '/followups/{id}',
  bodyLimit: 1 * KB,
  tags: ['follow-ups'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});
const sentRoute = defineRoute({
  method: 'post',
  path: '/followups/{id}/sent',
  bodyLimit: 1 * KB,
  tags: ['follow-ups'],
  summary: 'Record that the follow-up or feedback request was sent, and how',
  request: { params: idParam, body: jsonBody(markSentSchema) },
  responses: { 200: json(followUpSchema), ...errorResponses },
});
const emlRoute = defineRoute({
  method: 'get',
  path: '/followups/{id}/eml',
  bodyLimit: 1 * KB,
  tags: ['follow-ups'],
  summary: 'The drafted follow-up or feedback request as an .eml file',
  request: { params: idParam },
  responses: { 200: { description: 'The message', content: { 'message/rfc822': { schema: z.string() } } }, ...errorResponses },
});
const sendRoute = defineRoute({
  method: 'post',
  path: '/followups/{id}/send',
  bodyLimit: 1 * KB,
  tags: ['follow-ups'],
  summary: "Send it through the person's SMTP server and record it as sent",
  request: { params: idParam, body: jsonBody(z.object({ to: z.email().max(320).optional() })) },
  responses: { 200: json(followUpSchema), 502: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'The SMTP server refused'), ...errorResponses },
});

async function stateOf(store: Store, ownerId: string, applicationId: string) {
  const now = new Date();
  const [{ settings, timeZone }, records, list] = await Promise.all([loadSettings(store, ownerId), store.followupReads.planner(ownerId, applicationId), store.followup.listFollowUps(ownerId, { applicationId })]);
  const state = found(followUpState(records, applicationId, list, now), 'application');
  return { state, settings, timeZone, now };
}

async function messageOf(store: Store, ownerId: string, id: string) {
  const f = found(await store.followup.getFollowUp(ownerId, id), 'follow-up');
  const { state, settings } = await stateOf(store, ownerId, f.applicationId);
  const r = state.recipient;
  return { f, settings, to: r?.email ? `${r.name} <${r.email}>` : null, toAddress: r?.email ?? null };
}

export const followUpRoutes = (options: SmtpOptions) =>
  router()
    .openapi(getPlanner, async (c) => {
      const { state, timeZone, now, settings } = await stateOf(c.var.store, c.var.ownerId, c.req.valid('param').id);
      const { followUps, statedText, statedSource, from, rejected, isOpen, recipient, check } = state;
      return c.json({ followUps, statedText, statedSource, from, timeZone, advice: adviceFor(state, timeZone, {}, now), rejected, isOpen, recipient, feedbackDraft: messageFor(state, 'feedback_request', settings.sender), check: check && { ...check, senderName: settings.sender?.name?.trim() || null } }, 200);
    })
    .openapi(planRoute, async (c) => {
      const { state, timeZone, now } = await stateOf(c.var.store, c.var.ownerId, c.req.valid('param').id);
      return c.json(adviceFor(state, timeZone, c.req.valid('json'), now), 200);
    })
    .openapi(createRoute, async (c) => {
      const appId = c.req.valid('param').id;
      const input = c.req.valid('json');
      const { state, timeZone, now, settings } = await stateOf(c.var.store, c.var.ownerId, appId);
      const draft = messageFor(state, input.kind, settings.sender);
      const base = { kind: input.kind, interviewId: state.interviewId, subject: input.subject ?? draft.subject, body: input.body ?? draft.body, reason: input.reason ?? null };
      if (input.kind === 'feedback_request') {
        const created = await c.var.store.followup.createFollowUp(c.var.ownerId, appId, { ...base, plannedOn: input.plannedOn ?? civilDateIn(now, timeZone), statedText: null, statedUntil: null });
        return c.json({ followUp: found(created, 'application'), advice: null }, 201);
      }
      if (state.followUps.some((f) => f.kind === 'follow_up' && f.sentAt === null)) {
        throw new UserError('ALREADY_PLANNED', 'a follow-up is already planned for this application: change its day instead of adding another', 409);
      }
      const advice = adviceFor(state, timeZone, { statedText: input.statedText, proposedOn: input.plannedOn ?? null, reason: input.reason ?? null }, now);
      if (advice.plan.action === 'answered') throw new UserError('ALREADY_ANSWERED', advice.plan.message, 409);
      if (advice.plan.action === 'waiting') throw new UserError('STILL_WAITING', advice.plan.message, 422);
      if (advice.plan.action === 'let_go') throw new UserError('REASON_REQUIRED', `${advice.plan.message} To plan another anyway, give your reason.`, 422);
      const statedText = input.statedText === undefined ? state.statedText : input.statedText;
      const created = await c.var.store.followup.createFollowUp(c.var.ownerId, appId, { ...base, plannedOn: advice.plan.suggestedOn, statedText, statedUntil: advice.timeline.statedUntilDate });
      return c.json({ followUp: found(created, 'application'), advice }, 201);
    })
    .openapi(patchRoute, async (c) => {
      const id = c.req.valid('param').id;
      const patch = c.req.valid('json');
      const current = found(await c.var.store.followup.getFollowUp(c.var.ownerId, id), 'follow-up');
      let statedUntil: string | null | undefined;
      if (patch.statedText !== undefined) {
        const { state, timeZone } = await stateOf(c.var.store, c.var.ownerId, current.applicationId);
        statedUntil = patch.statedText === null ? null : parseTimeline(patch.statedText, { from: state.from, timeZone }).statedUntilDate;
      }
      const updated = await c.var.store.followup.updateFollowUp(c.var.ownerId, id, { ...patch, ...(statedUntil !== undefined ? { statedUntil } : {}) });
      return c.json(found(updated, 'follow-up'), 200);
    })
    .openapi(deleteRoute, async (c) => {
      const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'follow_up', c.req.valid('param').id);
      return c.json({ undo: found(undo, 'follow-up') }, 200);
    })
    .openapi(sentRoute, async (c) => {
      const { via, sentAt } = c.req.valid('json');
      const updated = await c.var.store.followup.updateFollowUp(c.var.ownerId, c.req.valid('param').id, { sentVia: via, sentAt: sentAt ?? new Date().toISOString() });
      return c.json(found(updated, 'follow-up'), 200);
    })
    .openapi(emlRoute, async (c) => {
      const { f, settings, to } = await messageOf(c.var.store, c.var.ownerId, c.req.valid('param').id);
      const eml = await buildEml({ from: settings.smtp?.from ?? null, to, subject: f.subject, text: f.body }, new Date());
      return c.body(new Uint8Array(eml), 200, { 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="${f.kind === 'feedback_request' ? 'feedback-request' : 'follow-up'}-${f.id.slice(0, 8)}.eml"` });
    })
    .openapi(sendRoute, async (c) => {
      const { f, settings, toAddress } = await messageOf(c.var.store, c.var.ownerId, c.req.valid('param').id);
      await sendAsPerson(options, settings, { to: c.req.valid('json').to ?? toAddress, subject: f.subject, text: f.body }, NO_INTERVIEWER_ADDRESS);
      const updated = await c.var.store.followup.updateFollowUp(c.var.ownerId, f.id, { sentVia: 'smtp', sentAt: new Date().toISOString() });
      return c.json(found(updated, 'follow-up'), 200);
    });
