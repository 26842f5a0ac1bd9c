import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround mail classify FILE.eml… [--json]`. */
export function registerMail(program: Command): void {
  const mail = program.command('mail').description('read job-search mail');
  mail
    .command('classify')
    .description('kind (application received, interview invitation, rejection, position closed, offer, other), company, role and interview time of messages (.eml or pasted text)')
    .argument('<files...>', 'message files (.eml, or the text of a message), .mbox files or folders of .eml (read one message at a time)')
    .option('--json', 'print one JSON object per message, one per line')
    .action(lazyAction(async () => (await import('./mail-run')).runMailClassify));
  mail
    .command('import')
    .description('import a mailbox into the records: each job-search message is matched to its application (or proposed as a new one) and its stage step proposed; messages already imported are skipped by their Message-ID')
    .argument('<path>', 'an .mbox file (Google Takeout, Thunderbird, Apple Mail) or a folder of .eml files, read one message at a time')
    .option('--dry-run', 'classify and propose, write nothing')
    .option('--accept-all', 'accept every proposal as it is made')
    .option('--json', 'print one JSON object per message, one per line, then a summary line')
    .action(lazyAction(async () => (await import('./mail-import-run')).runMailImport));
}
