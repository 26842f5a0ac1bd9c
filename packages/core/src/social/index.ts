export * from './types';
export { scanText, scanItem, excerptAround, foldText, defaultLexicon, type TextMatch } from './scanner';
export { scanItems, MAX_REPORTED_FINDINGS } from './report';
export { presenceChecklist, evaluatePresence, type PresenceCheck, type PresenceAnswers } from './presence';
export { compileMatcher, matchText, mapWords, type Matcher, type RawHit } from './matcher';
export type { LexiconTerm, RuleId } from './lexicon/surge-terms';
export * from './records';
export { FINDING_CATEGORY_LABELS, groupSocialFindings, presenceStatus, isPresenceDone, socialAuditStateFromBackup, socialFindingGroupsSchema, socialPresenceStatusSchema, type SocialFindingGroups, type SocialPresenceStatus, type SocialBackupParts } from './audit';
export { addSocialDemo } from './demo';
