import { beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown, a = app) =>
  a.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;
const DAY = 86_400_000;

async function application(company: string, interviews: Array<{ startsAt: string; endsAt: string; round?: number }>, timeZone = 'America/New_York') {
  const a = await json<{ id: string }>(send('POST', '/api/applications', { company, role: 'Data Analyst', stage: 'round1', stageDate: '2026-03-01' }));
  const ivs: Array<{ id: string; person: string }> = [];
  for (const [k, iv] of interviews.entries()) {
    const created = await json<{ id: string }>(send('POST', `/api/applications/${a.id}/interviews`, { round: iv.round ?? 1, kind: 'behavioural', startsAt: iv.startsAt, endsAt: iv.endsAt, timeZone, format: 'video' }));
    const person = await json<{ id: string }>(send('POST', `/api/interviews/${created.id}/interviewers`, { name: k === 0 ? "Dara O'Neill" : 'Zoë Martin', email: 'dara@example.com' }));
    ivs.push({ id: created.id, person: person.id });
  }
  return { id: a.id, ivs };
}

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  await send('PATCH', '/api/settings', { timeZone: 'America/New_York' });
  return () => store.close();
});

describe('follow-up planner API', () => {
  it("reads the stated timeline into statedUntil and plans two business days after; flags a day before it", async () => {
    const ended = new Date(Date.now() - 2 * 3_600_000);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    const plan = await json<{ timeline: { statedUntilDate: string; followUpDate: string; matchedText: string }; plan: { suggestedOn: string; flags: unknown[] }; notUnderstood: null }>(
      send('POST', `/api/applications/${a.id}/followups/plan`, { statedText: 'Thanks! You will hear from us within 5 business days.' }),
    );
    expect(plan.timeline.matchedText).toBe('within 5 business days');
    expect(plan.plan.suggestedOn).toBe(plan.timeline.followUpDate);
    expect(plan.plan.flags).toEqual([]);
    const early = await json<{ plan: { flags: Array<{ code: string }> } }>(send('POST', `/api/applications/${a.id}/followups/plan`, { statedText: 'within 5 business days', proposedOn: plan.timeline.statedUntilDate }));
    expect(early.plan.flags.map((f) => f.code)).toEqual(['BEFORE_STATED_DATE']);

    const created = await json<{ followUp: { statedUntil: string; plannedOn: string; statedText: string; body: string; interviewId: string } }>(
      send('POST', `/api/applications/${a.id}/followups`, { statedText: 'within 5 business days' }),
    );
    expect(created.followUp).toMatchObject({ statedUntil: plan.timeline.statedUntilDate, plannedOn: plan.timeline.followUpDate, statedText: 'within 5 business days', interviewId: a.ivs[0]!.id });
    expect(created.followUp.body).toMatch(/^Hi Dara,/);
    // One planned at a time.
    expect((await send('POST', `/api/applications/${a.id}/followups`, {})).status).toBe(409);
  });

  it('says when nobody can read the timeline, and falls back to seven business days after the thank-you', async () => {
    const ended = new Date(Date.now() - 2 * 3_600_000);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    const res = await json<{ timeline: { understood: boolean; basis: string; followUpDate: string }; notUnderstood: string; plan: { suggestedOn: string } }>(
      send('POST', `/api/applications/${a.id}/followups/plan`, { statedText: 'the recruiter mumbled something about soonish' }),
    );
    expect(res.timeline).toMatchObject({ understood: false, basis: 'default' });
    expect(res.notUnderstood).toMatch(/No date could be read from "the recruiter mumbled something about soonish"; the follow-up defaults to seven business days/);
    expect(res.plan.suggestedOn).toBe(res.timeline.followUpDate);
  });

  it('after one unanswered follow-up says to let it go, and plans another only with a reason', async () => {
    const ended = new Date(Date.now() - 20 * DAY);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    const first = await json<{ followUp: { id: string } }>(send('POST', `/api/applications/${a.id}/followups`, { statedText: null }));
    await send('POST', `/api/followups/${first.followUp.id}/sent`, { via: 'copy', sentAt: new Date(Date.now() - 9 * DAY).toISOString() });
    const planner = await json<{ advice: { plan: { action: string; message: string }; unanswered: number } }>(app.request(`/api/applications/${a.id}/followups`));
    expect(planner.advice.unanswered).toBe(1);
    expect(planner.advice.plan).toMatchObject({ action: 'let_go', message: expect.stringMatching(/Let this one go/) });
    const refused = await send('POST', `/api/applications/${a.id}/followups`, {});
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('REASON_REQUIRED');
    const today = await json<{ dueToday: Array<{ kind: string; applicationId: string }> }>(app.request('/api/today'));
    expect(today.dueToday).toContainEqual(expect.objectContaining({ kind: 'let_go', applicationId: a.id }));
    const second = await send('POST', `/api/applications/${a.id}/followups`, { reason: 'I have another offer to answer by Friday' });
    expect(second.status).toBe(201);
    expect(((await second.json()) as { followUp: { reason: string } }).followUp.reason).toBe('I have another offer to answer by Friday');
  });

  it('right after the follow-up is sent, says to wait for the answer, not to let it go', async () => {
    const ended = new Date(Date.now() - 20 * DAY);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    const first = await json<{ followUp: { id: string } }>(send('POST', `/api/applications/${a.id}/followups`, { statedText: null }));
    await send('POST', `/api/followups/${first.followUp.id}/sent`, { via: 'copy' });
    const planner = await json<{ advice: { plan: { action: string; message: string } } }>(app.request(`/api/applications/${a.id}/followups`));
    expect(planner.advice.plan).toMatchObject({ action: 'waiting', message: expect.stringMatching(/Give them until \d{4}-\d{2}-\d{2} to answer/) });
    const refused = await send('POST', `/api/applications/${a.id}/followups`, {});
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('STILL_WAITING');
    const today = await json<{ dueToday: Array<{ kind: string; applicationId: string }>; thisWeek: Array<{ kind: string; applicationId: string }> }>(app.request('/api/today'));
    expect([...today.dueToday, ...today.thisWeek].filter((i) => i.applicationId === a.id && i.kind === 'let_go')).toEqual([]);
  });

  it('drafts a feedback request after a rejection and keeps the pasted answer with the application', async () => {
    const ended = new Date(Date.now() - 10 * DAY);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    await send('POST', `/api/applications/${a.id}/events`, { stage: 'rejected', date: new Date().toISOString().slice(0, 10) });
    const planner = await json<{ rejected: boolean; feedbackDraft: { body: string } }>(app.request(`/api/applications/${a.id}/followups`));
    expect(planner.rejected).toBe(true);
    expect(planner.feedbackDraft.body).toMatch(/^Hi Dara,[\s\S]*any feedback/);
    const fb = await json<{ followUp: { id: string; kind: string } }>(send('POST', `/api/applications/${a.id}/followups`, { kind: 'feedback_request' }));
    expect(fb.followUp.kind).toBe('feedback_request');
    const answer = 'The other finalist had more experience with executives. — Dara';
    const patched = await json(send('PATCH', `/api/followups/${fb.followUp.id}`, { answered: true, answerText: answer }));
    expect(patched).toMatchObject({ answered: true, answerText: answer });
    const again = await json<{ followUps: Array<{ answerText: string }> }>(app.request(`/api/applications/${a.id}/followups`));
    expect(again.followUps[0]!.answerText).toBe(answer);
  });
});

