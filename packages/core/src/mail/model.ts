import winkNaiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { detectLanguage } from '../listing/language';
import { readableMail } from './body';
import { MAIL_KINDS, type MailKind, type MailMessage } from './schema';

/** One labelled message as the model reads it: its features (see `mailFeatures`) and its kind. */
export interface MailModelExample {
  features: string[];
  kind: MailKind;
}

/** The model's reading of one message: its most likely kind and that kind's probability against the rest. */
export interface MailModelOpinion {
  kind: MailKind;
  probability: number;
}

/** A trained model: its reading of a message's features, and its JSON for the committed file. */
export interface MailModel {
  predict(features: readonly string[]): MailModelOpinion;
  toJson(): string;
}

// What the body contributes: the first part a person reads; a long legal footer or a job list
// further down says nothing of the step and would outweigh the sentence that does.
const MAX_BODY = 4000;
// A token seen in fewer training messages than this is a name, a place or a typo of one writer:
// it cannot carry to another writer's mail, and dropping it keeps the model file small.
const MIN_MESSAGES = 2;
// Binarized multinomial naive Bayes with half-add smoothing: the usual choice for short texts
// (Manning, Raghavan and Schütze, Introduction to Information Retrieval, 13.2–13.4), set before
// any split was scored, not tuned on one.
const CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 };

function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [])
    // A number says "a date, a time, an amount" whatever its digits are.
    .map((w) => (/\p{N}/u.test(w) ? '<num>' : w));
}

/**
 * The features the model reads in a message: the words and adjacent word pairs of its subject and
 * body (lower-cased, any number as one token), the subject's words marked apart, and the language.
 * The body is what the rules read (see `readableMail`: quoted history set apart).
 * @example mailFeatures('Your application', 'Unfortunately we will not proceed.', 'en').includes('will not') // true
 */
export function mailFeatures(subject: string, body: string, language: string): string[] {
  const out = new Set<string>([`lang:${language}`]);
  for (const w of words(subject)) out.add(`subject:${w}`);
  for (const part of [words(subject), words(body.slice(0, MAX_BODY))]) {
    for (let i = 0; i < part.length; i++) {
      out.add(part[i]!);
      if (i > 0) out.add(`${part[i - 1]} ${part[i]}`);
    }
  }
  return [...out];
}

/**
 * A message's features, read as the rules read it: its readable part (quoted history set apart, a
 * forward unwrapped) and the language of its subject and body.
 * @example featuresOfMail({ from: { name: 'Acme', address: 'jobs@acme.com' }, subject: 'Offer', text: 'We are delighted to offer you the role.' }).includes('offer') // true
 */
export function featuresOfMail(msg: Pick<MailMessage, 'from' | 'subject' | 'text' | 'html'>): string[] {
  const read = readableMail(msg);
  return mailFeatures(read.subject, read.body, detectLanguage(`${read.subject}\n${read.body}`.slice(0, 20_000)));
}

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
 * Train the model on labelled messages. Deterministic: the same examples in the same order give
 * the same JSON, byte for byte.
 * @example trainMailModel(examples).predict(mailFeatures('Offer', 'We are delighted to offer you the role.', 'en')).kind // 'offer'
 */
export function trainMailModel(examples: readonly MailModelExample[]): MailModel {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const classifier = winkNaiveBayesTextClassifier();
  classifier.defineConfig(CONFIG);
  for (const e of examples) classifier.learn(e.features.filter((f) => (seen.get(f) ?? 0) >= MIN_MESSAGES), e.kind);
  classifier.consolidate();
  return modelOf(classifier.exportJSON());
}

/** A model from its JSON (the committed file, or `toJson()` of a trained one). */
export function mailModelFromJson(json: string): MailModel {
  return modelOf(json);
}
