import { z } from 'zod';
import { interviewKindSchema } from '../model/interview';
import { stageSchema } from '../model/stage';
import { isoDateSchema } from '../model/common';

/*
 * What the diagnosis reads. The core (applications, stage events, interviews) exists today; the
 * rest is filled by later features. Every optional part follows one rule: a missing key means
 * "not recorded yet" (the feature was not used for this record), while a present but empty value
 * means "recorded, and there was nothing" (an empty prep sheet, no thank-you sent). Rules report
 * the first as "not recorded yet" and count the second as evidence.
 */

const text = z.string().max(2_000);
const list = z.array(text).max(200);

/** The prep sheet as it stood when the interview began. */
export const prepRecordSchema = z.object({
  /** 0..1, the prep sheet's readiness score. */
  readiness: z.number().min(0).max(1),
  /** What the readiness score found missing (e.g. "interviewer names", "why this job"). */
  missing: list,
  storiesPicked: z.number().int().min(0).max(1_000),
  hasWhyThisJob: z.boolean(),
  hasCompanyNotes: z.boolean(),
});
export type PrepRecord = z.infer<typeof prepRecordSchema>;

/** The two-minute debrief after an interview; an unanswered question is left out. */
export const debriefRecordSchema = z.object({
  namesRight: z.boolean().optional(),
  researchShown: z.boolean().optional(),
  whyThisJobAnswered: z.boolean().optional(),
  fumbledQuestions: list,
  storiesTold: list,
  nextSteps: z.string().max(5_000).nullable(),
  feeling: z.number().int().min(1).max(5).nullable(),
});
export type DebriefRecord = z.infer<typeof debriefRecordSchema>;

/** One thank-you note to one interviewer; `sentAt` null means drafted but never sent. */
export const thankYouRecordSchema = z.object({
  interviewerName: text,
  sentAt: z.string().max(64).nullable(),
  /** Problem codes found by the note checker (misspelled name, other company's name…). */
  problems: list,
});
export type ThankYouRecord = z.infer<typeof thankYouRecordSchema>;

/** One follow-up after an interview. */
export const followUpRecordSchema = z.object({
  plannedOn: isoDateSchema.nullable(),
  sentOn: isoDateSchema.nullable(),
  answered: z.boolean(),
  /** The employer's stated timeline ("we'll get back to you by …"), when there was one. */
  statedUntil: isoDateSchema.nullable(),
});
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;

export const storyCoverageSchema = z.object({
  covered: z.number().int().min(0).max(1_000),
  total: z.number().int().min(0).max(1_000),
  leadershipWarning: z.boolean(),
});
export type StoryCoverage = z.infer<typeof storyCoverageSchema>;

export const materialsRecordSchema = z.object({
  requested: list,
  sent: list,
  formatsOk: z.boolean(),
  /** The latest "mark as submitted" had something missing or off; `reason` is what the person said. */
  submittedWithProblems: z.boolean().optional(),
  reason: text.nullable().optional(),
  /** The resume version that went with this application. */
  resume: z.object({ sha256: z.string().max(64), name: text }).optional(),
});
export type MaterialsRecord = z.infer<typeof materialsRecordSchema>;

export const cultureFitSchema = z.object({ mismatchSignals: list });
export type CultureFit = z.infer<typeof cultureFitSchema>;

export const referenceUseSchema = z.object({
  name: text,
  applicationId: z.string().min(1).max(64),
  checkHappened: z.boolean(),
  /** What followed the check; when left out it is read from the application's history. */
  outcome: z.enum(['advanced', 'rejected', 'pending']).optional(),
  /** How well the reference knows the person's work, 1 to 5, when recorded. */
  knowsWork: z.number().int().min(1).max(5).optional(),
  /** For a check that happened: whether the reference was briefed before it. */
  briefedBeforeCheck: z.boolean().optional(),
});
export type ReferenceUse = z.infer<typeof referenceUseSchema>;

export const socialAuditStateSchema = z.object({
  scanned: z.boolean(),
  /** Open (not yet cleaned up) findings per category, e.g. { profanity: 3 }. */
  openFindings: z.record(z.string().max(100), z.number().int().min(0)),
  presenceChecklistDone: z.boolean(),
});
export type SocialAuditState = z.infer<typeof socialAuditStateSchema>;

export const diagnosisEventSchema = z.object({
  id: z.string().max(64).optional(),
  stage: stageSchema,
  date: isoDateSchema,
  reason: z.string().max(2_000).nullable().optional(),
  createdAt: z.string().max(64).optional(),
});
export type DiagnosisEvent = z.infer<typeof diagnosisEventSchema>;

export const diagnosisInterviewSchema = z.object({
  id: z.string().min(1).max(64),
  /** 0 is the recruiter screen, 1 the first interview round. */
  round: z.number().int().min(0).max(20),
  kind: interviewKindSchema.optional(),
  startsAt: z.string().max(64),
  endsAt: z.string().max(64),
  interviewers: z.array(z.object({ id: z.string().max(64).optional(), name: text })).max(50),
  prep: prepRecordSchema.optional(),
  debrief: debriefRecordSchema.optional(),
  thankYous: z.array(thankYouRecordSchema).max(50).optional(),
  followUps: z.array(followUpRecordSchema).max(50).optional(),
});
export type DiagnosisInterview = z.infer<typeof diagnosisInterviewSchema>;

export const diagnosisApplicationSchema = z.object({
  id: z.string().min(1).max(64),
  company: text,
  role: text,
  events: z.array(diagnosisEventSchema).max(1_000),
  interviews: z.array(diagnosisInterviewSchema).max(100),
  storyCoverage: storyCoverageSchema.optional(),
  materials: materialsRecordSchema.optional(),
  cultureFit: cultureFitSchema.optional(),
});
export type DiagnosisApplication = z.infer<typeof diagnosisApplicationSchema>;

/** Everything the diagnosis reads about one person's search. */
export const diagnosisInputSchema = z.object({
  applications: z.array(diagnosisApplicationSchema).max(200_000),
  references: z.array(referenceUseSchema).max(10_000).optional(),
  socialAudit: socialAuditStateSchema.optional(),
});
export type DiagnosisInput = z.infer<typeof diagnosisInputSchema>;
