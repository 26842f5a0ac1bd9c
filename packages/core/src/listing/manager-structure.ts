/**
 * Where the people stand relative to the role, read from the shape of a sentence rather than its
 * wording, for the manager call:
 * - a charge the role holds over a group, with the group's members counted after a colon, a dash
 *   or a bracket ("tendrás a tu cargo al equipo del turno de noche: cuatro ayudantes y un chófer");
 * - a leader's noun owned by the reader ("your line manager") names the reader's own superior;
 * - the role reporting to the first rung of leadership (a team lead, a supervisor, a foreman) sits
 *   in the team, and leads no one.
 */

import { countWordsOf } from '../number-words';
import { LEAD_STEM } from './leading';

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

// Holding the charge of something, said to the reader, in the five languages, besides the verbs of
// leading: "be responsible for", "in charge of", "verantwortlich für", "unter deiner Leitung",
// "avoir sous votre responsabilité", "à votre charge", "a tu cargo", "al frente de",
// "verantwoordelijk voor", "de leiding over".
const HOLDS = [
  '(?:responsible|accountable)\\s+for', 'in\\s+charge\\s+of', 'charge\\s+of',
  'verantwortlich\\s+für', 'Verantwortung\\s+für', 'Leitung\\s+(?:über|von|des|der)',
  'sous\\s+(?:votre|ta)\\s+(?:responsabilit[ée]|autorit[ée]|direction)', '(?:à|a)\\s+(?:votre|ta)\\s+charge', 'responsable\\s+(?:de|des|du|d[\'’])', 'la\\s+charge\\s+(?:de|des|du|d[\'’])',
  '(?:a|bajo)\\s+(?:tu|su)\\s+(?:cargo|mando|responsabilidad)', 'al\\s+(?:frente|cargo)\\s+(?:de|del)', 'responsable\\s+(?:de|del)',
  'verantwoordelijk\\s+voor', 'de\\s+leiding\\s+over', 'leiding\\s+aan',
].join('|');

// The closed class of words for a group of people at work, maybe the last part of a compound
// ("Filialteam", "nachtploeg", "Frühschicht"): team, crew, shift, staff, department.
const GROUP =
  '\\p{L}*(?:team|crew|squad|shift|staff|brigade|department|équipe|équipage|equipo|plantilla|cuadrilla|turno|brigada|Mannschaft|Kolonne|Schicht|Trupp|Abteilung|Belegschaft|ploeg|afdeling)s?';
const DET =
  "(?:(?:a|an|the|our|your|its|ein|eine|einen|das|die|den|dein\\p{L}*|Ihr\\p{L}*|unser\\p{L}*|un|une|una|le|la|les|l['’]|votre|vos|notre|el|al|los|las|tu|tus|su|sus|nuestro|nuestra|een|het|de|je|jouw|ons|onze)\\s*)";
// Measures and things counted after a colon are no members of a group: "the project team: 3 months".
const UNITS =
  '(?:hours?|days?|weeks?|months?|years?|minutes?|shifts?|sites?|stores?|locations?|projects?|euros?|dollars?|pounds?|percent|Stunden|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Standorte[n]?|Projekte[n]?|Filialen|heures|jours|semaines|mois|ans|sites|magasins|projets|horas|días|semanas|meses|años|sedes|tiendas|proyectos|uur|uren|dagen|weken|maanden|jaar|jaren|vestigingen|winkels|projecten)';
const COUNT = `(?:\\d{1,3}|${countWordsOf('en', 'de', 'fr', 'es', 'nl')})`;

/**
 * The role holds the charge of a group whose members follow, counted, after a colon, a dash or a
 * bracket, in the five languages: "you'll lead the early shift: five bakers and a driver", "Du
 * leitest das Lagerteam – drei Fachkräfte und zwei Azubis", "vous aurez sous votre responsabilité
 * l'équipe de nuit : deux agents", "tendrás a tu cargo al equipo del turno de madrugada: cuatro
 * ayudantes", "je geeft leiding aan de ploeg (zes hoveniers)". The members of a group are people,
 * whatever their trade; a measure counted ("the project team: 3 months") is not.
 */
export const CHARGE_OF_COUNTED_GROUP = new RegExp(
  `${L}(?:${LEAD_STEM}|${HOLDS})(?:(?<=['’])|\\s+)(?:(?:a|à)\\s+)?${DET}?(?:(?!(?:de|del|of|von|van|du|des)${R})[\\p{L}-]+\\s+)?${GROUP}${R}(?:\\s+[^\\s.;:!?()–—\\n]+){0,6}?\\s*(?::|\\(|\\s[–—-]\\s)\\s*(?:${COUNT})${R}\\s+(?!${UNITS}${R})\\p{L}`,
  'iu',
);

