/**
 * A verb of leading with a group of people or a headcount as its object, in each language's word
 * orders: "Sie leiten eine Rotte aus fünf Forstwirten", "Du führst unser Filialteam", "…, wobei
 * Sie die zwölf Beschäftigten einteilen und anleiten", "stuur je de nachtploeg aan", "geef je
 * dagelijks leiding aan drie dierverzorgers", "vous encadrerez par ailleurs trois mécaniciens",
 * "supervisarás a un equipo de 6", "you'll be responsible for our two graduate surveyors".
 *
 * The object must name people: a group (a team, a crew, a shift, a compound such as "Filialteam"
 * or "nachtploeg") that ends its phrase, or a counted plural of people. People the role works with
 * but does not lead (contractors, suppliers, customers, students, patients) are not read, and a
 * verb after "experience in" is a requirement, not the job.
 */

import { COUNT_WORDS } from '../number-words';

const NUM = `(?:\\d{1,3}|${COUNT_WORDS.join('|')})`;

// People the role deals with but does not lead, whatever their ending.
const NOT_LED =
  "(?:customers|clients|clientes|klanten|kunden|suppliers|vendors|contractors|subcontractors|freelancers|partners|stakeholders|students|patients|pacientes|patiënten|users|players|members|visitors|guests|lieferanten|fremdfirmen|dienstleister|subunternehmer|sous-traitants|prestataires|fournisseurs|intervenants|proveedores|subcontratas|contratistas|onderaannemers|leveranciers|zzp['’]ers|servers|containers|orders|computers|printers|trailers|documents|components|shipments|events|papers|letters|numbers|centers|centres|towers|folders|dealers|brokers|länder|rechner|monaten|jahre[n]?|offers|tenders|transfers|registers|rosters|parameters|meters|answers|covers|layers|filters|sensors|actuators|monitors|motors|connectors|processors|indicators|factors|errors|sectors|floors|doors|payments|settlements|agreements|investments|requirements|assignments|assessments|statements|segments|contents|environments|instruments|elements|clientèles?|commandes|dossiers|pedidos|expedientes|opdrachten|aufträge[n]?)(?![\\p{L}])";

// Plural nouns of people, by their endings in the five languages and a few that end otherwise. A
// word is read whole and its ending checked looking back from its end (a run of letters that the
// next character does not continue), so that no ending is tried at every letter of every word.
const PERSON_ENDING =
  "(?:ers|ors|ists|ians|ants|ents|ees|eurs|euses|iens|iennes|istes|antes|aires|iers|ières|arios|arias|eros|eras|istas|ores|oras|ntes|icos|icas|ados|adas|ales|innen|kräfte|kräften|leute|linge|lingen|isten|oren|kundigen|lieden|mitarbeitende[n]?|beschäftigte[n]?|auszubildende[n]?|mechaniker[n]?|techniker[n]?|elektriker[n]?|monteure[n]?|arbeiter[n]?|helfer[n]?|gehilf(?:en|innen)|hilfen|fahrer[n]?|gesellen|azubis|wirte[n]?|köche[n]?)";
const PERSON =
  `(?:[\\p{L}-]*(?:[:*_]innen|·(?:e|ne|rice|se|ère)·?s)|(?:[\\p{L}-]*-)?\\p{L}+(?![\\p{L}])(?<=${PERSON_ENDING})|people|staff|persons|personen|personnes|personas|mensen|man|graduates|apprentices|apprentis|aprendices|trainees|nurses|chefs|cooks|koks|clerks|aides|guards|carers|stagiairs|collega['’]s|compagnons|salariés|employés|empleados|patrones|peones|adjoints|commis)(?![\\p{L}])`;

const COUNTED = `${NUM}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?!${NOT_LED})${PERSON}`;

// A group noun closes its phrase: the clause ends or a preposition or conjunction follows
// ("the night shift.", "ein Team aus fünf", "l'équipe de nuit"), so "the team calendar" is no group.
const GROUP_END =
  "(?=\\s*(?:$|[.,;:!?()\\-–—\\n]|(?:of|aus|von|mit|with|de|d['’]|du|des|van|met|avec|con|and|und|sowie|et|y|en|in|at|on|im|am|au|op|bij|from|across|for|für|pour|para|voor|to|zu|à|who|die|der|das|qui|que|dat|die|aan|an)(?![\\p{L}])|\\d))";
const GROUP_WORD = '(?:team|ploeg|crew|squad|rotte|kolonne|mannschaft|besatzung|bemanning|équipe|équipage|equipo|tripulación|cuadrilla|brigade|brigada)';
// A group word ends a word ("Filialteam", "Nacht-Crew"); the word is read whole and its end checked.
const GROUP = `(?:[\\p{L}]+-)?\\p{L}+(?![\\p{L}])(?<=${GROUP_WORD})${GROUP_END}|(?:night|day|early|late|morning|evening|weekend)\\s+shift${GROUP_END}|(?:staff|workforce|department|afdeling|abteilung|plantilla)${GROUP_END}`;

// Determiners and up to two modifiers before the object.
const DET =
  "(?:(?:a|an|the|our|your|their|its|ein|eine|einen|einem|das|die|den|dem|der|dein\\p{L}*|ihr\\p{L}*|unser\\p{L}*|euer\\p{L}*|un|une|una|le|la|les|l['’]|vos|nos|votre|notre|el|los|las|al|tu|tus|su|sus|nuestro|nuestra|een|het|de|je|jouw|ons|onze)\\s*)?";
