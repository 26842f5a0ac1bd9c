// Where the person stands, said with the person (or their application) as the subject: a
// rejection that names no choice and no step denied by the employer, but the person's own place
// in the process ("you did not make it to the shortlist", "Sie sind nicht weiter dabei", "no has
// pasado a la siguiente fase", "je bent afgevallen", "votre candidature n'a pu être retenue").
// Each rule is a verb with its tenses and persons, not a listed sentence; kinds14.test.ts holds
// sentences of our own for each. Grammar weight: they count only where no phrase did.
import type { PhraseRule } from './phrase-rule';
import { WORD_END } from '../regexp';

// The person or what stands for them in the process.
const SUBJECT_EN = String.raw`(?:you|your\s+(?:application|profile|candidacy|candidature|CV|resume|résumé|submission)|(?:the|this)\s+application)`;
// Got, made it or passed to a later stage, every tense: "did not make it to", "haven't got through
// to", "won't be progressing to", "didn't progress past".
const REACH_EN = String.raw`(?:make|made|making|get|got|gotten|getting|go|gone|going|move|moved|moving|progress(?:ed|ing)?|advance[ds]?|advancing|pass(?:ed|ing)?|proceed(?:ed|ing)?)\s+(?:it\s+)?(?:through\s+)?(?:to|into|through|past|onto|beyond|on\s+to|forward\s+to)\s+(?:the|our|this|a|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:shortlist|short-list|round|stage|step|phase|interviews?|assessment|screening|selection|final)`;
const NOT_EN = String.raw`(?:(?:did|does|has|have|had|will|would|could)\s+not|didn't|doesn't|hasn't|haven't|hadn't|won't|wouldn't|couldn't)\s+(?:be\s+)?(?:quite\s+|unfortunately\s+|sadly\s+)?`;

