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
}

/** The whole generated taxonomy file. */
export interface TaxonomyFile {
  version: number;
  sources: string[];
  skills: TaxonomySkill[];
}
