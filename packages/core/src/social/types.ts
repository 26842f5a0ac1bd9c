import { z } from 'zod';

/** Platforms whose data exports the social audit reads. */
export const SOCIAL_PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'reddit'] as const;
export const socialPlatformSchema = z.enum(SOCIAL_PLATFORMS);
export type SocialPlatform = z.infer<typeof socialPlatformSchema>;

export const socialItemKindSchema = z.enum(['post', 'comment', 'reply', 'like', 'share']);
export type SocialItemKind = z.infer<typeof socialItemKindSchema>;

/** One thing the person wrote, shared or liked, as read from an export. */
export const socialItemSchema = z.object({
  id: z.string(),
  platform: socialPlatformSchema,
  kind: socialItemKindSchema,
  /** ISO 8601 instant in UTC, or null when the export gives none. */
  date: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
});
export type SocialItem = z.infer<typeof socialItemSchema>;

/**
 * What recruiters act on: CareerBuilder's 2018 survey list (provocative or inappropriate
 * content, drinking or drug use, discriminatory comments, bad-mouthing a previous employer or
 * colleague, sharing confidential information, criminal behaviour) plus threats and profanity,
 * which screening services (Ferretly, Fama) also flag.
 */
export const FINDING_CATEGORIES = [
  'profanity',
  'sexual',
  'alcohol_drugs',
  'violence',
  'discrimination',
  'badmouthing',
  'confidential',
  'illegal',
] as const;
export const findingCategorySchema = z.enum(FINDING_CATEGORIES);
export type FindingCategory = z.infer<typeof findingCategorySchema>;

/** The languages the audit reads: English, and German, French, Spanish and Dutch (issue 9). */
export const SCAN_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const;
export type ScanLanguage = (typeof SCAN_LANGUAGES)[number];

export const severitySchema = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof severitySchema>;

/** One category flagged in one item: every matched term of that category in it. */
export const socialFindingSchema = z.object({
  /** The item's id (a finding is keyed by id + category). */
  id: z.string(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  url: z.string().nullable(),
  kind: socialItemKindSchema,
  category: findingCategorySchema,
  terms: z.array(z.string()),
  excerpt: z.string(),
  severity: severitySchema,
  /** The post's language as detected (of the five read); absent in reports from before it was. */
  language: z.enum(SCAN_LANGUAGES).nullable().optional(),
});
export type SocialFinding = z.infer<typeof socialFindingSchema>;

/** The `secondround social scan --json` contract (fields beyond the contract are additions). */
export const socialScanReportSchema = z.object({
  platform: socialPlatformSchema,
  items: z.number().int(),
  findings: z.array(socialFindingSchema),
  byCategory: z.record(z.string(), z.number().int()),
  byYear: z.record(z.string(), z.number().int()),
  truncated: z.boolean(),
});
export type SocialScanReport = z.infer<typeof socialScanReportSchema>;
