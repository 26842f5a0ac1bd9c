import { z } from 'zod';
import { idSchema, storedInstantSchema, storedUrl } from '../model/common';
import { findingCategorySchema, severitySchema, socialItemKindSchema, socialPlatformSchema } from './types';

/*
 * The social audit as the store keeps it and the API sends it: one audit per uploaded export, the
 * findings of the latest audit of each platform (with the person's "dealt with" marks), and the
 * presence checklist ticks per platform.
 */

export const SOCIAL_AUDIT_STATUSES = ['done', 'failed'] as const;
export const socialAuditStatusSchema = z.enum(SOCIAL_AUDIT_STATUSES);

export const socialAuditSchema = z.object({
  id: idSchema,
  /** Null when the upload failed before the platform was known. */
  platform: socialPlatformSchema.nullable(),
  fileName: z.string(),
  itemsScanned: z.number().int(),
  findingsCount: z.number().int(),
  /** More findings than were kept (the report keeps the first 5,000; counts stay exact). */
  truncated: z.boolean(),
  status: socialAuditStatusSchema,
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  startedAt: storedInstantSchema,
  finishedAt: storedInstantSchema.nullable(),
});
export type SocialAudit = z.infer<typeof socialAuditSchema>;

export const socialFindingRecordSchema = z.object({
  id: idSchema,
  auditId: idSchema,
  platform: socialPlatformSchema,
  itemId: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  kind: socialItemKindSchema,
  category: findingCategorySchema,
  terms: z.array(z.string()),
  excerpt: z.string(),
  severity: severitySchema,
  dealtWith: z.boolean(),
  dealtWithAt: storedInstantSchema.nullable(),
});
export type SocialFindingRecord = z.infer<typeof socialFindingRecordSchema>;

export const socialFindingPatchSchema = z.object({ dealtWith: z.boolean() });

/** The presence checklist of one platform: which of its points the person ticked. */
export const socialPresenceSchema = z.object({
  platform: socialPlatformSchema,
  checked: z.array(z.string().max(100)).max(100),
  updatedAt: storedInstantSchema.nullable(),
});
export type SocialPresence = z.infer<typeof socialPresenceSchema>;

export const socialPresencePutSchema = z.object({
  platform: socialPlatformSchema,
  checked: z.array(z.string().min(1).max(100)).max(100),
});

/*
 * Backup rows: the columns as stored. Lists are JSON text and yes/no 0/1 integers so that SQLite
 * and PostgreSQL store the same values.
 */
export const socialAuditBackupSchema = z.object({
  id: idSchema,
  platform: z.string().max(50).nullable(),
  fileName: z.string().max(1_000),
  itemsScanned: z.number().int().min(0),
  findingsCount: z.number().int().min(0),
  truncated: z.number().int().min(0).max(1),
  status: z.string().max(50),
  errorCode: z.string().max(100).nullable(),
  errorMessage: z.string().max(10_000).nullable(),
  startedAt: z.string().max(40),
  finishedAt: z.string().max(40).nullable(),
});
export const socialFindingBackupSchema = z.object({
  id: idSchema,
  auditId: idSchema,
  platform: z.string().max(50),
  itemId: z.string().max(2_000),
  date: z.string().max(40).nullable(),
  url: storedUrl(10_000),
  kind: z.string().max(50),
  category: z.string().max(100),
  terms: z.string().max(100_000),
  excerpt: z.string().max(10_000),
  severity: z.string().max(50),
  dealtWith: z.number().int().min(0).max(1),
  dealtWithAt: z.string().max(40).nullable(),
  createdAt: z.string().max(40),
});
export const socialPresenceBackupSchema = z.object({
  id: idSchema,
  platform: z.string().max(50),
  checked: z.string().max(100_000),
  updatedAt: z.string().max(40),
});
export type SocialAuditRow = z.infer<typeof socialAuditBackupSchema>;
export type SocialFindingRow = z.infer<typeof socialFindingBackupSchema>;
export type SocialPresenceRow = z.infer<typeof socialPresenceBackupSchema>;

function readList(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A stored audit row as the API shows it.
 * @example socialAuditFromRow({ …row, truncated: 0 }).truncated // false
 */
export function socialAuditFromRow(row: SocialAuditRow): SocialAudit {
  const platform = socialPlatformSchema.safeParse(row.platform);
  const status = socialAuditStatusSchema.safeParse(row.status);
  return { ...row, platform: platform.success ? platform.data : null, truncated: row.truncated === 1, status: status.success ? status.data : 'failed' };
}

/**
 * A stored finding row as the API shows it (terms parsed, 0/1 as a boolean); null when a value is
 * one this version does not know (a row written by a later version).
 * @example socialFindingFromRow({ …row, terms: '["wtf"]', dealtWith: 1 })?.dealtWith // true
 */
export function socialFindingFromRow(row: SocialFindingRow): SocialFindingRecord | null {
  const parsed = socialFindingRecordSchema.safeParse({ ...row, terms: readList(row.terms), dealtWith: row.dealtWith === 1 });
  return parsed.success ? parsed.data : null;
}

/**
 * A stored presence row as the API shows it.
 * @example socialPresenceFromRow({ id: 'p', platform: 'x', checked: '["photo"]', updatedAt: '…' })?.checked // ['photo']
 */
export function socialPresenceFromRow(row: Pick<SocialPresenceRow, 'platform' | 'checked' | 'updatedAt'>): SocialPresence | null {
  const platform = socialPlatformSchema.safeParse(row.platform);
  return platform.success ? { platform: platform.data, checked: readList(row.checked), updatedAt: row.updatedAt } : null;
}
