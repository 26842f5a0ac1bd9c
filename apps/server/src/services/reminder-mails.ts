import { buildToday, digestSettingsSchema, isUserError, remindersDue, type DigestSettings, type Settings } from '@secondround/core';
import type { Store } from '@secondround/store';
import { loadSettings, sendAsPerson, type SmtpOptions } from './followup';

const NO_ADDRESS = 'no address for the reminders: set one in Settings, or an SMTP "from" address';

export interface ReminderRun {
  sent: string[];
  /** Claimed and recorded without a mail: a digest with nothing in it. */
  skipped: string[];
  /** Not sent this time (the SMTP server refused, timed out, or is not set up): tried again next time. */
  failed: Array<{ ownerId: string; key: string; code: string }>;
}

/**
 * The reminder mails due at `now` for one person (their settings read afresh): what the queue's
 * per-person job runs. Nothing when they turned the reminders off.
 */
export async function sendOwnerReminders(store: Store, smtp: SmtpOptions, ownerId: string, now: Date): Promise<ReminderRun> {
  const run: ReminderRun = { sent: [], skipped: [], failed: [] };
  const settings = await store.settings.get(ownerId);
  const digest = digestSettingsSchema.safeParse(settings.digest);
  if (digest.success && digest.data.enabled) await sendRemindersOf(store, smtp, { ownerId, settings: { ...settings, digest: digest.data } }, now, run);
  return run;
}

async function sendRemindersOf(store: Store, smtp: SmtpOptions, { ownerId, settings }: { ownerId: string; settings: Settings & { digest: DigestSettings } }, now: Date, run: ReminderRun): Promise<void> {
  const [{ timeZone }, records] = await Promise.all([loadSettings(store, ownerId), store.followupReads.today(ownerId, now)]);
  const today = buildToday(records, { now, timeZone });
  for (const mail of remindersDue(today, settings.digest, now)) {
    if (!(await store.reminders.claim(ownerId, mail.key, mail.kind))) continue;
    if (mail.isEmpty) {
      run.skipped.push(mail.key);
      continue;
    }
    try {
      await sendAsPerson(smtp, settings, { to: settings.digest.to ?? settings.smtp?.from ?? null, subject: mail.subject, text: mail.text }, NO_ADDRESS);
      await store.reminders.markSent(ownerId, mail.key);
      run.sent.push(mail.key);
    } catch (e) {
      await store.reminders.release(ownerId, mail.key);
      if (!isUserError(e)) throw e;
      run.failed.push({ ownerId, key: mail.key, code: e.code });
    }
  }
}
