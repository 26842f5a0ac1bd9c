/**
 * The labelled mail splits of bench/data/mail, read as an import reads them (the importers'
 * scanner): one loader for the kinds bench (bench/mail.bench.ts), the model's build script and its
 * bench. Every folder with a labels.json is a split.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MailKind, MailMessage } from '../packages/core/src/index';
import { scanRawMail } from '../packages/importers/src/mail/index';

/** A message's label: its kind and language, and what the rules should read in it. */
export interface MailLabel {
  kind: MailKind;
  language: string;
  company: string | null;
  role: string | null;
  interview: { date: string; time: string; zone: string; format: string | null; link: string | null } | null;
}

export interface LabelledMail {
  split: string;
  file: string;
  kind: MailKind;
  language: string;
  label: MailLabel;
  /** The file as it is on disk. */
  raw: Buffer;
  message: MailMessage;
  /** Milliseconds the scanner took to read it. */
  scanMs: number;
}

export interface MailSplit {
  name: string;
  /** The person's own address, as an import finds it: the most frequent To of the split. */
  self: string[];
  mail: LabelledMail[];
}

export const MAIL_DATA = join(import.meta.dirname, '../bench/data/mail');

/**
 * Splits written to be measured once, unseen, and not yet measured: no model trains on them and
 * no bench reads them unless asked for by name. A split leaves this list when it has been measured.
 */
export const UNSEEN_MAIL_SPLITS: ReadonlySet<string> = new Set<string>([]);

/** The split names a model may be trained and scored on, in a stable order (by name). */
export function mailSplitNames(root = MAIL_DATA): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !UNSEEN_MAIL_SPLITS.has(d.name) && existsSync(join(root, d.name, 'labels.json')))
    .map((d) => d.name)
    .sort();
}

/** The files of a split that differ from its SHA256SUMS, or are not listed there (none when it has no SHA256SUMS). */
export function changedMailFiles(name: string, root = MAIL_DATA): string[] {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'SHA256SUMS'))) return [];
  const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
  const changed = sums.filter(([sum, f]) => createHash('sha256').update(readFileSync(join(dir, f!))).digest('hex') !== sum).map(([, f]) => f!);
  const listed = new Set(sums.map(([, f]) => f));
  return [...changed, ...readdirSync(dir).filter((f) => f !== 'SHA256SUMS' && !listed.has(f))];
}

/** Every labelled message of a split, files in name order, and the person's own address. */
export function readMailSplit(name: string, root = MAIL_DATA): MailSplit {
  const dir = join(root, name);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, MailLabel>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const mail = files.map((file) => {
    const label = labels[file];
    if (!label) throw new Error(`${name}/${file} has no label`);
    const raw = readFileSync(join(dir, file));
    const t0 = performance.now();
    const { message } = scanRawMail(raw);
    return { split: name, file, kind: label.kind, language: label.language, label, raw, message, scanMs: performance.now() - t0 };
  });
  const toCounts = new Map<string, number>();
  for (const m of mail) for (const a of m.message.to ?? []) toCounts.set(a.address, (toCounts.get(a.address) ?? 0) + 1);
  const self = [...toCounts].sort((a, b) => b[1] - a[1]).slice(0, 1).map(([a]) => a);
  return { name, self, mail };
}
