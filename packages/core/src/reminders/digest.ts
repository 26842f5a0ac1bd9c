import { z } from 'zod';
import type { Today, TodayItem } from '../followup/today';

/**
 * The reminders that reach the phone by e-mail: a daily digest of Today at the hour the person
 * chose, in their zone, and a reminder before each thank-you deadline. Off unless turned on.
 */
export const digestSettingsSchema = z.object({
  enabled: z.boolean(),
  /** The local hour (0–23, in the person's zone) the daily digest goes out. */
  hour: z.number().int().min(0).max(23),
  /** Where the reminders go; empty means the SMTP "from" address (the person's own). */
  to: z.email('expected an email address').max(320).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  /** Also a reminder two hours before each thank-you note's 24-hour deadline. */
  thankYouReminders: z.boolean().default(true),
});
export type DigestSettings = z.output<typeof digestSettingsSchema>;

/** Hours before a thank-you deadline its reminder goes out (issue 15: "2 hours before"). */
export const THANK_YOU_REMINDER_HOURS = 2;

export interface ReminderMail {
  /** Unique per owner for all time: a key once recorded as sent is never sent again. */
  key: string;
  kind: 'digest' | 'thank_you';
  subject: string;
  text: string;
  /** A digest with nothing in it is recorded as done but not sent: an empty mail is noise. */
  isEmpty: boolean;
}

/** The local hour of `now` in `timeZone`, 0–23. */
export function localHour(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now);
  return Number(hour);
}

function line(item: TodayItem): string {
  return `- ${item.overdue ? '[overdue] ' : ''}${item.title}\n  ${item.detail}`;
}

/**
 * The reminder mails due at `now` for one person, from their Today (built at the same `now`): the
 * day's digest once the chosen local hour has come (overdue first, then the next 24 hours), and a
 * reminder for each unsent thank-you note whose deadline is less than two hours away. Keys make
 * each one unique, so the caller sends a key at most once.
 * @example remindersDue(today, { enabled: true, hour: 7, to: null, thankYouReminders: true }, new Date('2026-12-01T07:05:00Z'))[0]?.key // 'digest:2026-12-01'
 */
export function remindersDue(today: Today, settings: DigestSettings, now: Date): ReminderMail[] {
  if (!settings.enabled) return [];
  const out: ReminderMail[] = [];
  if (localHour(now, today.timeZone) >= settings.hour) {
    const items = [...today.overdue, ...today.next24Hours];
    const body = items.length
      ? [`Due in the next 24 hours (${today.timeZone}), overdue first:`, '', ...items.map(line)].join('\n')
      : 'Nothing is due in the next 24 hours.';
    out.push({
      key: `digest:${today.today}`,
      kind: 'digest',
      subject: items.length ? `Today: ${items.length} thing${items.length === 1 ? '' : 's'} to do for your job search` : 'Today: nothing due',
      text: `${body}\n\nOpen secondround's Today page to act on them.\n`,
      isEmpty: items.length === 0,
    });
  }
  if (settings.thankYouReminders) {
    const nowMs = now.getTime();
    for (const item of today.next24Hours) {
      if (item.kind !== 'thank_you' || item.overdue || item.interviewerId === null) continue;
      const left = Date.parse(item.due) - nowMs;
      if (left <= 0 || left > THANK_YOU_REMINDER_HOURS * 3_600_000) continue;
      const minutes = Math.round(left / 60_000);
      out.push({
        key: `thank_you:${item.interviewerId}:${item.due}`,
        kind: 'thank_you',
        subject: `${item.title}: ${minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`} left`,
        text: `${item.title}\n${item.detail}\n\nThe 24 hours after the interview end at ${item.due} (UTC). A short, proofread note sent in time is one of the habits that gets second interviews.\n`,
        isEmpty: false,
      });
    }
  }
  return out;
}