// A leader's noun after the reader's possessive: "who is also your line manager", "dein
// Vorgesetzter", "votre manager", "jouw leidinggevende". Dutch "je", Spanish "su" and "tu" (French
// "tu" is "you") are also other words, and are not read.
const LEADER_NOUN = /^(?:(?:line|people)[- ])?(?:manager|leader|supervisor|lead)(?![\p{L}])/iu;
const READERS = /(?<![\p{L}])(?:your|Ihr(?:e|em|en|er)?|dein(?:e|em|en|er)?|votre|ton|ta|jouw|uw)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Whether a match that names a leader is the reader's own superior ("your line manager").
 * @example readersOwnLeader('who is also your ', 'line manager') // true
 */
export function readersOwnLeader(before: string, match: string): boolean {
  return LEADER_NOUN.test(match) && READERS.test(before);
}

// The first rung of leadership, in the five languages: whoever reports to it is in its team.
const FIRST_LINE =
  "(?:team\\s*lead(?:er)?|shift\\s+(?:lead(?:er)?|supervisor)|crew\\s+lead(?:er)?|supervisor|foreman|forewoman|Teamleit(?:er|erin|ung)|Schichtleit(?:er|erin|ung)|Gruppenleit(?:er|erin|ung)|Vorarbeiter(?:in)?|Polier(?:in)?|\\p{L}*(?:schicht|kolonnen|gruppen|trupp|zug|team|bau|rotten|mannschafts)führer(?:in)?|chef(?:fe)?\\s+d['’]équipe|responsable\\s+d['’]équipe|chef(?:fe)?\\s+de\\s+(?:poste|quai|rayon)|superviseu(?:r|se)|jef[ea]\\s+de\\s+(?:equipo|turno|sección)|encargad[oa]|capataz|supervisor(?:a)?|teamleider|teamlead|ploegleider|ploegbaas|voorman|shiftleider)";

/**
 * The role reports to a team's first-line leader, in the five languages: "you report to the team
 * lead", "the desk's team lead … manages the translators; you report to her", "Sie berichten an die
 * Teamleitung", "du bist dem Vorarbeiter unterstellt", "vous êtes rattaché au chef d'équipe",
 * "reportarás al jefe de turno", "je rapporteert aan de teamleider". Reporting to a manager or a
 * director says nothing: managers report to them too.
 */
export const REPORTS_TO_FIRST_LINE = new RegExp(
  [
    `${L}(?:you|you['’]ll|you\\s+will)\\s+(?:\\p{L}+ly\\s+)?report\\s+(?:directly\\s+)?(?:in)?to\\s+(?:the|your|our|a)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${FIRST_LINE}${R}`,
    `${L}${FIRST_LINE}${R}[^.!?\\n]{0,80}?${L}(?:you\\s+(?:will\\s+)?report\\s+to\\s+(?:her|him|them)|(?:Sie|du)\\s+(?:berichten|berichtest)\\s+an\\s+(?:sie|ihn)|vous\\s+(?:lui\\s+)?(?:rendez|rendrez)\\s+compte|(?:le|la)\\s+reportas|je\\s+rapporteert\\s+aan\\s+(?:haar|hem))${R}`,
    `${L}(?:Sie\\s+berichten|du\\s+berichtest|berichten\\s+Sie|berichtest\\s+du)\\s+(?:direkt\\s+)?an\\s+(?:die|den|Ihre|Ihren|deine|deinen)\\s+${FIRST_LINE}${R}`,
    `${L}(?:Sie\\s+sind|du\\s+bist)\\s+(?:direkt\\s+)?(?:der|dem|Ihrer|Ihrem|deiner|deinem)\\s+${FIRST_LINE}\\s+(?:direkt\\s+)?unterstellt`,
    `${L}(?:vous\\s+(?:êtes|serez)|tu\\s+(?:es|seras))\\s+(?:directement\\s+)?rattaché(?:e|\\(e\\))?s?\\s+(?:au|à\\s+la|à\\s+l['’]|à\\s+votre|à\\s+ton|à\\s+ta)\\s*${FIRST_LINE}${R}`,
    `${L}(?:vous\\s+(?:reportez|reporterez)|tu\\s+(?:reportes|reporteras))\\s+(?:directement\\s+)?(?:au|à\\s+la|à\\s+l['’])\\s*${FIRST_LINE}${R}`,
    `${L}(?:reportas|reportarás|dependes|dependerás|respondes|responderás)\\s+(?:directamente\\s+)?(?:al|a\\s+la|del|de\\s+la|a\\s+tu)\\s+${FIRST_LINE}${R}`,
    `${L}(?:je|jij|u)\\s+(?:rapporteert|rapporteer|valt)\\s+(?:direct\\s+)?(?:aan|onder)\\s+(?:de|je|jouw|uw|onze)\\s+${FIRST_LINE}${R}`,
  ].join('|'),
  'iu',
);
