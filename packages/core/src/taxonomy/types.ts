/**
 * One skill of the generated taxonomy file (`skills.json`), in short keys to keep the file small.
 * `k` holds the stemmed keys of the name and aliases (see `phraseKey`), computed at build time so
 * that loading needs no stemming; `c` holds aliases that match only as written ("Excel", "Go").
 */
export interface TaxonomySkill {
  /** Canonical name. */
  n: string;
  /** Sources, joined by `+`: `ours`, `esco`, `onet`, `stack-analyser`. */
  s: string;
  /** Alternative labels and synonyms, as written. */
  a: string[];
  /** Matching keys (stemmed, lower case). */
  k: string[];
  /** Case-sensitive aliases. */
  c: string[];
  /**
   * Kind: `tool` for a named product (software or a service, a language, a platform, equipment or
   * its brand), `skill` for a general competence. O*NET technology examples and stack-analyser
   * entries are tools, ESCO entries skills; our own entries are marked by hand.
   */
  t: SkillKind;
}

/** Whether a taxonomy entry names a product (`tool`) or a general competence (`skill`). */
export type SkillKind = 'tool' | 'skill';

/** The whole generated taxonomy file. */
export interface TaxonomyFile {
  version: number;
  sources: string[];
  skills: TaxonomySkill[];
}