describe('Today and the calendar feed', () => {
  it('lists the notes due with their deadline, follow-ups due, and prep for coming interviews', async () => {
    const ended = new Date(Date.now() - 3 * 3_600_000);
    const a = await application('Acme', [{ startsAt: new Date(ended.getTime() - 3_600_000).toISOString(), endsAt: ended.toISOString() }]);
    const soon = new Date(Date.now() + 2 * DAY);
    await application('Beta', [{ startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() }]);
    const fu = await json<{ followUp: { id: string } }>(send('POST', `/api/applications/${a.id}/followups`, { statedText: null }));
    await send('PATCH', `/api/followups/${fu.followUp.id}`, { plannedOn: new Date().toISOString().slice(0, 10) });
    const today = await json<{ timeZone: string; dueToday: Array<{ kind: string; due: string; interviewerId: string | null; href: string }>; thisWeek: Array<{ kind: string }> }>(app.request('/api/today'));
    expect(today.timeZone).toBe('America/New_York');
    const all = [...today.dueToday, ...today.thisWeek];
    const note = all.find((i) => i.kind === 'thank_you')!;
    expect(note).toMatchObject({ interviewerId: a.ivs[0]!.person, href: `/compose/${a.ivs[0]!.person}`, due: new Date(ended.getTime() + DAY).toISOString() });
    expect(all.map((i) => i.kind)).toEqual(expect.arrayContaining(['thank_you', 'prep', 'follow_up']));
    await send('POST', `/api/interviewers/${a.ivs[0]!.person}/thank-you`, { body: 'Hi Dara, thank you.' });
    const n = await store.followup.noteForInterviewer('local', a.ivs[0]!.person);
    await send('POST', `/api/notes/${n!.id}/sent`, { via: 'copy' });
    const after = await json<{ dueToday: Array<{ kind: string }>; thisWeek: Array<{ kind: string }> }>(app.request('/api/today'));
    expect([...after.dueToday, ...after.thisWeek].some((i) => i.kind === 'thank_you')).toBe(false);
  });

  it('serves an ICS feed at a secret address that ical.js reads: events, alarms, times across a DST change', async () => {
    // 2026-03-08 02:00 is when New York moves to summer time: 10:00 local is 15:00Z before, 14:00Z after.
    const a = await application('Acme', [
      { startsAt: '2026-03-06T15:00:00Z', endsAt: '2026-03-06T16:00:00Z', round: 1 },
      { startsAt: '2026-03-09T14:00:00Z', endsAt: '2026-03-09T15:00:00Z', round: 2 },
    ]);
    await store.followup.createFollowUp('local', a.id, { kind: 'follow_up', interviewId: a.ivs[1]!.id, plannedOn: '2026-03-20', statedText: null, statedUntil: null, subject: 's', body: 'b', reason: null });
    const { calendarPath } = await json<{ calendarPath: string }>(send('POST', '/api/settings/calendar', {}));
    expect(calendarPath).toMatch(/^\/api\/calendar\/local\.[A-Za-z0-9_-]{43}\.ics$/);
    expect(await json(app.request('/api/settings/reminders'))).toEqual({ hasCalendarFeed: true, smtp: null, smtpAllowed: true });
    // Only the secret's hash is kept, and a backup carries neither.
    const secret = /\.([A-Za-z0-9_-]{43})\.ics$/.exec(calendarPath)![1]!;
    expect(JSON.stringify(await store.settings.get('local'))).not.toContain(secret);
    expect((await store.settings.get('local')).calendarToken).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await json(app.request('/api/backup')))).not.toContain('calendarToken');

    // The feed keeps events for 30 days back: read it as if it were 2026-03-05.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T12:00:00Z'));
    let res: Response;
    try {
      res = await app.request(calendarPath);
    } finally {
      vi.useRealTimers();
    }
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
    const bySummary = (s: string) => events.filter(({ e }) => e.summary.startsWith(s));
    const interviews = bySummary('Interview: ');
    expect(interviews.map(({ e }) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-06T15:00:00.000Z', '2026-03-09T14:00:00.000Z']);
    const local = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit' }).format(d);
    expect(interviews.map(({ e }) => local(e.startDate.toJSDate()))).toEqual(['10:00', '10:00']);
    for (const { v } of interviews) {
      const triggers = v.getAllSubcomponents('valarm').map((al) => (al.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
      expect(triggers.sort((x, y) => x - y)).toEqual([-86_400, -3_600]);
    }
    // The note for the round before the change is due 24 real hours after it ended, whatever the clock says.
    const notes = bySummary('Thank-you notes due');
    expect(notes.map(({ e }) => e.endDate.toJSDate().toISOString())).toEqual(['2026-03-07T16:00:00.000Z', '2026-03-10T15:00:00.000Z']);
    const fu = bySummary('Follow up: ')[0]!;
    expect(fu.e.startDate.isDate).toBe(true);
    expect(fu.e.startDate.toString()).toBe('2026-03-20');
    const alarm = fu.v.getFirstSubcomponent('valarm')!;
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(9 * 3600);
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBe('START');
    expect(fu.e.uid).toMatch(/^follow-up-.*@secondround$/);
  });

  it('answers 404 to a wrong token, works without a session in hosted mode, and stops when turned off', async () => {
    const hosted = await openStore({ file: ':memory:' });
    try {
      const h = createApp({ store: hosted, mode: 'hosted', version: 'test' });
      const signup = await send('POST', '/api/auth/signup', { email: 'a@example.com', password: 'correct horse battery' }, h);
      const cookie = /sr_session=([^;]+)/.exec(signup.headers.get('set-cookie') ?? '')![1]!;
      const withCookie = (method: string, path: string, body?: unknown) => h.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', Cookie: `sr_session=${cookie}` }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const { calendarPath } = await json<{ calendarPath: string }>(withCookie('POST', '/api/settings/calendar', {}));
      expect((await h.request(calendarPath)).status).toBe(200);
      const wrong = calendarPath.replace(/\.([A-Za-z0-9_-])/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
      for (const path of [wrong, calendarPath.replace('.ics', ''), '/api/calendar/nobody.abc.ics', '/api/calendar/x.ics']) {
        const res = await h.request(path);
        expect(res.status, path).toBe(404);
        expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no calendar feed at this address' } });
      }
      expect((await h.request('/api/today')).status).toBe(401);
      expect(await json(withCookie('GET', '/api/settings/reminders'))).toMatchObject({ smtpAllowed: false });
      expect((await withCookie('DELETE', '/api/settings/calendar')).status).toBe(204);
      expect((await h.request(calendarPath)).status).toBe(404);
    } finally {
      await hosted.close();
    }
  });
});