// A modifier is no function word and no negation: "lead through the squad" and "stuurt geen eigen
// team aan" lead no one.
const NOT_MOD =
  "(?!(?:la|le|les|el|los|las|het|een|de|der|die|das|den|dem|des|du|del|al|au|aux|zum|zur|vom|im|un|une|una|ein|eine|through|with|for|to|of|in|on|at|by|from|across|into|the|a|an|and|or|mit|für|durch|avec|pour|par|con|para|por|met|voor|naar|door|no|not|never|geen|niet|kein\\p{L}*|nicht|pas|aucun\\p{L}*|ningún|ninguna|sin|zonder|ohne|sans)(?![\\p{L}]))";
const MODS = `(?:${NOT_MOD}[\\p{L}\\d'’-]+\\s+){0,2}?`;
const OBJ = `${DET}(?:${COUNTED}|${MODS}(?:${GROUP}))`;
// Or, after a verb of leading, the roles of a group named one by one with their determiner: "lead
// the cashiers and the stock assistants", "du führst die Verkäuferinnen und die Aushilfen", "vous
// dirigez les serveurs et les commis", "dirigirás a los camareros y ayudantes", "je stuurt de
// orderpickers en chauffeurs aan". Two roles named side by side are a staff; one alone may be whom
// the role works beside. German "leiten … an" is instructing them ("anleiten"), and is not read.
const NAMED_ROLE = `${MODS}(?!${NOT_LED})${PERSON}`;
const NAMED_ROLES = `${DET.slice(0, -1)}${NAMED_ROLE}(?:\\s*,\\s*${DET}${NAMED_ROLE}){0,3}\\s*(?:,\\s*)?(?:and|und|sowie|et|y|e|en|&)\\s+${DET}${NAMED_ROLE}(?!\\s+an(?![\\p{L}]))`;
// Or the people named and their headcount in brackets after them, maybe rounded: "führen die
// Bühnentechniker:innen Ihrer Schicht (ca. 12–18 Personen) an", "lead the porters on the night
// shift (about 8 people)", "vous encadrez les agents du quai (env. 10 personnes)", "dirigirás a los
// camareros de sala (unos 6 empleados)", "je stuurt de monteurs van de buitendienst (ong. 9 man) aan".
const ROUNDED = "(?:ca\\.|circa|approx\\.|approximately|about|around|some|roughly|rund|etwa|ungefähr|env\\.|environ|près de|unos|unas|aprox\\.|aproximadamente|alrededor de|zo['’]n|ongeveer|ong\\.)";
const BRACKET_COUNT = `\\(\\s*(?:${ROUNDED}\\s*)?${NUM}(?:\\s*(?:[-–]|to|bis|à|a|tot)\\s*${NUM})?\\s+(?:[\\p{L}-]+\\s+)?${PERSON}`;
const NAMED_COUNTED = `${DET.slice(0, -1)}${MODS}(?!${NOT_LED})${PERSON}(?:\\s+[\\p{L}'’-]+){0,3}?\\s*${BRACKET_COUNT}`;
const OBJ_V = `(?:${OBJ}|${NAMED_ROLES}|${NAMED_COUNTED})`;

// A requirement, not the job: "experience leading a team of five", "Erfahrung in der Führung".
const NOT_EXPERIENCE = '(?<!(?:experience|expérience|experiencia|ervaring|erfahrung)\\s(?:[\\p{L}\'’]+\\s){0,3})';
/** Someone else leads them: "the Head of Ops, who manages a team of twelve", "der Leiter, der das Team führt". */
export const NOT_OTHERS = '(?<!(?<![\\p{L}])(?:who|which|that|der|welche[rs]?|qui|quien|quienes|dat|wie)\\s(?:[\\p{L}]+\\s)?)';

/**
 * The verbs of leading people, by their stems, in the five languages: the one list the manager
 * call's headcount patterns read ("encadrez l'équipe soignante : 8 infirmiers", "führen Sie 6
 * Monteure", "stuurt onze ploeg (10 man) aan"). Nouns made from them ("Führerschein", "Leiter",
 * "manager") are not verbs and are not read.
 */
export const LEAD_STEM =
  '(?:encadr\\p{L}*|dirig\\p{L}*|lider\\p{L}*|supervis\\p{L}*|manag(?:e|es|ez|er|ing)|lead(?:s|ing)?|oversee\\p{L}*|führ(?:e|st|t|en)|leit(?:e|est|et|en)|stuur\\p{L}*|aanstur\\p{L}*|leid(?:t|en|ing))';
/**
 * Verbs of steering or coordinating a group: with a team of a stated size they lead it
 * ("coordinará a un equipo de 18", "pilotez une équipe de 5", "conducir el equipo de 8 personas",
 * "conduire une équipe de 6"); alone they may be working beside it (or, for "conducir", driving).
 * Accompanying a group ("je begeleidt een groep van 8 jongeren", "du begleitest die Klasse",
 * "vous accompagnez six résidents") is care or support work, not leading, and is not read.
 */
export const STEER_STEM = '(?:coordin\\p{L}*|coördin\\p{L}*|koordin\\p{L}*|anim\\p{L}*|pilot\\p{L}*|gestion\\p{L}*|conduc(?:ir|irás|irá|e|es|en|iendo)|condui(?:re|rez|ras|ra|s|t|sez|sent))';

