import { z } from '@hono/zod-openapi';
import {
  checkNote,
  draftThankYou,
  markSentSchema,
  NoteCheckSchema,
  noteCheckContextSchema,
  NOTE_MAX_CHARS,
  THANK_YOU_TONES,
  thankYouContext,
  thankYouNoteSchema,
  thankYouSaveSchema,
  UserError,
  type NoteCheckContext,
} from '@secondround/core';
import type { Store } from '@secondround/store';
import { found } from '../errors';
import { KB } from '../middleware/limits';
import { buildEml, loadSettings, NO_INTERVIEWER_ADDRESS, sendAsPerson, type SmtpOptions } from '../services/followup';
import type { SmtpGuard } from '../services/smtp-guard';
import { loadSpeller } from '../speller';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';

const draftSchema = z.object({ tone: z.enum(THANK_YOU_TONES), subject: z.string(), body: z.string() });
const composerSchema = z.object({
  interviewer: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), title: z.string().nullable() }),
  interview: z.object({ id: z.string(), round: z.number().int(), startsAt: z.string(), endsAt: z.string(), timeZone: z.string() }),
  application: z.object({ id: z.string(), company: z.string(), role: z.string() }),
  deadline: z.string(),
  /** The zone the countdown is shown in: the person's setting, else the interview's. */
  timeZone: z.string(),
  check: noteCheckContextSchema,
  matches: z.array(z.object({ requirement: z.string(), story: z.string() })),
  debriefDetail: z.string().nullable(),
  drafts: z.array(draftSchema),
  note: thankYouNoteSchema.nullable(),
  smtpConfigured: z.boolean(),
});

const getComposer = defineRoute({
  method: 'get',
  path: '/interviewers/{id}/thank-you',
  bodyLimit: 1 * KB,
  tags: ['thank-you'],
  summary: 'The thank-you composer for one interviewer: drafts in each tone, the checker context, the deadline and the saved note',
  request: { params: idParam },
  responses: { 200: json(composerSchema), ...errorResponses },
});
const saveNote = defineRoute({
  method: 'post',
  path: '/interviewers/{id}/thank-you',
  bodyLimit: 512 * KB,
  tags: ['thank-you'],
  summary: 'Save the note to this interviewer (checked again on the server; the problems are kept)',
  request: { params: idParam, body: jsonBody(thankYouSaveSchema) },
  responses: { 200: json(thankYouNoteSchema), ...errorResponses },
});
const checkNoteRoute = defineRoute({
  method: 'post',
  path: '/notes/check',
  bodyLimit: 1024 * KB,
  tags: ['thank-you'],
  summary: 'Proofread a note: problems with a code, a message and character offsets',
  request: { body: jsonBody(z.object({ text: z.string().max(NOTE_MAX_CHARS, `at most ${NOTE_MAX_CHARS} characters`), context: noteCheckContextSchema })) },
  responses: { 200: json(NoteCheckSchema), ...errorResponses },
});
const markNoteSent = defineRoute({
  method: 'post',
  path: '/notes/{id}/sent',
  bodyLimit: 1 * KB,
  tags: ['thank-you'],
  summary: 'Record that the note was sent (copied, downloaded as .eml, or by SMTP), and when',
  request: { params: idParam, body: jsonBody(markSentSchema) },
  responses: { 200: json(thankYouNoteSchema), ...errorResponses },
});
const noteEml = defineRoute({
  method: 'get',
  path: '/notes/{id}/eml',
  bodyLimit: 1 * KB,
  tags: ['thank-you'],
  summary: 'The saved note as an .eml draft to open in any mail program',
  request: { params: idParam },
  responses: { 200: { description: 'The message', content: { 'message/rfc822': { schema: z.string() } } }, ...errorResponses },
});
const sendNote = defineRoute({
  method: 'post',
  path: '/notes/{id}/send',
  bodyLimit: 1 * KB,
  tags: ['thank-you'],
  summary: "Send the saved note through the person's SMTP server to the interviewer's address, and record it as sent",
  request: { params: idParam, body: jsonBody(z.object({ to: z.email().max(320).optional() })) },
  responses: { 200: json(thankYouNoteSchema), 502: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'The SMTP server refused'), ...errorResponses },
});

