import { z } from 'zod';
import { UserError } from '../errors';
import { diagnosisSettingsSchema } from '../diagnosis/settings';
import { timeZoneSchema } from '../model/common';
import { boardSettingsSchema } from '../board/board';
import { digestSettingsSchema } from '../reminders/digest';
import { calendarTokenSchema, senderSettingsSchema, smtpSettingsSchema, smtpViewSchema } from '../followup/settings';
import { imapSettingsSchema, imapViewSchema } from '../mail-sync/settings';

/**
 * A person's settings. Every key is optional (absent = the default). A feature adds its own key
 * here; the store keeps the whole object as one JSON document per owner.
 */
export const settingsSchema = z.object({
  /** The person's own IANA time zone, for deadlines and reminders. */
  timeZone: timeZoneSchema.optional(),
  /** Overrides of the diagnosis: waiting time, typical rates and so on. */
  diagnosis: diagnosisSettingsSchema.partial().optional(),
  /** The SMTP server thank-you notes and follow-ups may be sent through (issue 5). */
  smtp: smtpSettingsSchema.optional(),
  /** The secret part of the calendar feed's address; absent means no feed (issue 5). */
  calendarToken: calendarTokenSchema.optional(),
  /** The board: when closed cards are archived (issue 12). */
  board: boardSettingsSchema.partial().optional(),
  /** The person's own name and signature, closing every draft (issue 12). */
  sender: senderSettingsSchema.optional(),
  /** The e-mail digest of Today and the thank-you reminders (issue 15). */
  digest: digestSettingsSchema.optional(),
  /** The IMAP account `mail sync` reads (issue 11); its app password is kept like the SMTP one. */
  imap: imapSettingsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings as the API returns them: the SMTP and IMAP passwords never leave, only whether one is set. */
export const publicSettingsSchema = settingsSchema.omit({ smtp: true, imap: true }).extend({ smtp: smtpViewSchema.optional(), imap: imapViewSchema.optional() });
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

/** A change to settings: the given top-level keys replace the stored ones; `null` removes a key. */
export const settingsPatchSchema = z
  .record(z.string().max(64), z.unknown())
  .refine((patch) => Object.keys(patch).length <= 20, 'at most 20 settings at once')
  .meta({ maxProperties: 20 });

/**
 * Merge a patch over stored settings and validate the result.
 * @example mergeSettings({ timeZone: 'UTC' }, { diagnosis: { waitingDays: 30 } }) // { timeZone: 'UTC', diagnosis: { waitingDays: 30 } }
 */
export function mergeSettings(current: Settings, patch: Record<string, unknown>): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  const parsed = settingsSchema.safeParse(next);
  // A setting out of its bounds is the person's mistake (a 422 that names it), not a server error.
  if (!parsed.success) throw new UserError('BAD_SETTINGS', parsed.error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '), 422);
  return parsed.data;
}
