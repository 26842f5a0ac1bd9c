import { z } from 'zod';
import { applicationSchema } from '../model/application';
import { idSchema } from '../model/common';
import { contactSchema, interviewSchema, interviewerSchema } from '../model/interview';
import { stageEventSchema } from '../model/stage-event';
import { debriefBackupSchema, prepSheetBackupSchema, storyBackupSchema } from '../prep/records';
import { followUpBackupSchema, thankYouNoteBackupSchema } from '../followup/records';
import { socialAuditBackupSchema, socialFindingBackupSchema, socialPresenceBackupSchema } from '../social/records';
import { prioritySchema } from '../board/board';
import { referenceBackupSchema, referenceUseBackupSchema } from '../references/schema';
import { workProfileBackupSchema } from '../profile/schema';
import { materialFileBackupSchema, materialItemBackupSchema, materialSubmissionBackupSchema } from '../materials/types';

/** Name written in every backup so a stray JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'secondround-backup';
/** Bumped when a backup's shape changes; older versions stay readable. */
export const BACKUP_VERSION = 1;

/**
 * The most records of each kind one backup may hold: far above a real search (a year of heavy
 * searching is a few thousand applications), low enough that a restore cannot be made to run for
 * hours or fill the disk. Arrays are counted as they stream in, so a longer one is refused early.
 */
export const BACKUP_MAX_RECORDS = {
  applications: 100_000,
  stageEvents: 1_000_000,
  interviews: 200_000,
  interviewers: 500_000,
  contacts: 100_000,
  settings: 1,
  stories: 10_000,
  prepSheets: 200_000,
  debriefs: 200_000,
  thankYouNotes: 500_000,
  followUps: 500_000,
  socialAudits: 10_000,
  socialFindings: 1_000_000,
  socialPresence: 100,
  references: 10_000,
  referenceUses: 100_000,
  workProfiles: 1,
  materialItems: 200_000,
  materialFiles: 200_000,
  materialSubmissions: 100_000,
} as const;
export type BackupKey = keyof typeof BACKUP_MAX_RECORDS;

export const settingsBackupSchema = z.object({ id: idSchema, data: z.string().max(1_000_000), updatedAt: z.string().max(40) });

/** The schema of one record of each array of a backup, checked record by record as it streams in. */
export const BACKUP_RECORD_SCHEMAS = {
  /** Tags and priority are optional so backups written before they existed still restore. */
  applications: applicationSchema.extend({ tags: z.array(z.string().max(40)).max(20).optional(), priority: prioritySchema.optional() }),
  stageEvents: stageEventSchema,
  interviews: interviewSchema,
  interviewers: interviewerSchema,
  contacts: contactSchema,
  settings: settingsBackupSchema,
  stories: storyBackupSchema,
  prepSheets: prepSheetBackupSchema,
  debriefs: debriefBackupSchema,
  thankYouNotes: thankYouNoteBackupSchema,
  followUps: followUpBackupSchema,
  socialAudits: socialAuditBackupSchema,
  socialFindings: socialFindingBackupSchema,
  socialPresence: socialPresenceBackupSchema,
  references: referenceBackupSchema,
  referenceUses: referenceUseBackupSchema,
  workProfiles: workProfileBackupSchema,
  materialItems: materialItemBackupSchema,
  materialFiles: materialFileBackupSchema,
  materialSubmissions: materialSubmissionBackupSchema,
} as const satisfies Record<BackupKey, z.ZodType>;

