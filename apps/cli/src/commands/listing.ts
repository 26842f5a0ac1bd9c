import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround listing analyze FILE… [--json]`. */
export function registerListing(program: Command): void {
  const listing = program.command('listing').description('read job listings');
  listing
    .command('analyze')
    .description('requirements, skills, manager-role call, workplace and culture signals of job listings (text or HTML)')
    .argument('<files...>', 'listing files (.txt, .html, .md)')
    .option('--json', 'print one JSON object per file, one per line')
    .action(lazyAction(async () => (await import('./listing-run')).runListingAnalyze));
}
