import { BACKUP_FORMAT, BACKUP_VERSION, backupProblems, UserError, type Backup } from '@secondround/core';
import { APPLICATION_COLUMNS } from './applications';
import { CONTACT_COLUMNS } from './contacts';
import { EVENT_COLUMNS } from './events';
import { INTERVIEW_COLUMNS, INTERVIEWER_COLUMNS } from './interviews';
import { chunks, type RepoContext } from './executor';

/** Full export and all-or-nothing restore of one owner's records. Call `restore` inside a transaction. */
export function backupRepo({ db, clock }: RepoContext) {
  return {
    async export(ownerId: string): Promise<Backup> {
      const by = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const [applications, stageEvents, interviews, interviewers, contacts] = await Promise.all([
        db.selectFrom('applications').select(APPLICATION_COLUMNS).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('stageEvents').select(EVENT_COLUMNS).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('interviews').select(INTERVIEW_COLUMNS).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('interviewers').select(INTERVIEWER_COLUMNS).where('ownerId', '=', ownerId).execute(),
        db.selectFrom('contacts').select(CONTACT_COLUMNS).where('ownerId', '=', ownerId).execute(),
      ]);
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: clock().toISOString(),
        applications: by(applications) as Backup['applications'],
        stageEvents: by(stageEvents) as Backup['stageEvents'],
        interviews: by(interviews) as Backup['interviews'],
        interviewers: by(interviewers),
        contacts: by(contacts),
      };
    },

    /**
     * Restore a backup for this owner. Without `replace`, the owner must have no applications or
     * contacts yet; with it, their records are deleted first. Must run inside a transaction so a
     * failure (or a kill) leaves everything as it was.
     */
    async restore(ownerId: string, backup: Backup, options: { replace?: boolean } = {}): Promise<{ applications: number; stageEvents: number; interviews: number; interviewers: number; contacts: number }> {
      const problems = backupProblems(backup);
      if (problems.length > 0) throw new UserError('BAD_BACKUP', `the backup is inconsistent: ${problems.join('; ')}`, 422);
      if (options.replace) {
        await db.deleteFrom('contacts').where('ownerId', '=', ownerId).execute();
        await db.deleteFrom('applications').where('ownerId', '=', ownerId).execute();
      } else {
        const existing = await db.selectFrom('applications').select('id').where('ownerId', '=', ownerId).limit(1).executeTakeFirst();
        const contact = await db.selectFrom('contacts').select('id').where('ownerId', '=', ownerId).limit(1).executeTakeFirst();
        if (existing || contact) throw new UserError('NOT_EMPTY', 'this database already holds applications; restore with --replace to overwrite them', 409);
      }
      const withOwner = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, ownerId }));
      try {
        for (const c of chunks(withOwner(backup.applications))) await db.insertInto('applications').values(c).execute();
        for (const c of chunks(withOwner(backup.stageEvents))) await db.insertInto('stageEvents').values(c).execute();
        for (const c of chunks(withOwner(backup.interviews))) await db.insertInto('interviews').values(c).execute();
        for (const c of chunks(withOwner(backup.interviewers))) await db.insertInto('interviewers').values(c).execute();
        for (const c of chunks(withOwner(backup.contacts))) await db.insertInto('contacts').values(c).execute();
      } catch (e) {
        if (/unique|duplicate/i.test((e as Error).message)) {
          throw new UserError('CONFLICT', 'records of this backup already exist in this database under another account', 409);
        }
        throw e;
      }
      return {
        applications: backup.applications.length,
        stageEvents: backup.stageEvents.length,
        interviews: backup.interviews.length,
        interviewers: backup.interviewers.length,
        contacts: backup.contacts.length,
      };
    },
  };
}