// Words that may stand between a verb and its object: a subject pronoun after the verb, adverbs.
const FILL_DE = '(?:(?:Sie|du|ihr|zudem|außerdem|auch|dabei|selbst|direkt|fachlich|disziplinarisch|eigenverantwortlich|gemeinsam|künftig|täglich|vor Ort|als\\s+\\p{L}+)\\s+){0,3}';
const FILL_FR = "(?:(?:par ailleurs|également|aussi|au quotidien|en outre|notamment|ainsi|alors|dès votre arrivée|sur le terrain|\\p{L}+ment)\\s*,?\\s+){0,2}";
const FILL_ES = '(?:(?:también|además|a diario|\\p{L}+mente)\\s+){0,2}(?:a\\s+)?';
const FILL_EN = "(?:(?:also|day-to-day|day to day|together|\\p{L}+ly)\\s+){0,2}";
// Dutch puts the subject after the verb: "leid je het mobiele team", "geeft u dagelijks leiding".
const FILL_NL = '(?:(?:je|jij|u|ook|zelf|dagelijks|direct|straks)\\s+){0,2}';

const V_EN = "(?:(?:have|has|having)\\s+charge\\s+of|lead|leads|leading|manage|manages|managing|line[- ]manag(?:e|es|ing)|supervise|supervises|supervising|oversee|oversees|overseeing|head up|heads up|(?:take|takes|taking|have|has|having)\\s+(?:on\\s+)?responsibility\\s+for|command|commands|commanding|skipper|skippers|(?:be|are|is|being|['’]re|['’]ll be|will be)\\s+(?:directly\\s+)?(?:responsible|accountable)\\s+for|in charge of)";
const V_DE_2 = '(?:leite|leitest|leitet|leiten|führe|führst|führt|führen|befehligst|befehligt|befehligen|(?:hast|haben|hat|übernimmst|übernehmen|übernimmt)\\s+(?:du\\s+|Sie\\s+)?die\\s+(?:Leitung|Führung)\\s+(?:über|von)|(?:sind|bist|seid|wirst|werden)\\s+(?:\\p{L}+\\s+){0,2}verantwortlich\\s+für|Verantwortung\\s+für)';
const V_DE_FINAL = '(?:anleiten|anleitest|anleitet|leiten|leitest|führen|führst)';
const V_FR = "(?:(?:avoir|prendre|assumer|assurer)\\s+(?:la\\s+)?(?:charge|direction|conduite|responsabilit[ée])\\s+(?:de|des|d['’])|avoir\\s+sous\\s+(?:sa|son)\\s+(?:responsabilit[ée]|autorit[ée]|direction)|encadr(?:e|es|ez|er|era|erez|eras|ant)|command(?:e|es|ez|er|era|erez|eras|ant)|(?:avez|aurez|prenez|prendrez|assumez|assumerez)\\s+la\\s+responsabilit[ée]\\s+(?:de|des|d['’])|dirig(?:e|es|ez|er|era|erez|eras|eant)|manag(?:e|es|ez|er|era|erez|eras)|pilot(?:e|ez|er|erez)|anim(?:e|ez|er|erez)|(?:êtes|serez|es|seras|être)\\s+(?:responsable|en\\s+charge|chargée?)\\s+(?:de|des|d['’])|(?:avez|aurez|assurez|assurerez|prenez|prendrez)\\s+(?:la\\s+)?(?:charge|direction|conduite)\\s+(?:de|des|d['’]))";
const V_ES = '(?:lider(?:a|as|ar|ará|arás|ando)|comand(?:a|as|ar|ará|arás|ando)|(?:tendrás|tendrá|tienes|tiene|asumirás|asumirá|asumes)\\s+la\\s+responsabilidad\\s+(?:de|del|sobre)|dirig(?:e|es|ir|irá|irás|iendo)|supervis(?:a|as|ar|ará|arás|ando)|gestion(?:a|as|ar|ará|arás|ando)|al frente de|(?:tener|tendrás|tendrá|tienes|tiene)\\s+a\\s+(?:(?:tu|su)\\s+)?cargo|tener\\s+bajo\\s+(?:tu|su)\\s+(?:responsabilidad|mando|supervisión)|(?:serás|será|eres|es)\\s+responsable\\s+(?:del|de)|(?:estarás|estará|estás|está|quedarás|quedará)\\s+al?\\s+cargo\\s+(?:del|de)|(?:tendrás|tendrá|tienes|tiene|asumirás|asumirá|asumes|llevarás|llevará)\\s+(?:la\\s+)?(?:dirección|supervisión|jefatura)\\s+(?:del|de))';
const V_NL_2 = '(?:(?:de\\s+)?verantwoordelijkheid\\s+(?:dragen|hebben|nemen)\\s+(?:voor|over)|leid|leidt|leiden|leidinggeven aan|leiding geven aan|(?:heb|hebt|heeft|krijg|krijgt)\\s+(?:je\\s+|jij\\s+|u\\s+)?de\\s+(?:leiding|supervisie)\\s+over|(?:draag|draagt|heb|hebt|heeft|krijg|krijgt|neem|neemt)\\s+(?:je\\s+|jij\\s+|u\\s+)?(?:de\\s+)?verantwoordelijkheid\\s+(?:voor|over)|(?:voer|voert|heb|hebt|heeft)\\s+(?:je\\s+|jij\\s+|u\\s+)?het\\s+(?:bevel|commando)\\s+over|(?:geef|geeft|geven)\\s+(?:je|jij|u)?\\s*(?:\\p{L}+\\s+){0,4}?leiding\\s+aan|(?:bent|ben|is|wordt)\\s+(?:je\\s+|jij\\s+)?(?:\\p{L}+\\s+){0,1}verantwoordelijk\\s+voor)';
const V_NL_FINAL = '(?:aanstuurt|aansturen|aanstuur|leidt|leiden)';

