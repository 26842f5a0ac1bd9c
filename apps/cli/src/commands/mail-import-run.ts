import { opendir, stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { UserError } from '@secondround/core';
import { readEmlFolder, readMboxFile } from '@secondround/importers';
import { importMessages, type MailImportOutcome, type MailImportSummary, type RawMail } from '@secondround/server';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { ExitCode, printJson, printLine } from '../io';

interface ImportOptions {
  dryRun?: boolean;
  acceptAll?: boolean;
  json?: boolean;
}

/** One message's line: the classify contract's fields, plus what became of it. */
function messageLine(o: MailImportOutcome): Record<string, unknown> {
  const c = o.classification;
  const p = o.proposal;
  return {
    file: o.source,
    kind: c?.kind ?? null,
    company: c?.company ?? null,
    role: c?.role ?? null,
    ...(c?.interview ? { interview: c.interview } : {}),
    confidence: c?.confidence ?? null,
    status: o.status,
    proposal: p?.event ? { applicationId: p.applicationId, newApplication: p.newApplication, stage: p.event.stage, date: p.event.date, reason: p.event.reason } : null,
    ...(o.accepted ? { applicationId: o.accepted.applicationId, isNewApplication: o.accepted.isNewApplication } : {}),
    ...(o.error ? { error: o.error } : {}),
    ...(o.warnings?.length ? { warnings: o.warnings } : {}),
  };
}

async function countEml(dir: string): Promise<number> {
  let n = 0;
  for await (const d of await opendir(dir)) if (d.isFile() && /\.eml$/i.test(d.name)) n++;
  return n;
}

/** `secondround mail import FILE.mbox|FOLDER [--dry-run] [--accept-all] [--json]`. */
export async function runMailImport(path: string, opts: ImportOptions, cmd: Command): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UserError('NOT_FOUND', `no such file or folder: ${path}`, 404);
  const isFolder = info.isDirectory();
  const folder = path.replace(/\/+$/, '');
  const entries: AsyncIterable<RawMail> = isFolder
    ? (async function* () {
        for await (const e of readEmlFolder(path)) yield { ...e, source: `${folder}/${e.source}` };
      })()
    : readMboxFile(path);
  // The bar counts bytes of an mbox and files of a folder; it is drawn only on a terminal.
  const total = isFolder ? await countEml(path) : info.size;
  const bar = process.stderr.isTTY && total > 0
    ? new cliProgress.SingleBar({ stream: process.stderr, format: isFolder ? 'importing {bar} {percentage}% | {value}/{total} messages | {proposed} proposed' : 'importing {bar} {percentage}% | {value}/{total} MB | {proposed} proposed', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  const scale = isFolder ? 1 : 1e6;
  bar?.start(Math.max(1, Math.round(total / scale)), 0, { proposed: 0 });
  let summary: MailImportSummary;
  try {
    summary = await withStore(cmd, (store) =>
      importMessages({ store, ownerId: LOCAL_OWNER_ID }, entries, {
        origin: isFolder ? 'folder' : 'mbox',
        dryRun: opts.dryRun === true,
        acceptAll: opts.acceptAll === true,
        onProgress: (p) => bar?.update(Math.min(Math.round(total / scale), Math.round((isFolder ? p.read : p.bytes) / scale)), { proposed: p.proposed }),
        onMessage: (o) => {
          if (opts.json) printJson(messageLine(o));
          else if (o.status === 'failed' && !bar) process.stderr.write(`secondround: ${o.source}: ${o.error?.message ?? 'unreadable'}\n`);
          else if (o.warnings?.length && !bar) for (const w of o.warnings) process.stderr.write(`secondround: ${o.source}: warning: ${w}\n`);
        },
      }),
    );
  } finally {
    bar?.stop();
  }
  const { errors, ...counts } = summary;
  if (opts.json) printJson({ summary: true, file: path, ...counts, errors });
  else printSummary(path, summary, bar !== null);
  // Every message unreadable: nothing was imported, which is an error; some failures are reported.
  if (summary.read > 0 && summary.failed === summary.read) throw new ExitCode(1);
}

function printSummary(path: string, s: MailImportSummary, hadBar: boolean): void {
  if (hadBar) for (const e of s.errors) process.stderr.write(`secondround: ${e.source}: ${e.message}\n`);
  if (s.isTruncated) process.stderr.write(`secondround: ${path} ends in the middle of its last message; it was read as far as it goes\n`);
  const verb = s.dryRun ? 'would import' : 'imported';
  printLine(`${path}: ${s.read} message${s.read === 1 ? '' : 's'} read, ${s.imported} ${verb}, ${s.duplicates} already imported, ${s.failed} skipped`);
  printLine(`${s.proposed} proposal${s.proposed === 1 ? '' : 's'}${s.dryRun ? ' (dry run: nothing written)' : ''}${s.accepted > 0 ? `, ${s.accepted} accepted` : ''}`);
  if (!s.dryRun && s.proposed > s.accepted) printLine('Review the proposals in the web app (Mail inbox), or run again with --accept-all.');
}
