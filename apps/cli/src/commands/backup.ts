import type { Command } from 'commander';
import { registerCsvImport } from './import-csv';
import { lazyAction } from '../lazy';

/** `secondround export FILE` and `secondround import FILE` (plus `import csv`). */
export function registerBackup(program: Command): void {
  program
    .command('export')
    .description('write a full, versioned JSON backup of your records to FILE')
    .argument('<file>', 'where to write the backup (.json)')
    .option('--json', 'print a JSON summary')
    .action(lazyAction(async () => (await import('./backup-run')).runExport));

  const importCmd = program
    .command('import')
    .description('restore a backup written by `secondround export` (all or nothing); `import csv FILE` reads a spreadsheet')
    .argument('<file>', 'backup file (.json)')
    .option('--replace', 'delete your current records first (in the same transaction)')
    .option('--json', 'print a JSON summary')
    .action(lazyAction(async () => (await import('./backup-run')).runImport));
  registerCsvImport(importCmd);
}