async function serverCheck(store: Store, ownerId: string, interviewerId: string, text: string) {
  const records = await store.followupReads.composer(ownerId, interviewerId);
  const ctx = found(thankYouContext(records, interviewerId), 'interviewer');
  return { ctx, result: await runCheck(text, ctx.check) };
}

async function runCheck(text: string, context: NoteCheckContext) {
  const speller = await loadSpeller();
  return checkNote(text, { ...context, speller });
}

/** The note and who it goes to, for .eml and SMTP. */
async function noteMessage(store: Store, ownerId: string, noteId: string) {
  const note = found(await store.followup.getNote(ownerId, noteId), 'note');
  const [{ settings }, person] = await Promise.all([loadSettings(store, ownerId), store.followupReads.interviewer(ownerId, note.interviewerId)]);
  return { note, settings, to: person?.email ? `${person.name} <${person.email}>` : null, toAddress: person?.email ?? null };
}

export const thankYouRoutes = (options: SmtpOptions) =>
  router()
    .openapi(getComposer, async (c) => {
      const [{ settings, timeZone }, records] = await Promise.all([loadSettings(c.var.store, c.var.ownerId), c.var.store.followupReads.composer(c.var.ownerId, c.req.valid('param').id)]);
      const ctx = found(thankYouContext(records, c.req.valid('param').id, settings.sender?.name?.trim() || null), 'interviewer');
      const person = records.interviewers.find((p) => p.id === ctx.interviewer.id);
      const drafts = THANK_YOU_TONES.map((tone) =>
        draftThankYou({
          interviewer: ctx.interviewer.name, company: ctx.application.company, role: ctx.application.role, matches: ctx.matches, debriefDetail: ctx.debriefDetail, tone,
          senderName: settings.sender?.name ?? null, signature: settings.sender?.signature ?? null,
          interviewerTitle: ctx.interviewer.title, interviewerTopic: person?.notes ?? null,
        }),
      );
      return c.json({ ...ctx, timeZone: settings.timeZone ? timeZone : ctx.interview.timeZone, drafts, smtpConfigured: options.smtpAllowed && !!settings.smtp }, 200);
    })
    .openapi(saveNote, async (c) => {
      const id = c.req.valid('param').id;
      const input = c.req.valid('json');
      const { result } = await serverCheck(c.var.store, c.var.ownerId, id, input.body);
      const note = await c.var.store.followup.saveNote(c.var.ownerId, id, { ...input, problems: result.problems });
      return c.json(found(note, 'interviewer'), 200);
    })
    .openapi(checkNoteRoute, async (c) => {
      const { text, context } = c.req.valid('json');
      return c.json(await runCheck(text, context), 200);
    })
    .openapi(markNoteSent, async (c) => {
      const note = await c.var.store.followup.markNoteSent(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
      return c.json(found(note, 'note'), 200);
    })
    .openapi(noteEml, async (c) => {
      const { note, settings, to } = await noteMessage(c.var.store, c.var.ownerId, c.req.valid('param').id);
      const eml = await buildEml({ from: settings.smtp?.from ?? null, to, subject: note.subject, text: note.body }, new Date());
      return c.body(new Uint8Array(eml), 200, { 'Content-Type': 'message/rfc822', 'Content-Disposition': `attachment; filename="thank-you-${note.id.slice(0, 8)}.eml"` });
    })
    .openapi(sendNote, async (c) => {
      const { note, settings, toAddress } = await noteMessage(c.var.store, c.var.ownerId, c.req.valid('param').id);
      await sendAsPerson(options, settings, { to: c.req.valid('json').to ?? toAddress, subject: note.subject, text: note.body }, NO_INTERVIEWER_ADDRESS);
      const sent = await c.var.store.followup.markNoteSent(c.var.ownerId, note.id, { via: 'smtp' });
      return c.json(found(sent, 'note'), 200);
    });
