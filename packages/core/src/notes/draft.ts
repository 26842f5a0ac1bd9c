import { z } from 'zod';
import { NOTE_DUE_HOURS } from './check-note';
import { companyCore } from './check-companies';
import { nameParts } from './names';
import { UserError } from '../errors';

export const THANK_YOU_TONES = ['warm', 'formal', 'brief'] as const;
export type ThankYouTone = (typeof THANK_YOU_TONES)[number];

export const ThankYouInputSchema = z.object({
  interviewer: z.string().min(1),
  company: z.string().min(1),
  role: z.string().min(1),
  /** One or two of the listing's requirements, each with the person's story that covers it. */
  matches: z.array(z.object({ requirement: z.string(), story: z.string() })).max(5).default([]),
  /** A detail from the debrief to show they listened ("the move to event-driven billing"). */
  debriefDetail: z.string().nullish(),
  senderName: z.string().nullish(),
  /** Lines under the name (title, phone, link), from the person's settings. */
  signature: z.string().nullish(),
  /** The interviewer's own title ("Head of Data"), so each note speaks to that person's role. */
  interviewerTitle: z.string().nullish(),
  /** What this interviewer talked about (the debrief's note on them): preferred over the general detail. */
  interviewerTopic: z.string().nullish(),
  tone: z.enum(THANK_YOU_TONES).default('warm'),
});
export type ThankYouInput = z.input<typeof ThankYouInputSchema>;

export interface ThankYouDraft {
  tone: ThankYouTone;
  subject: string;
  /** Plain, fully editable text. */
  body: string;
}

