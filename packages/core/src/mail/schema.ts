import { z } from 'zod';
import { interviewFormatSchema } from '../model/interview';

/** What a job-search message is about; `other` for everything else (alerts, newsletters, outreach). */
export const MAIL_KINDS = ['application_received', 'interview_invitation', 'rejection', 'position_closed', 'offer', 'other'] as const;
export const mailKindSchema = z.enum(MAIL_KINDS);
export type MailKind = z.infer<typeof mailKindSchema>;

/**
 * An interview read from a message: the local date and time as written in the message's zone,
 * the zone (IANA name or `UTC`), and the instant in UTC when all three are known.
 */
export const mailInterviewSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  zone: z.string().max(64).nullable(),
  start: z.string().nullable(),
  format: interviewFormatSchema.nullable(),
  link: z.string().max(2_000).nullable(),
  fromCalendar: z.boolean(),
});
export type MailInterview = z.infer<typeof mailInterviewSchema>;

const mailAddressSchema = z.object({ name: z.string().max(500), address: z.string().max(500) });

/** A message as the classifier reads it: headers and bodies already decoded from MIME. */
export const mailMessageSchema = z.object({
  from: mailAddressSchema,
  /** The To and Cc addresses (read to tell the person's own mail from mail sent to them). */
  to: z.array(mailAddressSchema).max(500).default([]),
  cc: z.array(mailAddressSchema).max(500).default([]),
  subject: z.string().max(2_000),
  /** The Date header as an ISO instant, when the message has a valid one. */
  date: z.string().nullable(),
  /** The Date header's UTC offset in minutes (e.g. -300 for -0500), when known. */
  offsetMinutes: z.number().int().nullable().default(null),
  text: z.string(),
  html: z.string().nullable().default(null),
  /** The text of each `text/calendar` part. */
  calendars: z.array(z.string()).default([]),
});
export type MailMessage = z.input<typeof mailMessageSchema>;

export const mailClassificationSchema = z.object({
  kind: mailKindSchema,
  company: z.string().nullable(),
  role: z.string().nullable(),
  interview: mailInterviewSchema.optional(),
  confidence: z.number().min(0).max(1),
  language: z.string(),
  /** The sentence that decided a rejection or a closed position, for the Diagnosis. */
  reason: z.string().nullable(),
  /** The sender's address, after unwrapping a forward (for matching by contact). */
  sender: z.string().nullable(),
});
export type MailClassification = z.infer<typeof mailClassificationSchema>;
