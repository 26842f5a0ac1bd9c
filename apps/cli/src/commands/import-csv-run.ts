import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { importTrackerCsv, type CsvImportReport } from '@secondround/server';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

export async function runCsvImport(file: string, opts: { skipInvalid?: boolean; json?: boolean }, cmd: Command): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new UserError('NOT_FOUND', `no such file: ${file}`, 404);
  if (!info.isFile()) throw new UserError('NOT_A_FILE', `${file} is not a file`, 400);
  const today = new Date().toISOString().slice(0, 10);
  const result = await withStore(cmd, (store) => importTrackerCsv(store, LOCAL_OWNER_ID, createReadStream(file), { skipInvalid: opts.skipInvalid === true, today, maxBytes: MAX_CSV_BYTES }));
  const { imported, blocked } = result;
  // `--json` may land on the parent `import` command, which has the same option.
  const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
  report(file, result, imported, blocked, json);
  if (blocked) process.exitCode = 1;
}

/** A spreadsheet bigger than this is refused before reading (100,000 rows is ~15 MB). */
const MAX_CSV_BYTES = 1024 * 1024 * 1024;

function report(file: string, r: CsvImportReport, imported: number, blocked: boolean, json: boolean): void {
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