// People placed under the role, in the five languages: the role's direction or charge after them,
// whatever verb, and wherever German and Dutch put it ("works under you", "queda a tu cargo",
// "arbeitet die Kolonne unter deiner Leitung", "travaillent sous vos ordres", "valt de ploeg onder
// jouw leiding").
const YOUR_CHARGE_EN = '(?:you|your\\s+(?:direction|supervision|leadership|charge|lead|command))';
// Or said with a verb of depending on or reporting to the role, its object last where the language puts it
// last ("12 educadoras …, que dependen de ti", "deux techniciens, qui dépendent directement de vous",
// "sechs Monteure, die Ihnen direkt unterstellt sind", "vier monteurs die onder jou vallen").
const DEPEND_ON_YOU = `(?:(?:dependen|dependerán)\\s+(?:directamente\\s+|jerárquicamente\\s+)?(?:de|a)\\s+(?:ti|usted)|(?:dépendent|dépendront)\\s+(?:directement\\s+|hiérarchiquement\\s+)?de\\s+vous|relèvent\\s+(?:directement\\s+)?hiérarchiquement\\s+de\\s+vous|(?:Ihnen|dir|euch)\\s+(?:(?:direkt|unmittelbar|fachlich|disziplinarisch|und)\\s+){0,3}(?:unterstellt|unterstehen)|(?:aan|onder)\\s+(?:jou|u)\\s+(?:rapporteren|rapporteert|vallen|valt))`;
const UNDER_YOU = `(?:${DEPEND_ON_YOU}|under\\s+${YOUR_CHARGE_EN}|in\\s+your\\s+charge|sous\\s+(?:vos\\s+ordres|votre\\s+(?:direction|autorit[ée]|responsabilit[ée]|encadrement|supervision))|a\\s+(?:tu|su)\\s+cargo|à\\s+(?:votre|ta)\\s+charge|bajo\\s+(?:tu|su)\\s+(?:mando|dirección|supervisión|responsabilidad)|a\\s+(?:tus|sus)\\s+órdenes|unter\\s+(?:deiner|Ihrer)\\s+(?:Leitung|Führung|Anleitung|Verantwortung|Aufsicht)|onder\\s+(?:jouw|je|uw)\\s+(?:leiding|verantwoordelijkheid|aansturing|supervisie|toezicht|hoede))`;
const IN_YOUR_CHARGE = `(?:à\\s+(?:votre|ta)\\s+charge|(?=à\\s+sa\\s+charge)(?<=(?:poste|titulaire|fonction)\\s+(?:a|aura)\\s+)à\\s+sa\\s+charge|(?:sous|under)\\s+(?:votre|ta|your)\\s+(?:responsabilit[ée]|direction|autorit[ée]|supervision|leadership|charge)|bajo\\s+(?:tu|su)\\s+(?:responsabilidad|mando|dirección|supervisión)|onder\\s+(?:jouw|je|uw)\\s+(?:leiding|verantwoordelijkheid|aansturing|hoede)|unter\\s+(?:deiner|Ihrer)\\s+(?:Leitung|Führung|Verantwortung))`;

const CLAUSE_END = '(?=\\s*(?:$|[.,;:!?\\n–]|und|sowie|en|zijn|hebt|heeft)(?![\\p{L}]))';

const L = '(?<![\\p{L}])';
// Between a verb and its object, a space, or nothing after an elided "d'" or "l'" ("vous êtes
// responsable d'une équipe de 5", "avez la charge de l'équipe").
const JOIN = "(?:(?<=['’])|(?![\\p{L}])[ \\t]+)";

// The charge named by a noun of leading, with no verb: "- Encadrement de l'équipe : 9
// professionnelles", "Führung der Mannschaft im Einschnitt", "Aansturing van de oogstploeg",
// "Supervision of the night shift", "Jefatura del equipo de sala". Nouns that also take things
// ("direction des achats", "gestión de proveedores") need their group or people like the rest.
const LEAD_NOUN =
  "(?:(?:disziplinarische|fachliche|direkte|personelle)\\s+(?:und\\s+(?:disziplinarische|fachliche)\\s+)?)?(?:management|supervision|leadership|line management|encadrement|direction|gestion|management|gestión|dirección|supervisión|liderazgo|jefatura|Führung|Leitung|leiding|aansturing|aansturen|leidinggeven)";
const LEAD_NOUN_PREP = "(?:of|de|des|d['’]|du|del|von|der|van|over|aan)";
// Nouns that, with a headcount of people, say the role leads them anywhere in a sentence:
// "Führung von 14 Mitarbeitenden", "encadrement de 9 personnes", "aansturing van 25 plukkers".
const LEAD_NOUN_COUNTED =
  "(?:management|supervision|line management|leadership|encadrement|supervisión|liderazgo|jefatura|Führung|Personalführung|Mitarbeiterführung|leiding|aansturing|aansturen|leidinggeven)";
// Nouns of steering or coordinating, with the team and its headcount named after them: "Coordinación y
// gestión del equipo: 12 educadoras", "animation de l'équipe (6 vendeurs)", "Koordination des Teams
// aus 9 Fahrern", "coördinatie van het team van 5 monteurs", "coordination of the team of four
// porters". Without the team they coordinate work, not people ("gestión de 40 expedientes").
const STEER_NOUN = '(?:coordinaci[oó]n|coordination|koordination|coördinatie|coordinatie|gestión|gestion|pilotage|animation|management|dirección|direction)';

