import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround note check FILE --interviewer NAME… --company NAME [--role] [--interview-end] [--sent-at] [--to NAME]`. */
export function registerNote(program: Command): void {
  const note = program.command('note').description('thank-you notes');
  note
    .command('check')
    .description('proofread a thank-you note: names, company, role, spelling, placeholders, thanks, fit, timing, length')
    .argument('<file...>', 'the note as a text file (several files: one JSON line each)')
    .requiredOption('--interviewer <name...>', "the interviewers' names (repeat or list several)")
    .requiredOption('--company <name>', 'the company the note is for')
    .option('--role <text>', 'the role interviewed for')
    .option('--interview-end <iso>', 'when the interview ended (ISO 8601)')
    .option('--sent-at <iso>', 'when the note is sent (ISO 8601); with --interview-end, flags notes later than 24 h')
    .option('--other-company <name...>', 'other companies you applied to')
    .option('--other-person <name...>', 'people from your other interviews')
    .option('--listing-term <term...>', "the listing's skills and requirements")
    .option('--sender <name>', 'your own name (the signature)')
    .option('--to <name>', 'the full name of the person the note is written to (an interviewer, or the recruiter): greeting them is never a wrong name')
    .option('--json', 'print JSON: { ok, problems: [{ code, message, start, end }] }')
    .action(lazyAction(async () => (await import('./note-run')).runNoteCheck));
}
