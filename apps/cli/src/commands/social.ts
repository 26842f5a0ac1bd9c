import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround social scan PATH`: audit a platform's data export, offline. */
export function registerSocial(program: Command): void {
  const social = program.command('social').description('audit your own social-media data exports, on this machine');
  social
    .command('scan')
    .description('scan an export (zip or unpacked folder of X, Facebook, Instagram, LinkedIn or Reddit) for what makes recruiters pass')
    .argument('<path>', 'the export: a .zip or its unpacked folder')
    .option('--json', 'print the report as JSON (the first 5,000 findings; `truncated: true` when there were more)')
    .option('--all', 'list every finding, however many (with --json, written as they are found)')
    .action(lazyAction(async () => (await import('./social-run')).runSocialScan));
}
