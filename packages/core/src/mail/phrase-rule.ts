// The shape of a phrase rule: a pattern that adds its weight to its kind once where it matches
// (see classify.ts), with an optional pattern that, where it matches the text, voids the rule.
import type { MailKind } from './schema';

export interface PhraseRule {
  kind: MailKind | 'not_job';
  weight: number;
  re: RegExp;
  /** The rule does not count where this matches the text. */
  unless?: RegExp;
}

/** Rules of one kind and weight, one per pattern. */
export function rulesOf(kind: PhraseRule['kind'], weight: number, ...res: RegExp[]): PhraseRule[] {
  return res.map((re) => ({ kind, weight, re }));
}
