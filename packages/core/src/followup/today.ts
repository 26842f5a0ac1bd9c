import { z } from 'zod';
import { deriveStage } from '../stages/derive';
import { thankYouDeadline } from '../notes/draft';
import { civilDayAt, civilIso, parseCivilIso } from '../timeline/civil-day';
import { addBusinessDays } from '../timeline/business-days';
import { LET_GO_AFTER_BUSINESS_DAYS } from '../timeline/plan-follow-up';
import type { FollowupBackup } from './context';

export const TODAY_KINDS = ['thank_you', 'follow_up', 'feedback', 'prep', 'debrief', 'let_go'] as const;

export const todayItemSchema = z.object({
  kind: z.enum(TODAY_KINDS),
  title: z.string(),
  detail: z.string(),
  /** When it is due: an instant for notes and interviews, a day for follow-ups. */
  due: z.string(),
  /** The day it is due in the person's zone (`YYYY-MM-DD`). */
  dueDay: z.string(),
  overdue: z.boolean(),
  applicationId: z.string(),
  interviewId: z.string().nullable(),
  interviewerId: z.string().nullable(),
  followUpId: z.string().nullable(),
  /** Where in the app to act on it. */
  href: z.string(),
});
export type TodayItem = z.infer<typeof todayItemSchema>;

export const todaySchema = z.object({
  now: z.string(),
  timeZone: z.string(),
  today: z.string(),
  /** Past their deadline, most urgent first: an overdue thank-you note heads the list. */
  overdue: z.array(todayItemSchema),
  /** Due within the next 24 hours: prep for the interviews in them first, then thank-you deadlines. */
  next24Hours: z.array(todayItemSchema),
  /** `overdue` then `next24Hours`: everything to do now. */
  dueToday: z.array(todayItemSchema),
  /** Due later this week (within seven days), soonest first. */
  thisWeek: z.array(todayItemSchema),
});
export type Today = z.infer<typeof todaySchema>;

/** How long an unsent note stays on Today after its deadline: late is better than never. */
const NOTE_GRACE_DAYS = 3;
/** How long after an interview Today asks for its debrief. */
const DEBRIEF_DAYS = 7;
/** Days with no answer to an application before Today suggests letting it go. */
const STALE_APPLIED_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * What is due today and in the coming week across the search: thank-you notes (with their
 * 24-hour deadline), planned follow-ups and feedback requests, prep for interviews in the next
 * seven days, debriefs of interviews that ended (when debriefs are recorded at all), and
 * applications to let go (one follow-up unanswered for a week, or no answer for a month).
 * Closed applications only keep their feedback requests.
 * @example buildToday(backup, { now: new Date(), timeZone: 'Europe/Paris' }).dueToday[0]?.kind // 'thank_you'
 */
