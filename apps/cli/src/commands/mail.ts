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
}
