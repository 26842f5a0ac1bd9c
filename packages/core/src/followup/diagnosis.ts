import type { FollowUpRecord, ThankYouRecord } from '../diagnosis/input';
import { civilDayAt, civilIso } from '../timeline/civil-day';
import { thankYouFromRow, type FollowUpRow, type ThankYouNoteRow } from './records';

/** What the follow-up parts of the diagnosis read from a backup (all optional: old backups lack them). */
export interface FollowupBackupParts {
  interviews: ReadonlyArray<{ id: string; applicationId: string; endsAt: string; timeZone: string }>;
  interviewers: ReadonlyArray<{ id: string; interviewId: string; name: string }>;
  thankYouNotes?: readonly ThankYouNoteRow[] | undefined;
  followUps?: readonly FollowUpRow[] | undefined;
}

export interface FollowupDiagnosisParts {
  thankYousByInterview: Map<string, ThankYouRecord[]>;
  followUpsByInterview: Map<string, FollowUpRecord[]>;
}

/*
 * "Not recorded" and "recorded as none" are told apart by when the person started using the
 * feature: an interview that ended after their first note (or first follow-up) was written and has
 * none is counted as none sent; earlier interviews, from before they used the app for this, are
 * left out (the rule then says "not recorded yet").
 */

/**
 * Build the thank-you and follow-up parts of the diagnosis input from backup arrays. Notes carry
 * the interviewer's name, when they were sent and the checker's problem codes at the last save
 * (LATE left out: the rule measures lateness from the times). Follow-ups (not feedback requests)
 * are attached to the interview they follow (or the application's last interview that ended
 * before they were planned), with their days in the interview's zone.
 * @example followupDiagnosisParts(backup).thankYousByInterview.get(interviewId)?.[0]?.sentAt // '2026-10-19T01:02:00.000Z'
 */
export function followupDiagnosisParts(b: FollowupBackupParts): FollowupDiagnosisParts {
  const thankYousByInterview = new Map<string, ThankYouRecord[]>();
  const followUpsByInterview = new Map<string, FollowUpRecord[]>();
  const nameOf = new Map(b.interviewers.map((p) => [p.id, p.name]));
  const notes = b.thankYouNotes ?? [];
  if (b.thankYouNotes) {
    for (const row of notes) {
      const note = thankYouFromRow(row);
      const codes = [...new Set(note.problems.map((p) => p.code).filter((c) => c !== 'LATE'))];
      push(thankYousByInterview, row.interviewId, { interviewerName: nameOf.get(row.interviewerId) ?? '', sentAt: row.sentAt, problems: codes });
    }
    const started = earliest(notes.map((n) => n.createdAt));
    if (started !== null) {
      for (const iv of b.interviews) {
        if (!thankYousByInterview.has(iv.id) && iv.endsAt >= started) thankYousByInterview.set(iv.id, []);
      }
    }
  }

  if (b.followUps) {
    const ivById = new Map(b.interviews.map((i) => [i.id, i]));
    const byApp = new Map<string, Array<FollowupBackupParts['interviews'][number]>>();
    for (const i of b.interviews) push(byApp, i.applicationId, i);
    const own = b.followUps.filter((f) => f.kind === 'follow_up');
    for (const f of own) {
      const iv = (f.interviewId ? ivById.get(f.interviewId) : undefined) ?? lastEndedBefore(byApp.get(f.applicationId) ?? [], f.plannedOn ?? f.createdAt);
      if (!iv) continue;
      const sentOn = f.sentAt ? civilIso(civilDayAt(new Date(f.sentAt), iv.timeZone)) : null;
      push(followUpsByInterview, iv.id, { plannedOn: f.plannedOn, sentOn, answered: f.answered !== 0, statedUntil: f.statedUntil });
    }
    const started = earliest(own.map((f) => f.createdAt));
    if (started !== null) {
      for (const iv of b.interviews) {
        if (!followUpsByInterview.has(iv.id) && iv.endsAt >= started) followUpsByInterview.set(iv.id, []);
      }
    }
  }
  for (const list of followUpsByInterview.values()) list.sort((x, y) => ((x.sentOn ?? x.plannedOn ?? '') < (y.sentOn ?? y.plannedOn ?? '') ? -1 : 1));
  return { thankYousByInterview, followUpsByInterview };
}

function lastEndedBefore<T extends { endsAt: string }>(list: readonly T[], when: string): T | undefined {
  return [...list].filter((i) => i.endsAt.slice(0, 10) <= when.slice(0, 10)).sort((x, y) => (x.endsAt < y.endsAt ? -1 : 1)).pop();
}

function earliest(values: readonly string[]): string | null {
  let min: string | null = null;
  for (const v of values) if (min === null || v < min) min = v;
  return min;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