// A line, a bullet or a clause that starts with the charge itself and no verb: "- Responsable de
// una cuadrilla de 6 jardineros", "Responsible for a crew of four", "Verantwortlich für das
// Team der Spätschicht", "Responsable d'une équipe de 5 agents", "Verantwoordelijk voor een ploeg
// van zes". Mid-sentence, "le responsable de l'équipe" is someone's title and is not read.
const HEAD_START = "(?:^|(?<=[\\n:]))[ \\t]*(?:[-•*–·▪>]+[ \\t]*|\\d{1,2}[.)][ \\t]*)?";
const NOUN_HEAD =
  `(?:${LEAD_NOUN}\\s+${LEAD_NOUN_PREP}|(?:directly\\s+|fully\\s+)?(?:responsible|accountable)\\s+for|in charge of|(?:direkt\\s+)?verantwortlich\\s+für|(?:eind)?verantwoordelijk\\s+voor|responsable\\s+(?:de|des|d['’]|del)|encargad[oa](?:/a)?\\s+(?:de|del)|al frente de)`;

// People named, then taken up by a pronoun after a verb of leading, training or reviewing them, in
// the same sentence: "cinco panaderos y dos ayudantes: … eres quien los forma y evalúa", "deux
// agents vous sont rattachés : vous les encadrez", "zwei Kellergehilfen …; du teilst sie ein,
// bildest sie aus", "drie monteurs; je stuurt ze aan", "two fitters join you and you supervise
// them".
// Without a count, the people need their determiner: "unsere Auszubildenden", "the night crew".
const DET_NAMED = DET.slice(0, -1);
const PEOPLE_NAMED = `(?:${COUNTED}|${DET_NAMED}(?!${NOT_LED})${PERSON}|${DET_NAMED}${MODS}(?:${GROUP}))`;
// "coordinate rather than manage them", "sans les encadrer": the pronoun's verb is denied.
const THEM_NOT = "(?<!(?:rather than|instead of|not|never|n['’]t|sans|sin|ohne|zonder|niet|nicht|pas|no)\\s)";
const THEM_LED_ES = '(?:(?:los|las|les)\\s+(?:form(?:a|as|an|ará|arás)|evalú(?:a|as|an)|evaluar(?:á|ás)|dirig(?:e|es|en|irá|irás)|lider(?:a|as|ará|arás)|supervis(?:a|as|ará|arás))|(?:formar|evaluar|dirigir|liderar|supervisar)(?:los|las))(?![\\p{L}])';
const THEM_LED_FR = "(?:(?:vous|tu|on)\\s+les\\s+(?:encadr|manag|dirig|supervis|form|évalu|recrut)(?:ez|es|e|erez|eras|era)|les\\s+(?:encadr|manag|dirig|supervis|form|évalu|recrut)(?:er|ant))(?![\\p{L}])";
const THEM_LED_NL = '(?:stuur|stuurt)\\s+(?:je\\s+|jij\\s+|u\\s+)?(?:ze|hen)\\s+aan|(?:geef|geeft)\\s+(?:je\\s+|jij\\s+|u\\s+)?(?:ze|hen)\\s+(?:\\p{L}+\\s+)?leiding|(?:beoordeel|beoordeelt|leid|leidt)\\s+(?:je\\s+|jij\\s+|u\\s+)?(?:ze|hen)(?:\\s+op)?(?![\\p{L}])';
const THEM_LED_EN = "(?:manage|managing|lead|leading|supervise|supervising|line[- ]manage|appraise|appraising|direct|directing|oversee|overseeing)\\s+them(?![\\p{L}])";
// German "führst sie" can only be them; "führen Sie sie" is you and them, so "führen sie" (they lead) is not read.
const THEM_LED_DE =
  '(?:führst|leitest|teilst|bildest|beurteilst|schulst)(?:\\s+du)?\\s+(?:\\p{L}+\\s+){0,2}?sie(?![\\p{L}])|(?:führen|leiten|teilen|bilden|beurteilen|schulen)\\s+Sie\\s+(?:\\p{L}+\\s+){0,2}?sie(?![\\p{L}])';

// Organising, planning or sharing out the work of a group of people the role has in its charge,
// with the group counted, in the five languages: "organiser au quotidien le travail d'une équipe de
// 6 ouvriers", "plan the daily work of a crew of five fitters", "organizar el trabajo de un equipo de
// 8 personas", "du verteilst die Arbeit des Teams aus vier Monteuren", "je verdeelt het werk van een
// ploeg van zes hoveniers". The work of things ("le travail de la vigne", "the work of the project")
// or of an uncounted team the role may only join names no charge, and is not read.
const ORGANISE =
  "(?:organi[sz](?:e|es|ed|ing|er|ez|erez|eras|era|ant|ar|as|a|arás|ará|ando)|organisier(?:e|st|t|en)|organiseer(?:t)?|organiseren|plan(?:s|ning|ne|nes|nez)?|planifi(?:e|es|ez|er|erez|eras|era|ant|ca|cas|car|carás|cará|cando)|planst|plant|planen|plannen|répart(?:ir|is|it|issez|irez|iras|ira|issant)|reparti(?:r|rás|rá|endo)|repart(?:e|es)|distribu(?:e|es|ez|er|erez|ye|yes|ir|irás|ting|tes|te)|allocat(?:e|es|ing)|verteil(?:e|st|t|en)|verdeel(?:t)?|verdelen|coordinat(?:e|es|ing)|coordonn(?:e|es|ez|er|erez|eras|era|ant)|coordin(?:a|as|ar|ará|arás|ando)|koordinier(?:e|st|t|en)|coördine(?:er|ert|ren))";
