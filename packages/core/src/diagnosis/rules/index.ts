import type { DiagnosisRule } from './types';
import { needsChangedRule } from './needs-changed';
import { cultureFitRule } from './culture-fit';
import { firstInterviewRule } from './first-interview';
import { wrongStoryRule } from './wrong-story';
import { thankYouRule } from './thank-you';
import { instructionsRule } from './instructions';
import { tooPersistentRule } from './too-persistent';
import { socialMediaRule } from './social-media';
import { referencesRule } from './references';

/** One rule per reason of the ARCHITECTURE table, in the table's order. A new reason adds its module here. */
export const RULES: readonly DiagnosisRule[] = [
  needsChangedRule,
  cultureFitRule,
  firstInterviewRule,
  wrongStoryRule,
  thankYouRule,
  instructionsRule,
  tooPersistentRule,
  socialMediaRule,
  referencesRule,
];

export type { DiagnosisRule, RuleContext, FirstRoundCase } from './types';