export function buildToday(b: FollowupBackup, options: { now: Date; timeZone: string }): Today {
  const { now, timeZone } = options;
  const nowMs = now.getTime();
  const today = civilDayAt(now, timeZone);
  const items: TodayItem[] = [];
  const dayOf = (iso: string) => civilDayAt(new Date(iso), timeZone);
  const push = (item: Omit<TodayItem, 'dueDay' | 'overdue'> & { day: number; overdue?: boolean }) => {
    const { day, overdue, ...rest } = item;
    if (day > today + 6) return;
    items.push({ ...rest, dueDay: civilIso(day), overdue: overdue ?? day < today });
  };

  const eventsByApp = group(b.stageEvents, (e) => e.applicationId);
  const appById = new Map(b.applications.map((a) => [a.id, a]));
  // Each application's stage once: the open ones and the ones waiting at `applied` both read it.
  const derived = new Map(b.applications.map((a) => [a.id, deriveStage(eventsByApp.get(a.id) ?? [])]));
  const open = new Set(b.applications.filter((a) => derived.get(a.id)!.outcome === null).map((a) => a.id));
  const peopleByInterview = group(b.interviewers, (p) => p.interviewId);
  const sentNote = new Set((b.thankYouNotes ?? []).filter((n) => n.sentAt !== null).map((n) => n.interviewerId));
  const debriefed = b.debriefs ? new Set(b.debriefs.map((d) => d.interviewId)) : null;

  for (const iv of b.interviews) {
    const app = appById.get(iv.applicationId);
    if (!app || !open.has(app.id)) continue;
    const start = Date.parse(iv.startsAt);
    const end = Date.parse(iv.endsAt);
    const label = `${app.role} at ${app.company}`;
    if (start > nowMs && start - nowMs <= 7 * DAY_MS) {
      push({ kind: 'prep', title: `Prepare: ${label}`, detail: `${iv.round === 0 ? 'Screen' : `Round ${iv.round}`} interview: the names and how to say them, why this job, your stories for the listing`, due: iv.startsAt, day: dayOf(iv.startsAt), overdue: false, applicationId: app.id, interviewId: iv.id, interviewerId: null, followUpId: null, href: `/applications/${app.id}/prep/${iv.id}` });
    }
    if (end > nowMs) continue;
    const deadline = thankYouDeadline(iv.endsAt);
    if (nowMs - Date.parse(deadline) <= NOTE_GRACE_DAYS * DAY_MS) {
      for (const p of peopleByInterview.get(iv.id) ?? []) {
        if (sentNote.has(p.id)) continue;
        const late = Date.parse(deadline) < nowMs;
        push({ kind: 'thank_you', title: `Thank-you note to ${p.name}`, detail: late ? `${label}: the 24 hours are over; a late note still beats none` : `${label}: due within 24 hours of the interview`, due: deadline, day: late ? today : dayOf(deadline), overdue: late, applicationId: app.id, interviewId: iv.id, interviewerId: p.id, followUpId: null, href: `/compose/${p.id}` });
      }
    }
    if (debriefed && !debriefed.has(iv.id) && nowMs - end <= DEBRIEF_DAYS * DAY_MS) {
      // A debrief is worth most the same day: due 24 hours after the interview, overdue after.
      const due = end + DAY_MS;
      const late = due < nowMs;
      push({ kind: 'debrief', title: `Debrief: ${label}`, detail: late ? 'Overdue, but write down what you still remember: names, questions, stories, what they said about next steps' : 'Two minutes while you remember: names, questions, stories, what they said about next steps', due: new Date(due).toISOString(), day: late ? today : dayOf(new Date(due).toISOString()), overdue: late, applicationId: app.id, interviewId: iv.id, interviewerId: null, followUpId: null, href: `/applications/${app.id}/debrief/${iv.id}` });
    }
  }

  const followUpsByApp = group(b.followUps ?? [], (f) => f.applicationId);
  for (const [appId, list] of followUpsByApp) {
    const app = appById.get(appId);
    if (!app) continue;
    const label = `${app.role} at ${app.company}`;
    for (const f of list) {
      if (f.sentAt !== null) continue;
      const isFeedback = f.kind === 'feedback_request';
      if (!isFeedback && !open.has(appId)) continue;
      const day = f.plannedOn ? parseCivilIso(f.plannedOn) : dayOf(f.createdAt);
      if (day === null) continue;
      push({ kind: isFeedback ? 'feedback' : 'follow_up', title: isFeedback ? `Ask for feedback: ${label}` : `Follow up: ${label}`, detail: isFeedback ? 'A short, respectful request; paste any answer into the application' : f.statedUntil ? 'Two business days after the date they gave; this is the one follow-up' : 'Seven business days after your thank-you; this is the one follow-up', due: civilIso(day), day, applicationId: appId, interviewId: f.interviewId, interviewerId: null, followUpId: f.id, href: `/applications/${appId}?tab=followup` });
    }
    const sent = list.filter((f) => f.kind === 'follow_up' && f.sentAt !== null);
    const waiting = list.some((f) => f.kind === 'follow_up' && f.sentAt === null);
    const last = sent[sent.length - 1];
    if (open.has(appId) && last && !waiting && !sent.some((f) => f.answered !== 0)) {
      const letGoDay = addBusinessDays(dayOf(last.sentAt ?? last.createdAt), LET_GO_AFTER_BUSINESS_DAYS);
      if (letGoDay <= today) {
        push({ kind: 'let_go', title: `Let it go: ${label}`, detail: `You followed up ${sent.length === 1 ? 'once' : `${sent.length} times`} and heard nothing. Silence is an answer; move it to "no answer" and put the energy into the next one.`, due: civilIso(letGoDay), day: today, overdue: false, applicationId: appId, interviewId: last.interviewId, interviewerId: null, followUpId: last.id, href: `/applications/${appId}?tab=followup` });
      }
    }
  }

  for (const app of b.applications) {
    const d = derived.get(app.id)!;
    if (d.current !== 'applied' || d.since === null || (followUpsByApp.get(app.id)?.length ?? 0) > 0) continue;
    const since = parseCivilIso(d.since);
    if (since === null || today - since < STALE_APPLIED_DAYS) continue;
    push({ kind: 'let_go', title: `Let it go: ${app.role} at ${app.company}`, detail: `Applied ${today - since} days ago with no answer. Move it to "no answer" so the board shows what is alive.`, due: d.since, day: today, overdue: false, applicationId: app.id, interviewId: null, interviewerId: null, followUpId: null, href: `/applications/${app.id}` });
  }

  const groups = groupByUrgency(items, { nowMs, todayIso: civilIso(today) });
  return { now: now.toISOString(), timeZone, today: civilIso(today), ...groups, dueToday: [...groups.overdue, ...groups.next24Hours] };
}

