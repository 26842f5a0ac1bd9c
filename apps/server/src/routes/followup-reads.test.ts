import { beforeEach, describe, expect, it } from 'vitest';
import { buildToday, calendarEntries, generateDemo } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import { followUpState } from '../services/follow-ups';
import { remindersOwnerJob } from '../services/jobs/jobs';

let store: Store;
let app: ReturnType<typeof createApp>;
let exports = 0;
const owner = LOCAL_OWNER_ID;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  await store.transaction((tx) => tx.backup.restore(owner, generateDemo(new Date()), { replace: true }));
  await store.settings.update(owner, { timeZone: 'America/Chicago' });
  // Count whole-backup reads from here on: these pages must read by query.
  exports = 0;
  const whole = store.backup.export.bind(store.backup);
  store.backup.export = (id: string) => {
    exports += 1;
    return whole(id);
  };
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

describe('Today, the planner, the composer and the calendar read by query', () => {
  it('answers Today and both calendars without reading the whole backup, with what the backup would give', async () => {
    const full = await store.backup.export(owner);
    exports = 0;
    const today = (await (await send('GET', '/api/today')).json()) as ReturnType<typeof buildToday>;
    const want = buildToday(full, { now: new Date(today.now), timeZone: 'America/Chicago' });
    expect(today).toEqual(want);
    expect(today.dueToday.length + today.thisWeek.length).toBeGreaterThan(0);

    const file = await send('GET', '/api/calendar.ics');
    expect(file.status).toBe(200);
    const ics = await file.text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(calendarEntries(full, { now: new Date() }).length);
    const { calendarPath } = (await (await send('POST', '/api/settings/calendar', {})).json()) as { calendarPath: string };
    const feed = await send('GET', calendarPath);
    expect(feed.status).toBe(200);
    expect((await feed.text()).match(/BEGIN:VEVENT/g)?.length).toBe(calendarEntries(full, { now: new Date() }).length);
    expect(exports).toBe(0);
  });

  it('composes, saves and exports a thank-you note and plans follow-ups without reading the whole backup', async () => {
    const full = await store.backup.export(owner);
    exports = 0;
    const nowIso = new Date().toISOString();
    const ended = full.interviews.filter((i) => i.endsAt < nowIso).sort((a, b) => (a.endsAt < b.endsAt ? 1 : -1));
    const person = full.interviewers.find((p) => p.interviewId === ended[0]!.id)!;
    const composer = await send('GET', `/api/interviewers/${person.id}/thank-you`);
    expect(composer.status).toBe(200);
    const c = (await composer.json()) as { drafts: Array<{ body: string }>; timeZone: string; check: { otherCompanies: string[] } };
    expect(c.drafts).toHaveLength(3);
    expect(c.timeZone).toBe('America/Chicago');
    expect(c.check.otherCompanies.length).toBeGreaterThan(0);
    const saved = await send('POST', `/api/interviewers/${person.id}/thank-you`, { subject: 'Thank you', body: c.drafts[0]!.body, tone: 'warm' });
    expect(saved.status).toBe(200);
    const note = (await saved.json()) as { id: string };
    const eml = await send('GET', `/api/notes/${note.id}/eml`);
    expect(eml.status).toBe(200);
    if (person.email) expect(await eml.text()).toContain(person.email);

    for (const a of full.applications.slice(0, 12)) {
      const planner = await send('GET', `/api/applications/${a.id}/followups`);
      expect(planner.status).toBe(200);
      const list = await store.followup.listFollowUps(owner, { applicationId: a.id });
      const now = new Date();
      // The planner's reading of one application is the one the whole backup gives.
      expect(followUpState(await store.followupReads.planner(owner, a.id), a.id, list, now)).toEqual(followUpState(full, a.id, list, now));
    }
    expect((await send('GET', '/api/applications/no-such-id/followups')).status).toBe(404);
    expect((await send('GET', '/api/interviewers/no-such-id/thank-you')).status).toBe(404);
    expect(exports).toBe(0);
  });

  it('builds the daily digest without reading the whole backup', async () => {
    await store.settings.update(owner, { digest: { enabled: true, hour: 0, to: 'me@example.com', thankYouReminders: false } });
    // The person's reminders job, as a worker runs it (no SMTP: a digest is built, claimed, and not sent).
    const run = await remindersOwnerJob(store, { smtpAllowed: false }, { ownerId: owner }, new Date());
    expect(run.sent.length + run.skipped.length + run.failed.length).toBeGreaterThan(0);
    expect(exports).toBe(0);
  });
});
