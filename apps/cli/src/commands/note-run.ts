import { checkNote, UserError, type NoteCheck } from '@secondround/core';
import { printJson, printLine, readTextFile } from '../io';
import { loadSpeller } from '../speller';

export async function runNoteCheck(files: string[], opts: NoteCheckOptions): Promise<void> {
  const interviewEnd = isoOption(opts.interviewEnd, '--interview-end');
  const sentAt = isoOption(opts.sentAt, '--sent-at');
  const interviewers = opts.interviewer.map((n) => n.trim()).filter((n) => n !== '');
  if (interviewers.length === 0) throw new UserError('BAD_INTERVIEWER', '--interviewer needs at least one name', 400);
  if (opts.company.trim() === '') throw new UserError('BAD_COMPANY', '--company needs a name', 400);
  const addressee = opts.to?.trim() ?? null;
  if (addressee === '' || (addressee !== null && addressee.length > MAX_NAME_CHARS)) throw new UserError('BAD_ADDRESSEE', `--to needs a name of at most ${MAX_NAME_CHARS} characters`, 400);
  const texts = await Promise.all(files.map((f) => readTextFile(f, MAX_NOTE_BYTES)));
  const speller = await loadSpeller();
  files.forEach((file, i) => {
    const text = texts[i] ?? '';
    const result = checkNote(text, {
      interviewers,
      company: opts.company,
      role: opts.role ?? null,
      interviewEnd: interviewEnd ?? null,
      sentAt: sentAt ?? null,
      otherCompanies: opts.otherCompany ?? [],
      otherPeople: opts.otherPerson ?? [],
      listingTerms: opts.listingTerm ?? [],
      senderName: opts.sender ?? null,
      addressee,
      speller,
    });
    if (opts.json) printJson(files.length > 1 ? { file, ...result } : result);
    else printSummary(file, text, result);
  });
}

/** A note longer than this is not a note; the checker reads the first 20,000 characters anyway. */
const MAX_NOTE_BYTES = 2 * 1024 * 1024;
/** As the API's check context allows for a name. */
const MAX_NAME_CHARS = 200;

interface NoteCheckOptions {
  interviewer: string[];
  company: string;
  role?: string;
  interviewEnd?: string;
  sentAt?: string;
  otherCompany?: string[];
  otherPerson?: string[];
  listingTerm?: string[];
  sender?: string;
  to?: string;
  json?: boolean;
}

function isoOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value))) throw new UserError('BAD_DATE', `${flag} is not a date and time (ISO 8601): ${value}`, 400);
  return value;
}

function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

function printSummary(file: string, text: string, result: NoteCheck): void {
  if (result.ok) {
    printLine(`${file}: no problems (${result.wordCount} words)`);
    return;
  }
  printLine(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (${result.wordCount} words)`);
  for (const p of result.problems) printLine(`  ${lineAndColumn(text, p.start)}  ${p.code}  ${p.message}`);
}
