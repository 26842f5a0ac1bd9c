import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround stories match --listing FILE --stories FILE [--json]`. */
export function registerStories(program: Command): void {
  const stories = program.command('stories').description('your STAR story bank');
  stories
    .command('match')
    .description("match your STAR stories (JSON or Markdown) to a listing's requirements")
    .requiredOption('--listing <file>', 'the job listing (text or HTML)')
    .requiredOption('--stories <file>', 'your stories (.json or .md; format in the README)')
    .option('--json', 'print the result as one JSON object')
    .action(lazyAction(async () => (await import('./stories-run')).runStoriesMatch));
}
