import { z } from '@hono/zod-openapi';
import { calendarEntries } from '@secondround/core';
import { KB } from '../middleware/limits';
import { renderIcs } from '../services/followup';
import { errorResponses, router } from './common';
import { defineRoute } from './route-table';

const getCalendarFile = defineRoute({
  method: 'get',
  path: '/calendar.ics',
  bodyLimit: 1 * KB,
  tags: ['today'],
  summary: "The same events as the calendar feed, as a file to import once (for a phone that cannot reach this server's address)",
  responses: { 200: { description: 'The calendar file', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses },
});

export const calendarFileRoutes = router().openapi(getCalendarFile, async (c) => {
  const now = new Date();
  const records = await c.var.store.followupReads.calendar(c.var.ownerId, now);
  const ics = renderIcs(calendarEntries(records, { now }), new URL(c.req.url).origin, now);
  return c.body(ics, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="secondround.ics"' });
});
