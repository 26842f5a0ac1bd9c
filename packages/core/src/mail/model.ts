import { detectLanguage } from '../listing/language';
import { readableMail } from './body';
import { packLogistic, predictPacked, trainLogistic, unpackLogistic, type LogisticJson } from './logistic';
import type { MailKind, MailMessage } from './schema';

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

function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [])
    // A number says "a date, a time, an amount" whatever its digits are.
    .map((w) => (/\p{N}/u.test(w) ? '<num>' : w));
}

// A few things a job-search message speaks of, one token whatever the language, so that what the
// model learns of one language's mail carries to another's with fewer examples: the interview,
// the application, the position and the candidate, by their names in the five languages.
const CONCEPTS: Array<[string, RegExp]> = [
  ['interview', /^(?:interview\p{L}*|\p{L}*gespräch\p{L}*|entretien\p{L}*|entrevista\p{L}*|\p{L}*gesprek\p{L}*)$/u],
  ['application', /^(?:applica\p{L}*|applied|apply\p{L}*|\p{L}*bewerbung\p{L}*|beworben|candidature\p{L}*|candidatura\p{L}*|postula\p{L}*|sollicit\p{L}*)$/u],
  ['position', /^(?:position|positions|role|roles|vacanc\p{L}*|stelle|stellen|poste|postes|puesto|puestos|vacante|vacantes|vacature\p{L}*|functie\p{L}*)$/u],
  ['candidate', /^(?:candidat\p{L}*|bewerber\p{L}*|kandida\p{L}*)$/u],
];

/**
 * The features the model reads in a message: the words and adjacent word pairs of its subject and
 * body (lower-cased, any number as one token), the subject's words marked apart, the language, and
 * a token for each of the interview, application, position and candidate a message names, in any
 * of the five languages. The body is what the rules read (see `readableMail`: quoted history set apart).
 * @example mailFeatures('Your application', 'Unfortunately we will not proceed.', 'en').includes('will not') // true
 */
export function mailFeatures(subject: string, body: string, language: string): string[] {
  const out = new Set<string>([`lang:${language}`]);
  for (const w of words(subject)) out.add(`subject:${w}`);
  for (const part of [words(subject), words(body.slice(0, MAX_BODY))]) {
    for (let i = 0; i < part.length; i++) {
      out.add(part[i]!);
      if (i > 0) out.add(`${part[i - 1]} ${part[i]}`);
      for (const [name, re] of CONCEPTS) if (re.test(part[i]!)) out.add(`concept:${name}`);
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

// Kept packed, without its JSON text: the text is written again only when asked for.
function logisticOf(json: string): MailModel {
  const model = packLogistic(JSON.parse(json) as LogisticJson);
  return { predict: (features) => predictPacked(model, features), toJson: () => JSON.stringify(unpackLogistic(model)) };
}

/**
 * Train the model on labelled messages: multinomial logistic regression (see `logistic.ts`), the
 * one the app reads. Deterministic: the same examples in the same order give the same JSON.
 * @example trainMailModel(examples).predict(mailFeatures('Offer', 'We are delighted to offer you the role.', 'en')).kind // 'offer'
 */
export function trainMailModel(examples: readonly MailModelExample[]): MailModel {
  return logisticOf(JSON.stringify(trainLogistic(examples)));
}

/** A model from its JSON (the committed file, or `toJson()` of a trained one). */
export function mailModelFromJson(json: string): MailModel {
  return logisticOf(json);
}

/** How the rules take the model's opinion on a message they call `other`: its least probability, and whether it may say `rejection`. */
export interface SecondOpinionRule {
  min: number;
  rejection: boolean;
}

/**
 * The rule the app uses, chosen on leave-one-split-out only (bench/mail-model.md): the model's
 * kind at any probability over one half, never `rejection` (the rules keep rejections: a word
 * model cannot tell a decision said from one only spoken of, and rejection precision is the
 * figure that must not fall).
 */
export const SECOND_OPINION: SecondOpinionRule = { min: 0.5, rejection: false };

/**
 * The kind the rules' `other` becomes on the model's opinion, or null when it stays `other`.
 * @example takeSecondOpinion({ kind: 'offer', probability: 0.8 }) // 'offer'
 */
export function takeSecondOpinion(opinion: MailModelOpinion, rule: SecondOpinionRule = SECOND_OPINION): MailKind | null {
  if (opinion.kind === 'other' || opinion.probability < rule.min) return null;
  if (opinion.kind === 'rejection' && !rule.rejection) return null;
  return opinion.kind;
}
