/**
 * Leadership read from counted people around the role, for the manager call, by the shape of the
 * sentence rather than one wording:
 * - the role named the superior of counted people ("Sie sind die direkte Vorgesetzte von zwei
 *   Gesellinnen", "you are line manager to three fitters", "je bent de leidinggevende van vier
 *   koks"), or counted people first ("für die drei die direkte Vorgesetzte");
 * - a verb of leading with a unit run "with" counted people ("leiten die Brennerei mit vier
 *   Brennern", "you run the bakery with six bakers", "je leidt de keuken met vijf koks");
 * - a Dutch or German separable verb with counted people between its parts ("je stuurt in de
 *   werkplaats twee zadelmakers en een leerling aan", "du leitest dort drei Azubis an");
 * - a labelled line that counts the team and then lists its members ("Team of 14: two shift
 *   leaders, eight operators").
 * And against it: the reader said to work alone ("you'd work alone most days", "Sie arbeiten
 * allein", "je werkt alleen"), which a "Manager" title alone does not outweigh.
 */

import { countWordsOf } from '../number-words';
import { LEAD_STEM } from './leading';

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
const COUNT = `(?:\\d{1,3}|${countWordsOf('en', 'de', 'fr', 'es', 'nl')}|einem|einer|einen|eine|ein|one|a|an|een|één|un|une|una|uno)`;
// Measures and things counted are no people: "mit 4 Anlagen", "with 200 beds", "met 3 lijnen".
const THINGS =
  '(?:hours?|days?|weeks?|months?|years?|minutes?|sites?|stores?|locations?|beds?|machines?|vehicles?|rooms?|seats?|covers?|tables?|lines?|stills?|acres?|hectares?|litres?|liters?|tonnes?|tons?|euros?|dollars?|pounds?|percent|Stunden|Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Standorte[n]?|Filialen|Betten|Maschinen|Fahrzeuge[n]?|Zimmern?|Plätzen|Sitzplätzen|Linien|Anlagen|Hektar|Litern?|Tonnen|heures|jours|semaines|mois|ans|sites|lits|machines|véhicules|chambres|places|couverts|horas|días|semanas|meses|años|camas|máquinas|vehículos|habitaciones|plazas|uur|uren|dagen|weken|maanden|jaar|jaren|bedden|machines|voertuigen|kranen|apparaten|Kräne[n]?|Geräte[n]?|cranes?|grues?|grúas?|kamers|plaatsen|lijnen|vestigingen)';

// The leader's noun that names whom people answer to, with its modifiers ("direkte", "line").
const SUPERIOR =
  "(?:(?:direkte[rn]?|unmittelbare[rn]?|disziplinarische[rn]?|direct|line|immediate|directe|direct[oa]|hiërarchisch\\p{L}*|hiérarchique)\\s+)?(?:Vorgesetzte[rn]?|Vorgesetzter|superior|supervisor|line\\s+manager|leidinggevende|sup[ée]rieur(?:e)?(?:\\s+hiérarchique)?|responsable\\s+hiérarchique|jef[ea](?:\\s+direct[oa])?)";
const BE = "(?:sind|bist|seid|werden|wirst|sein|are|will\\s+be|you['’]ll\\s+be|be|être|êtes|serez|es|eres|serás|será|bent|wordt|zijn|als|as|comme|como)";
const FILL = '(?:(?!(?:to|an|à|aan|al|bei|bij|zu|reporting|reporten|berichten)(?![\\p{L}]))\\p{L}+\\s+){0,3}?';
const OF = '(?:von|für|of|for|to|de|des|van|voor|pour|para)';
const ARTICLE = "(?:die|der|den|the|de|het|le|la|les|l['’]|el|los|las|ihre[rn]?|deren|their|hun|leurs?|sus?|alle[rn]?|all|todos|todas|tous|toutes)";

