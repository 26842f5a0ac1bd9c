import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround demo`: seed a realistic synthetic search so every screen has something to show. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('seed a realistic synthetic search of about 40 applications (refuses a database that already has records, unless --replace)')
    .option('--replace', 'delete your current records first')
    .option('--json', 'print a JSON summary')
    .action(lazyAction(async () => (await import('./demo-run')).runDemo));
}
