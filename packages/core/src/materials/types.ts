import { z } from 'zod';
import { idSchema } from '../model/common';

/*
 * Requested materials of one application: what the listing asks the applicant to send (kind ×
 * accepted formats × size limit × how to send), the files actually sent, and the "mark as
 * submitted" record with the reason given when something was missing or in another format.
 */

export const MATERIAL_KINDS = ['resume', 'cover_letter', 'portfolio', 'writing_sample', 'references', 'transcript', 'work_sample', 'other'] as const;
export const materialKindSchema = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof materialKindSchema>;

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  resume: 'Resume / CV',
  cover_letter: 'Cover letter',
  portfolio: 'Portfolio',
  writing_sample: 'Writing sample',
  references: 'List of references',
  transcript: 'Transcript',
  work_sample: 'Work sample',
  other: 'Other',
};

/** File formats told apart by their bytes (see the importers' `sniffDocument`). */
export const MATERIAL_FORMATS = ['pdf', 'docx', 'doc', 'odt', 'rtf', 'txt', 'zip', 'png', 'jpg'] as const;
export const materialFormatSchema = z.enum(MATERIAL_FORMATS);
export type MaterialFormat = z.infer<typeof materialFormatSchema>;

export const MATERIAL_FORMAT_LABELS: Record<MaterialFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  doc: 'Word 97 (.doc)',
  odt: 'OpenDocument (.odt)',
  rtf: 'RTF',
  txt: 'plain text',
  zip: 'zip',
  png: 'PNG image',
  jpg: 'JPEG image',
};

export const SEND_METHODS = ['upload', 'email', 'portal'] as const;
export const sendMethodSchema = z.enum(SEND_METHODS);
export type SendMethod = z.infer<typeof sendMethodSchema>;

/** The largest file one attachment may be (a resume or portfolio PDF is rarely over 5 MB). */
export const MAX_MATERIAL_FILE_BYTES = 10 * 1024 * 1024;

/** One requested item as the person edits it. */
export const materialItemInputSchema = z.object({
  kind: materialKindSchema,
  /** Free words for "other" or a precise name ("three references"). */
  label: z.string().trim().max(200).nullish().transform((v) => (v ? v : null)),
  required: z.boolean(),
  formats: z.array(materialFormatSchema).max(MATERIAL_FORMATS.length),
  maxBytes: z.number().int().min(1).max(1024 * 1024 * 1024).nullable(),
  via: sendMethodSchema.nullable(),
});
export type MaterialItemInput = z.infer<typeof materialItemInputSchema>;

export const materialItemSchema = materialItemInputSchema.extend({
  id: idSchema,
  applicationId: idSchema,
  /** 'listing' when read from the listing text, 'person' when added or edited by hand. */
  source: z.enum(['listing', 'person']),
  position: z.number().int(),
});
export type MaterialItem = z.infer<typeof materialItemSchema>;

/** A file actually sent, typed by its bytes; its content is kept once per SHA-256. */
export const materialFileSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  itemId: idSchema.nullable(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mime: z.string().nullable(),
  format: materialFormatSchema.nullable(),
  /** False for an image-only PDF (no text layer: applicant tracking systems read nothing). */
  textReadable: z.boolean().nullable(),
  createdAt: z.string(),
});
export type MaterialFile = z.infer<typeof materialFileSchema>;

export const materialSubmissionSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  submittedAt: z.string(),
  /** What was missing or off when it was marked submitted, in plain words. */
  problems: z.array(z.string()),
  reason: z.string().nullable(),
});
export type MaterialSubmission = z.infer<typeof materialSubmissionSchema>;

/** One item of the check: the `materials check --json` contract. */
export const materialCheckItemSchema = z.object({
  itemId: idSchema.optional(),
  kind: materialKindSchema,
  label: z.string().nullable().optional(),
  required: z.boolean(),
  formats: z.array(materialFormatSchema),
  file: z.object({ id: idSchema, name: z.string(), sha256: z.string(), format: materialFormatSchema.nullable(), size: z.number().int() }).optional(),
  problems: z.array(z.string()),
});
export const materialsCheckSchema = z.object({ ok: z.boolean(), items: z.array(materialCheckItemSchema) });
export type MaterialCheckItem = z.infer<typeof materialCheckItemSchema>;
export type MaterialsCheck = z.infer<typeof materialsCheckSchema>;

/*
 * Backup rows: the columns as stored (lists as JSON text, yes/no as 0/1), the same on SQLite and
 * PostgreSQL. A backup carries the files' names, hashes and types, not their bytes.
 */
export const materialItemBackupSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  kind: z.string().max(40),
  label: z.string().max(200).nullable(),
  required: z.number().int().min(0).max(1),
  formats: z.string().max(10_000),
  maxBytes: z.number().int().nullable(),
  via: z.string().max(20).nullable(),
  source: z.string().max(20),
  position: z.number().int(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});
export const materialFileBackupSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  itemId: idSchema.nullable(),
  fileName: z.string().max(300),
  sha256: z.string().max(64),
  size: z.number().int(),
  mime: z.string().max(200).nullable(),
  format: z.string().max(40).nullable(),
  textReadable: z.number().int().min(0).max(1).nullable(),
  createdAt: z.string().max(40),
});
export const materialSubmissionBackupSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  submittedAt: z.string().max(40),
  problems: z.string().max(100_000),
  reason: z.string().max(5_000).nullable(),
});
export type MaterialItemRow = z.infer<typeof materialItemBackupSchema>;
export type MaterialFileRow = z.infer<typeof materialFileBackupSchema>;
export type MaterialSubmissionRow = z.infer<typeof materialSubmissionBackupSchema>;

function readList(text: string): unknown[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/**
 * A stored item row as the API shows it; unknown kinds (a later version's) read as "other".
 * @example materialItemFromRow({ …row, formats: '["pdf"]', required: 1 }).formats // ['pdf']
 */
export function materialItemFromRow(row: MaterialItemRow): MaterialItem {
  const kind = materialKindSchema.safeParse(row.kind);
  const via = sendMethodSchema.safeParse(row.via);
  const formats = readList(row.formats).filter((f): f is MaterialFormat => materialFormatSchema.safeParse(f).success);
  return {
    id: row.id,
    applicationId: row.applicationId,
    kind: kind.success ? kind.data : 'other',
    label: row.label,
    required: row.required === 1,
    formats,
    maxBytes: row.maxBytes,
    via: via.success ? via.data : null,
    source: row.source === 'listing' ? 'listing' : 'person',
    position: row.position,
  };
}

/**
 * A stored file row as the API shows it.
 * @example materialFileFromRow({ …row, textReadable: 0 }).textReadable // false
 */
export function materialFileFromRow(row: MaterialFileRow): MaterialFile {
  const format = materialFormatSchema.safeParse(row.format);
  return { ...row, format: format.success ? format.data : null, textReadable: row.textReadable === null ? null : row.textReadable === 1 };
}

/**
 * A stored submission row as the API shows it.
 * @example materialSubmissionFromRow({ …row, problems: '["no cover letter"]' }).problems // ['no cover letter']
 */
export function materialSubmissionFromRow(row: MaterialSubmissionRow): MaterialSubmission {
  return { ...row, problems: readList(row.problems).filter((p): p is string => typeof p === 'string') };
}
