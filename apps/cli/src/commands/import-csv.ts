import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround import csv FILE`: a spreadsheet of the search, all or nothing. */
export function registerCsvImport(importCmd: Command): void {
  importCmd
    .command('csv')
    .description('import a spreadsheet of your search (canonical columns, or Huntr/Teal exports); nothing is imported if any row is invalid unless --skip-invalid')
    .argument('<file>', 'CSV file (UTF-8, UTF-16 with BOM or Latin-1; comma, TAB or semicolon separated)')
    .option('--skip-invalid', 'import the valid rows and list the invalid ones')
    .option('--json', 'print a JSON report')
    .action(lazyAction(async () => (await import('./import-csv-run')).runCsvImport));
}
