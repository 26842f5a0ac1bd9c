import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround timeline parse TEXT --from ISO [--tz ZONE]`. */
export function registerTimeline(program: Command): void {
  const timeline = program.command('timeline').description("the employer's stated timeline and the one follow-up");
  timeline
    .command('parse')
    .description('read a stated timeline ("within 5 business days", "early next week") and plan the follow-up')
    .argument('<text...>', 'what they said (several texts: one JSON line each)')
    .requiredOption('--from <iso>', 'when the thank-you was sent (ISO 8601)')
    .option('--tz <zone>', 'your IANA time zone (default: the offset in --from, else UTC)')
    .option('--holiday <date...>', 'public holidays to skip (YYYY-MM-DD)')
    .option('--json', 'print JSON: { statedUntil, followUpOn, matchedText }')
    .action(lazyAction(async () => (await import('./timeline-run')).runTimelineParse));
}
