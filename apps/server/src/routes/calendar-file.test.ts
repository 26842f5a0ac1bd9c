import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown) => app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

describe('the calendar as a file', () => {
  it('downloads the feed\'s events as an .ics file that ical.js reads, without making a feed address', async () => {
    const a = (await (await send('POST', '/api/applications', { company: 'Initech', role: 'Analyst', stage: 'round1', stageDate: '2026-11-20' })).json()) as { id: string };
    const start = new Date(Date.now() + 3 * 86_400_000);
    start.setUTCMinutes(0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);
    expect((await send('POST', `/api/applications/${a.id}/interviews`, { round: 2, kind: 'panel', startsAt: start.toISOString(), endsAt: end.toISOString(), timeZone: 'Europe/Berlin', format: 'video' })).status).toBe(201);

    const res = await app.request('/api/calendar.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="secondround.ics"');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const interview = events.find((e) => /Initech/.test(e.summary) && e.startDate.toJSDate().getTime() === start.getTime());
    expect(interview, events.map((e) => e.summary).join(', ')).toBeDefined();
    const reminders = (await (await app.request('/api/settings/reminders')).json()) as { hasCalendarFeed: boolean };
    expect(reminders.hasCalendarFeed).toBe(false);
  });
});
