import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Today, TodayItem } from '../followup/today';
import { digestSettingsSchema, localHour, remindersDue } from './digest';

const ZONE = 'Europe/Berlin';
function item(over: Partial<TodayItem> & Pick<TodayItem, 'kind' | 'title' | 'due'>): TodayItem {
  return { detail: 'detail', dueDay: over.due.slice(0, 10), overdue: false, applicationId: 'a1', interviewId: null, interviewerId: null, followUpId: null, href: '/', ...over };
}
function today(now: Date, overdue: TodayItem[], next24Hours: TodayItem[]): Today {
  return { now: now.toISOString(), timeZone: ZONE, today: '2026-12-01', overdue, next24Hours, dueToday: [...overdue, ...next24Hours], thisWeek: [] };
}
const ON = digestSettingsSchema.parse({ enabled: true, hour: 7 });

describe('reminder mails', () => {
  it('sends nothing while off, which is the default', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    expect(remindersDue(today(now, [item({ kind: 'follow_up', title: 'Follow up', due: '2026-11-28', overdue: true })], []), { ...ON, enabled: false }, now)).toEqual([]);
  });

  it('sends the digest from the chosen hour in the person\'s zone, overdue first', () => {
    const late = item({ kind: 'thank_you', title: 'Thank-you note to Ana Ruiz', due: '2026-11-29T20:00:00.000Z', overdue: true });
    const prep = item({ kind: 'prep', title: 'Prepare: Analyst at Initech', due: '2026-12-01T15:00:00.000Z' });
    // 05:59 UTC is 06:59 in Berlin: not yet. 06:00 UTC is 07:00: now.
    expect(remindersDue(today(new Date('2026-12-01T05:59:00Z'), [late], [prep]), ON, new Date('2026-12-01T05:59:00Z'))).toEqual([]);
    const [digest] = remindersDue(today(new Date('2026-12-01T06:00:00Z'), [late], [prep]), ON, new Date('2026-12-01T06:00:00Z'));
    expect(digest).toMatchObject({ key: 'digest:2026-12-01', kind: 'digest', subject: 'Today: 2 things to do for your job search', isEmpty: false });
    expect(digest!.text.indexOf('[overdue] Thank-you note to Ana Ruiz')).toBeLessThan(digest!.text.indexOf('Prepare: Analyst at Initech'));
  });

  it('marks an empty digest so it is recorded and not sent', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    expect(remindersDue(today(now, [], []), ON, now)).toMatchObject([{ key: 'digest:2026-12-01', isEmpty: true }]);
  });

  it('reminds of a thank-you note within two hours of its deadline, once per interviewer and deadline', () => {
    const due = '2026-12-01T15:00:00.000Z';
    const note = item({ kind: 'thank_you', title: 'Thank-you note to Ben Ode', due, interviewerId: 'p1' });
    const settings = { ...ON, hour: 23 };
    expect(remindersDue(today(new Date('2026-12-01T12:59:00Z'), [], [note]), settings, new Date('2026-12-01T12:59:00Z'))).toEqual([]);
    const at = new Date('2026-12-01T13:30:00Z');
    expect(remindersDue(today(at, [], [note]), settings, at)).toMatchObject([{ key: `thank_you:p1:${due}`, kind: 'thank_you', subject: 'Thank-you note to Ben Ode: 1 h 30 min left' }]);
    expect(remindersDue(today(at, [], [note]), { ...settings, thankYouReminders: false }, at)).toEqual([]);
  });

  it('reads the local hour in any zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }), fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'), (ms, zone) => {
        const h = localHour(new Date(ms), zone);
        expect(Number.isInteger(h) && h >= 0 && h <= 23).toBe(true);
        if (zone === 'UTC') expect(h).toBe(new Date(ms).getUTCHours());
      }),
    );
  });

  it('refuses a setting outside its bounds', () => {
    expect(digestSettingsSchema.safeParse({ enabled: true, hour: 24 }).success).toBe(false);
    expect(digestSettingsSchema.safeParse({ enabled: true, hour: 7, to: 'not an address' }).success).toBe(false);
    expect(digestSettingsSchema.parse({ enabled: true, hour: 7, to: '' }).to).toBeNull();
  });
});
