import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { runAction } from '../io';

/** `secondround import csv FILE`: a spreadsheet of the search (wired to the CSV reader in importers). */
export function registerCsvImport(importCmd: Command): void {
  importCmd
    .command('csv')
    .description('import a spreadsheet of your search (canonical columns, or Huntr/Teal exports); nothing is imported if any row is invalid unless --skip-invalid')
    .argument('<file>', 'CSV file')
    .option('--skip-invalid', 'import the valid rows and list the invalid ones')
    .option('--json', 'print a JSON report')
    .action(
      runAction(async () => {
        throw new UserError('NOT_READY', 'CSV import is being wired up', 1);
      }),
    );
}
