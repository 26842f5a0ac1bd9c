/**
 * The listing's own word that the whole job is done at the place, which outweighs a board's tag
 * ("Magdeburg · Vollzeit · Hybrid") and any word of home met elsewhere: the place said with a word
 * of totality, or home working said to be absent with the language's way of saying "there is none".
 */

import { HOME } from './workplace-words';

// Wholly, fully, entirely, a hundred per cent, in the five languages. "Only" is not among them: "nur
// montags im Büro" names the office days of a hybrid week.
const WHOLLY =
  String.raw`(?:fully|wholly|entirely|completely|100\s?%|vollständig|komplett|ganz|zu\s+100\s?%|ausschließlich|entièrement|totalement|complètement|intégralement|à\s+100\s?%|exclusivement|totalmente|completamente|íntegramente|al\s+100\s?%|exclusivamente|volledig|helemaal|geheel|voor\s+100\s?%|uitsluitend)`;
// The place of work, as a statement of where the work is done.
const AT_THE_PLACE =
  String.raw`(?:on[- ]?site|in[- ]office|in\s+the\s+office|office[- ]based|in[- ]person|vor\s+Ort|im\s+Büro|in\s+Präsenz|präsent|am\s+Standort|sur\s+site|sur\s+place|en\s+présentiel|présentiel(?:le)?|au\s+bureau|dans\s+nos\s+locaux|presencial(?:es)?|en\s+(?:la\s+)?oficina|en\s+(?:el\s+)?centro\s+de\s+trabajo|op\s+locatie|op\s+kantoor|op\s+de\s+werkvloer|op\s+de\s+werkplek|aanwezig\s+op\s+(?:kantoor|locatie))`;

/**
 * The work said to be done wholly at the place, in the five languages: "Die Stelle ist vollständig
 * vor Ort", "le poste est entièrement en présentiel", "el puesto es 100 % presencial", "de functie is
 * volledig op locatie", "this role is fully on-site".
 * @example WHOLLY_AT_THE_PLACE.test('Die Stelle ist vollständig vor Ort.') // true
 */
export const WHOLLY_AT_THE_PLACE = new RegExp(String.raw`(?<![\p{L}])${WHOLLY}\s+${AT_THE_PLACE}(?![\p{L}])`, 'iu');

/**
 * Home working said to be absent with "there is none", in the five languages, the word for home on
 * either side: "Homeoffice gibt es in dieser Rolle nicht", "es gibt kein Homeoffice", "il n'y a pas
 * de télétravail sur ce poste", "no hay teletrabajo", "teletrabajo no hay", "er is geen
 * thuiswerken", "thuiswerken zit er niet in", "there is no home working". A comma or a conjunction
 * starts another clause ("Homeoffice gibt es, Reisen nicht").
 * @example HOME_NOT_THERE.test('Homeoffice gibt es in dieser Rolle nicht.') // true
 */
export const HOME_NOT_THERE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:${HOME})\s+gibt\s+es(?:(?!(?:aber|und|sondern|jedoch)(?![\p{L}]))[^.;:!?\n,]){0,40}?(?<![\p{L}])(?:nicht|keins?|keine)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:es\s+gibt|gibt\s+es)\s+(?:(?:hier|leider|in\s+dieser\s+\p{L}+|bei\s+uns)\s+)?kein(?:e|en)?\s+(?:${HOME})`,
    String.raw`(?<![\p{L}])il\s+n['’]y\s+(?:a|aura)\s+(?:pas|aucune?)\s+(?:de\s+|d['’])?(?:possibilité\s+de\s+)?(?:${HOME})`,
    String.raw`(?<![\p{L}])no\s+(?:hay|habrá|existe)\s+(?:(?:posibilidad|opción)\s+de\s+)?(?:${HOME}|trabajo\s+(?:en\s+)?remoto)`,
    String.raw`(?<![\p{L}])(?:${HOME})\s+no\s+(?:hay|existe|habrá)(?![\p{L}])`,
    String.raw`(?<![\p{L}])er\s+is\s+geen\s+(?:(?:mogelijkheid|ruimte)\s+(?:tot|om|voor)\s+)?(?:${HOME})`,
    String.raw`(?<![\p{L}])(?:${HOME})\s+(?:zit|is)\s+er\s+(?:\p{L}+\s+){0,3}?niet\s+(?:in|bij)(?![\p{L}])`,
    String.raw`(?<![\p{L}])there\s+(?:is|will\s+be)\s+no\s+(?:(?:option|possibility)\s+(?:of|for)\s+)?(?:${HOME}|home[- ]?working)`,
  ].join('|'),
  'iu',
);
