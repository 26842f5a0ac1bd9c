import { z } from 'zod';
import type { Speller } from './speller';

export const NOTE_PROBLEM_CODES = [
  'NAME_MISSPELLED',
  'WRONG_NAME',
  'COMPANY_MISSPELLED',
  'OTHER_COMPANY',
  'ROLE_MISMATCH',
  'SPELLING',
  'REPEATED_WORD',
  'PLACEHOLDER',
  'NO_GRATITUDE',
  'NO_FIT',
  'LATE',
  'TOO_LONG',
  'TOO_SHORT',
  'SIMILAR_NOTE',
] as const;

/** Each problem in plain words, for the Diagnosis and anywhere a code would otherwise show. */
export const NOTE_PROBLEM_LABELS: Record<(typeof NOTE_PROBLEM_CODES)[number], string> = {
  NAME_MISSPELLED: "interviewer's name misspelled",
  WRONG_NAME: 'addressed to the wrong person',
  COMPANY_MISSPELLED: 'company name misspelled',
  OTHER_COMPANY: "another company's name left in",
  ROLE_MISMATCH: 'the wrong job title',
  SPELLING: 'a spelling mistake',
  REPEATED_WORD: 'a word repeated',
  PLACEHOLDER: 'a placeholder left in',
  NO_GRATITUDE: 'no thanks in it',
  NO_FIT: 'nothing on why you fit',
  LATE: 'sent late',
  TOO_LONG: 'too long',
  TOO_SHORT: 'too short',
  SIMILAR_NOTE: 'almost the same as a note to another interviewer',
};

export const NoteProblemSchema = z.object({
  code: z.enum(NOTE_PROBLEM_CODES),
  message: z.string(),
  /** JS string index of the first character the problem is about. */
  start: z.number().int(),
  /** JS string index just past it. */
  end: z.number().int(),
  /** The right spelling or wording, when there is one. */
  suggestion: z.string().optional(),
});
export type NoteProblem = z.infer<typeof NoteProblemSchema>;
export type NoteProblemCode = NoteProblem['code'];

export const NoteCheckSchema = z.object({
  ok: z.boolean(),
  problems: z.array(NoteProblemSchema),
  wordCount: z.number().int(),
});
export type NoteCheck = z.infer<typeof NoteCheckSchema>;

/** What the checker knows about the interview the note is for. */
export interface NoteContext {
  /** The names of the people at this interview (the note may greet any of them). */
  interviewers: readonly string[];
  company: string;
  role?: string | null;
  /** Other companies the person applied to (naming one is the copy-paste mistake). */
  otherCompanies?: readonly string[];
  /** People met at other interviews. */
  otherPeople?: readonly string[];
  /** The listing's skills and requirement terms: known words, and what shows fit. */
  listingTerms?: readonly string[];
  /** When the interview ended (ISO instant). */
  interviewEnd?: string | null;
  /** When the note was (or will be) sent (ISO instant). */
  sentAt?: string | null;
  /** Words the person added to their own dictionary (jargon of their field). */
  knownWords?: readonly string[];
  /** The person's own name, for the signature. */
  senderName?: string | null;
  /** The person's notes to other interviewers at the same company: a near-copy is flagged. */
  otherNotes?: ReadonlyArray<{ to: string; text: string }>;
  /**
   * The full name of the person the note is written to (an interviewer, or the recruiter in a
   * scheduling reply). Greeting or addressing them is never a wrong name; a misspelling of their
   * name is caught like an interviewer's.
   */
  addressee?: string | null;
  /**
   * People at the company who arrange rather than interview (the recruiter screen's interviewer,
   * a recruiter or coordinator by title): a note may greet them without naming the panel.
   */
  contacts?: readonly string[];
  /** Spelling dictionary; without one there is no SPELLING check. */
  speller?: Speller | null;
}
