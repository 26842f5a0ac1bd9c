import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround diagnose [--json] [--waiting-days N]`: where the search stalls, and why. */
export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('Where your search stalls compared with typical rates, and which reasons your records point to')
    .option('--json', 'print the diagnosis as one JSON object')
    .option('--waiting-days <n>', 'days without news before an application counts as not advanced (default 21)')
    .action(
      lazyAction(async () => {
        // zod compiles a fast parser with \`new Function\` for each object schema on its first parse,
        // which a process that parses each schema a few times never pays back. Read once per
        // construction, so it is set before the domain's schemas are built. Same answers either way.
        (await import('zod')).config({ jitless: true });
        return (await import('./diagnose-run')).runDiagnose;
      }),
    );
}
