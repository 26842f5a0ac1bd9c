import { deriveStage } from '../stages/derive';
import { thankYouDeadline } from '../notes/draft';
import type { FollowupBackup } from './context';

/** One event of the person's calendar feed, before it is written as iCalendar. */
export interface CalendarEntry {
  /** Stable across refreshes, so calendars update the event instead of adding a copy. */
  uid: string;
  summary: string;
  description: string;
  /** Timed events: UTC instants. All-day events: `YYYY-MM-DD` (the end is the next day). */
  start: string;
  end: string;
  allDay: boolean;
  /** Alarms, in minutes before the start (negative: after the start, e.g. 09:00 on an all-day event). */
  alarms: number[];
  /** Path in the app to act on it. */
  path: string;
}

/** Interviews, notes and follow-ups further back than this drop out of the feed. */
const PAST_DAYS = 30;
const DAY_MS = 86_400_000;
/** Alarm for an all-day follow-up: 09:00 on the day (minutes after the day's start). */
const MORNING = -9 * 60;

/**
 * The calendar feed's events for one person: interviews (alarm an hour and a day before),
 * thank-you deadlines for notes not sent yet (an hour-long event ending at the deadline, with an
 * alarm at its start and one twenty hours earlier), and planned follow-ups and feedback requests
 * not sent yet (all-day, alarm at 09:00). Closed applications keep only feedback requests.
 * @example calendarEntries(backup, { now: new Date() }).find((e) => e.uid.startsWith('thank-you'))?.alarms // [0, 1200]
 */
export function calendarEntries(b: FollowupBackup, options: { now: Date }): CalendarEntry[] {
  const nowMs = options.now.getTime();
  const since = nowMs - PAST_DAYS * DAY_MS;
  const appById = new Map(b.applications.map((a) => [a.id, a]));
  const eventsByApp = new Map<string, FollowupBackup['stageEvents']>();
  for (const e of b.stageEvents) eventsByApp.set(e.applicationId, [...(eventsByApp.get(e.applicationId) ?? []), e]);
  const isOpen = (appId: string) => deriveStage(eventsByApp.get(appId) ?? []).outcome === null;
  const sent = new Set((b.thankYouNotes ?? []).filter((n) => n.sentAt !== null).map((n) => n.interviewerId));
  const out: CalendarEntry[] = [];

  for (const iv of b.interviews) {
    const app = appById.get(iv.applicationId);
    if (!app || Date.parse(iv.endsAt) < since) continue;
    const people = b.interviewers.filter((p) => p.interviewId === iv.id);
    const label = `${app.role} at ${app.company}`;
    out.push({
      uid: `interview-${iv.id}`,
      summary: `Interview: ${label}`,
      description: [people.length ? `With ${people.map((p) => p.name).join(', ')}.` : '', iv.location ? `Where: ${iv.location}` : '', 'Prep sheet and debrief in secondround.'].filter(Boolean).join('\n'),
      start: iv.startsAt,
      end: iv.endsAt,
      allDay: false,
      alarms: [60, 24 * 60],
      path: `/applications/${app.id}`,
    });
    if (!isOpen(app.id)) continue;
    const unsent = people.filter((p) => !sent.has(p.id));
    if (unsent.length === 0) continue;
    const deadline = thankYouDeadline(iv.endsAt);
    out.push({
      uid: `thank-you-${iv.id}`,
      summary: `Thank-you notes due: ${app.company}`,
      description: `Send a proofread note to ${unsent.map((p) => p.name).join(', ')} before ${deadline} (24 hours after the interview).`,
      start: new Date(Date.parse(deadline) - 3_600_000).toISOString(),
      end: deadline,
      allDay: false,
      alarms: [0, 20 * 60],
      path: `/compose/${unsent[0]!.id}`,
    });
  }

  for (const f of b.followUps ?? []) {
    const app = appById.get(f.applicationId);
    if (!app || f.sentAt !== null || !f.plannedOn) continue;
    const isFeedback = f.kind === 'feedback_request';
    if (!isFeedback && !isOpen(app.id)) continue;
    if (Date.parse(`${f.plannedOn}T23:59:59Z`) < since) continue;
    out.push({
      uid: `follow-up-${f.id}`,
      summary: isFeedback ? `Ask for feedback: ${app.company}` : `Follow up: ${app.role} at ${app.company}`,
      description: isFeedback
        ? 'A short, respectful feedback request; the draft is in secondround.'
        : `The one follow-up${f.statedUntil ? `, two business days after their stated date (${f.statedUntil})` : ''}. The draft is in secondround.`,
      start: f.plannedOn,
      end: nextDay(f.plannedOn),
      allDay: true,
      alarms: [MORNING],
      path: `/applications/${app.id}?tab=followup`,
    });
  }
  return out.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.uid < y.uid ? -1 : 1));
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
