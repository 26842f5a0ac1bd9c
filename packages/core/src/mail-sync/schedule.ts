import { z } from 'zod';

/*
 * Checking for new mail on a schedule: a person who set up IMAP may have the server sync their
 * mailbox every few hours. Off by default; a small set of choices, so the queue's work stays
 * bounded and a person cannot ask for a sync every minute.
 */

/** The choices of "check for new mail every N hours". */
export const MAIL_CHECK_HOURS = [1, 3, 6, 12, 24] as const;
export type MailCheckHours = (typeof MAIL_CHECK_HOURS)[number];

const hoursSchema = z.number().int().refine((h): h is MailCheckHours => (MAIL_CHECK_HOURS as readonly number[]).includes(h), { message: `expected one of ${MAIL_CHECK_HOURS.join(', ')} hours` });

/** A change to the schedule: a number of hours, or null to stop checking. */
export const mailSchedulePatchSchema = z.object({ everyHours: hoursSchema.nullable() }).strict();
export type MailSchedulePatch = z.infer<typeof mailSchedulePatchSchema>;

/** The schedule as the API shows it: off (null) or every N hours, and when the next check is due. */
export const mailScheduleSchema = z.object({
  everyHours: z.number().int().nullable(),
  nextCheckAt: z.string().nullable(),
});
export type MailSchedule = z.infer<typeof mailScheduleSchema>;

/**
 * When the next check is due: `everyHours` after `from` (the moment the schedule was set, or the
 * moment the last check was queued).
 * @example nextMailCheckAt(new Date('2026-11-30T10:00:00Z'), 6).toISOString() // '2026-11-30T16:00:00.000Z'
 */
export function nextMailCheckAt(from: Date, everyHours: number): Date {
  return new Date(from.getTime() + everyHours * 3_600_000);
}