export const STANDING_RULES: PhraseRule[] = [
  // "Your profile did not make it to the shortlist", "you haven't progressed to the next round".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b${SUBJECT_EN}\s+${NOT_EN}${REACH_EN}(?!\p{L})`, 'iu') },
  // No longer in the running: "you are no longer in the running", "your application is no longer
  // being considered", "you're out of the process".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b${SUBJECT_EN}(?:'re|\s+(?:are|is|were|was|will\s+be))\s+(?:\p{L}+\s+)?(?:no\s+longer|not)\s+(?:in\s+(?:the\s+)?(?:running|race|process|contention)|being\s+(?:considered|taken\s+forward)|part\s+of\s+(?:the|our|this)\s+(?:process|selection|shortlist))\b`, 'iu') },
  // German, both word orders and the verb last: "Sie sind leider nicht weiter dabei", "dass Sie im
  // Auswahlverfahren nicht mehr dabei sind", "du bist nicht weitergekommen", "Sie sind
  // ausgeschieden", "dass Ihre Bewerbung nicht in die nächste Runde gekommen ist". "Nicht dabei sein
  // können" is an absence from a meeting, not a place in the process.
  { kind: 'rejection', weight: 4, re: /\b(?:Sie|du|Ihre\s+Bewerbung|deine\s+Bewerbung|Ihre\s+Kandidatur)\s+(?:[\p{L}*:-]+\s+){0,6}?(?:nicht\s+(?:(?:mehr|weiter|länger)\s+)?(?:dabei(?!\s+(?:sein|zu\s+sein))|im\s+(?:Rennen|Verfahren|Prozess|Auswahlverfahren))|nicht\s+weiter(?:ge)?kommen|nicht\s+(?:in\s+die\s+(?:nächste|engere|zweite|finale)\s+(?:Runde|Auswahl)|auf\s+die\s+Shortlist)\s+(?:ge)?(?:kommen|gelangt|geschafft)|ausgeschieden)(?!\p{L})/iu },
  // French passive with a modal, every tense and no "pas": "votre candidature n'a pu être retenue",
  // "n'avait pu être sélectionnée"; and no longer part of the process: "vous ne faites plus partie
  // du processus", "ne figure plus parmi".
  { kind: 'rejection', weight: 4, re: /\bn['’]\s*(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:\p{L}+\s+)?pu\s+être\s+(?:retenue?s?|sélectionnée?s?|choisie?s?|prise?s?\s+en\s+compte)(?!\p{L})|\b(?:vous|tu)\s+ne\s+(?:faites|fais|ferez|feras|figurez|figures)\s+plus\s+(?:partie|parmi)\b/iu },
  // Spanish, the person as subject in the perfect and the preterite: "no has pasado a la siguiente
  // fase", "no pasaste el filtro", "no fuiste seleccionada", "ya no sigues en el proceso", "ya no
  // formas parte del proceso".
  { kind: 'rejection', weight: 4, re: /\bno\s+(?:(?:has|ha|hayas|haya|habéis|han)\s+(?:avanzado|pasado|superado|resultado\s+seleccionad[oa])|(?:pasaste|superaste|avanzaste|continuaste|seguiste)\b|(?:fuiste|fue|resultaste|resultó)\s+seleccionad[oa])|\bya\s+no\s+(?:sigues|sigue|continúas|continuas|continúa|formas\s+parte|forma\s+parte|estás|está)\s+(?:\p{L}+\s+){0,2}?(?:en\s+el\s+proceso|del\s+proceso|en\s+la\s+selección|de\s+la\s+selección|en\s+carrera)\b/iu },
  // Dutch, both word orders: "je bent helaas afgevallen", "helaas ben je afgevallen", "je valt
  // helaas af" (the separable verb with its particle last), "je bent niet meer in de race".
  { kind: 'rejection', weight: 4, re: /\b(?:je|jij|u)\s+(?:bent|ben|is|was|bleek)\s+(?:\p{L}+\s+){0,3}?(?:afgevallen|niet\s+(?:meer\s+)?in\s+de\s+(?:race|procedure|selectie))(?!\p{L})|\b(?:ben|bent|was)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,3}?(?:afgevallen|niet\s+(?:meer\s+)?in\s+de\s+(?:race|procedure|selectie))(?!\p{L})|\b(?:val|valt|viel)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,2}?af(?!\p{L})/iu },
  // Not among the ones taken on, the group named before by a pronoun: "a small group goes ahead, and
  // you are not among them", "Sie sind leider nicht darunter", "vous n'en faites pas partie", "no
  // estás entre ellos", "jij zit daar helaas niet bij" (Dutch with the subject after its verb too).
  { kind: 'rejection', weight: 4, re: /\b(?:you(?:'re)?|your\s+(?:application|profile|candidacy))\s+(?:(?:are|were|is|was)\s+)?(?:(?:unfortunately|sadly|regrettably)\s+)?not\s+(?:among|amongst|one\s+of|part\s+of)\s+(?:them|those|these|this\s+group)(?!\s+who)\b/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:Sie|du|Ihre\s+Bewerbung)\s+(?:sind|bist|ist|waren|warst|war)\s+(?:\p{L}+\s+){0,2}?nicht\s+darunter(?!\p{L})|\b(?:sind|bist|ist|waren|warst|war)\s+(?:Sie|du|Ihre\s+Bewerbung)\s+(?:\p{L}+\s+){0,2}?nicht\s+darunter(?!\p{L})/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:vous|tu)\s+n['’]en\s+(?:faites|fais|ferez|feras|faisiez|faisais)\s+(?:\p{L}+\s+)?pas\s+partie\b|\b(?:vous|tu)\s+ne\s+(?:faites|fais|figurez|figures)\s+(?:\p{L}+\s+)?pas\s+(?:partie\s+)?(?:de\s+ce\s+groupe|d['’]entre\s+eux|parmi\s+(?:eux|elles|ce\s+groupe))/iu },
  { kind: 'rejection', weight: 4, re: /\bno\s+(?:estás|está|estabas|estaba|te\s+encuentras|se\s+encuentra|figuras|figura)\s+entre\s+(?:ellos|ellas|est[oa]s|ese\s+grupo)(?!\p{L})|\bno\s+(?:formas|forma|formabas)\s+parte\s+de\s+(?:ese|este)\s+grupo/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:je|jij|u)\s+(?:zit|zat|bent|was|hoort|hoorde)\s+(?:daar|er)\s+(?:\p{L}+\s+){0,2}?niet\s+bij(?!\p{L})|\b(?:zit|zat|ben|bent|was|hoor|hoort)\s+(?:je|jij|u)\s+(?:daar|er)\s+(?:\p{L}+\s+){0,2}?niet\s+bij(?!\p{L})/iu },
  // Unsuccessful, the person the subject in a perfect tense: "you have been unsuccessful on this
  // occasion", "Sie waren leider nicht erfolgreich", "tu candidatura no ha prosperado", "u bent helaas
  // niet succesvol geweest" (the employer unsuccessful in reaching someone is not one).
  { kind: 'rejection', weight: 4, re: /\byou(?:'ve|\s+have|\s+had)\s+(?:(?:unfortunately|sadly|regrettably)\s+)?been\s+(?:unsuccessful|not\s+successful)\b(?!\s+in\s+(?:reaching|contacting))/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:Sie|du)\s+(?:waren|sind|warst|bist)\s+(?:\p{L}+\s+){0,2}?nicht\s+erfolgreich|\b(?:waren|sind|warst|bist)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,2}?nicht\s+erfolgreich|\b(?:Ihre|deine)\s+Bewerbung\s+(?:war|ist)\s+(?:\p{L}+\s+){0,2}?(?:nicht\s+erfolgreich|erfolglos)/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:candidatura|solicitud|postulación)\s+no\s+(?:ha\s+)?prosper(?:ado|ó)/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:je|jij|u)\s+(?:bent|was)\s+(?:\p{L}+\s+){0,2}?niet\s+succesvol|\b(?:ben|bent|was)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,2}?niet\s+succesvol|\b(?:je|jouw|uw)\s+sollicitatie\s+(?:is|was)\s+(?:\p{L}+\s+){0,2}?niet\s+succesvol/iu },
  // The person the subject of a passive choice or call, denied, every tense: "you weren't picked
  // for the assessment day", "you have not been chosen", "Sie wurden leider nicht für … ausgewählt",
  // "vous n'avez pas été conviée", "no fuiste elegida", "no has sido escogido", "je bent niet gekozen"
  // (the verb before its subject too: "wurden Sie nicht eingeladen", "ben je niet gekozen"; and
  // German verb-final: "dass Sie nicht ausgewählt wurden").
  { kind: 'rejection', weight: 4, re: /\byou\s+(?:(?:were|was|are|have|had)\s+not|weren't|wasn't|aren't|haven't|hadn't|will\s+not|won't)\s+(?:been\s+|be\s+)?(?:(?:unfortunately|sadly|regrettably)\s+)?(?:picked|chosen|selected|shortlisted|invited|called\s+back|put\s+forward|taken\s+forward)(?!\p{L})/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:(?:Sie|du)\s+(?:wurden|wurdest|sind|bist|waren|warst)|(?:wurden|wurdest|sind|bist|waren|warst)\s+(?:Sie|du))\s+(?:\p{L}+\s+){0,3}?nicht\s+(?:\p{L}+\s+){0,4}?(?:ausgewählt|ausgesucht|gewählt|eingeladen|vorgeschlagen|nominiert|berücksichtigt)(?!\p{L})|\b(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?nicht\s+(?:\p{L}+\s+){0,4}?(?:ausgewählt|ausgesucht|gewählt|eingeladen|vorgeschlagen|nominiert)\s+(?:wurden|wurdest|worden\s+(?:sind|bist))(?!\p{L})/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:vous|tu)\s+n['’]\s*(?:avez|as|aviez|avais|aurez|auras)\s+(?:\p{L}+\s+)?pas\s+été\s+(?:\p{L}+\s+)?(?:retenu|choisi|sélectionné|présélectionné|convié|convoqué|invité|admis)\p{L}*/iu },
  { kind: 'rejection', weight: 4, re: /\bno\s+(?:(?:has|ha|habéis|han|hayas|haya)\s+sido|fuiste|fue|fuisteis|fueron|serás|será)\s+(?:\p{L}+\s+)?(?:elegid|escogid|seleccionad|preseleccionad|convocad|invitad)[oa]s?(?!\p{L})/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:(?:je|jij|u)\s+(?:bent|was|werd|bleek)|(?:ben|bent|was|werd)\s+(?:je|jij|u))\s+(?:\p{L}+\s+){0,2}?niet\s+(?:\p{L}+\s+)?(?:gekozen|uitgekozen|geselecteerd|uitgenodigd|voorgedragen)(?!\p{L})/iu },
  // The process said to end for the person, the person named first: "for you, the process ends
  // here", "Für dich endet der Bewerbungsprozess an dieser Stelle", "Pour vous, le processus s'arrête
  // donc à cette étape", "Para ti, el proceso termina aquí", "Voor jou stopt de procedure hier" (the
  // other order is grammar.ts's). A process that ends with a step ("for you the process ends with a
  // call") goes on.
  { kind: 'rejection', weight: 4, re: /(?<!\p{L})(?:for\s+you|für\s+(?:Sie|dich)|pour\s+(?:vous|toi)|para\s+(?:ti|usted)|voor\s+(?:jou|je|u))[\s,]+(?:(?:the|this|our|your|der|die|das|dein|Ihr|le|la|ce|cette|votre|ton|el|la|este|esta|tu|su|de|het|deze|je|jouw|uw)\s+)?(?:[\p{L}-]+\s+)?(?:process|procedure|selection|journey|application|Bewerbungsprozess|Auswahlverfahren|Verfahren|Prozess|Bewerbungsverfahren|processus|parcours|procédure|sélection|proceso|procedimiento|selección|procedure|sollicitatieprocedure|proces|selectie)\s+(?:\p{L}+\s+){0,3}?(?:ends|stops|is\s+over|endet|ist\s+(?:\p{L}+\s+)?beendet|hört\s+(?:\p{L}+\s+)?auf|s['’]arrête|se\s+termine|prend\s+fin|termina|acaba|finaliza|concluye|stopt|eindigt|houdt\s+op)(?!\p{L})(?!\s+(?:with|mit|avec|con|met)\b)|(?<!\p{L})(?:for\s+you|für\s+(?:Sie|dich)|pour\s+(?:vous|toi)|para\s+(?:ti|usted)|voor\s+(?:jou|je|u))[\s,]+(?:endet|stopt|eindigt|termina|acaba|finaliza|s['’]arrête|se\s+termine|prend\s+fin|ends|stops)\s+(?:\p{L}+\s+)?(?:der|das|le|el|de|het|the)\s+(?:[\p{L}-]+\s+)?(?:Bewerbungsprozess|Auswahlverfahren|Verfahren|Prozess|Bewerbungsverfahren|processus|proceso|procedure|sollicitatieprocedure|proces|process)(?!\p{L})(?!\s+(?:with|mit|avec|con|met)\b)/iu },
];

// A sentence that opens with a question word is about a case in general, said as a headline or an
// indirect question ("Why your application did not make it past the screen", "Warum Sie nicht
// weitergekommen sind", "Pourquoi votre candidature n'a pas été retenue"): not a decision.
// "Wie", "what", "comment" and "hoe" are left out: they open sayings too ("Wie besprochen…").
const WONDERS = new RegExp(String.raw`^(?:why|how\s+(?:your|to|you)|warum|wieso|weshalb|pourquoi|por\s*qu[ée]|waarom)${WORD_END}`, 'iu');

/** Whether the match at `index` sits in a sentence that opens with a question word. */
export function isWonderedAt(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  return WONDERS.test(text.slice(start, index).trim());
}
