import { isUserError, UserError, type MailSchedule, type MailSchedulePatch } from '@secondround/core';
import type { Store } from '@secondround/store';
import { requestMailSync } from './mail-sync-job';

/** Time between two looks at whose periodic mail check is due: a check is at most this late. */
export const MAIL_SCHEDULE_SCAN_MS = 5 * 60_000;
/** Checks queued per scan at most; the rest are due still and wait for the next scan. */
const CHECKS_PER_SCAN = 500;

/** The person's "check for new mail every N hours" (off: null). */
export async function mailScheduleOf(store: Store, ownerId: string): Promise<MailSchedule> {
  const s = await store.mailSync.getSchedule(ownerId);
  return { everyHours: s?.everyHours ?? null, nextCheckAt: s?.nextCheckAt ?? null };
}

/**
 * Turn the periodic check on or off. Turning it on needs a server that runs background jobs and an
 * IMAP account with its app password (the same refusals as "Sync now"); the first check is one
 * period from now.
 */
export async function setMailSchedule(store: Store, ownerId: string, patch: MailSchedulePatch, hasJobs: boolean): Promise<MailSchedule> {
  if (patch.everyHours !== null) {
    if (!hasJobs) throw new UserError('JOBS_OFF', 'background jobs are turned off on this server, so it cannot check for mail by itself; run `secondround mail sync` instead', 503);
    const imap = (await store.settings.get(ownerId)).imap;
    if (!imap) throw new UserError('IMAP_NOT_SET', 'no IMAP account is set: add it under Settings → Mail & calendar first', 409);
    if (!imap.password) throw new UserError('IMAP_NO_PASSWORD', `no app password is stored for ${imap.user} at ${imap.host}: set it in the IMAP settings`, 422);
  }
  await store.mailSync.setSchedule(ownerId, patch.everyHours);
  return mailScheduleOf(store, ownerId);
}

/**
 * The periodic scan: for each person whose check is due, move it to its next time (only one scan
 * wins it) and request a sync run, exactly as "Sync now" does. A person whose run is still going
 * is skipped (that run reads the new mail), as is one whose account or password was removed; the
 * run itself keeps the hosted server's list of allowed IMAP hosts. Returns how many were queued.
 */
export async function queueDueMailChecks(store: Store, queue: (ownerId: string) => Promise<void>): Promise<number> {
  let queued = 0;
  for (const due of await store.mailSync.dueSchedules(CHECKS_PER_SCAN)) {
    if (!(await store.mailSync.takeDueCheck(due))) continue;
    try {
      await requestMailSync(store, due.ownerId, queue);
      queued++;
    } catch (e) {
      if (!isUserError(e)) throw e;
    }
  }
  return queued;
}
