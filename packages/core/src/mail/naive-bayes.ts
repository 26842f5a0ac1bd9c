import winkNaiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import type { MailModel, MailModelExample } from './model';
import { MAIL_KINDS, type MailKind } from './schema';

// The naive Bayes model measured first (bench/mail-model.md), kept as the bench's baseline for the
// logistic model the app reads; no app code imports it.

// A token seen in fewer training messages than this is a name, a place or a typo of one writer:
// it cannot carry to another writer's mail, and dropping it keeps the model file small.
const MIN_MESSAGES = 2;
// Binarized multinomial naive Bayes with half-add smoothing: the usual choice for short texts
// (Manning, Raghavan and Schütze, Introduction to Information Retrieval, 13.2–13.4), set before
// any split was scored, not tuned on one.
const CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 };

function modelOf(json: string): MailModel {
  const classifier = winkNaiveBayesTextClassifier();
  classifier.importJSON(json);
  classifier.consolidate();
  // A token no training message held says nothing; left in, the smoothing would still move the
  // odds towards the larger classes.
  const vocabulary = new Set((JSON.parse(json) as unknown[])[4] as string[]);
  const kinds = new Set<string>(MAIL_KINDS);
  return {
    predict(features) {
      const known = features.filter((f) => vocabulary.has(f));
      const [label, odds] = known.length ? classifier.computeOdds(known)[0]! : ['other', 0];
      const kind = kinds.has(label) ? (label as MailKind) : 'other';
      return { kind, probability: 1 / (1 + 2 ** -odds) };
    },
    toJson: () => json,
  };
}

/**
 * The naive Bayes model measured first (bench/mail-model.md), kept as the bench's baseline.
 * Deterministic: the same examples in the same order give the same JSON, byte for byte.
 */
export function trainNaiveBayesMailModel(examples: readonly MailModelExample[]): MailModel {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const classifier = winkNaiveBayesTextClassifier();
  classifier.defineConfig(CONFIG);
  for (const e of examples) classifier.learn(e.features.filter((f) => (seen.get(f) ?? 0) >= MIN_MESSAGES), e.kind);
  classifier.consolidate();
  return modelOf(classifier.exportJSON());
}

/** A naive Bayes model from its JSON (`toJson()` of a trained one). */
export function naiveBayesMailModelFromJson(json: string): MailModel {
  return modelOf(json);
}