/** The role is named the superior of counted people, either word order. */
export const SUPERIOR_OF_COUNTED = new RegExp(
  [
    `${L}${BE}\\s+${FILL}${SUPERIOR}\\s+${OF}\\s+(?:${ARTICLE}\\s+)?${COUNT}${R}\\s+(?!${THINGS}${R})\\p{L}`,
    `${L}${BE}\\s+${FILL}${OF}\\s+(?:${ARTICLE}\\s+)?${COUNT}\\s+(?:\\p{L}+\\s+){0,2}?(?:${ARTICLE}\\s+)?${SUPERIOR}${R}`,
  ].join('|'),
  'iu',
);

// A class, a course, a tour or a group of visitors has pupils or guests in it, not staff: "du
// leitest eine Klasse mit 25 Schülern", "you lead a tour with 30 visitors".
const TAUGHT = '(?:klasse|class|classe|clase|klas|kurs|course|cours|curso|cursus|tour|tours|führung|gruppe|group|groupe|grupo|groep|seminar|séminaire|seminario)';

/** A cheap first look for SUPERIOR_OF_COUNTED: its leader's noun, without which it cannot match. */
export const SUPERIOR_GATE = /Vorgesetzte|superior|supervisor|line\s+manager|leidinggevende|up[ée]rieur|hiérarchique|jef[ea]/iu;

/** A verb of leading, a unit as its object, and the counted people it has ("with", "mit", "met"). */
export const UNIT_WITH_COUNTED = new RegExp(
  `${L}${LEAD_STEM}\\s+(?:(?:Sie|du|you|je|jij|u|vous)\\s+)?(?:a|an|the|your|our|ein\\p{L}*|die|den|das|Ihr\\p{L}*|dein\\p{L}*|unser\\p{L}*|de|het|je|onze|le|la|l['’]|votre|el|tu|su)\\s*(?:[\\p{L}-]+\\s+)?(?![\\p{L}-]*${TAUGHT}${R})[\\p{L}-]+\\s+(?:mit|with|met|avec|con)\\s+(?:rund\\s+|ca\\.\\s+|etwa\\s+|about\\s+|around\\s+|some\\s+|ongeveer\\s+|environ\\s+|unos\\s+|unas\\s+)?${COUNT}(?:\\s+(?:bis|to|tot|à|a)\\s+${COUNT})?${R}\\s+(?!${THINGS}${R})(?!(?:of|von|van|de|du)${R})\\p{L}`,
  'iu',
);

/** A separable verb of leading with counted people between its parts ("stuurt … twee … aan"). */
export const SEPARABLE_WITH_COUNTED = new RegExp(
  `${L}(?:stuur|stuurt|sturen|leite|leitest|leitet|leiten)\\s+(?:[^.;:!?\\n]{0,40}?\\s)?${COUNT}\\s+(?!${THINGS}${R})\\p{L}+(?:\\s+(?:en|und|plus|sowie)\\s+${COUNT}\\s+\\p{L}+)?\\s+(?:aan|an)${R}`,
  'iu',
);

/** A line that counts the team and goes on to count its members ("Team of 14: two shift leaders"). */
export const COUNTED_TEAM_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[-•*·–][ \\t]*)?(?:team|Team|équipe|equipo|ploeg|Mannschaft|crew|staff)\\s+(?:of|von|van|de|d['’]|aus)\\s+${COUNT}\\s*(?::|–|—|-|\\()\\s*${COUNT}\\s+(?!${THINGS}${R})\\p{L}`,
  'iu',
);

/** The reader works alone, in the five languages. */
export const WORKS_ALONE = new RegExp(
  `${L}(?:you(?:['’]d|['’]ll|\\s+will|\\s+would)?|Sie|du|je|jij|u|vous|tu)\\s+(?:\\p{L}+\\s+)?(?:work|works|working|arbeiten|arbeitest|werkt|werk|travaillez|travailleras|travaillerez|travailles|trabajas|trabajarás|trabajará)\\s+(?:mostly\\s+|largely\\s+|meist\\s+|overwegend\\s+|meestal\\s+|principalement\\s+|principalmente\\s+)?(?:alone|on\\s+your\\s+own|allein|alleine|seule?|seul\\(e\\)|(?:alleen|solo|sola)(?=\\s*(?:[.,;!?\\n]|$|en\\s|y\\s|maar\\s|pero\\s)))${R}`,
  'iu',
);
