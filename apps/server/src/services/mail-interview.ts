import { interviewInputSchema, isTimeZone, roundOfStage, type InterviewDetail, type MailClassification, type Stage } from '@secondround/core';
import type { Repos } from '@secondround/store';

/** How long an invited interview is taken to last when the message gives only its start (the round form's own default). */
const DEFAULT_MINUTES = 60;

/** The interview an accepted invitation stands for, when the message gave its start. */
export interface InvitedInterview {
  startsAt: string;
  endsAt: string;
  format: 'video' | 'phone' | 'onsite';
  link: string | null;
  zone: string | null;
}

/**
 * The interview an invitation names, when it says when (a date alone is not a time: no interview
 * is made up from it, the stage step is all that is recorded).
 */
export function invitedInterview(c: MailClassification): InvitedInterview | null {
  if (c.kind !== 'interview_invitation' || !c.interview?.start) return null;
  const start = new Date(c.interview.start);
  if (Number.isNaN(start.getTime())) return null;
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + DEFAULT_MINUTES * 60_000).toISOString(),
    // The format is required on a round; a message that does not say is taken as a video call, as the round form does.
    format: c.interview.format ?? 'video',
    link: c.interview.link,
    zone: c.interview.zone,
  };
}

/** The round of the application already recorded for this invitation: the same start, else the same round number. */
export async function sameRound(tx: Repos, ownerId: string, applicationId: string, invite: InvitedInterview, round: number | null): Promise<InterviewDetail | null> {
  const rounds = await tx.interviews.listForApplication(ownerId, applicationId);
  return rounds.find((r) => r.startsAt === invite.startsAt) ?? (round === null ? undefined : rounds.find((r) => r.round === round)) ?? null;
}

/**
 * Record the interview of an accepted invitation through the rounds' own repository, so the prep
 * sheet, Today and the calendar feed see it: a new round, or the round already there (same start,
 * or same number) brought up to date (its time, format and link), so accepting or importing the
 * same invitation twice never makes a second round. The round is shown in the person's own zone
 * (their setting), else the one the message named.
 */
export async function recordInvitedInterview(tx: Repos, ownerId: string, applicationId: string, invite: InvitedInterview, stage: Stage | null, existing: InterviewDetail | null): Promise<string | null> {
  const round = (stage ? roundOfStage(stage) : null) ?? existing?.round ?? 1;
  if (existing) {
    const patch = {
      startsAt: invite.startsAt,
      endsAt: existing.startsAt === invite.startsAt ? existing.endsAt : invite.endsAt,
      format: invite.format,
      ...(invite.link && !existing.location ? { location: invite.link } : {}),
    };
    const updated = await tx.interviews.update(ownerId, existing.id, patch);
    return updated?.id ?? null;
  }
  const settings = await tx.settings.get(ownerId);
  const timeZone = settings.timeZone && isTimeZone(settings.timeZone) ? settings.timeZone : invite.zone && isTimeZone(invite.zone) ? invite.zone : 'UTC';
  const input = interviewInputSchema.parse({
    round,
    kind: round === 0 ? 'phone_screen' : 'other',
    startsAt: invite.startsAt,
    endsAt: invite.endsAt,
    timeZone,
    format: invite.format,
    location: invite.link,
  });
  const created = await tx.interviews.create(ownerId, applicationId, input);
  return created?.id ?? null;
}
