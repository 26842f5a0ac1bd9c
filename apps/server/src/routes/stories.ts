import { z } from '@hono/zod-openapi';
import { parseStories, storyFormPatchSchema, storyFormSchema, storyImportSchema, storyView, storyViewSchema, UserError } from '@secondround/core';
import { found } from '../errors';
import { KB, MB } from '../middleware/limits';
import { errorResponses, idParam, json, jsonBody, router } from './common';
import { defineRoute } from './route-table';
import { undoTicketSchema } from './undo';
import { deleteUndoably } from '../services/undo';
import { accountCaps, checkRecordCap } from '../services/caps';

const problemSchema = z.object({ index: z.number().int(), storyId: z.string().nullable(), field: z.string().nullable(), message: z.string() });

/** Stories per page; the most is the bank's default cap, so one request can still read a whole bank. */
const STORIES_PAGE = 100;
const MAX_STORIES_PAGE = 500;

const listStories = defineRoute({
  method: 'get',
  path: '/stories',
  bodyLimit: 1 * KB,
  tags: ['stories'],
  summary: `The story bank in the order stories were added, each with its leadership weight and missing STAR parts: one page of at most \`limit\` (default ${STORIES_PAGE}, most ${MAX_STORIES_PAGE}); pass \`nextCursor\` as \`cursor\` for the next page`,
  request: { query: z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(MAX_STORIES_PAGE).optional() }) },
  responses: { 200: json(z.object({ stories: z.array(storyViewSchema), nextCursor: z.string().nullable() })), ...errorResponses },
});
const createStory = defineRoute({
  method: 'post',
  path: '/stories',
  bodyLimit: 128 * KB,
  tags: ['stories'],
  request: { body: jsonBody(storyFormSchema) },
  responses: { 201: json(storyViewSchema, 'Created'), ...errorResponses },
});
const importStories = defineRoute({
  method: 'post',
  path: '/stories/import',
  bodyLimit: 2 * MB,
  tags: ['stories'],
  summary: 'Add stories pasted as Markdown or JSON (the format in the README); problems name the story and the part',
  request: { body: jsonBody(storyImportSchema) },
  responses: { 201: json(z.object({ stories: z.array(storyViewSchema), problems: z.array(problemSchema) }), 'Created'), ...errorResponses },
});
const getStory = defineRoute({
  method: 'get',
  path: '/stories/{id}',
  bodyLimit: 1 * KB,
  tags: ['stories'],
  request: { params: idParam },
  responses: { 200: json(storyViewSchema), ...errorResponses },
});
const patchStory = defineRoute({
  method: 'patch',
  path: '/stories/{id}',
  bodyLimit: 128 * KB,
  tags: ['stories'],
  request: { params: idParam, body: jsonBody(storyFormPatchSchema) },
  responses: { 200: json(storyViewSchema), ...errorResponses },
});
const deleteStory = defineRoute({
  method: 'delete',
  path: '/stories/{id}',
  bodyLimit: 1 * KB,
  tags: ['stories'],
  request: { params: idParam },
  responses: { 200: json(undoTicketSchema, 'Deleted; undoable for a few seconds with POST /undo/{undo.id}'), ...errorResponses },
});

/** Most stories a bank may hold; a few dozen is a well-kept bank, this only stops runaway imports. */


export const storyRoutes = router()
  .openapi(listStories, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const page = await c.var.store.prep.listStoriesPage(c.var.ownerId, { cursor, limit: limit ?? STORIES_PAGE });
    return c.json({ stories: page.stories.map(storyView), nextCursor: page.nextCursor }, 200);
  })
  .openapi(createStory, async (c) => {
    checkRecordCap('stories', await c.var.store.counts.records(c.var.ownerId, 'stories'), 1);
    const [story] = await c.var.store.prep.createStories(c.var.ownerId, [c.req.valid('json')]);
    return c.json(storyView(story!), 201);
  })
  .openapi(importStories, async (c) => {
    const { text, format } = c.req.valid('json');
    let parsed;
    try {
      parsed = parseStories(text, format);
    } catch (e) {
      // Every failure to read the pasted text is the person's to fix: answer 422 with the reason.
      if (e instanceof UserError) throw new UserError(e.code, e.message, 422);
      throw e;
    }
    const existing = await c.var.store.counts.records(c.var.ownerId, 'stories');
    const maxStories = accountCaps().stories;
    if (existing + parsed.stories.length > maxStories) {
      throw new UserError('TOO_MANY_STORIES', `the story bank holds at most ${maxStories} stories; this import would bring it to ${existing + parsed.stories.length}`, 422);
    }
    const rows = parsed.stories.map((s) => storyFormSchema.parse({ ...s, title: s.title.slice(0, 300) }));
    const stories = await c.var.store.transaction((tx) => tx.prep.createStories(c.var.ownerId, rows));
    return c.json({ stories: stories.map(storyView), problems: parsed.problems }, 201);
  })
  .openapi(getStory, async (c) => c.json(storyView(found(await c.var.store.prep.getStory(c.var.ownerId, c.req.valid('param').id), 'story')), 200))
  .openapi(patchStory, async (c) => {
    const story = await c.var.store.prep.updateStory(c.var.ownerId, c.req.valid('param').id, c.req.valid('json'));
    return c.json(storyView(found(story, 'story')), 200);
  })
  .openapi(deleteStory, async (c) => {
    const undo = await deleteUndoably(c.var.store, c.var.ownerId, 'story', c.req.valid('param').id);
    return c.json({ undo: found(undo, 'story') }, 200);
  });
