import { BACKUP_FORMAT, BACKUP_VERSION, backupProblems, redactSettingsData, UserError, type Backup } from '@secondround/core';
import type { Database } from '../schema';
import { APPLICATION_COLUMNS, decodeTags, encodeTags } from './applications';
import { CONTACT_COLUMNS } from './contacts';
import { EVENT_COLUMNS } from './events';
import { INTERVIEW_COLUMNS, INTERVIEWER_COLUMNS } from './interviews';
import type { RepoContext } from './executor';
import { backupStreamRepo } from './backup-stream';
import { SETTINGS_COLUMNS } from './settings';
import { DEBRIEF_COLUMNS, PREP_SHEET_COLUMNS, STORY_COLUMNS } from './prep';
import { FOLLOW_UP_COLUMNS, THANK_YOU_COLUMNS } from './followup';
import { SOCIAL_AUDIT_COLUMNS, SOCIAL_FINDING_COLUMNS, SOCIAL_PRESENCE_COLUMNS } from './social';
import { REFEREE_COLUMNS, REFEREE_USE_COLUMNS, WORK_PROFILE_COLUMNS } from './people';
import { MATERIAL_FILE_COLUMNS, MATERIAL_ITEM_COLUMNS, MATERIAL_SUBMISSION_COLUMNS } from './materials';

/**
 * What a backup holds, in the order a restore inserts it (parents first). A feature adds its
 * table here with the backup key it uses in `backupSchema`. `root` tables are deleted on
 * `--replace`; the others go with them through ON DELETE CASCADE.
 */
export const BACKUP_TABLES: ReadonlyArray<{ key: keyof Backup & string; table: keyof Database & string; columns: readonly string[]; root?: boolean }> = [
  { key: 'applications', table: 'applications', columns: APPLICATION_COLUMNS, root: true },
  { key: 'stageEvents', table: 'stageEvents', columns: EVENT_COLUMNS },
  { key: 'interviews', table: 'interviews', columns: INTERVIEW_COLUMNS },
  { key: 'interviewers', table: 'interviewers', columns: INTERVIEWER_COLUMNS },
  { key: 'contacts', table: 'contacts', columns: CONTACT_COLUMNS, root: true },
  { key: 'settings', table: 'settings', columns: SETTINGS_COLUMNS, root: true },
  { key: 'stories', table: 'stories', columns: STORY_COLUMNS, root: true },
  { key: 'prepSheets', table: 'prepSheets', columns: PREP_SHEET_COLUMNS },
  { key: 'debriefs', table: 'debriefs', columns: DEBRIEF_COLUMNS },
  { key: 'thankYouNotes', table: 'thankYouNotes', columns: THANK_YOU_COLUMNS },
  { key: 'followUps', table: 'followUps', columns: FOLLOW_UP_COLUMNS },
  { key: 'socialAudits', table: 'socialAudits', columns: SOCIAL_AUDIT_COLUMNS, root: true },
  { key: 'socialFindings', table: 'socialFindings', columns: SOCIAL_FINDING_COLUMNS },
  { key: 'socialPresence', table: 'socialPresence', columns: SOCIAL_PRESENCE_COLUMNS, root: true },
  { key: 'references', table: 'referees', columns: REFEREE_COLUMNS, root: true },
  { key: 'referenceUses', table: 'refereeUses', columns: REFEREE_USE_COLUMNS },
  { key: 'workProfiles', table: 'workProfiles', columns: WORK_PROFILE_COLUMNS, root: true },
  // File rows carry names, hashes and types; the bytes stay in the data folder or material_blobs.
  { key: 'materialItems', table: 'materialItems', columns: MATERIAL_ITEM_COLUMNS },
  { key: 'materialFiles', table: 'materialFiles', columns: MATERIAL_FILE_COLUMNS },
  { key: 'materialSubmissions', table: 'materialSubmissions', columns: MATERIAL_SUBMISSION_COLUMNS },
];

type Counts = Record<string, number> & { applications: number; stageEvents: number; interviews: number; interviewers: number; contacts: number };

/** Full export and all-or-nothing restore of one owner's records. Call `restore` inside a transaction. */
export function backupRepo({ db, clock }: RepoContext) {
  const stream = backupStreamRepo({ db, clock }, BACKUP_TABLES);
  // Kysely's types cannot follow a table name chosen at run time; the table list above is typed.
  const anyDb = db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>;
  return {
    async export(ownerId: string): Promise<Backup> {
      const byId = (rows: Array<Record<string, unknown>>) => rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
      const parts = await Promise.all(
        BACKUP_TABLES.map(async (t) => [t.key, byId(await anyDb.selectFrom(t.table).select(t.columns as string[]).where('ownerId', '=', ownerId).execute())] as const),
      );
      const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: clock().toISOString(), ...Object.fromEntries(parts) } as Backup;
      // A backup file travels; the SMTP password would open the person's mailbox, so it stays behind.
      if (backup.settings) backup.settings = backup.settings.map((s) => ({ ...s, data: redactSettingsData(s.data) }));
      // Tags are JSON text in the database and a list in the backup.
      backup.applications = backup.applications.map((a) => ({ ...a, tags: decodeTags(a.tags as unknown as string) }));
      return backup;
    },

    /**
     * Restore a backup held in memory (the demo, tests). Without `replace`, the owner must have no
     * applications or contacts yet; with it, their records are deleted first. Must run inside a
     * transaction so a failure (or a kill) leaves everything as it was. A file or a request body
     * goes through `readBackup` and `beginRestore`/`insertRows` instead, never whole in memory.
     */
    async restore(ownerId: string, backup: Backup, options: { replace?: boolean } = {}): Promise<Counts> {
      const problems = backupProblems(backup);
      if (problems.length > 0) throw new UserError('BAD_BACKUP', `the backup is inconsistent: ${problems.join('; ')}`, 422);
      await stream.beginRestore(ownerId, options);
      const counts: Record<string, number> = {};
      for (const t of BACKUP_TABLES) {
        const rows = ((backup as Record<string, unknown>)[t.key] as Array<Record<string, unknown>> | undefined) ?? [];
        counts[t.key] = rows.length;
        await stream.insertRows(ownerId, t.key, rows);
      }
      return counts as Counts;
    },
    ...stream,
  };
}

/** The rows a restore wrote, by table (for `Store.analyzeWritten`), from its counts by backup key. */
export function restoredRows(counts: Record<string, number>): Partial<Record<keyof Database & string, number>> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t.table, counts[t.key] ?? 0]));
}
