import type { Backup } from '../backup/backup';
import { seeded } from '../demo/random';
import { checkNote } from '../notes/check-note';
import { draftThankYou, thankYouDeadline } from '../notes/draft';
import { nameParts } from '../notes/names';
import { deriveStage } from '../stages/derive';
import { civilDayAt, civilIso } from '../timeline/civil-day';
import { addBusinessDays } from '../timeline/business-days';
import { feedbackRequest } from '../notes/draft';
import { followUpMessage } from './planner';
import type { FollowUpRow, ThankYouNoteRow } from './records';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A demo listing's worth of skills for the notes, so the checker sees fit where there is some.
const PLANTED: Record<'clean' | 'late' | 'misspelled' | 'draft', string[]> = { clean: [], late: ['LATE'], misspelled: ['NAME_MISSPELLED'], draft: ['NAME_MISSPELLED'] };
const DEMO_TERMS = ['SQL', 'Python', 'dashboards', 'stakeholders', 'data modeling'];
const FEEDBACK_ANSWER =
  'Thanks for asking. The panel liked your SQL exercise, but the other finalist had more experience presenting to executives, which this role does every week. I would work on telling one story about influencing a decision with data.';

/**
 * A misspelling a hurried person makes of a first name: a dropped or doubled letter.
 * @example misspell('John') // 'Jon'
 */
function misspell(first: string): string {
  const known: Record<string, string> = { John: 'Jon', Catherine: 'Katherine', Sean: 'Shaun', Zoë: 'Zoe', Philip: 'Phillip', Priya: 'Preya' };
  if (known[first]) return known[first];
  if (first.length >= 5) return first.slice(0, 2) + first.slice(3);
  return first + first.slice(-1);
}

/**
 * Thank-you notes and follow-ups for the demo search (deterministic for a seed, dated from `now`).
 * First rounds that stalled mostly show the habits that cost second interviews: a note sent late,
 * a misspelled name, no note; one follow-up sent before the stated date, one application followed
 * up twice without an answer. Rounds that advanced had clean notes sent on time. The open
 * applications give Today and the composer something to show: a note still to send (with a
 * misspelled name in the draft) and a follow-up due today. Adds to `backup` in place.
 * @example addFollowupDemo(generateDemoCore(now), now).thankYouNotes?.length // 30
 */
