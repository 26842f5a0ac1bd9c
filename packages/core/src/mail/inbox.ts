// Shapes of the mail inbox as the API, the web app and the CLI see it: what a message proposes
// for the records, and the message itself, one click away.
import { z } from 'zod';
import { stageSchema } from '../model/stage';
import { mailInterviewSchema, mailKindSchema } from './schema';

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

/** Where an imported message came from. */
export const MAIL_ORIGINS = ['paste', 'eml', 'mbox', 'folder', 'imap'] as const;
export const mailOriginSchema = z.enum(MAIL_ORIGINS);
export type MailOrigin = z.infer<typeof mailOriginSchema>;

/** Longest message text kept to show as the source (the rest is cut, and said to be). */
export const MAIL_BODY_KEPT = 64_000;

/** A message as listed beside its proposal. */
export const mailMessageSummarySchema = z.object({
  id: z.string(),
  kind: mailKindSchema,
  company: z.string().nullable(),
  role: z.string().nullable(),
  confidence: z.number(),
  subject: z.string(),
  fromName: z.string(),
  fromAddress: z.string(),
  sentAt: z.string().nullable(),
  interview: mailInterviewSchema.nullable(),
});
export type MailMessageSummary = z.infer<typeof mailMessageSummarySchema>;

/** What one message proposes: a stage step on an application it matched, or a new application. */
export const mailProposalSchema = z.object({
  id: z.string(),
  status: proposalStatusSchema,
  /** The matched application, with its names as they are now; null for a new one. */
  application: z.object({ id: z.string(), company: z.string(), role: z.string() }).nullable(),
  newApplication: z.object({ company: z.string(), role: z.string() }).nullable(),
  event: z.object({ stage: stageSchema, date: z.string(), reason: z.string().nullable() }),
  matchScore: z.number(),
  why: z.string(),
  message: mailMessageSummarySchema,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  /** What accepting it wrote: the application (new or matched) and the stage step, if one was needed. */
  result: z.object({ applicationId: z.string(), eventId: z.string().nullable() }).nullable(),
});
export type MailProposalView = z.infer<typeof mailProposalSchema>;

/** A message's own text, as imported (bounded). */
export const mailSourceSchema = z.object({
  id: z.string(),
  origin: mailOriginSchema,
  label: z.string().nullable(),
  subject: z.string(),
  fromName: z.string(),
  fromAddress: z.string(),
  sentAt: z.string().nullable(),
  body: z.string(),
  isTruncated: z.boolean(),
  importedAt: z.string(),
});
export type MailSource = z.infer<typeof mailSourceSchema>;
