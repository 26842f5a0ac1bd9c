import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround mail classify FILE.eml… [--json] [--me ADDRESS…]`. */
export function registerMail(program: Command): void {
  const mail = program.command('mail').description('read job-search mail');
  mail
    .command('classify')
    .description('kind (application received, interview invitation, rejection, position closed, offer, other), company, role and interview time of messages (.eml or pasted text)')
    .argument('<files...>', 'message files (.eml, or the text of a message), .mbox files or folders of .eml (read one message at a time)')
    .option('--json', 'print one JSON object per message, one per line')
    .option('--me <address...>', "the person's own e-mail address (repeatable): their own mail is `other`; the account's e-mail and IMAP login in the database are read too, when it exists")
    .action(lazyAction(async () => (await import('./mail-run')).runMailClassify));
  mail
    .command('import')
    .description('import a mailbox into the records: each job-search message is matched to its application (or proposed as a new one) and its stage step proposed; messages already imported are skipped by their Message-ID')
    .argument('<path>', 'an .mbox file (Google Takeout, Thunderbird, Apple Mail) or a folder of .eml files, read one message at a time')
    .option('--dry-run', 'classify and propose, write nothing')
    .option('--accept-all', 'accept every proposal as it is made')
    .option('--json', 'print one JSON object per message, one per line, then a summary line')
    .action(lazyAction(async () => (await import('./mail-import-run')).runMailImport));
  mail
    .command('sync')
    .description('fetch the new messages of the IMAP account in the settings (by UID, resuming where the last sync stopped), classify them and propose the updates')
    .option('--folder <name>', 'read this folder only (default: the folder in the settings, else every folder with mail)')
    .option('--dry-run', 'classify and propose without writing anything or moving the sync on')
    .option('--accept-all', 'accept every proposal as it is made')
    .option('--json', 'print one JSON object per message, one per line, then a summary line')
    .action(lazyAction(async () => (await import('./mail-sync-run')).runMailSync));
}