const ORGANISE_FILL =
  "(?:(?:du|Sie|je|jij|u|au quotidien|chaque jour|tous les jours|daily|day-to-day|day to day|a diario|cada día|täglich|dagelijks|\\p{L}+ment|\\p{L}+mente|\\p{L}+ly)\\s+){0,2}";
const WORK_OF =
  "(?:(?:the|le|les|el|los|las|die|den|het|de)\\s+(?:(?:daily|day-to-day|quotidien|diario|diaria|tägliche|dagelijkse)\\s+)?(?:work|tasks|jobs|duties|workload|travail|tâches|missions|trabajo|tareas|labores|Arbeit|Aufgaben|Einsätze|werk|taken|werkzaamheden)(?:\\s+(?:quotidien|diario|diarias))?\\s+(?:of|de|d['’]|des|du|del|von|des|der|van))";
const COUNTED_GROUP = `(?:${COUNTED}|${DET}${MODS}(?:${GROUP})\\s*(?:[:(]|(?:of|de|d['’]|del|van|von|aus|mit|met|with)(?![\\p{L}]))\\s*(?:${COUNTED}|${NUM}(?![\\p{L}\\d])))`;

// Where a verb or noun of leading starts, and neither a requirement ("experience leading…") nor
// someone else ("the Head of Ops, who manages…") stands before it. The word is looked for first, so
// that the two look-behinds, which read back over up to four words, run only where it stands.
const startOf = (word: string): string => `${L}(?=${word})${NOT_EXPERIENCE}${NOT_OTHERS}`;

// The patterns that read the people first try them at every word of a listing; each has its gate,
// the words that must follow the people for it to match, so a text without them is not read further.
const DE_VERB_LAST = `${L}${V_DE_FINAL}${CLAUSE_END}`;
const OBJ_THEN_DE_VERB = new RegExp(`${L}${OBJ}[^.;!?\\n]{0,70}?${DE_VERB_LAST}`, 'iu');
const NL_VERB_LAST = `${L}${V_NL_FINAL}${CLAUSE_END}`;
const OBJ_THEN_NL_VERB = new RegExp(`${L}${OBJ}[^.;!?\\n]{0,70}?${NL_VERB_LAST}`, 'iu');
const UNDER_YOU_AFTER = `${L}${UNDER_YOU}(?![\\p{L}])`;
const OBJ_THEN_UNDER_YOU = new RegExp(`${L}${OBJ}[^.;!?\\n]{0,60}?${UNDER_YOU_AFTER}`, 'iu');
const THEM_LED = `${L}${THEM_NOT}(?:${THEM_LED_ES}|${THEM_LED_FR}|${THEM_LED_NL}|${THEM_LED_EN}|${THEM_LED_DE})`;
const PEOPLE_THEN_THEM_LED = new RegExp(`${L}${PEOPLE_NAMED}[^.!?\\n]{0,160}?${THEM_LED}`, 'iu');
/** A pattern of LEADS_PEOPLE and what a text must hold for it to match (the words after the people). */
export const LEADS_PEOPLE_GATES = new Map<RegExp, RegExp>([
  [OBJ_THEN_DE_VERB, new RegExp(DE_VERB_LAST, 'iu')],
  [OBJ_THEN_NL_VERB, new RegExp(NL_VERB_LAST, 'iu')],
  [OBJ_THEN_UNDER_YOU, new RegExp(UNDER_YOU_AFTER, 'iu')],
  [PEOPLE_THEN_THEM_LED, new RegExp(THEM_LED, 'iu')],
]);

