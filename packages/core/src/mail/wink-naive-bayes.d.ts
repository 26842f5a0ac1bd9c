// wink-naive-bayes-text-classifier ships no types; this is the part of its API we use
// (https://github.com/winkjs/wink-naive-bayes-text-classifier). Inputs are token arrays: no
// preparatory task is defined, so the tokens go in as they are.
declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    /** log2 of each label's odds against the rest, highest first; `[['unknown', 0]]` when no token is known. */
    computeOdds(tokens: string[]): Array<[string, number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  function winkNaiveBayesTextClassifier(): NaiveBayesTextClassifier;
  export default winkNaiveBayesTextClassifier;
}