/** Within a group, which kinds come first: a missed thank-you is the costliest thing to leave. */
const OVERDUE_RANK: Record<TodayItem['kind'], number> = { thank_you: 0, follow_up: 1, feedback: 2, debrief: 3, prep: 4, let_go: 5 };
/** The next 24 hours open with the prep for an interview in them: it is the one fixed time. */
const SOON_RANK: Record<TodayItem['kind'], number> = { prep: 0, thank_you: 1, follow_up: 2, feedback: 3, debrief: 4, let_go: 5 };

/**
 * Sort Today's items by urgency: overdue first (thank-you notes at the top), then what falls in
 * the next 24 hours (interview prep, then thank-you deadlines, then today's follow-ups), then the
 * rest of the week by date. Items with an instant are placed by it, day items by their day.
 * @example groupByUrgency(items, { nowMs: Date.parse('2026-03-02T09:00:00Z'), todayIso: '2026-03-02' }).overdue[0]?.kind // 'thank_you'
 */
export function groupByUrgency(items: readonly TodayItem[], at: { nowMs: number; todayIso: string }): { overdue: TodayItem[]; next24Hours: TodayItem[]; thisWeek: TodayItem[] } {
  const overdue: TodayItem[] = [];
  const next24Hours: TodayItem[] = [];
  const thisWeek: TodayItem[] = [];
  for (const item of items) {
    const isInstant = !/^\d{4}-\d{2}-\d{2}$/.test(item.due);
    if (item.overdue) overdue.push(item);
    else if (isInstant ? Date.parse(item.due) - at.nowMs <= DAY_MS : item.dueDay <= at.todayIso) next24Hours.push(item);
    else thisWeek.push(item);
  }
  const byDue = (x: TodayItem, y: TodayItem) => (x.dueDay < y.dueDay ? -1 : x.dueDay > y.dueDay ? 1 : x.due < y.due ? -1 : x.due > y.due ? 1 : 0);
  const ranked = (rank: Record<TodayItem['kind'], number>) => (x: TodayItem, y: TodayItem) => rank[x.kind] - rank[y.kind] || byDue(x, y);
  return { overdue: overdue.sort(ranked(OVERDUE_RANK)), next24Hours: next24Hours.sort(ranked(SOON_RANK)), thisWeek: thisWeek.sort(byDue) };
}

function group<T>(rows: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}