/** Leading-people patterns for the manager call, each read as a weight-3 body signal. */
export const LEADS_PEOPLE: RegExp[] = [
  // Verb then object, in each language.
  new RegExp(`${startOf(V_EN)}${V_EN}${JOIN}${FILL_EN}${OBJ_V}`, 'iu'),
  new RegExp(`${startOf(V_DE_2)}${V_DE_2}${JOIN}${FILL_DE}${OBJ_V}`, 'iu'),
  new RegExp(`${startOf(V_FR)}${V_FR}${JOIN}${FILL_FR}${OBJ_V}`, 'iu'),
  new RegExp(`${startOf(V_ES)}${V_ES}${JOIN}${FILL_ES}${OBJ_V}`, 'iu'),
  new RegExp(`${startOf(V_NL_2)}${V_NL_2}${JOIN}${FILL_NL}${OBJ_V}`, 'iu'),
  // German and Dutch put the verb last in a subordinate clause: "…, wobei Sie die zwölf
  // Beschäftigten einteilen und anleiten", "waarbij je de ploeg van zes aanstuurt".
  OBJ_THEN_DE_VERB,
  OBJ_THEN_NL_VERB,
  // Dutch separable "aansturen": "stuur je op grote projecten een ploeg van vier glazenwassers aan".
  new RegExp(`${L}stuur(?:t)?\\s+(?:je|jij|u)?\\s*(?:${NOT_MOD}[\\p{L}\\d'’-]+\\s+){0,4}?${OBJ_V}[^.;!?\\n]{0,60}?${L}aan(?![\\p{L}])`, 'iu'),
  // Said from the people's side: "the fixing gang – five masons and two labourers – works under
  // you", "la cuadrilla de sonido (4 técnicos) queda a tu cargo", "die Kolonne arbeitet unter deiner
  // Leitung", "les trois cordistes travaillent sous vos ordres", "de ploeg valt onder jouw leiding".
  OBJ_THEN_UNDER_YOU,
  // Or with the role's charge first: "vous avez sous votre responsabilité deux cordées de trois
  // techniciens", "bajo tu mando, seis operarios", "under your supervision, four apprentices".
  new RegExp(`${L}${IN_YOUR_CHARGE}(?![\\p{L}])[^.;!?\\n]{0,40}?${L}${COUNTED}`, 'iu'),
  new RegExp(`${HEAD_START}${NOUN_HEAD}(?:(?<=['’])|(?![\\p{L}]))\\s*${OBJ}`, 'iu'),
  new RegExp(`${startOf(LEAD_NOUN_COUNTED)}${LEAD_NOUN_COUNTED}\\s+${LEAD_NOUN_PREP}(?:(?<=['’])|(?![\\p{L}]))\\s*(?:${DET_NAMED}${MODS}(?:${GROUP})\\s*(?:[:(]|(?:of|de|d['’]|del|van|von|aus|mit|met|with)(?![\\p{L}]))?\\s*)?${COUNTED}`, 'iu'),
  new RegExp(`${startOf(STEER_NOUN)}${STEER_NOUN}\\s+${LEAD_NOUN_PREP}(?:(?<=['’])|(?![\\p{L}]))\\s*${DET}${MODS}(?:${GROUP})\\s*(?:[:(]|(?:of|de|d['’]|del|van|von|aus|mit|met|with)(?![\\p{L}]))\\s*${COUNTED}`, 'iu'),
  new RegExp(`${startOf(ORGANISE)}${ORGANISE}${JOIN}${ORGANISE_FILL}${WORK_OF}(?:(?<=['’])|\\s+)${COUNTED_GROUP}`, 'iu'),
  PEOPLE_THEN_THEM_LED,
];

/** Saying that leading people is not part of the job: "leidinggeven hoort niet bij deze functie". */
export const LEADING_DENIED =
  /(?<![\p{L}])(?:leidinggeven|leidinggevende (?:taken|verantwoordelijkheid)|Führungsaufgaben|Personalführung|Mitarbeiterführung|l['’]encadrement(?: d['’]équipe)?|le management d['’]équipe|la gestion d['’]équipe|la gestión de (?:personas|equipos)|people management|line management|managing people)(?:(?!(?<![\p{L}])(?:and|but|und|aber|sondern|et|mais|y|pero|maar|while|whereas|während)(?![\p{L}]))[^.;!?\n,]){0,50}?(?<![\p{L}])(?:is|are|ist|sind|wird|gehört|zählt|est|sont|fait|es|son|forma|zijn|hoort|behoort|valt)(?![\p{L}])[^.;!?\n,]{0,40}?(?<![\p{L}])(?:not|nicht|niet|pas|no|kein\p{L}*|geen)(?![\p{L}])/iu;

