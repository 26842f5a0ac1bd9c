/**
 * The labelled mail splits of bench/data/mail, read as an import reads them (the importers'
 * scanner), for the model's build script and its bench. Every folder with a labels.json is a split.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MailKind, MailMessage } from '../packages/core/src/index';
import { scanRawMail } from '../packages/importers/src/mail/index';

export interface LabelledMail {
  split: string;
  file: string;
  kind: MailKind;
  language: string;
  message: MailMessage;
}

export interface MailSplit {
  name: string;
  /** The person's own address, as an import finds it: the most frequent To of the split. */
  self: string[];
  mail: LabelledMail[];
}

export const MAIL_DATA = join(import.meta.dirname, '../bench/data/mail');

/** The split names, in a stable order (by name). */
export function mailSplitNames(root = MAIL_DATA): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'labels.json')))
    .map((d) => d.name)
    .sort();
}

export function readMailSplit(name: string, root = MAIL_DATA): MailSplit {
  const dir = join(root, name);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { kind: MailKind; language: string }>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const mail = files.map((file) => {
    const label = labels[file];
    if (!label) throw new Error(`${name}/${file} has no label`);
    return { split: name, file, kind: label.kind, language: label.language, message: scanRawMail(readFileSync(join(dir, file))).message };
  });
  const toCounts = new Map<string, number>();
  for (const m of mail) for (const a of m.message.to ?? []) toCounts.set(a.address, (toCounts.get(a.address) ?? 0) + 1);
  const self = [...toCounts].sort((a, b) => b[1] - a[1]).slice(0, 1).map(([a]) => a);
  return { name, self, mail };
}
