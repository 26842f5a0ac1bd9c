import { z } from '@hono/zod-openapi';
import {
  deriveStage,
  feedbackRequest,
  followUpAdvice,
  followUpMessage,
  type NoteCheckContext,
  TimelineResultSchema,
  type FollowupBackup,
  type FollowUp,
  type FollowUpAdvice,
  signatureLines,
  type SenderSettings,
} from '@secondround/core';

export const adviceSchema = z.object({
  timeline: TimelineResultSchema,
  plan: z.object({
    action: z.enum(['follow_up', 'waiting', 'let_go', 'answered']),
    suggestedOn: z.string().nullable(),
    flags: z.array(z.object({ code: z.enum(['BEFORE_STATED_DATE', 'REASON_REQUIRED']), message: z.string() })),
    message: z.string(),
  }),
  notUnderstood: z.string().nullable(),
  unanswered: z.number().int(),
});

/** Where an application stands for the follow-up planner. */
export interface FollowUpState {
  followUps: FollowUp[];
  /** The interview the next follow-up follows: the last one that ended. */
  interviewId: string | null;
  /** When the waiting started: the first thank-you sent after that interview, else its end, else now. */
  from: string;
  statedText: string | null;
  statedSource: 'follow_up' | 'debrief' | null;
  rejected: boolean;
  isOpen: boolean;
  /** The first interviewer of that interview, the one the messages greet. */
  recipient: { name: string; email: string | null } | null;
  company: string;
  role: string;
  /**
   * What the note checker is told about a follow-up's draft: the last interview's people, the
   * people met at the application's other interviews, and the recipient as the addressee; null
   * before any interview has ended.
   */
  check: NoteCheckContext | null;
}

/**
 * The planner's view of one application from the owner's records (null when it is not theirs).
 * The stated timeline is the last one the person typed into a follow-up, else the debrief's
 * "next steps" for the last interview.
 */
export function followUpState(backup: FollowupBackup, applicationId: string, followUps: FollowUp[], now: Date): FollowUpState | null {
  const app = backup.applications.find((a) => a.id === applicationId);
  if (!app) return null;
  const derived = deriveStage(backup.stageEvents.filter((e) => e.applicationId === applicationId));
  const nowIso = now.toISOString();
  const last = backup.interviews
    .filter((i) => i.applicationId === applicationId && i.endsAt <= nowIso)
    .sort((a, b) => (a.endsAt < b.endsAt ? -1 : 1))
    .pop();
  const people = last ? backup.interviewers.filter((p) => p.interviewId === last.id) : [];
  const sentNotes = (backup.thankYouNotes ?? []).filter((n) => last && n.interviewId === last.id && n.sentAt !== null).map((n) => n.sentAt!).sort();
  const typed = [...followUps].reverse().find((f) => f.kind === 'follow_up' && f.statedText !== null)?.statedText ?? null;
  const debrief = last ? (backup.debriefs ?? []).find((d) => d.interviewId === last.id)?.nextSteps ?? null : null;
  const person = people.find((p) => p.email) ?? people[0];
  const here = new Set(people.map((p) => p.name.trim().toLowerCase()));
  const elsewhere = backup.interviewers.filter((p) => p.interviewId !== last?.id && !here.has(p.name.trim().toLowerCase()));
  const check: NoteCheckContext | null =
    people.length > 0
      ? {
          interviewers: [...new Set(people.map((p) => p.name))],
          company: app.company,
          role: app.role,
          otherCompanies: [],
          otherPeople: [...new Set(elsewhere.map((p) => p.name))],
          listingTerms: [],
          otherNotes: [],
          addressee: person?.name ?? null,
          contacts: [],
        }
      : null;
  return {
    followUps,
    interviewId: last?.id ?? null,
    from: sentNotes[0] ?? last?.endsAt ?? nowIso,
    statedText: typed ?? debrief,
    statedSource: typed !== null ? 'follow_up' : debrief !== null ? 'debrief' : null,
    rejected: derived.outcome === 'rejected',
    isOpen: derived.outcome === null,
    recipient: person ? { name: person.name, email: person.email } : null,
    company: app.company,
    role: app.role,
    check,
  };
}

/** The planner's advice for an application, for the given (or the recorded) stated timeline. */
export function adviceFor(state: FollowUpState, timeZone: string, ask: { statedText?: string | null | undefined; proposedOn?: string | null | undefined; reason?: string | null | undefined } = {}, now: Date = new Date()): FollowUpAdvice {
  return followUpAdvice({
    now,
    statedText: ask.statedText === undefined ? state.statedText : ask.statedText,
    from: state.from,
    timeZone,
    followUps: state.followUps,
    proposedOn: ask.proposedOn ?? null,
    reason: ask.reason ?? null,
  });
}

/** The draft of a new follow-up or feedback request, greeting the interviewer. */
export function messageFor(state: FollowUpState, kind: FollowUp['kind'], sender: SenderSettings | undefined = undefined): { subject: string; body: string } {
  const input = { interviewer: state.recipient?.name ?? null, company: state.company, role: state.role, senderName: sender?.name?.trim() || null };
  const message = kind === 'feedback_request' ? feedbackRequest(input) : followUpMessage(input);
  // The signature block goes under the name, as in the person's thank-you notes.
  const extra = signatureLines(sender).slice(input.senderName ? 1 : 0);
  return extra.length > 0 ? { ...message, body: `${message.body}\n${extra.join('\n')}` } : message;
}