// "manager" and "lead" after an article or a possessive, and up to three capitalised words, are a
// noun: someone's title ("tu travailles avec l'Engineering Manager de la squad", "work with our
// Tech Lead and the squad"), not what the role does. Capitals count, so this is read apart.
const TITLE_NOUN = /^(?:manager|lead)(?![\p{L}])/iu;
const TITLE_BEFORE =
  /(?<![\p{L}])(?:[Ll]['’]|(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]u|[Aa]ux?|[Dd]es|[Tt]on|[Tt]a|[Vv]otre|[Ss]on|[Ss]a|[Ll]eur|[Nn]otre|[Tt]he|[Aa]n?|[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y)\s+)(?:\p{Lu}[\p{L}&-]*\s+){0,3}$/u;

/**
 * Whether a match that starts with "manager" or "lead" is someone's title after an article, not
 * the role's verb.
 * @example namesTitle("tu travailles avec l'Engineering ", 'Manager de la squad') // true
 */
export function namesTitle(before: string, match: string): boolean {
  return TITLE_NOUN.test(match) && TITLE_BEFORE.test(before);
}

// Someone else as the subject of a verb of leading: a pronoun of the third person, a person named
// with a title of address, or a noun phrase owned by the employer or the reader ("our CTO", "your
// line manager", "unsere Teamleiterin", "nuestra directora", "onze teamleider", "notre CTO"), with
// an apposition on either side ("Maria, our Head of Data,"). The role itself said in the third
// person ("this role", "our new colleague", "der Stelleninhaber") is not someone else.
const ROLE_ITSELF =
  "(?:role|position|job|post|vacancy|opening|hire|candidate|applicant|person|new|Stelle|Rolle|Position|Funktion|Aufgabe|Kandidat\\p{L}*|Bewerber\\p{L}*|neue\\p{L}*|künftige\\p{L}*|zukünftige\\p{L}*|puesto|rol|vacante|candidat[oa]s?|persona|nuev[oa]s?|futur[oa]s?|functie|vacature|kandida\\p{L}*|nieuwe|toekomstige|poste|fonction|mission|candidat\\p{L}*|nouve\\p{L}*|futur\\p{L}*)";
const OWNER =
  '(?:[Oo]ur|[Yy]our|[Tt]heir|[Hh]is|[Hh]er|[Uu]nser\\p{L}*|[Dd]ein\\p{L}*|[Ii]hr\\p{L}*|[Ee]ure?\\p{L}*|[Nn]uestr[oa]s?|[Vv]uestr[oa]s?|[Tt]us?|[Ss]us?|[Oo]nze|[Oo]ns|[Jj]ouw|[Hh]un|[Hh]aar|[Zz]ijn|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ss]on|[Ss]a|[Ll]eur)';
const AUX = '(?:(?:will|would|also|currently|already|now|wird|auch|bereits|derzeit|también|ya|actualmente|ahora|zal|gaat|ook|al|momenteel|nu|va|aussi|déjà|actuellement)\\s+){0,2}';
const OTHER_SUBJECT = new RegExp(
  [
    `(?<![\\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|[Ee]r|sie|[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles|[Éé]l|[Ee]lla|[Ee]llos|[Ee]llas|[Hh]ij|[Zz]ij)\\s+${AUX}$`,
    `(?<![\\p{L}])(?:Frau|Herr|Mr\\.?|Mrs\\.?|Ms\\.?|Mme|Madame|Monsieur|Sr\\.|Sra\\.|Señor|Señora|[Mm]evrouw|[Mm]eneer|[Dd]hr\\.|[Mm]evr\\.)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*,?\\s+${AUX}$`,
    `(?<![\\p{L}])${OWNER}(?:\\s+(?!${ROLE_ITSELF}(?![\\p{L}]))[\\p{L}&/-]+){1,4}(?:\\s*,\\s*\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*,)?\\s*,?\\s+${AUX}$`,
  ].join('|'),
  'u',
);
// A verb of leading in the third person singular: its subject may be someone else. Other verbs
// ("… will report to you") say the role leads from the people's side and are not read here.
const THIRD_PERSON_VERB =
  /^(?:leads|manages|supervises|oversees|heads|directs|coordinates|line-manages|is|has|takes|führt|leitet|steuert|verantwortet|befehligt|hat|ist|übernimmt|encadre|dirige|manage|pilote|anime|supervise|coordonne|commande|est|a|assure|prend|encadrera|dirigera|managera|pilotera|animera|lidera|gestiona|supervisa|coordina|comanda|tiene|es|está|asume|lleva|dirigirá|liderará|gestionará|supervisará|coordinará|tendrá|será|estará|leidt|stuurt|geeft|heeft|draagt|neemt|coördineert|voert)(?![\p{L}])/iu;
const SHE_VERB_DE = /^(?:führt|leitet|steuert|verantwortet|befehligt|hat|ist|übernimmt)(?![\p{L}])/u;
// "Unser Filialteam führst du", "ons team leid je": the object first and the reader after the verb.
const READER_AFTER = /^\p{L}+\s+(?:du|Sie|je|jij|u|vous|tu|you)(?![\p{L}])/u;

// The employer's own leadership named by a noun, as the object of a verb of supporting or working
// with it, or after "with": "Sie unterstützen die Leitung des Teams", "you assist the management
// of the unit", "darás soporte a la dirección del equipo", "je ondersteunt de leiding van het team",
// "vous assistez la direction de l'équipe", "in Abstimmung mit der Leitung". The role serves the
// leadership; taking it over ("Sie übernehmen die Leitung des Teams") is read as before.
const LEAD_NOUN_START = /^(?:disziplinarische\s+|fachliche\s+)?(?:Leitung|Führung|Geschäftsleitung|management|leadership|supervision|direction|dirección|jefatura|gestión|gestion|supervisión|liderazgo|encadrement|leiding|aansturing|directie)(?![\p{L}])/iu;
const SERVES_IT =
  /(?<![\p{L}])(?:unterstütz\p{L}*|assistier\p{L}*|entlast\p{L}*|berät|berätst|berichte\p{L}*\s+an|zusammen\s+mit|gemeinsam\s+mit|mit|support\p{L}*|assist\p{L}*|help\p{L}*|report\p{L}*\s+(?:directly\s+)?to|alongside|with|apoy\p{L}*|ayud\p{L}*|asist\p{L}*|soporte\s+a|reporta\p{L}*\s+(?:directamente\s+)?a|junto\s+(?:a|con)|con|ondersteun\p{L}*|assisteer\p{L}*|rapporteer\p{L}*\s+aan|samen\s+met|met|seconde\p{L}*|épaul\p{L}*|soutien\p{L}*|appui\p{L}*|rend\p{L}*\s+compte\s+à|auprès\s+de|avec)\s+(?:(?:den|der|die|dem|the|la|el|los|las|de|het|les|l['’])\s*|a\s+la\s+|al\s+|à\s+la\s+|à\s+l['’]\s*|aux?\s+|del\s+)$/iu;

/**
 * Whether a leading phrase belongs to someone other than the role: its verb has another subject
 * ("Our CTO leads a team of 8, which you will join", "Frau Meier leitet ein Team von 5"), or its
 * noun is the employer's leadership the role serves ("Sie unterstützen die Leitung des Teams").
 * `before` is the clause up to the phrase, `match` the phrase.
 * @example ledBySomeoneElse('Our CTO ', 'leads a team of 8 engineers') // true
 */
export function ledBySomeoneElse(before: string, match: string): boolean {
  if (LEAD_NOUN_START.test(match)) return SERVES_IT.test(before);
  if (READER_AFTER.test(match) || !THIRD_PERSON_VERB.test(match)) return false;
  // German "Sie" opens a sentence as "she" as well as "you": the verb's person tells them apart.
  return OTHER_SUBJECT.test(before) || (/(?:^|\s)Sie\s+$/u.test(before) && SHE_VERB_DE.test(match));
}
