// Public API of the diagnosis. Names are explicit (no `export *`) so that generic ones (a
// follow-up record, a prep record) cannot collide with the features that own those records.
export {
  diagnosisInputSchema,
  diagnosisApplicationSchema,
  diagnosisInterviewSchema,
  diagnosisEventSchema,
  prepRecordSchema as diagnosisPrepSchema,
  debriefRecordSchema as diagnosisDebriefSchema,
  thankYouRecordSchema as diagnosisThankYouSchema,
  followUpRecordSchema as diagnosisFollowUpSchema,
  storyCoverageSchema as diagnosisStoryCoverageSchema,
  materialsRecordSchema as diagnosisMaterialsSchema,
  cultureFitSchema as diagnosisCultureFitSchema,
  referenceUseSchema as diagnosisReferenceSchema,
  socialAuditStateSchema as diagnosisSocialAuditSchema,
  type DiagnosisInput,
  type DiagnosisApplication,
  type DiagnosisInterview,
  type DiagnosisEvent,
  type PrepRecord as DiagnosisPrep,
  type DebriefRecord as DiagnosisDebrief,
  type ThankYouRecord as DiagnosisThankYou,
  type FollowUpRecord as DiagnosisFollowUp,
  type StoryCoverage as DiagnosisStoryCoverage,
  type MaterialsRecord as DiagnosisMaterials,
  type CultureFit as DiagnosisCultureFit,
  type ReferenceUse as DiagnosisReference,
  type SocialAuditState as DiagnosisSocialAudit,
} from './input';
export {
  diagnosisResultSchema,
  funnelStepSchema,
  stallPointSchema,
  reasonResultSchema,
  reasonStatusSchema,
  notYouSchema,
  typicalRateViewSchema,
  type DiagnosisResult,
  type FunnelStep,
  type StallPoint,
  type ReasonResult,
  type ReasonStatus,
  type NotYouReport,
} from './result';
export { DEFAULT_BASE_RATES, BASE_RATE_KEYS, BASE_RATES_NOTE, baseRateSchema, type BaseRate, type BaseRates, type BaseRateKey } from './base-rates';
export {
  diagnosisSettingsSchema,
  resolveSettings as resolveDiagnosisSettings,
  type DiagnosisSettings,
  type DiagnosisSettingsInput,
} from './settings';
export { betaCdf, betaQuantile, regularizedBeta, logGamma, logBeta } from './beta';
export { classifyApplication, isNotYouReason, TRANSITION_IDS, type TransitionId, type TransitionOutcome, type ApplicationOutcome } from './outcomes';
export { buildFunnel, INTERVAL_LEVEL } from './funnel';
export { findStallPoint, notYouReport } from './stall';
export { diagnose, type DiagnoseOptions } from './diagnose';
export { RULES, type DiagnosisRule, type RuleContext, type FirstRoundCase } from './rules/index';
export { SOURCE_FIGURES, rateSourceSchema, type RateSource } from './base-rates';
export { diagnosisInputFrom, type DiagnosisBackup } from './input-from';
export { storedListingReader, listingsWithoutAnalysis, type ListingReader } from './listing-reader';
