import { z } from 'zod';
import { UserError } from '../errors';
import { addBusinessDays } from './business-days';
import { civilIso, parseCivilIso } from './civil-day';

export const FollowUpRecordSchema = z.object({
  /** When the follow-up was sent (ISO instant or `YYYY-MM-DD`). */
  sentAt: z.string(),
  /** Whether the employer answered it. */
  answered: z.boolean(),
});
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

export interface FollowUpPlanInput {
  /** The stated last day (`statedUntilDate` of parseTimeline), or null when none was stated. */
  statedUntilDate: string | null;
  /** The suggested day (`followUpDate` of parseTimeline). */
  followUpDate: string;
  /** Follow-ups already sent for this application, oldest first. */
  followUps?: readonly FollowUpRecord[];
  /** A day the person picked themselves (`YYYY-MM-DD`), if any. */
  proposedOn?: string | null;
  /** The person's reason for another follow-up after an unanswered one. */
  reason?: string | null;
  /** The person's today (`YYYY-MM-DD` in their zone): before the waiting time is over, the advice is to wait. */
  today?: string | null;
}

export type FollowUpFlagCode = 'BEFORE_STATED_DATE' | 'REASON_REQUIRED';

export interface FollowUpPlan {
  action: 'follow_up' | 'waiting' | 'let_go' | 'answered';
  /** The day to send it (`YYYY-MM-DD`), null when the advice is not to. */
  suggestedOn: string | null;
  flags: Array<{ code: FollowUpFlagCode; message: string }>;
  message: string;
}

/**
 * Business days of silence after the one follow-up before the advice is to let it go: a working
 * week, the time most employers take to answer a nudge.
 */
export const LET_GO_AFTER_BUSINESS_DAYS = 5;

/** Days to wait after an unanswered follow-up before another one, when the person insists. */
const SECOND_FOLLOW_UP_GAP = 7;

function dayOf(value: string, what: string): number {
  const day = parseCivilIso(value.slice(0, 10));
  if (day === null) throw new UserError('BAD_DATE', `${what} is not a date: ${value}`, 400);
  return day;
}

/**
 * Plan the one follow-up after a thank-you. With no follow-up sent yet it suggests the planner's
 * day (or the person's own day, flagged `BEFORE_STATED_DATE` when it falls on or before the
 * employer's stated day). After one unanswered follow-up the advice is to let it go: another is
 * planned only with an explicit reason (else `REASON_REQUIRED`), a week later at the earliest.
 * Any answered follow-up ends the planning.
 * @example planFollowUp({ statedUntilDate: '2025-03-14', followUpDate: '2025-03-18', proposedOn: '2025-03-12' })
 * // { action: 'follow_up', suggestedOn: '2025-03-12', flags: [{ code: 'BEFORE_STATED_DATE', … }], … }
 */
export function planFollowUp(input: FollowUpPlanInput): FollowUpPlan {
  const followUps = input.followUps ?? [];
  const flags: FollowUpPlan['flags'] = [];
  if (followUps.some((f) => f.answered)) {
    return { action: 'answered', suggestedOn: null, flags, message: 'They answered your follow-up; no more follow-ups are needed.' };
  }
  const stated = input.statedUntilDate ? dayOf(input.statedUntilDate, 'statedUntilDate') : null;
  const proposed = input.proposedOn ? dayOf(input.proposedOn, 'proposedOn') : null;
  const reason = (input.reason ?? '').trim();

  if (followUps.length >= 1 && reason.length < 3) {
    const last = followUps[followUps.length - 1]!;
    const letGoDay = addBusinessDays(dayOf(last.sentAt, 'sentAt'), LET_GO_AFTER_BUSINESS_DAYS);
    const today = input.today ? dayOf(input.today, 'today') : null;
    if (today !== null && today < letGoDay) {
      return {
        action: 'waiting',
        suggestedOn: null,
        flags,
        message: `You followed up on ${civilIso(dayOf(last.sentAt, 'sentAt'))}. Give them until ${civilIso(letGoDay)} to answer; if you hear nothing by then, let it go.`,
      };
    }
    flags.push({ code: 'REASON_REQUIRED', message: 'Give a reason (for example, another offer with a deadline) before planning another follow-up.' });
    return {
      action: 'let_go',
      suggestedOn: null,
      flags,
      message: 'You followed up once and heard nothing. Let this one go: a second unanswered follow-up rarely helps and can hurt. Put your energy into the next application.',
    };
  }

  let day = proposed ?? dayOf(input.followUpDate, 'followUpDate');
  if (followUps.length >= 1) {
    const last = followUps[followUps.length - 1];
    const earliest = addBusinessDays(dayOf(last?.sentAt ?? input.followUpDate, 'sentAt'), SECOND_FOLLOW_UP_GAP);
    if (proposed === null || day < earliest) day = Math.max(day, earliest);
  }
  if (stated !== null && day <= stated) {
    flags.push({
      code: 'BEFORE_STATED_DATE',
      message: `They said they would decide by ${civilIso(stated)}; following up on or before that date reads as not following instructions.`,
    });
  }
  const message = followUps.length >= 1
    ? `One more follow-up, for your stated reason, on ${civilIso(day)}; after that, let it go.`
    : proposed !== null
      ? `Follow up once on ${civilIso(day)}, the day you picked.`
      : `Follow up once on ${civilIso(day)}${stated !== null ? ', two business days after their stated date' : ', seven business days after your thank-you'}.`;
  return { action: 'follow_up', suggestedOn: civilIso(day), flags, message };
}