export function addFollowupDemo(backup: Backup, now: Date, seed = 5): Backup {
  const r = seeded(seed * 7919 + 5);
  const notes: ThankYouNoteRow[] = [];
  const followUps: FollowUpRow[] = [];
  const nowMs = now.getTime();
  const apps = new Map(backup.applications.map((a) => [a.id, a]));
  const eventsByApp = new Map<string, Backup['stageEvents']>();
  for (const e of backup.stageEvents) eventsByApp.set(e.applicationId, [...(eventsByApp.get(e.applicationId) ?? []), e]);
  const companies = backup.applications.map((a) => a.company);

  const addNote = (iv: Backup['interviews'][number], person: Backup['interviewers'][number], habit: 'clean' | 'late' | 'misspelled' | 'draft'): void => {
    const app = apps.get(iv.applicationId)!;
    const first = nameParts(person.name)[0] ?? person.name;
    const draft = draftThankYou({ interviewer: person.name, company: app.company, role: app.role, tone: r.pick(['warm', 'formal', 'brief'] as const), matches: [{ requirement: 'SQL', story: 'rebuilt the weekly churn dashboards in SQL and Python' }], senderName: 'Alex Rivera' });
    const body = habit === 'misspelled' || habit === 'draft' ? draft.body.replace(new RegExp(`\\b${first}\\b`), misspell(first)) : draft.body;
    const end = Date.parse(iv.endsAt);
    const sentMs = habit === 'late' ? end + r.int(30, 60) * HOUR : end + r.int(2, 20) * HOUR;
    const sentAt = habit === 'draft' ? null : new Date(sentMs).toISOString();
    const problems = checkNote(body, {
      interviewers: backup.interviewers.filter((p) => p.interviewId === iv.id).map((p) => p.name),
      company: app.company,
      role: app.role,
      otherCompanies: companies.filter((c) => c !== app.company),
      listingTerms: DEMO_TERMS,
      interviewEnd: iv.endsAt,
      sentAt,
      senderName: 'Alex Rivera',
    }).problems.filter((p) => PLANTED[habit].includes(p.code)); // without a dictionary the checker over-reads rare names

    const created = new Date(end + HOUR).toISOString();
    notes.push({ id: `${person.id}-note`, interviewerId: person.id, interviewId: iv.id, subject: draft.subject, body, tone: draft.tone, problems: JSON.stringify(problems), sentAt, sentVia: sentAt ? r.pick(['copy', 'eml', 'smtp']) : null, createdAt: created, updatedAt: sentAt ?? created });
  };

  const addFollowUp = (iv: Backup['interviews'][number], f: Partial<FollowUpRow> & Pick<FollowUpRow, 'kind' | 'id'>): void => {
    const app = apps.get(iv.applicationId)!;
    const person = backup.interviewers.find((p) => p.interviewId === iv.id);
    const msg = f.kind === 'feedback_request'
      ? feedbackRequest({ interviewer: person?.name ?? null, company: app.company, role: app.role, senderName: 'Alex Rivera' })
      : followUpMessage({ interviewer: person?.name ?? null, company: app.company, role: app.role, senderName: 'Alex Rivera' });
    const created = new Date(Date.parse(iv.endsAt) + 2 * HOUR).toISOString();
    followUps.push({ applicationId: app.id, interviewId: iv.id, plannedOn: null, statedText: null, statedUntil: null, subject: msg.subject, body: msg.body, sentAt: null, sentVia: null, answered: 0, answerText: null, reason: null, createdAt: created, updatedAt: created, ...f });
  };
  const localDay = (ms: number, tz: string) => civilDayAt(new Date(ms), tz);
  const dayIso = (d: number) => civilIso(d);

  let stalledSeen = 0;
  for (const iv of backup.interviews) {
    const end = Date.parse(iv.endsAt);
    if (end > nowMs) continue;
    const derived = deriveStage(eventsByApp.get(iv.applicationId) ?? []);
    const furthestRound = derived.furthest && /^round(\d)$/.test(derived.furthest) ? Number(derived.furthest.slice(5)) : derived.furthest === 'offer' || derived.furthest === 'accepted' ? 9 : derived.furthest === 'screen' ? 0 : -1;
    const people = backup.interviewers.filter((p) => p.interviewId === iv.id);
    const isOpen = derived.outcome === null;
    const advanced = furthestRound > iv.round;
    if (iv.round >= 1 && !isOpen && !advanced && derived.outcome === 'rejected') {
      // A first round that stalled: most show a habit that costs second interviews.
      stalledSeen += 1;
      for (const p of people) {
        const roll = r.next();
        if (roll < 0.15) continue; // no note at all
        addNote(iv, p, roll < 0.5 ? 'late' : roll < 0.8 ? 'misspelled' : 'clean');
      }
      const tz = iv.timeZone;
      const endDay = localDay(end, tz);
      if (stalledSeen === 2) {
        // Followed up before the date they gave.
        const stated = addBusinessDays(endDay, 10);
        addFollowUp(iv, { id: `${iv.id}-fu1`, kind: 'follow_up', statedText: "We'll be interviewing over the next two weeks and will get back to everyone after that.", statedUntil: dayIso(stated), plannedOn: dayIso(addBusinessDays(endDay, 5)), sentAt: new Date(end + 7 * DAY).toISOString(), sentVia: 'copy' });
      } else if (stalledSeen === 4) {
        // Followed up twice with no answer.
        const stated = addBusinessDays(endDay, 5);
        addFollowUp(iv, { id: `${iv.id}-fu1`, kind: 'follow_up', statedText: 'You will hear from us within 5 business days.', statedUntil: dayIso(stated), plannedOn: dayIso(addBusinessDays(stated, 2)), sentAt: new Date(end + 10 * DAY).toISOString(), sentVia: 'eml' });
        addFollowUp(iv, { id: `${iv.id}-fu2`, kind: 'follow_up', statedText: null, statedUntil: dayIso(stated), plannedOn: dayIso(addBusinessDays(stated, 6)), sentAt: new Date(end + 16 * DAY).toISOString(), sentVia: 'copy', reason: 'I have another offer to answer by Friday.' });
      } else if (stalledSeen === 6) {
        addFollowUp(iv, { id: `${iv.id}-fu1`, kind: 'follow_up', statedText: 'We hope to decide by the end of the month.', statedUntil: null, plannedOn: dayIso(addBusinessDays(endDay, 7)), sentAt: new Date(end + 11 * DAY).toISOString(), sentVia: 'copy', answered: 1, answerText: 'Thanks for checking in; we are still interviewing.' });
      } else if (stalledSeen === 3) {
        const rejected = (eventsByApp.get(iv.applicationId) ?? []).find((e) => e.stage === 'rejected');
        const sent = rejected ? Date.parse(`${rejected.date}T16:00:00Z`) + DAY : end + 12 * DAY;
        addFollowUp(iv, { id: `${iv.id}-feedback`, kind: 'feedback_request', plannedOn: dayIso(localDay(sent, tz)), sentAt: new Date(sent).toISOString(), sentVia: 'copy', answered: 1, answerText: FEEDBACK_ANSWER });
      }
    } else if (iv.round >= 1 && advanced) {
      // A round that led on: clean notes, sent on time (mostly); no follow-up was needed.
      for (const p of people) addNote(iv, p, r.chance(0.9) ? 'clean' : 'late');
    } else if (isOpen && iv.round === 0 && !advanced) {
      const deadline = Date.parse(thankYouDeadline(iv.endsAt));
      if (deadline > nowMs - 3 * DAY && deadline < nowMs + DAY && !notes.some((n) => n.interviewId === iv.id)) {
        // The most recent screen: a draft with a misspelled name, still to send (the composer's demo).
        const latest = backup.interviews.filter((x) => x.round === 0 && Date.parse(x.endsAt) <= nowMs).sort((a, b) => (a.endsAt < b.endsAt ? 1 : -1))[0];
        if (latest?.id === iv.id) {
          for (const p of people) addNote(iv, p, 'draft');
          continue;
        }
      }
      for (const p of people) addNote(iv, p, 'clean');
      const today = localDay(nowMs, iv.timeZone);
      if (end < nowMs - 2 * DAY && !followUps.some((f) => f.kind === 'follow_up' && f.sentAt === null)) {
        addFollowUp(iv, { id: `${iv.id}-fu1`, kind: 'follow_up', statedText: "We'll be in touch in a couple of days.", statedUntil: dayIso(addBusinessDays(localDay(end, iv.timeZone), 1)), plannedOn: dayIso(today) });
      }
    }
  }
  backup.thankYouNotes = notes;
  backup.followUps = followUps;
  return backup;
}
