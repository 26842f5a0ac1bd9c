import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround diagnose [--json] [--waiting-days N]`: where the search stalls, and why. */
export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('Where your search stalls compared with typical rates, and which reasons your records point to')
    .option('--json', 'print the diagnosis as one JSON object')
    .option('--waiting-days <n>', 'days without news before an application counts as not advanced (default 21)')
    .action(lazyAction(async () => (await import('./diagnose-run')).runDiagnose));
}
