import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { readTrackerCsv, type TrackerCsvResult, type TrackerItem } from '@secondround/importers';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine, runAction } from '../io';

const ROLLBACK = Symbol('rollback');

/** A spreadsheet bigger than this is refused before reading (100,000 rows is ~15 MB). */
const MAX_CSV_BYTES = 1024 * 1024 * 1024;

/** `secondround import csv FILE`: a spreadsheet of the search, all or nothing. */
export function registerCsvImport(importCmd: Command): void {
  importCmd
    .command('csv')
    .description('import a spreadsheet of your search (canonical columns, or Huntr/Teal exports); nothing is imported if any row is invalid unless --skip-invalid')
    .argument('<file>', 'CSV file (UTF-8, UTF-16 with BOM or Latin-1; comma, TAB or semicolon separated)')
    .option('--skip-invalid', 'import the valid rows and list the invalid ones')
    .option('--json', 'print a JSON report')
    .action(
      runAction(async (file: string, opts: { skipInvalid?: boolean; json?: boolean }, cmd: Command) => {
        const info = await stat(file).catch(() => null);
        if (!info) throw new UserError('NOT_FOUND', `no such file: ${file}`, 404);
        if (!info.isFile()) throw new UserError('NOT_A_FILE', `${file} is not a file`, 400);
        // Rows are written in batches inside one transaction while the file streams, so memory
        // stays flat; if any row is invalid (and --skip-invalid is off) the transaction is rolled back.
        const today = new Date().toISOString().slice(0, 10);
        let imported = 0;
        let result: TrackerCsvResult | undefined;
        let blocked = false;
        await withStore(cmd, (store) =>
          store
            .transaction(async (tx) => {
              let batch: TrackerItem[] = [];
              const flush = async () => {
                if (batch.length === 0) return;
                // A row with only company and role has no dated step; it enters the board as saved today.
                imported += await tx.bulk.insert(LOCAL_OWNER_ID, batch.map((it) => (it.events.length > 0 ? it : { ...it, events: [{ stage: 'saved' as const, date: today, reason: null }] })));
                batch = [];
              };
              result = await readTrackerCsv(createReadStream(file), {
                maxBytes: MAX_CSV_BYTES,
                onItem: async (item) => {
                  batch.push(item);
                  if (batch.length >= 2_000) await flush();
                },
              });
              await flush();
              if (result.invalidRows > 0 && !opts.skipInvalid) {
                blocked = true;
                throw ROLLBACK;
              }
            })
            .catch((e: unknown) => {
              if (e !== ROLLBACK) throw e;
              imported = 0;
            }),
        );
        // `--json` may land on the parent `import` command, which has the same option.
        const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
        report(file, result!, imported, blocked, json);
        if (blocked) process.exitCode = 1;
      }),
    );
}

function report(file: string, r: TrackerCsvResult, imported: number, blocked: boolean, json: boolean): void {
  if (json) {
    printJson({ file, format: r.format, encoding: r.encoding, rows: r.rows, imported, invalidRows: r.invalidRows, invalid: r.invalid, unknownColumns: r.unknownColumns, mappedColumns: r.mappedColumns });
    return;
  }
  const out = blocked ? (s: string) => process.stderr.write(`${s}\n`) : printLine;
  out(`${file}: ${r.rows} rows read as ${r.format} (${r.encoding}).`);
  if (r.unknownColumns.length) out(`Columns not imported (unknown): ${r.unknownColumns.join(', ')}`);
  for (const p of r.invalid.slice(0, 50)) out(`  line ${p.line}: ${p.message}`);
  if (r.invalid.length > 50) out(`  … and ${r.invalid.length - 50} more problems`);
  if (blocked) out(`secondround: nothing imported: ${r.invalidRows} invalid rows. Fix them, or run again with --skip-invalid to import the ${r.rows - r.invalidRows} valid rows.`);
  else out(`Imported ${imported} applications${r.invalidRows ? `; skipped ${r.invalidRows} invalid rows` : ''}.`);
}