function sentenceCase(s: string): string {
  const t = s.trim().replace(/[.!?]+$/, '');
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/**
 * A thank-you draft for one interviewer from the records: their first name (last name with a
 * title in the formal tone), the role and company, one or two listing requirements with the
 * person's matching stories, and a detail from the debrief. Tones: warm, formal, brief. The result
 * is plain text meant to be edited, and passes `checkNote` for the same interview.
 * @example draftThankYou({ interviewer: 'Jon Park', company: 'Acme', role: 'Data Analyst', matches: [{ requirement: 'SQL', story: 'rebuilt the churn report in SQL' }] }).body
 * // 'Hi Jon,\n\nThank you for taking the time to talk with me today about the Data Analyst role at Acme. …'
 */
export function draftThankYou(input: ThankYouInput): ThankYouDraft {
  const parsed = ThankYouInputSchema.safeParse(input);
  if (!parsed.success) throw new UserError('BAD_DRAFT_INPUT', `cannot draft: ${parsed.error.issues[0]?.message ?? 'bad input'}`, 400);
  const { interviewer, role, matches, senderName, tone } = parsed.data;
  const topic = parsed.data.interviewerTopic?.trim() ? parsed.data.interviewerTopic : null;
  const debriefDetail = topic ?? parsed.data.debriefDetail;
  const title = parsed.data.interviewerTitle?.trim() ?? '';
  const asTitle = title ? `, and how it looks from your side as ${title}` : '';
  // With nothing recorded about the conversation, the interviewer's title still sets the note apart.
  const titleOnly = !debriefDetail && title ? `how the work looks from your side as ${title}` : null;
  const company = companyCore(parsed.data.company);
  const parts = nameParts(interviewer);
  const first = parts[0] ?? interviewer;
  const last = parts.length > 1 ? (interviewer.trim().split(/\s+/).pop() ?? first) : first;
  const picked = matches.slice(0, tone === 'brief' ? 1 : 2);
  const detail = debriefDetail && debriefDetail.trim() !== '' ? sentenceCase(debriefDetail) : titleOnly;
  const sign = senderName && senderName.trim() !== '' ? senderName.trim() : '';
  const fit = picked.map((m) => `${m.requirement.trim().replace(/[.]+$/, '')}: ${sentenceCase(m.story)}`);

  const lines: string[] = [];
  if (tone === 'formal') {
    lines.push(`Dear ${parts.length > 1 ? `${first} ${last}` : first},`, '');
    lines.push(`Thank you for meeting with me about the ${role} position at ${company}. I appreciated the time you gave me${detail ? `, and in particular our conversation about ${detail}${titleOnly ? '' : asTitle}` : ''}.`, '');
    if (fit.length > 0) lines.push(`Our discussion confirmed my interest. The role asks for ${picked.map((m) => m.requirement.trim()).join(' and ')}, which matches my experience: ${fit.map((f) => f.split(': ')[1]).join('; ')}.`, '');
    else lines.push(`Our discussion confirmed my interest, and I am confident my experience fits what the team needs.`, '');
    lines.push(`Please let me know if I can provide anything further. I look forward to hearing about the next steps.`, '', 'Sincerely,');
  } else if (tone === 'brief') {
    lines.push(`Hi ${first},`, '');
    lines.push(`Thank you for talking with me about the ${role} role at ${company}.${detail ? ` I especially enjoyed hearing about ${detail}${titleOnly ? '' : asTitle}.` : ''}`);
    if (fit.length > 0) lines.push(`It made me even more keen to bring my experience with ${picked[0]?.requirement.trim() ?? ''} to the team; for example, I ${sentenceCase(picked[0]?.story ?? '')}.`);
    else lines.push('It made me even more keen to bring my experience and skills to the team.');
    lines.push('', 'I look forward to hearing from you.', '', 'Best regards,');
  } else {
    lines.push(`Hi ${first},`, '');
    lines.push(`Thank you so much for taking the time to talk with me about the ${role} role at ${company}. I really enjoyed our conversation${detail ? `, especially hearing about ${detail}${titleOnly ? '' : asTitle}` : ''}.`, '');
    if (fit.length > 0) lines.push(`It made me even more excited about the role. You mentioned ${picked.map((m) => m.requirement.trim()).join(' and ')}, and that is where I can help: ${fit.map((f) => `I ${f.split(': ')[1]}`).join(', and ')}.`, '');
    else lines.push('It made me even more excited about the role and about bringing my experience and skills to your team.', '');
    lines.push('Thanks again, and I look forward to hearing about the next steps.', '', 'Warm regards,');
  }
  if (sign) lines.push(sign);
  const signature = (parsed.data.signature ?? '').replace(/\r\n?/g, '\n').trim();
  if (signature) lines.push(...signature.split('\n'));
  return { tone, subject: `Thank you: ${role} interview`, body: lines.join('\n') };
}

/**
 * When the thank-you note for an interview is due: 24 hours after it ended (ISO instant in UTC).
 * @example thankYouDeadline('2025-03-05T15:00:00Z') // '2025-03-06T15:00:00.000Z'
 */
export function thankYouDeadline(interviewEnd: string): string {
  const t = Date.parse(interviewEnd);
  if (Number.isNaN(t)) throw new UserError('BAD_DATE', `not a date and time: ${interviewEnd}`, 400);
  return new Date(t + NOTE_DUE_HOURS * 3_600_000).toISOString();
}

/**
 * A short, vague, respectful feedback request after a rejection: thanks, one open question, no
 * argument, and room for them not to answer.
 * @example feedbackRequest({ interviewer: 'Jon Park', company: 'Acme', role: 'Data Analyst' }).body.startsWith('Hi Jon,') // true
 */
export function feedbackRequest(input: { interviewer?: string | null; company: string; role: string; senderName?: string | null }): { subject: string; body: string } {
  const first = input.interviewer ? (nameParts(input.interviewer)[0] ?? input.interviewer) : null;
  const body = [
    first ? `Hi ${first},` : 'Hello,',
    '',
    `Thank you for letting me know, and for the time you and the team spent with me on the ${input.role} role at ${companyCore(input.company)}.`,
    '',
    'If you have a moment, I would be grateful for any feedback on where I could be stronger. Even a sentence would help me. I understand if that is not possible.',
    '',
    'I wish you and the team all the best.',
    '',
    'Kind regards,',
    ...(input.senderName ? [input.senderName] : []),
  ].join('\n');
  return { subject: `Thank you: ${input.role}`, body };
}
