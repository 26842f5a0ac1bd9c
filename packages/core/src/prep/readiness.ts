import { z } from 'zod';
import { PREP_QUESTIONS } from './questions';

export const InterviewerSchema = z.object({
  name: z.string().max(200).default(''),
  pronunciation: z.string().max(200).default(''),
  title: z.string().max(200).default(''),
  notes: z.string().max(5000).default(''),
});

/** A prep sheet for one interview, stored as JSON beside the interview. */
export const PrepSheetSchema = z.object({
  interviewers: z.array(InterviewerSchema).max(30).default([]),
  companyNotes: z.string().max(50_000).default(''),
  whyThisJob: z.string().max(10_000).default(''),
  whyThisCompany: z.string().max(10_000).default(''),
  answers: z.array(z.object({ questionId: z.string().max(100), answer: z.string().max(10_000) })).max(200).default([]),
  questionsToAsk: z.array(z.string().max(1000)).max(50).default([]),
  storyIds: z.array(z.string().max(200)).max(50).default([]),
});
export type PrepSheet = z.infer<typeof PrepSheetSchema>;
export type PrepSheetInput = z.input<typeof PrepSheetSchema>;

/** One thing the sheet still lacks, with the share of the score it is worth. */
export interface ReadinessGap {
  code: 'NO_INTERVIEWERS' | 'NO_PRONUNCIATION' | 'THIN_COMPANY_NOTES' | 'NO_WHY_JOB' | 'NO_WHY_COMPANY' | 'CORE_ANSWERS_MISSING' | 'FEW_QUESTIONS_TO_ASK' | 'FEW_STORIES';
  message: string;
  points: number;
}

// Points out of 100. The heaviest items are the ones behind "blew the first interview": the
// interviewer's name, knowing the company, "why this job", the standard questions.
const POINTS = { interviewers: 15, pronunciation: 5, company: 20, whyJob: 10, whyCompany: 10, answers: 20, questionsToAsk: 10, stories: 10 };
const COMPANY_NOTES_WORDS = 60;
const QUESTIONS_TO_ASK = 3;
const STORIES = 3;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Score a prep sheet from 0 to 100 and list what is missing, largest gap first: interviewers
 * named (with pronunciation), company research notes (60 words for full marks), "why this job"
 * and "why this company", answers to the core questions of the bank, questions to ask (3), and
 * stories picked (3). Partial credit where a part is started.
 * @example prepReadiness({}).score // 0
 */
export function prepReadiness(input: PrepSheetInput): { score: number; missing: ReadinessGap[] } {
  const sheet = PrepSheetSchema.parse(input);
  const missing: ReadinessGap[] = [];
  let score = 0;
  const named = sheet.interviewers.filter((i) => i.name.trim() !== '');
  if (named.length > 0) score += POINTS.interviewers;
  else missing.push({ code: 'NO_INTERVIEWERS', message: 'add the names of the people you will meet', points: POINTS.interviewers });
  const unsaid = named.filter((i) => i.pronunciation.trim() === '');
  if (named.length > 0 && unsaid.length === 0) score += POINTS.pronunciation;
  else {
    const who = unsaid.map((i) => i.name.trim()).join(', ');
    missing.push({ code: 'NO_PRONUNCIATION', message: who ? `write how to say the name of ${who}` : 'write how to say each interviewer’s name', points: POINTS.pronunciation });
  }
  const notes = words(sheet.companyNotes);
  score += Math.round((POINTS.company * Math.min(notes, COMPANY_NOTES_WORDS)) / COMPANY_NOTES_WORDS);
  if (notes < COMPANY_NOTES_WORDS) missing.push({ code: 'THIN_COMPANY_NOTES', message: `company research notes have ${notes} words; write at least ${COMPANY_NOTES_WORDS} (what they do, customers, news, the team)`, points: POINTS.company - Math.round((POINTS.company * notes) / COMPANY_NOTES_WORDS) });
  if (words(sheet.whyThisJob) >= 10) score += POINTS.whyJob;
  else missing.push({ code: 'NO_WHY_JOB', message: 'write your answer to "why this job?" (two or three sentences)', points: POINTS.whyJob });
  if (words(sheet.whyThisCompany) >= 10) score += POINTS.whyCompany;
  else missing.push({ code: 'NO_WHY_COMPANY', message: 'write your answer to "why this company?" (two or three sentences)', points: POINTS.whyCompany });
  const answered = new Set(sheet.answers.filter((a) => words(a.answer) >= 5).map((a) => a.questionId));
  const core = PREP_QUESTIONS.filter((q) => q.isCore);
  const open = core.filter((q) => !answered.has(q.id));
  score += Math.round((POINTS.answers * (core.length - open.length)) / core.length);
  if (open.length > 0) missing.push({ code: 'CORE_ANSWERS_MISSING', message: `prepare answers to ${open.length} core question${open.length === 1 ? '' : 's'}: ${open.map((q) => `"${q.text}"`).join(' ')}`, points: POINTS.answers - Math.round((POINTS.answers * (core.length - open.length)) / core.length) });
  const asks = sheet.questionsToAsk.filter((q) => q.trim() !== '').length;
  score += Math.round((POINTS.questionsToAsk * Math.min(asks, QUESTIONS_TO_ASK)) / QUESTIONS_TO_ASK);
  if (asks < QUESTIONS_TO_ASK) missing.push({ code: 'FEW_QUESTIONS_TO_ASK', message: `write ${QUESTIONS_TO_ASK - asks} more question${QUESTIONS_TO_ASK - asks === 1 ? '' : 's'} to ask them`, points: POINTS.questionsToAsk - Math.round((POINTS.questionsToAsk * asks) / QUESTIONS_TO_ASK) });
  const stories = new Set(sheet.storyIds).size;
  score += Math.round((POINTS.stories * Math.min(stories, STORIES)) / STORIES);
  if (stories < STORIES) missing.push({ code: 'FEW_STORIES', message: `pick ${STORIES - stories} more stor${STORIES - stories === 1 ? 'y' : 'ies'} for this interview (the ones that cover the listing's requirements)`, points: POINTS.stories - Math.round((POINTS.stories * stories) / STORIES) });
  missing.sort((a, b) => b.points - a.points);
  return { score: Math.min(100, score), missing };
}
