import { nameParts } from '../notes/names';
import { companyCore } from '../notes/check-companies';
import { parseTimeline, type TimelineResult } from '../timeline/parse-timeline';
import { civilDayAt, civilIso } from '../timeline/civil-day';
import { planFollowUp, type FollowUpPlan } from '../timeline/plan-follow-up';
import type { FollowUp } from './records';

export interface FollowUpAdviceInput {
  /** What the employer said about next steps (the debrief's, or typed in the planner); null if nothing. */
  statedText: string | null;
  /** When the thank-you went out (or the interview ended): the day the waiting starts. */
  from: string;
  /** The person's IANA zone. */
  timeZone: string;
  /** The application's follow-ups so far (feedback requests are ignored). */
  followUps: readonly Pick<FollowUp, 'kind' | 'sentAt' | 'answered'>[];
  proposedOn?: string | null;
  reason?: string | null;
  holidays?: readonly string[];
  /** The moment "now": until the waiting time after the follow-up is over, the advice is to wait. */
  now?: Date;
}

export interface FollowUpAdvice {
  timeline: TimelineResult;
  plan: FollowUpPlan;
  /** Said when text was given but no date could be read from it: the default is used instead. */
  notUnderstood: string | null;
  /** Follow-ups sent with no answer. */
  unanswered: number;
}

/**
 * The planner's advice for one application: read the stated timeline (in the person's zone), then
 * plan the one follow-up (two business days after the stated date, or seven after the thank-you),
 * flag a day on or before the stated date, and after one unanswered follow-up advise letting go
 * unless a reason is given. Text that names no date is said to be not understood, and the default
 * applies.
 * @example followUpAdvice({ statedText: 'within 5 business days', from: '2025-03-05T15:00:00Z', timeZone: 'UTC', followUps: [] }).plan.suggestedOn // '2025-03-14'
 */
export function followUpAdvice(input: FollowUpAdviceInput): FollowUpAdvice {
  const text = input.statedText?.trim() ?? '';
  const timeline = parseTimeline(text, { from: input.from, timeZone: input.timeZone, ...(input.holidays ? { holidays: input.holidays } : {}) });
  const sent = input.followUps.filter((f) => f.kind === 'follow_up' && f.sentAt !== null);
  const plan = planFollowUp({
    statedUntilDate: timeline.statedUntilDate,
    followUpDate: timeline.followUpDate,
    // The day it was sent in the person's zone: a Sunday-evening follow-up was sent on Sunday.
    followUps: sent.map((f) => ({ sentAt: f.sentAt ? civilDateIn(new Date(f.sentAt), input.timeZone) : '', answered: f.answered })),
    proposedOn: input.proposedOn ?? null,
    reason: input.reason ?? null,
    today: input.now ? civilDateIn(input.now, input.timeZone) : null,
  });
  const notUnderstood = text !== '' && !timeline.understood
    ? `No date could be read from "${text.length > 80 ? `${text.slice(0, 77)}…` : text}"; the follow-up defaults to seven business days after your thank-you.`
    : null;
  return { timeline, plan, notUnderstood, unanswered: sent.filter((f) => !f.answered).length };
}

/**
 * The one follow-up message: short, polite, restating interest, asking about the timeline.
 * @example followUpMessage({ interviewer: 'Zoë Martin', company: 'Acme Inc.', role: 'Data Analyst' }).body.startsWith('Hi Zoë,') // true
 */
export function followUpMessage(input: { interviewer?: string | null; company: string; role: string; senderName?: string | null }): { subject: string; body: string } {
  const first = input.interviewer ? (nameParts(input.interviewer)[0] ?? input.interviewer) : null;
  const company = companyCore(input.company);
  const body = [
    first ? `Hi ${first},` : 'Hello,',
    '',
    `I hope you are well. I am writing to follow up on my interview for the ${input.role} role at ${company}. I remain very interested in the position and in the work of the team.`,
    '',
    'Is there any update on the timeline for next steps? I am happy to provide anything else you need.',
    '',
    'Thank you again for your time.',
    '',
    'Best regards,',
    ...(input.senderName ? [input.senderName] : []),
  ].join('\n');
  return { subject: `Following up: ${input.role} interview`, body };
}

/**
 * The calendar day of an instant in a zone (`YYYY-MM-DD`): "today" for the person.
 * @example civilDateIn(new Date('2026-03-08T03:00:00Z'), 'America/New_York') // '2026-03-07'
 */
export function civilDateIn(instant: Date, timeZone: string): string {
  return civilIso(civilDayAt(instant, timeZone));
}
