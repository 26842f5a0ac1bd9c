/**
 * How a mail split is scored: the keyword baseline, the folding of companies and roles, the
 * per-class counts and the misses. One place for bench/mail.bench.ts (one split, with speed) and
 * bench/halves.ts (many splits, pooled). Importing this module runs nothing.
 */
import { MAIL_KINDS, cleanCompany, classifyMail, type MailKind } from '../../packages/core/src/index';
import type { LabelledMail } from '../../scripts/mail-splits';

// The baseline a tracker would write in an afternoon: first keyword wins, in this order.
const BASELINE: Array<[MailKind, RegExp]> = [
  ['position_closed', /cancel|on hold|position (?:has been )?closed|filled internally|annulé|cancelad|gestrichen|ingetrokken/i],
  ['rejection', /unfortunately|regret|not (?:be )?moving forward|other candidates|leider|malheureusement|lamentablemente|helaas|absage/i],
  ['offer', /\boffer\b|angebot|offre|oferta|aanbod/i],
  ['interview_invitation', /interview|entretien|entrevista|gesprek|gespräch/i],
  ['application_received', /received your application|thank(?:s| you) for applying|eingang|bien reçu|hemos recibido|ontvangen/i],
];
export const mailBaseline = (text: string): MailKind => BASELINE.find(([, re]) => re.test(text))?.[0] ?? 'other';

export const fold = (s: string | null | undefined): string => cleanCompany(s ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
// A gender marker in brackets ("(m/w/d)", "(h/f)") is how a listing is written, not part of the
// role: labels of some splits keep it and others do not, so roles are compared without it (and
// also as written).
const GENDER = /\s*\((?:[mwfdhvx](?:\s*\/\s*[mwfdhvx]){1,2}|all\s+genders?)\)/gi;
export const roleKey = (s: string | null | undefined): string => fold((s ?? '').replace(GENDER, ''));

export interface MailRow {
  file: string;
  label: LabelledMail['label'];
  ours: ReturnType<typeof classifyMail>;
  base: MailKind;
}

/** The baseline's answer on a message, on its subject and decoded text. */
export function baselineOf(message: LabelledMail['message']): MailKind {
  return mailBaseline(`${message.subject}\n${message.text || message.html || ''}`);
}

/** Counts over rows: per class, accuracy, interviews, company and role (numerators and denominators). */
export function countMail(rows: MailRow[]) {
  const perKind = MAIL_KINDS.map((k) => ({
    kind: k,
    n: rows.filter((r) => r.label.kind === k).length,
    tp: rows.filter((r) => r.label.kind === k && r.ours.kind === k).length,
    pp: rows.filter((r) => r.ours.kind === k).length,
    btp: rows.filter((r) => r.label.kind === k && r.base === k).length,
    bpp: rows.filter((r) => r.base === k).length,
  }));
  const inv = rows.filter((r) => r.label.interview);
  const withCompany = rows.filter((r) => r.label.company);
  const withRole = rows.filter((r) => r.label.role);
  return {
    n: rows.length,
    perKind,
    right: rows.filter((r) => r.ours.kind === r.label.kind).length,
    baseRight: rows.filter((r) => r.base === r.label.kind).length,
    interviews: inv.length,
    dateTime: inv.filter((r) => r.ours.interview?.date === r.label.interview!.date && r.ours.interview?.time === r.label.interview!.time).length,
    zone: inv.filter((r) => r.ours.interview?.zone === r.label.interview!.zone).length,
    format: inv.filter((r) => r.ours.interview?.format === r.label.interview!.format).length,
    link: inv.filter((r) => (r.ours.interview?.link ?? null) === r.label.interview!.link).length,
    withCompany: withCompany.length,
    company: withCompany.filter((r) => fold(r.ours.company) === fold(r.label.company)).length,
    withRole: withRole.length,
    role: withRole.filter((r) => roleKey(r.ours.role) === roleKey(r.label.role)).length,
    roleWritten: withRole.filter((r) => fold(r.ours.role) === fold(r.label.role)).length,
  };
}

/** One line per message the rules got wrong in any field, as the bench prints them. */
export function mailMisses(rows: MailRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const miss: string[] = [];
    if (r.ours.kind !== r.label.kind) miss.push(`kind ${r.ours.kind} ≠ ${r.label.kind}`);
    if (r.label.company && fold(r.ours.company) !== fold(r.label.company)) miss.push(`company "${r.ours.company}" ≠ "${r.label.company}"`);
    if (r.label.role && roleKey(r.ours.role) !== roleKey(r.label.role)) miss.push(`role "${r.ours.role}" ≠ "${r.label.role}"`);
    const li = r.label.interview, oi = r.ours.interview;
    if (li && (oi?.date !== li.date || oi?.time !== li.time)) miss.push(`when ${oi?.date} ${oi?.time} ≠ ${li.date} ${li.time}`);
    if (li && oi?.zone !== li.zone) miss.push(`zone ${oi?.zone} ≠ ${li.zone}`);
    if (li && oi?.format !== li.format) miss.push(`format ${oi?.format} ≠ ${li.format}`);
    if (li && (oi?.link ?? null) !== li.link) miss.push(`link ${oi?.link} ≠ ${li.link}`);
    if (miss.length) out.push(`${r.file}: ${miss.join('; ')}`);
  }
  return out;
}
