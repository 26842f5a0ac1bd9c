export { checkNote, NOTE_MIN_WORDS, NOTE_MAX_WORDS, NOTE_DUE_HOURS, NOTE_MAX_CHECKED_CHARS } from './check-note';
export { NOTE_PROBLEM_CODES, NoteProblemSchema, NoteCheckSchema } from './types';
export type { NoteProblem, NoteProblemCode, NoteCheck, NoteContext } from './types';
export { createSpeller, createWordListSpeller } from './speller';
export type { Speller } from './speller';
export { nameCloseness, phoneticKey } from './names';
export type { Closeness } from './names';
export { draftThankYou, thankYouDeadline, feedbackRequest, THANK_YOU_TONES, ThankYouInputSchema } from './draft';
export type { ThankYouDraft, ThankYouInput, ThankYouTone } from './draft';
