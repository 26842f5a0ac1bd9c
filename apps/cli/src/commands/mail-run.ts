import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { classifyMail, isUserError, UserError, type MailClassification } from '@secondround/core';
import { MAX_MESSAGE_BYTES, mailSecondOpinion, parsePastedMail, looksLikeRawMessage, pruneStream, readEmlFolder, readMboxFile, scanRawMail, type MailboxEntry, type ParsedMail } from '@secondround/importers';
import type { Command } from 'commander';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { databaseConfig, withStore } from '../context';
import { ExitCode, printJson, printLine } from '../io';

// A file is streamed and pruned of its attachments' bodies: a 70 MB message is read by its text.
async function readMessage(file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UserError('NOT_FOUND', `no such file: ${file}`, 404);
  }
  if (info.isDirectory()) throw new UserError('NOT_A_FILE', `${file} is a folder, not a file`, 400);
  const { raw } = await pruneStream(createReadStream(file, { highWaterMark: 1 << 20 }));
  if (!raw) throw new UserError('MESSAGE_TOO_LARGE', `${file} has over ${MAX_MESSAGE_BYTES / 1048576} MB of text (attachments aside); it was not read`, 413);
  return raw;
}

function warn(file: string, parsed: ParsedMail, opts: { json?: boolean }): void {
  if (!opts.json) for (const w of parsed.warnings) process.stderr.write(`secondround: ${file}: warning: ${w}\n`);
}

/** The contract's line: `{ file, kind, company, role, interview?, confidence }`, plus language and reason. */
function toJson(file: string, r: MailClassification, warnings: string[]): Record<string, unknown> {
  const { kind, company, role, interview, confidence, language, reason } = r;
  return { file, kind, company, role, ...(interview ? { interview } : {}), confidence, language, reason, ...(warnings.length ? { warnings } : {}) };
}

// An mbox file or a folder of .eml is read one message at a time; each message is a line
// whose file is "PATH#N" (mbox, 1-based) or "FOLDER/NAME.eml".
async function classifyMailbox(path: string, isFolder: boolean, options: Parameters<typeof classifyMail>[1], opts: { json?: boolean }): Promise<number> {
  let failed = 0;
  const entries: AsyncGenerator<MailboxEntry> = isFolder ? readEmlFolder(path) : readMboxFile(path);
  for await (const e of entries) {
    const file = isFolder ? `${path.replace(/\/+$/, '')}/${e.source}` : `${path}#${e.index + 1}`;
    if (!e.raw) {
      failed++;
      process.stderr.write(`secondround: ${file}: ${e.error?.message ?? 'unreadable'}\n`);
      continue;
    }
    if (e.isTruncated) process.stderr.write(`secondround: ${file}: the mailbox ends in the middle of this message\n`);
    try {
      // A mailbox is read with the scan that steps over attachments (bench/mail-throughput.bench.ts).
      const parsed = scanRawMail(e.raw);
      warn(file, parsed, opts);
      const result = classifyMail(parsed.message, options);
      if (opts.json) printJson(toJson(file, result, parsed.warnings));
      else printSummary(file, result, true);
    } catch (err) {
      if (!isUserError(err)) throw err;
      failed++;
      process.stderr.write(`secondround: ${file}: ${err.message}\n`);
    }
  }
  return failed;
}

/**
 * The person's own addresses: those given with `--me`, and the account's e-mail, the IMAP login and
 * the SMTP sender of the database the CLI points at. A database file that does not exist is not created for this.
 */
async function selfAddresses(me: string[] | undefined, cmd: Command | undefined): Promise<string[]> {
  const given = (me ?? []).map((a) => a.trim().toLowerCase());
  const bad = given.find((a) => !/^[^\s@]+@[^\s@]+$/.test(a));
  if (bad !== undefined) throw new UserError('BAD_ADDRESS', `--me ${bad} is not an e-mail address`, 400);
  if (!cmd) return given;
  const config = databaseConfig(cmd);
  if (config.file && !existsSync(config.file)) return given;
  const stored = await withStore(cmd, async (store) => {
    const [account, settings] = await Promise.all([store.users.findById(LOCAL_OWNER_ID), store.settings.get(LOCAL_OWNER_ID)]);
    return [account?.email, settings.imap?.user, settings.smtp?.from, settings.smtp?.user];
  });
  // The SMTP sender may be written with a name ("Sam Lee <sam@example.net>").
  const known = stored.map((a) => (typeof a === 'string' ? (/<([^<>\s]+@[^<>\s]+)>/.exec(a)?.[1] ?? a) : '')).filter((a) => /^[^\s@<>]+@[^\s@<>]+$/.test(a.trim())).map((a) => a.trim().toLowerCase());
  return [...new Set([...given, ...known])];
}

export async function runMailClassify(files: string[], opts: { json?: boolean; me?: string[] }, cmd?: Command): Promise<void> {
  let failed = 0;
  // A pasted message has no Date header: relative dates ("next Tuesday") are read from today.
  const now = new Date().toISOString();
  const self = await selfAddresses(opts.me, cmd);
  // The mail model reads again what the rules call `other` (SECONDROUND_MAIL_SECOND_OPINION=0: the rules alone).
  const options = { now, self, secondOpinion: mailSecondOpinion() };
  for (const file of files) {
    try {
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory() || /\.mbox$/i.test(file)) {
        failed += await classifyMailbox(file, info?.isDirectory() ?? false, options, opts);
        continue;
      }
      const bytes = await readMessage(file);
      const head = bytes.subarray(0, 8_000).toString('utf8');
      const parsed = looksLikeRawMessage(head) ? scanRawMail(bytes) : parsePastedMail(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      warn(file, parsed, opts);
      const result = classifyMail(parsed.message, options);
      if (opts.json) printJson(toJson(file, result, parsed.warnings));
      else printSummary(file, result, files.length > 1);
    } catch (e) {
      if (!isUserError(e) || files.length === 1) throw e;
      failed++;
      process.stderr.write(`secondround: ${file}: ${e.message}\n`);
    }
  }
  if (failed > 0) throw new ExitCode(1);
}

const KIND_LABEL: Record<MailClassification['kind'], string> = {
  application_received: 'Application received', interview_invitation: 'Interview invitation', rejection: 'Rejection',
  position_closed: 'Position closed (not you)', offer: 'Offer', other: 'Not about an application',
};

function printSummary(file: string, r: MailClassification, withFile: boolean): void {
  if (withFile) printLine(`== ${file}`);
  printLine(`${KIND_LABEL[r.kind]} (confidence ${r.confidence.toFixed(2)})`);
  if (r.company || r.role) printLine(`${r.role ?? '(role not named)'}${r.company ? ` at ${r.company}` : ''}`);
  const i = r.interview;
  if (i) printLine(`Interview: ${i.date ?? 'date not found'}${i.time ? ` ${i.time}` : ''}${i.zone ? ` (${i.zone})` : ''}${i.format ? `, ${i.format}` : ''}${i.link ? `, ${i.link}` : ''}`);
  if (r.reason) printLine(`Because: "${r.reason}"`);
}
