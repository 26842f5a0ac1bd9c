import { z } from 'zod';
import { applicationSchema } from '../model/application';
import { prioritySchema } from '../board/board';
import { contactSchema, interviewSchema, interviewerSchema } from '../model/interview';
import { stageEventSchema } from '../model/stage-event';
import { debriefBackupSchema, prepSheetBackupSchema, storyBackupSchema } from '../prep/records';
import { followUpBackupSchema, thankYouNoteBackupSchema } from '../followup/records';
import { referenceBackupSchema, referenceUseBackupSchema } from '../references/schema';
import { workProfileBackupSchema } from '../profile/schema';
import { socialAuditBackupSchema, socialFindingBackupSchema, socialPresenceBackupSchema } from '../social/records';
import { materialFileBackupSchema, materialItemBackupSchema, materialSubmissionBackupSchema } from '../materials/types';

/** Name written in every backup so a stray JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'secondround-backup';
/** Bumped when a backup's shape changes; older versions stay readable. */
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: z.string(),
  /** Tags and priority are optional so backups written before they existed still restore. */
  applications: z.array(applicationSchema.extend({ tags: z.array(z.string()).optional(), priority: prioritySchema.optional() })),
  stageEvents: z.array(stageEventSchema),
  interviews: z.array(interviewSchema),
  interviewers: z.array(interviewerSchema),
  contacts: z.array(contactSchema),
  /** Optional so that backups written before a table existed still restore. */
  settings: z.array(z.object({ id: z.string(), data: z.string(), updatedAt: z.string() })).optional(),
  /** The story bank, prep sheets and debriefs (issue 4). */
  stories: z.array(storyBackupSchema).optional(),
  prepSheets: z.array(prepSheetBackupSchema).optional(),
  debriefs: z.array(debriefBackupSchema).optional(),
  /** Thank-you notes and follow-ups (issue 5). */
  thankYouNotes: z.array(thankYouNoteBackupSchema).optional(),
  followUps: z.array(followUpBackupSchema).optional(),
  /** The social audit: audits of uploaded exports, their findings, presence checklist ticks (issue 6). */
  socialAudits: z.array(socialAuditBackupSchema).optional(),
  socialFindings: z.array(socialFindingBackupSchema).optional(),
  socialPresence: z.array(socialPresenceBackupSchema).optional(),
  /** References, the references given per application, and the work-style profile (issue 10). */
  references: z.array(referenceBackupSchema).max(10_000).optional(),
  referenceUses: z.array(referenceUseBackupSchema).max(100_000).optional(),
  workProfiles: z.array(workProfileBackupSchema).max(1).optional(),
  /** Requested materials, the files sent (names, hashes and types; not their bytes) and submissions (issue 10). */
  materialItems: z.array(materialItemBackupSchema).optional(),
  materialFiles: z.array(materialFileBackupSchema).optional(),
  materialSubmissions: z.array(materialSubmissionBackupSchema).optional(),
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
  const audits = new Set((b.socialAudits ?? []).map((a) => a.id));
  for (const f of b.socialFindings ?? []) if (!audits.has(f.auditId)) problems.push(`social finding ${f.id} refers to missing audit ${f.auditId}`);
  const items = new Set((b.materialItems ?? []).map((i) => i.id));
  for (const m of [...(b.materialItems ?? []), ...(b.materialFiles ?? []), ...(b.materialSubmissions ?? [])]) if (!apps.has(m.applicationId)) problems.push(`material record ${m.id} refers to missing application ${m.applicationId}`);
  for (const f of b.materialFiles ?? []) if (f.itemId !== null && !items.has(f.itemId)) problems.push(`material file ${f.id} refers to missing item ${f.itemId}`);
  return problems.slice(0, 20);
}
