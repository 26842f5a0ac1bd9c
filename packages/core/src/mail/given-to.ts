// A rejection said as the post given to someone, or as someone chosen, where that someone is
// described rather than called another candidate ("a young man from the next village", "un chico
// que acaba de terminar la escuela", "einen Gesellen aus der Gegend"). What makes the object a
// person is the grammar around it, not the noun: the post handed *to* someone with an indefinite
// article ("an einen …", "a un …", "à une …", "to a …", "aan een …"), Spanish's personal "a" after
// a verb of taking ("coger a otro …"), the German reflexive choice "uns für einen … entschieden", or
// a relative clause for a person ("… who", "… qui", "… die") after a verb of hiring.
// A negation or a future in the clause ("will be given to a candidate who…") is no choice made.
import type { PhraseRule } from './phrase-rule';

// One character of the same clause, where no negation and no future is said.
const C = String.raw`(?:(?!(?:not|n't|never|nicht|nie|kein\p{L}*|pas|no|nunca|niet|geen|nooit|will|would|wird|werden|würden|sera|seront|serait|será|serán|zal|zullen|sobald|once|until|bis|quand|cuando|zodra)(?!\p{L}))[^.!?\n])`;
const clause = (max: number): string => `${C}{0,${max}}?`;

// The post, by its name in the five languages.
const POST = String.raw`(?:Stellen?|Position|Platz|Plätze|Job|plazas?|puestos?|poste|place|emploi|functie|vacature|baan|plek|post|position|role|job|spot|vacancy)`;
// Giving or awarding it, as a participle or a past.
const GIVE = String.raw`(?:vergeben|gegeben|dad[oa]|dimos|dio|otorgad[oa]|adjudicad[oa]|ofrecid[oa]|attribuée?|donnée?|confiée?|proposée?|given|gave|offered|awarded|gegeven|gegund|toegekend|aangeboden|angeboten)`;
// The one it went to, introduced by "to" and an indefinite article: someone, not a thing held.
const RECIPIENT = String.raw`(?:an\s+(?:einen|eine|einem)|a\s+(?:un|una|otr[oa])|al\s+otro|à\s+(?:un|une|quelqu['’]un)|to\s+(?:a|an|someone|somebody)|aan\s+(?:een|iemand))(?!\p{L})`;
// What a day or a slot is called: choosing one of those is arranging a meeting, not a person.
const STEP = String.raw`(?:Termin|Gespräch|Interview|Zeit|Tag|Datum|Uhrzeit|Video|Anruf|Telefonat|Probe|Lösung|Weg)`;

export const GIVEN_TO_RULES: PhraseRule[] = [
  // The post given to someone: "die Stelle … an einen jungen Mann … vergeben", "alle Stellen
  // vergeben, die letzte an einen Lehrer", "el puesto se lo hemos dado a un chico", "le poste a été
  // confié à une personne", "we gave the job to a local lad", "de functie is gegund aan een …".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`(?<!\p{L})${POST}(?!\p{L})${clause(100)}(?:(?<!\p{L})${GIVE}(?!\p{L})${clause(30)}(?<!\p{L})${RECIPIENT}|(?<!\p{L})${RECIPIENT}${clause(60)}(?<!\p{L})${GIVE}(?!\p{L}))`, 'iu') },
  // The verb before the post, as English, French and Spanish order it: "we gave the job to a lad
  // from the village", "nous avons donné le poste à une voisine", "dimos el puesto a un chico".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`(?<!\p{L})${GIVE}\s+(?:the|this|that|our|le|ce|cet|la|cette|el|la|este|esta|de|het)\s+(?:[\p{L}-]+\s+){0,3}?${POST}\s+${clause(30)}(?<!\p{L})${RECIPIENT}`, 'iu') },
  // German, the choice reflexive and the chosen last: "wir haben uns für einen Gesellen (aus der
  // Gegend) entschieden" (a day, a time or a meeting chosen is none).
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\buns\s+${clause(40)}\bfür\s+(?:einen|eine|einem)\s+(?:\p{Ll}+\s+)?(?!${STEP})\p{Lu}[\p{L}*:\/]+${clause(60)}\bentschieden(?!\p{L})`, 'u') },
  // Spanish, the personal "a" after a verb of taking: "hemos decidido coger a otro chaval",
  // "contratamos a una chica que…", "nos quedamos con un chico de la zona".
  { kind: 'rejection', weight: 4, re: /\b(?:hemos|he|han|ha|decidimos|preferimos|optamos\s+por)\s+(?:\p{L}+\s+){0,2}?(?:coger|contratar|elegir|escoger|fichar|incorporar|cogido|contratado|elegido|escogido|fichado|incorporado)\s+a\s+(?:otr[oa]|un[oa]?)\s+\p{L}+/iu },
  // Hiring someone described by a clause that only a person takes: "we've taken on a graduate who",
  // "nous avons embauché une jeune qui", "we hebben een jongen aangenomen die".
  { kind: 'rejection', weight: 4, re: /\b(?:have|'ve|had)\s+(?:now\s+|just\s+|already\s+)?(?:hired|taken\s+on|gone\s+with|gone\s+for|appointed|offered\s+(?:it|the\s+\p{L}+)\s+to)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,?\s+(?:who|whose)\b|\b(?:avons|a|ai)\s+(?:\p{L}+\s+)?(?:embauché|recruté|engagé)\s+(?:un|une)\s+(?:\p{L}+\s+){0,2}?\p{L}+\s*,?\s+(?:qui|dont)\b|\b(?:hebben|heeft)\s+(?:\p{L}+\s+){0,2}?een\s+(?:[\p{L}-]+\s+){0,2}?(?:aangenomen|aangesteld|aangeworven)\s*,?\s+(?:die|wie)\b/iu },
];