/** The scalar fields at the top of a backup. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: z.string().max(40),
});

const records = <K extends BackupKey>(key: K) => z.array(BACKUP_RECORD_SCHEMAS[key]).max(BACKUP_MAX_RECORDS[key]);

export const backupSchema = backupHeaderSchema.extend({
  applications: records('applications'),
  stageEvents: records('stageEvents'),
  interviews: records('interviews'),
  interviewers: records('interviewers'),
  contacts: records('contacts'),
  /** Optional so that backups written before a table existed still restore. */
  settings: records('settings').optional(),
  /** The story bank, prep sheets and debriefs (issue 4). */
  stories: records('stories').optional(),
  prepSheets: records('prepSheets').optional(),
  debriefs: records('debriefs').optional(),
  /** Thank-you notes and follow-ups (issue 5). */
  thankYouNotes: records('thankYouNotes').optional(),
  followUps: records('followUps').optional(),
  /** The social audit: audits of uploaded exports, their findings, presence checklist ticks (issue 6). */
  socialAudits: records('socialAudits').optional(),
  socialFindings: records('socialFindings').optional(),
  socialPresence: records('socialPresence').optional(),
  /** References, the references given per application, and the work-style profile (issue 10). */
  references: records('references').optional(),
  referenceUses: records('referenceUses').optional(),
  workProfiles: records('workProfiles').optional(),
  /** Requested materials, the files sent (names, hashes and types; not their bytes) and submissions (issue 10). */
  materialItems: records('materialItems').optional(),
  materialFiles: records('materialFiles').optional(),
  materialSubmissions: records('materialSubmissions').optional(),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * Check that every reference inside a backup points at a record of the same backup, so a
 * hand-edited file fails before anything is written.
 * @example backupProblems({ ...empty, stageEvents: [{ applicationId: 'x', … }] }) // ['stage event … refers to missing application x']
 */
export function backupProblems(b: Backup): string[] {
  const problems: string[] = [];
  const apps = new Set(b.applications.map((a) => a.id));
  const interviews = new Set(b.interviews.map((i) => i.id));
  const ids = new Set<string>();
  for (const rec of [...b.applications, ...b.stageEvents, ...b.interviews, ...b.interviewers, ...b.contacts]) {
    if (ids.has(rec.id)) problems.push(`id ${rec.id} appears twice`);
    ids.add(rec.id);
  }
  for (const e of b.stageEvents) if (!apps.has(e.applicationId)) problems.push(`stage event ${e.id} refers to missing application ${e.applicationId}`);
  for (const i of b.interviews) if (!apps.has(i.applicationId)) problems.push(`interview ${i.id} refers to missing application ${i.applicationId}`);
  for (const p of b.interviewers) if (!interviews.has(p.interviewId)) problems.push(`interviewer ${p.id} refers to missing interview ${p.interviewId}`);
  for (const c of b.contacts) if (c.applicationId !== null && !apps.has(c.applicationId)) problems.push(`contact ${c.id} refers to missing application ${c.applicationId}`);
  for (const p of [...(b.prepSheets ?? []), ...(b.debriefs ?? [])]) if (!interviews.has(p.interviewId)) problems.push(`${'data' in p ? 'prep sheet' : 'debrief'} ${p.id} refers to missing interview ${p.interviewId}`);
  const people = new Set(b.interviewers.map((p) => p.id));
  for (const n of b.thankYouNotes ?? []) {
    if (!people.has(n.interviewerId)) problems.push(`thank-you note ${n.id} refers to missing interviewer ${n.interviewerId}`);
    if (!interviews.has(n.interviewId)) problems.push(`thank-you note ${n.id} refers to missing interview ${n.interviewId}`);
  }
  for (const f of b.followUps ?? []) {
    if (!apps.has(f.applicationId)) problems.push(`follow-up ${f.id} refers to missing application ${f.applicationId}`);
    if (f.interviewId !== null && !interviews.has(f.interviewId)) problems.push(`follow-up ${f.id} refers to missing interview ${f.interviewId}`);
  }
  const refs = new Set((b.references ?? []).map((r) => r.id));
  for (const u of b.referenceUses ?? []) {
    if (!apps.has(u.applicationId)) problems.push(`reference use ${u.id} refers to missing application ${u.applicationId}`);
    if (!refs.has(u.referenceId)) problems.push(`reference use ${u.id} refers to missing reference ${u.referenceId}`);
  }
  const items = new Set((b.materialItems ?? []).map((i) => i.id));
  for (const m of [...(b.materialItems ?? []), ...(b.materialFiles ?? []), ...(b.materialSubmissions ?? [])]) if (!apps.has(m.applicationId)) problems.push(`material record ${m.id} refers to missing application ${m.applicationId}`);
  for (const f of b.materialFiles ?? []) if (f.itemId !== null && !items.has(f.itemId)) problems.push(`material file ${f.id} refers to missing item ${f.itemId}`);
  const audits = new Set((b.socialAudits ?? []).map((a) => a.id));
  for (const f of b.socialFindings ?? []) if (!audits.has(f.auditId)) problems.push(`social finding ${f.id} refers to missing audit ${f.auditId}`);
  return problems.slice(0, 20);
}
