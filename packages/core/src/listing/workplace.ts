import { withoutOtherJobs } from './chrome';
import { HOME_NOT_THERE, WHOLLY_AT_THE_PLACE } from './workplace-wholly';
import { HOME, HOME_DENIED } from './workplace-words';

/** Where the work happens, as the listing states it. */
export type ListingWorkplace = 'remote' | 'hybrid' | 'onsite';

const HYBRID = /\b(a few|some|several|a couple of)\s+days?\s+(at|from)\s+home\b|\bhybrid\b(?!\s+(cloud|apps?|mobile|vehicles?|infrastructure|integration|solutions?|environments? (of|across) (cloud|aws|azure)))|\b(\d|one|two|three|four)\s+days?\s+(a|per|each)\s+week\s+(in|at|from)\s+(the|our)\s+(office|studio|site|hub)|\bin[- ]office\s+(\d|one|two|three)\s+days\b|\bsplit between (home|remote) and (the )?office\b/i;
const NOT_REMOTE = /\bnot (suitable|possible|available) (for|as) (home|remote)[- ]?work(ing)?\b|\bnot (suitable|possible) to work (from home|remotely)\b|\b(not|no|isn('|’)t|is not|non)[- ](a\s+)?(fully\s+)?remote\b|\bremote work is not\b|\bnot (eligible|available) for remote\b|\b(?:there is |there's )?no (option (?:for|of) )?(remote( work(ing)?)?|work(ing)? from home|home[- ]?working|wfh)\b/i;
const REMOTE = /\b(fully|100%|completely|entirely|permanently)\s+remote\b|\bremote[- ](first|friendly|only|position|role|job|opportunity|eligible|option|team|company|work(ing)?|based)\b|\bwork(ing)?\s+(from|at)\s+home\b|\bwfh\b|\b(location|workplace|work location|workplace type|work type|work arrangement|job type)\s*[:\-–]\s*(\w+\s*,?\s*)?remote\b|\bremote\s*[(\-–,]\s*(us|usa|u\.s\.|uk|eu|europe|emea|canada|worldwide|anywhere|global|north america|[A-Z]{2}\b)|\bthis (is a|position is|role is|job is)\s+(an?\s+)?(fully\s+)?remote\b|^\s*remote\s*$|\(remote\)|\(([^()\n]{0,40}[,;/]\s*)?remote\s*[)\-–,]|^\s*remote\s*([,(\-–]|within|in|across|from|only|first|\()|[·|•]\s*remote\b|\bwork remotely\b|\b(can|may) be (done|performed|worked) remotely\b|\banywhere in (the )?(us|u\.s\.|world|country|uk|eu|europe|canada)\b|\bdistributed team\b/im;
const ONSITE_STRONG = /\b(this is an?|this|the)\s+(on[- ]?site|in[- ]office|in[- ]person)\s+(role|position|job)\b|\b(fully|100%|entirely)\s+(on[- ]?site|in[- ]office|in[- ]person)\b|\b(role|position|job) is (fully )?(on[- ]?site|in[- ]office|in[- ]person)\b|\bmust (work|be) (on[- ]?site|in[- ]office|in the office|in person)\b/i;
const ONSITE = /\boffice[- ]based\b|\bbased (at|in) (our|the) ([\w-]+\s+){0,3}(depot|site|plant|warehouse|yard|workshop|store|branch|office|clinic|hospital|lab)\b|(?:^|\n)[ \t]*in (store|branch|the store)\b|\bon[- ]?site\b(?!\s+(gym|daycare|child ?care|parking|cafeteria|fitness|clinic))|\bin[- ]office\b|\bin[- ]person\s+(role|position|work|job)\b|\bon location\b|\b(work|works|working|report|reporting)\s+(at|from|in|to)\s+(our|the)\s+([\w-]+\s+){0,4}(office|store|clinic|hospital|plant|warehouse|site|facility|campus|school|branch|restaurant|lab|laboratory|job ?sites?|headquarters)\b|\bmust (live|reside) within\b|\bcommut\w+ distance\b|\bon the (shop|sales|production|hospital) floor\b|\bjob ?sites?\b|\bwork location\s*[:\-–]\s*in person\b/i;

// Nothing said about remote work, but the work is bound to a place: patients, a store floor, a
// classroom, a job site, shifts, lifting. Such a listing is on site.
const PLACE_BOUND = /\b(shifts?|lift(ing)? (up to )?\d+ ?(lbs|pounds)|stand (for|and walk)|(our|the) (store|stores|clinic|hospital|restaurant|warehouse|plant|shop|facility|school|campus|unit|kitchen|studio|branch|office|headquarters|hq|lab|laboratory|community|floor)\b|home visits|job ?sites?|front desk|classroom|patients?|residents|guests|customers' homes|take-home (van|truck)|company truck|school year|job site|field operations|in our [A-Z][\w.]*( [A-Z][\w.]*)? (office|store|clinic|studio|headquarters|plant|lab)|(office|based|located) in [A-Z])/i;

// German, French, Spanish and Dutch statements, checked first: "no remote" before "remote",
// "100 % remote" before "hybrid", hybrid before "in the office".
const OTHER_NOT_REMOTE = new RegExp(String.raw`(${HOME}[^.\n]{0,60}(?:(?<![\p{L}])(?:nur|lediglich|only|seulement|uniquement|solo|sólo|únicamente|alleen|slechts)[ \t]+(?:gelegentlich|ausnahmsweise|in ausnahmefällen|occasionally|in exceptional cases|ponctuellement|exceptionnellement|de façon ponctuelle|ocasionalmente|de forma puntual|excepcionalmente|af en toe|incidenteel|bij uitzondering)|(?<![\p{L}])(?:in geringem Umfang|in begrenztem Umfang|to a limited extent|dans une mesure limitée|de manière limitée|de forma limitada|en menor medida|in beperkte mate))(?![\p{L}])|(?:remote(?: work)?|home ?office|télétravail|teletrabajo|thuiswerken|telewerk)\s*:\s*(?:no|non|nein|nee|geen|not possible|nicht möglich|impossible)(?![\p{L}])|nicht remote|kein(e|en)? (homeoffice|remote|mobile[ns]? arbeit\p{L}*)|(?:homeoffice|home office|mobile[ns]? arbeit\p{L}*|remote[- ]arbeit|remote) ist [^.\n]{0,60}nicht möglich|pas de télétravail|télétravail (?:non (?:autorisé|proposé|prévu|accepté)|non possible|n['’]est pas possible)|sans télétravail|no es posible el teletrabajo|sin (opción de |posibilidad de )?teletrabajo|teletrabajo no (es )?posible|(?:thuiswerken|telewerk\p{L}*) is [^.\n]{0,40}niet mogelijk|niet thuiswerken|geen thuiswerk\p{L}*|niet mogelijk om (vanuit )?thuis te werken|(?<![\p{L}])niet (?:geschikt|mogelijk|haalbaar|te doen) (?:om |voor )?(?:\p{L}+ ){0,3}?(?:vanuit huis|thuis\p{L}*|op afstand|remote)(?![\p{L}])|(?<![\p{L}])(?:cannot|can['’]t|can not) be (?:done|performed|carried out|worked) (?:from home|remotely|at home)(?![\p{L}])|(?<![\p{L}])nicht (?:für (?:das |ein )?(?:Homeoffice|mobiles Arbeiten|Telearbeit) geeignet|von zu Hause (?:aus )?(?:machbar|möglich|zu erledigen))(?![\p{L}])|(?<![\p{L}])(?:n['’]est pas compatible avec le télétravail|ne se prête pas au télétravail|ne peut pas (?:se faire|être (?:exercé|réalisé|effectué)) (?:en télétravail|à distance|depuis (?:le |votre )?domicile))(?![\p{L}])|(?<![\p{L}])no (?:es )?(?:compatible con el teletrabajo|se puede (?:hacer|realizar) (?:en remoto|desde casa|a distancia))(?![\p{L}]))`, 'iu');
const OTHER_REMOTE = /(100\s?%\s?(remote|télétravail|en remoto|remot[oa]|home[- ]?office|thuis)|remote aus (ganz )?deutschland|grotendeels (thuis|remote)|volledig thuis\p{L}*|zu 100\s?% (remote|möglich)|homeoffice zu 100|vollständig remote|komplett remote|full remote|télétravail (complet|total)|teletrabajo (total|100)|(?<!(?:\d|un|uno|dos|tres|cuatro|días?|lunes|martes|miércoles|jueves|viernes|y) )en remoto|modalidad\s?:\s?remoto|volledig remote|(?<![\p{L}])(?:volledig|helemaal|geheel|vollständig|komplett|ausschließlich|entièrement|totalement|complètement|intégralement|totalmente|completamente|íntegramente)\s+(?:vanuit huis|thuis|op afstand|von zu hause|im homeoffice|mobil|à distance|en télétravail|desde casa|a distancia)(?![\p{L}])|remote functie|trabajo remoto|(?:puesto|empleo|posición) (?:100\s?% )?remoto|remoto desde|lieu\s?:\s?télétravail|locatie\s?:\s?remote|arbeitsort\s?:\s?remote|[(/]\s?(thuiswerken|op afstand|télétravail total|remoto)\s?\)?\s*$|(?<![\p{L}])(?:remote|volledig remote|full[- ]remote)[- ]?(?:bedrijf|organisatie|werkgever|unternehmen|firma|arbeitgeber)(?![\p{L}])|(?<![\p{L}])empresa (?:100\s?% )?(?:remota|en remoto)(?![\p{L}])|(?<![\p{L}])entreprise (?:100\s?% |entièrement )?(?:à distance|en télétravail|full[- ]remote)(?![\p{L}]))/imu;
// Home working offered now and then, in the five languages, as an adjective or an adverb on either
// side: "occasional home working", "Gelegentliches Homeoffice nach Absprache", "télétravail
// occasionnel", "teletrabajo ocasional", "af en toe thuiswerken". Read after "only occasionally"
// (OTHER_NOT_REMOTE), which keeps an on-site job on site.
const OCCASIONAL = String.raw`(?:occasional(?:ly)?|from time to time|now and then|gelegentlich\p{L}*|vereinzelt\p{L}*|ab und zu|hin und wieder|occasionnel\p{L}*|ponctuel\p{L}*|de temps en temps|ocasional(?:es|mente)?|puntual(?:es|mente)?|de vez en cuando|af en toe|incidenteel|soms|zo nu en dan|nu en dan)`;
const OCCASIONAL_HOME = new RegExp(String.raw`(?<![\p{L}])(?:${OCCASIONAL}\s+(?:(?!(?:bij|bei|chez|at|with|met|mit|avec|con|en casa de)\s)\p{L}+\s+){0,2}?(?:${HOME}|home[- ]?working|home days?)|(?:${HOME}|home[- ]?working|home days?)\s+(?:(?:is|ist|est|es|kan|possible|möglich|mogelijk|posible)\s+)?${OCCASIONAL})(?![\p{L}])`, 'iu');
// A week that combines or alternates home and the office, said in one sentence with both named:
// "Du arbeitest teils im Homeoffice, teils im Büro", "Combinarás teletrabajo con días en nuestra
// oficina", "Vous alternez télétravail et présence au bureau", "a mix of home and office working".
const COMBINES = /(?<![\p{L}])(?:combin\p{L}*|kombinier\p{L}*|altern\p{L}*|afwissel\p{L}*|wissel\p{L}*|abwechs\p{L}*|teils|deels|partly|mix|mixture|mezcl\p{L}*|split|verdeel\p{L}*)(?![\p{L}])/iu;
// Home named as a second place, after "also", on a line that names the office or the site:
// "Büroarbeit gern auch im Homeoffice, Termine beim Kunden vor Ort", "paperwork can also be done
// from home", "aussi en télétravail", "también desde casa", "ook thuis". Read with COMBINES.
const ALSO_HOME = new RegExp(String.raw`(?<![\p{L}])(?:also|auch|aussi|également|también|ook)\s+(?:(?:be\s+)?(?:done|worked|gedaan|erledigt|réalisée?s?|hecho)\s+)?(?:(?:im|in|en|von|vanuit|van)\s+)?${HOME}(?![\p{L}])`, 'iu');
const OTHER_HYBRID = /((?<![\p{L}])(?<!(?:césped|vehículo|coche|motor|moteur|véhicule|voiture|gazon|rasen|fahrzeug|antrieb|auto|voertuig|gras|electric and|elektrische en|eléctrico e|électrique et) )(?:hybride?s?|híbrid[oa]s?)(?![\p{L}])(?! (?:vehicles?|cars?|engines?|turf|grass|pitch|cloud|véhicules?|voitures?|moteurs?|gazon|vehículos?|coches?|motores?|césped|fahrzeuge?n?|antriebe?|rasen|voertuigen|auto'?s|motoren|gras|cloud)(?![\p{L}]))|tage? im büro|homeoffice an|mischung aus homeoffice|teilweise (homeoffice|mobil\p{L}*)|mobile[ns]? arbeit\p{L}*|homeoffice (nach absprache |tageweise )?möglich|gelegentlich (remote|homeoffice|mobil)|télétravail (partiel|possible|fréquent|occasionnel)|jours? de télétravail|télétravail\s?:\s?\d|\d jours?\s?\/\s?semaine|teletrabajo parcial|(\d|un|uno|dos|tres) días? de teletrabajo|días en la oficina|(?<!groten)deels thuis|thuiswerken kan|dag(en)? (per week )?op kantoor|vanuit huis|(een )?paar dagen (per week )?(thuis|vanuit huis)|einige tage (im )?homeoffice|quelques jours de télétravail|algunos días de teletrabajo)/iu;
const OTHER_ONSITE = /((?<![\p{L}])vor ort(?![\p{L}])|präsenz|einsatzort|présentiel|sur site|presencial|op locatie|op (ons |het )?kantoor|vanuit (ons|het) kantoor|standplaats|travail sur place|sur place|dans nos locaux|en la oficina|im büro|en magasin|en boutique)/iu;

/**
 * Whether a short line is about where the work happens ("Hybrides Arbeiten: 2 Tage im Büro"),
 * in German, French, Spanish or Dutch: such a line is the workplace, not a requirement.
 * @example statesWorkplaceOther('Télétravail complet possible.') // true
 */
export function statesWorkplaceOther(line: string): boolean {
  const said = line.replace(DRIVE_HYBRID, ' ');
  return line.split(/\s+/).length <= 16 && [OTHER_NOT_REMOTE, OTHER_REMOTE, OTHER_HYBRID, OTHER_ONSITE].some((re) => re.test(said));
}

// Line by line, in the five languages: a count of days a week beside a word for home, the office
// or remote work is a hybrid week ("one day a week from home", "1 dag thuiswerken per week",
// "télétravail 1 jour par semaine"); five days is a whole week, so it says nothing of a split.
// A word may qualify the days between the count and the noun: "one admin day", "zwei feste
// Bürotage", "deux jours fixes" has it after, "dos días fijos", "twee vaste thuiswerkdagen".
const DAY_COUNT = /(?<![\p{L}\d])(?:[1-4]|one|two|three|four|ein(?:en)?|zwei|drei|vier|un|une|deux|trois|quatre|uno|dos|tres|cuatro|een|één|eén|twee|drie)\s*(?:x\s*)?(?:(?!(?:and|und|oder|per|pro|par|por|bis|tot|the|der|die|das|les|los|las|het)\s)\p{L}{3,}\s+)?(?:thuiswerk|kantoor|homeoffice-?|büro|präsenz|remote-?)?(?:days?|tage?n?|jours?|journées?|días?|dias|dag(?:en)?)(?![\p{L}])/iu;
const PER_WEEK = /(?<![\p{L}])(?:a|per|each|every|pro|die|in der|par|por|a la|en la|in de)\s+(?:week|woche|semaine|semana)(?![\p{L}])|\/\s*(?:week|woche|semaine|semana)(?![\p{L}])|(?<![\p{L}])(?:weekly|wöchentlich|hebdomadaire\p{L}*|semanal\p{L}*|wekelijks)(?![\p{L}])/iu;
// Any word for the office or the site, beside a day count: "2 days in the office".
const OFFICE_WORDS = ['office', 'on[- ]?site', 'in[- ]person', 'büro', 'präsenz', 'vor ort', 'bureau', 'sur site', 'présentiel', 'locaux', 'oficina', 'presencial', 'kantoor', 'op locatie'];
// A bare "home" or "mobil…" beside a day count is a home day ("2 days home", "3 Tage mobil").
const PLACE_INNER = String.raw`(?:${HOME}|home|mobil\p{L}*|${OFFICE_WORDS.join('|')})`;
const PLACE_WORD = new RegExp(String.raw`(?<![\p{L}])${PLACE_INNER}(?![\p{L}])`, 'iu');
const REMOTE_WORD = new RegExp(String.raw`(?<![\p{L}])${HOME}(?![\p{L}])`, 'iu');
// A visit to the office once a month, a quarter or a year leaves the work remote.
const RARE_VISIT = /(?<![\p{L}])(?:once|twice|one|two|[1-4]|einmal|zweimal|eenmaal|tweemaal|une fois|deux fois|una vez|dos veces|één keer|een keer|twee keer)\s*(?:x|times?|mal|fois|veces|vez|keer)?\s*(?:a|per|each|every|im|pro|par|por|al|in het|de)\s+(?:month|monat|mois|mes|maand|quarter|quartal|trimestre|kwartaal|year|jahr|an|año|jaar)(?![\p{L}])|(?<![\p{L}])(?:monthly|quarterly|monatlich|quartalsweise|mensuel\p{L}*|trimestriel\p{L}*|mensual\p{L}*|trimestral\p{L}*|maandelijks)(?![\p{L}])/iu;
// Remote offered as a choice ("Remote within Germany or at our Berlin office", "Remote OK"), or
// most of the work remote ("überwiegend mobil"): the person may work remotely, so it is remote.
const OR_WORD = /(?<![\p{L}])(?:or|oder|ou|o|of)(?![\p{L}])/iu;
const OFFICE_OR_HYBRID = /(?<![\p{L}])(?:office|büro|bureau|oficina|kantoor|hybrid\p{L}*|híbrid\p{L}*|on[- ]?site|vor ort|sur site|presencial|op locatie)(?![\p{L}])/iu;
const REMOTE_OK = /(?<![\p{L}])remote\s*(?:ok|okay|possible|möglich|mogelijk|posible)(?![\p{L}])|(?<![\p{L}])(?:mostly|mainly|primarily|largely|überwiegend|hauptsächlich|größtenteils|majoritairement|principalement|essentiellement|mayoritariamente|principalmente|mayormente|voornamelijk|hoofdzakelijk)\s+(?:remote\p{L}*|mobil\p{L}*|from home|im homeoffice|von zu hause|à distance|en télétravail|en remoto|desde casa|thuis|vanuit huis)(?![\p{L}])/iu;

// A board's metadata line ("Full-time · On-site", "Bogotá · Remoto", "Engineering / Full-time /
// On-site"): one segment that is only a workplace word is the board's own field.
const SEGMENT_WORD: Array<[ListingWorkplace, RegExp]> = [
  ['remote', /^(?:fully remote|100\s?% remote|remote|remoto|en remoto|teletrabajo|télétravail(?: complet| total)?|à distance|thuiswerken|op afstand)$/iu],
  ['hybrid', /^(?:hybrid|hybride|híbrid[oa]|hybrid work|hybrides arbeiten|travail hybride|trabajo híbrido|hybride werken)$/iu],
  ['onsite', /^(?:on-?site|on site|in[- ]office|in person|presencial|sur site|présentiel|sur place|vor ort|präsenz|op locatie|op kantoor)$/iu],
];

function boardSegment(text: string): ListingWorkplace | null {
  for (const line of text.split('\n').slice(0, 30)) {
    const parts = line.replace(/[*_]+/g, '').split(/\s+[·|/•]\s+|\s{3,}/).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) continue;
    for (const part of parts) for (const [kind, re] of SEGMENT_WORD) if (re.test(part)) return kind;
  }
  return null;
}

// A fixed day in the office or with the team each week ("op de teamdag (donderdag)", "every
// Tuesday in the office"), even when remote is otherwise offered, is a hybrid week.
const WEEKDAY = /(?<![\p{L}])(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag)(?![\p{L}])/iu;
const TEAM_DAY = /(?<![\p{L}])(?:team ?days?|office days?|teamdag(?:en)?|kantoordag(?:en)?|teamtag(?:e|en)?|bürotag(?:e|en)?|präsenztag(?:e|en)?|journées? (?:d['’]équipe|au bureau)|días? (?:de equipo|en la oficina|presencial(?:es)?))(?![\p{L}])|(?<![\p{L}])(?:every|each|jeden|chaque|cada|elke|iedere)\s+\S+\s*(?:in|at|au|en|op|im)\s+(?:the |our |le |la |de |het |ons |unserem )?(?:office|büro|bureau|oficina|kantoor)/iu;

function saysWeeklyDay(line: string): boolean {
  return TEAM_DAY.test(line) && (WEEKDAY.test(line) || PER_WEEK.test(line));
}

// "Robots don't work from home": a denied remote phrase says nothing of the workplace.
const DENIED_HOME = /\b(?:don['’]t|doesn['’]t|do not|does not|can['’]t|cannot|won['’]t|never)\s+work\s+(?:from|at)\s+home\b/gi;

// A hybrid that is a vehicle's drive, in the five languages and either word order: "hybrid and
// electric vehicles", "Hybrid- und Elektrofahrzeuge", "véhicules hybrides et électriques",
// "vehículos híbridos y eléctricos", "hybride en elektrische wagens". It names what the work is
// done on, not where, so it is taken out before the workplace is read.
const HYBRID_ADJ = String.raw`(?:hybrid\p{L}*|híbrid\p{L}*)`;
// The other drives a hybrid is listed with, joined by a conjunction ("hybrid or plug-in"), and the
// vehicles and engines it qualifies, right beside it ("hybrid vehicles", "véhicules hybrides"): a
// comma or an "and" before a vehicle ("Hybrid, car allowance") may be the workplace and a benefit.
const POWER = String.raw`(?:\p{L}*(?:elektr|électr|eléctr|electr)\p{L}*|plug-in|diesel\p{L}*|petrol|benzin\p{L}*|benzine|gasolina|thermiques?|térmic[oa]s?|verbrenn\p{L}*|p?hevs?|bevs?)`;
// A heating system is a hybrid's other thing: "hybrid heat pump", "Hybrid-Wärmepumpe", "pompe à
// chaleur hybride", "bomba de calor híbrida", "hybride warmtepomp", "Hybridheizung".
const VEHICLE = String.raw`(?:heat[ \t]+pumps?|\p{L}*wärmepumpe\p{L}*|\p{L}*heizung\p{L}*|pompes?[ \t]+à[ \t]+chaleur|bombas?[ \t]+de[ \t]+calor|\p{L}*warmtepomp\p{L}*|boilers?|chaudières?|calderas?|cv-ketels?|vehicles?|véhicules?|vehículos?|voertuig(?:en)?|\p{L}*fahrzeug\p{L}*|wagens?|auto['’]?s|autos?|cars?|coches?|voitures?|bus(?:es|sen)?|trucks?|camions?|motor(?:en|es)?|moteurs?|engines?|antrieb\p{L}*|aandrijving\p{L}*|motorisations?|motorizaci(?:ón|ones)|drive(?:s|trains?)?|powertrains?)`;
const AND = String.raw`(?:-?[ \t]*(?:/|&|(?:and|or|und|oder|et|ou|y|e|o|en|of)(?![\p{L}]))[ \t]*)`;
const DRIVE_HYBRID = new RegExp(
  String.raw`(?<![\p{L}])(?:${HYBRID_ADJ}(?:${AND}${POWER}|-?[ \t]*${VEHICLE})|(?:${POWER}(?:${AND}|[ \t]*,[ \t]*)|${VEHICLE}[ \t]+)${HYBRID_ADJ})(?![\p{L}])`,
  'giu',
);

// A maker's model named with its drive or its device: "Toyota Yaris Hybrid", "Vaillant ecoTEC
// Hybrid", "Apple TV Remote". A car, a boiler or a remote control, named by the maker's own name
// (which is a word the same in every language), says nothing of where the work is done. The
// model's words between are capitalised, mixed-case or numbers ("Yaris", "ecoTEC", "3008").
const MAKER = String.raw`(?:Toyota|Lexus|Honda|Hyundai|Kia|Ford|Renault|Peugeot|Citroën|Citroen|Volkswagen|VW|Audi|BMW|Mercedes(?:-Benz)?|Volvo|Suzuki|Mitsubishi|Nissan|Mazda|Škoda|Skoda|SEAT|Seat|Cupra|Opel|Vauxhall|Fiat|Dacia|Porsche|Jeep|MG|Land Rover|Range Rover|Vaillant|Viessmann|Daikin|Buderus|Bosch|Worcester|Remeha|Intergas|Nefit|Frisquet|De Dietrich|Saunier Duval|Panasonic|Apple|Samsung|Sony|Philips|Logitech)`;
const MODEL_WORD = String.raw`(?:[\p{Lu}\d]|\p{Ll}+[\p{Lu}\d])[\p{L}\d.+-]*`;
const MAKERS_MODEL = new RegExp(String.raw`(?<![\p{L}])${MAKER}(?:[ \t]+${MODEL_WORD}){0,3}?[ \t]+(?:[Hh]ybrid\p{L}*|[Hh]íbrid[oa]s?|[Rr]emote)(?![\p{L}])`, 'gu');

// Remote or "à distance" said of a thing or a task, not of the person's work: a remote control,
// remote monitoring or access, "vente à distance", "télésurveillance", "control remoto", "beheer
// op afstand", "Remote-Wartung". The work of selling or watching at a distance is done somewhere.
const REMOTE_TASK = new RegExp(
  [
    String.raw`remote[- ](?:control\p{L}*|monitor\p{L}*|sensing|access|diagnos\p{L}*|maintenance|operat\p{L}*|desktop|controlled|zugriff|wartung|diagnose|steuerung|überwachung)`,
    String.raw`(?:vente|ventes|surveillance|contrôle|commande|maintenance|assistance|gestion|pilotage|relève|lecture|enchères|paiement|signature|consultation|téléconsultation)s?[ \t]+à[ \t]+distance`,
    String.raw`(?:control|mando|acceso|asistencia|monitorización|monitoreo|mantenimiento|gestión|venta|lectura|vigilancia)(?:es)?[ \t]+(?:remot[oa]s?|a[ \t]+distancia)`,
    String.raw`(?:bediening|beheer|monitoring|uitlezing|uitlezen|toegang|besturing|bewaking|aansturing)[ \t]+op[ \t]+afstand`,
    String.raw`op[ \t]+afstand[ \t]+(?:bestuurbare?|bediende?|bestuurde?|uitleesbare?|uit[ \t]+te[ \t]+lezen)`,
  ].map((w) => `(?<![\\p{L}])(?:${w})(?![\\p{L}])`).join('|'),
  'giu',
);

// Home as where a day on the road starts ("Start von zu Hause", "du startest morgens von zu Hause aus
// zum ersten Kunden", "you drive from home to your first customer", "départ de votre domicile vers
// les chantiers", "sales desde casa hacia la primera obra", "je rijdt vanuit huis naar de klant"):
// field work, not work done at home.
const HOME_START = String.raw`(?:von[ \t]+zu[ \t]?hause(?:[ \t]+aus)?|from[ \t]+(?:your[ \t]+|their[ \t]+)?home|(?:de|depuis)[ \t]+chez[ \t]+(?:vous|toi|soi)|(?:de|depuis)[ \t]+(?:votre|ton|son)[ \t]+domicile|desde[ \t]+(?:tu[ \t]+|su[ \t]+)?(?:casa|domicilio)|vanuit[ \t]+(?:je[ \t]+|jouw[ \t]+)?(?:huis|thuis|woonplaats))`;
const JOURNEY_FROM_HOME = new RegExp(
  String.raw`(?<![\p{L}])(?:start\p{L}*|beginn\p{L}*|fähr\p{L}*|fahr\p{L}*|drive\p{L}*|driving|travel\p{L}*|set(?:ting)?[ \t]+off|leav\p{L}*|départ\p{L}*|part(?:ez|ir|ant|es)|salida\p{L}*|sal(?:es|ir|drás)|vertrek\p{L}*|rij(?:dt|den)?)(?:[ \t]+[^.\n,;:]{0,25}?)?[ \t]+${HOME_START}(?![\p{L}])` +
    String.raw`|${HOME_START}[ \t]+(?:direkt[ \t]+|directly[ \t]+|directement[ \t]+|directamente[ \t]+|direct[ \t]+)?(?:zu[mr]?|to|vers|chez|hacia|a|al|naar)[ \t]+(?:(?:de|den|dem|der|the|your|vos|tes|les|la|le|el|los|las|tus|sus|je|jouw|ersten?|first|premiers?|première|primera?|eerste)[ \t]+){0,2}(?:kund\p{L}*|customer\p{L}*|client\p{L}*|klant\p{L}*|einsatz\p{L}*|baustell\p{L}*|sites?|chantiers?|obras?|jobs?|tour\p{L}*|route\p{L}*)(?![\p{L}])`,
  'giu',
);

// Home as where a working day on the road starts or ends, said with home as a place ("you'll start
// and finish at home with a liveried van", "je start je dag thuis en rijdt naar je eerste klant",
// "du beginnst und beendest den Tag zu Hause, mit dem Servicewagen", "vous commencez votre journée
// à domicile avec le véhicule de service", "empiezas la jornada en casa y vas en furgoneta a la
// obra"): field work when the same sentence names the vehicle, the drive or the customer.
const DAY_AT_HOME = new RegExp(
  String.raw`(?<![\p{L}])(?:start\p{L}*|finish\p{L}*|end(?:s|ing)?|begin\p{L}*|beginn\p{L}*|beend\p{L}*|commenc\p{L}*|termin\p{L}*|finiss\p{L}*|empiez\p{L}*|empez\p{L}*|comienz\p{L}*|acab\p{L}*|eindig\p{L}*)(?:[ \t]+[^.\n,;:]{0,30}?)?[ \t]+(?:at[ \t]+home|zu[ \t]?hause|thuis|à[ \t]+(?:votre[ \t]+|ton[ \t]+)?domicile|chez[ \t]+(?:vous|toi)|en[ \t]+(?:tu[ \t]+|su[ \t]+)?casa)(?![\p{L}])(?=[^.\n]{0,80}?(?<![\p{L}])(?:vans?|vehicles?|cars?|driv\p{L}*|rij\p{L}*|fahr\p{L}*|\p{L}*wagen|\p{L}*bus|klant\p{L}*|kund\p{L}*|client\p{L}*|customer\p{L}*|chantier\p{L}*|obras?|véhicule\p{L}*|camionnette\p{L}*|furgonet\p{L}*|coche\p{L}*|voiture\p{L}*|route\p{L}*|tour\p{L}*|territor\p{L}*)(?![\p{L}]))`,
  'giu',
);

// A job board's own search form and filter list ("Was: … Wo: … Jobs finden", "¿Qué buscas? … ¿Dónde?
// … Buscar", "Filtros: … · Teletrabajo · …", "Date posted · Remote · Easy Apply · All filters"): a
// remote or home-office filter offered for every search names no job's workplace.
const FILTER_WORD = /(?<![\p{L}])(?:filters?|filtern|filteren|filtres?|filtros?|sort by|sortieren|trier par|ordenar por|sorteer\p{L}*)(?![\p{L}])/iu;
const WHAT_LABEL = /(?<![\p{L}])(?:what|was|quoi|qué|wat)(?![\p{L}])/iu;
const WHERE_LABEL = /(?<![\p{L}])(?:where|wo|où|dónde|waar)(?![\p{L}])/iu;
const SEARCH_BUTTON = /(?<![\p{L}])(?:search|find jobs|suchen|jobs finden|finden|rechercher|buscar|zoeken)(?![\p{L}])/iu;

function isSearchControl(line: string): boolean {
  const parts = line.split(/\s+[·|•/]\s+|\s{3,}|\t/).filter((p) => p.trim()).length;
  if (FILTER_WORD.test(line) && parts >= 3) return true;
  return line.split(/\s+/).length <= 16 && WHAT_LABEL.test(line) && WHERE_LABEL.test(line) && SEARCH_BUTTON.test(line);
}

/**
 * The listing with what says nothing of the workplace taken out: a denied remote phrase, a hybrid
 * drive or heating, a maker's model, remote said of a thing or a task, home as where a day's drive starts,
 * a job board's search form and filter list.
 */
function aboutWork(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isSearchControl(line))
    .join('\n')
    .replace(DENIED_HOME, ' ').replace(DRIVE_HYBRID, ' ').replace(MAKERS_MODEL, ' ').replace(REMOTE_TASK, ' ').replace(JOURNEY_FROM_HOME, ' ').replace(DAY_AT_HOME, ' ');
}

// "3 Tage vor Ort, 2 Tage mobil", "2 días presencial en la oficina y 3 en remoto": a count of days
// on a line that names both sides of the week, home and the office, is a hybrid week even
// without "a week".
const HOME_SIDE = new RegExp(String.raw`(?<![\p{L}])(?:${HOME}|mobil\p{L}*)(?![\p{L}])`, 'iu');
const OFFICE_SIDE = /(?<![\p{L}])(?:offices?|on[- ]?site|in[- ]person|büros?|vor ort|präsenz\p{L}*|bureaux?|sur site|présentiel|locaux|oficinas?|presencial|kantoor|kantoren|op locatie)(?![\p{L}])/iu;

// Or the office days named and home the rest of the week: "in the office Tuesday to Thursday, home
// the rest of the week", "mardi et jeudi au bureau, le reste de la semaine en télétravail",
// "dienstag bis donnerstag im Büro, die übrigen Tage mobil".
const REST_OF_WEEK = /(?<![\p{L}])(?:(?:the\s+)?(?:rest of the week|other days|remaining days|rest of the time)|le reste(?: de la semaine| du temps)?|les autres jours|el resto(?: de la semana| del tiempo)?|los (?:demás|otros) días|(?:den )?rest der woche|(?:die|an den) (?:übrigen|anderen|restlichen) tage(?:n)?|de rest van de week|de (?:overige|andere) dagen)(?![\p{L}])/iu;
const BARE_HOME = /(?<![\p{L}])(?:home|casa|thuis|maison)(?![\p{L}])/iu;

function saysDaySplit(line: string): boolean {
  if (RARE_VISIT.test(line) || !OFFICE_SIDE.test(line)) return false;
  return (DAY_COUNT.test(line) && HOME_SIDE.test(line)) || (WEEKDAY.test(line) && REST_OF_WEEK.test(line) && (HOME_SIDE.test(line) || BARE_HOME.test(line)));
}

// A board's or a page's labelled field whose value is only a workplace word ("Werklocatie: Op
// locatie", "Modalidad: Presencial", "Workplace type: Hybrid"): the listing's own answer.
const FIELD_LABEL = /^\s*[*_]*(?:workplace(?: type)?|work(?:place)? (?:type|model|arrangement|location)|location type|remote status|arbeitsmodell|arbeitsort|arbeitsweise|modalidad(?: de trabajo)?|tipo de trabajo|lugar de trabajo|mode de travail|type de travail|lieu de travail|modalité(?: de travail)?|werklocatie|werkplek|werkvorm|werkwijze)[*_]*\s*[:\t]\s*(.+?)\s*$/iu;

function fieldSays(text: string): ListingWorkplace | null {
  for (const line of text.split('\n')) {
    const m = FIELD_LABEL.exec(line);
    // "Modalidad: híbrida, 3 días en el estudio…": the word before the details is the answer.
    const value = m?.[1]?.replace(/[*_.]+/g, '').split(/\s*[,;:(]\s*|\s+[-–—]\s+/)[0]?.trim();
    if (!value) continue;
    for (const [kind, re] of SEGMENT_WORD) if (re.test(value)) return kind;
  }
  return null;
}

// "Do you offer full remote? Not for now": a question states nothing about the job.
const QUESTION = /[^\n.!?]{0,240}\?(?=\s|$)/g;

function lineSays(text: string, test: (line: string) => boolean): boolean {
  return text.split(/\n|(?<=[.!?;])\s+(?=[^\p{Ll}\d])/u).some(test);
}

function saysHybridWeek(line: string): boolean {
  return DAY_COUNT.test(line) && PER_WEEK.test(line) && PLACE_WORD.test(line);
}

// Days counted for one place, the count before the place ("3 días en oficina", "two days a week
// from home", "2 Tage pro Woche von zu Hause", "deux jours par semaine sur site", "drie dagen op
// kantoor") or the place as a label before it ("Télétravail : 2 jours par semaine", "Homeoffice:
// 2 Tage", "Thuiswerken: 1 dag per week"). A count of days beside "remote" with no place between
// ("Remote, 4 days a week") is a part-time week, and is not read.
const PLACE_OR_HYBRID = String.raw`(?:${PLACE_INNER}|hybrid\p{L}*|híbrid\p{L}*)`;
const COUNTED_PLACE = new RegExp(
  String.raw`${DAY_COUNT.source}(?:\s+(?:a|per|each|every|pro|die|par|por|a la|en la|in de|in der)\s+(?:week|woche|semaine|semana))?[\s,]+(?:(?:at|from|in|im|von|zu|au|en|sur|op|vanuit|bij|ons|the|our|la|le|el|de|het|unserem|nuestra)\s+){0,3}(?:${PLACE_OR_HYBRID})(?![\p{L}])|(?<![\p{L}])${PLACE_OR_HYBRID}\s*[:(]\s*${DAY_COUNT.source}`,
  'iu',
);

// A board's remote tag ("Madrid (En remoto)", "Télétravail total") beside the listing's own week
// that counts days at one place ("modelo híbrido (3 días en oficina)", "Télétravail : 2 jours par
// semaine"): the week the employer describes is hybrid. A line that itself says fully remote is
// not such a week.
function saysCountedWeek(line: string): boolean {
  if (RARE_VISIT.test(line) || OTHER_REMOTE.test(line)) return false;
  return COUNTED_PLACE.test(line) && (PER_WEEK.test(line) || /(?<![\p{L}])(?:hybrid\p{L}*|híbrid\p{L}*)(?![\p{L}])/iu.test(line) || OFFICE_SIDE.test(line));
}

function saysRemoteChoice(line: string): boolean {
  if (REMOTE_OK.test(line)) return true;
  if (REMOTE_WORD.test(line) && RARE_VISIT.test(line) && !saysHybridWeek(line)) return true;
  const remote = REMOTE_WORD.exec(line);
  if (!remote) return false;
  const after = line.slice(remote.index + remote[0].length);
  const before = line.slice(0, remote.index);
  // "Hybride: deels thuis of op kantoor" names the hybrid week first; the choice is inside it.
  if (/(?<![\p{L}])(?:hybrid\p{L}*|híbrid\p{L}*)(?![\p{L}])/iu.test(before)) return false;
  // "remote … or … office" or "… or remote": remote is one of the choices.
  const or = OR_WORD.exec(after);
  if (or && OFFICE_OR_HYBRID.test(after.slice(or.index))) return true;
  return /(?<![\p{L}])(?:or|oder|ou|o|of)\s+(?:fully\s+|100\s?%\s+)?$/iu.test(before);
}

// Bound to a place in the other four languages, as the English PLACE_BOUND: "an unserem Standort
// Bielefeld", "in de winkel", "dans notre magasin", "en nuestra tienda", shift work.
const OTHER_PLACE_BOUND = /(?<![\p{L}])(?:(?:an|in) unserem (?:Standort|Werk|Lager|Betrieb|Hauptsitz|Labor|Hotel|Restaurant|Geschäft|Markt|Büro|Autohaus|Salon|Studio|Verlag|Rathaus|Klinikum|Betriebshof|\p{L}*zentrum)|(?:in|für) (?:die|der|unsere|unserer) Filiale|in unserer (?:Kanzlei|Praxis|Werkstatt|Klinik|Apotheke|Küche|Einrichtung|Geschäftsstelle|Zentrale|Niederlassung|Bäckerei|Druckerei|Manufaktur)|(?:in|op|vanuit|bij) (?:ons|onze) (?:\p{L}*centrum|\p{L}*praktijk|kantoor|werven|werf|vestiging|zaak|kliniek|apotheek|salon|hotel|restaurant|bedrijf|atelier)|op (?:de|onze) werven?|(?:dans|à|au sein de) (?:notre|nos) (?:cabinet|étude|clinique|pharmacie|salon|atelier|\p{L}*centre)|en (?:nuestra|nuestro) (?:despacho|clínica|taller|consulta|farmacia|centro|obra|notaría)|Schichtdienst|Schichtbetrieb|(?:dans|sur|à) (?:notre|nos) (?:magasin|usine|entrepôt|site|agence|restaurant|hôtel|siège|boutique|locaux)|en (?:nuestra|nuestro|la|el) (?:tienda|planta|almacén|fábrica|sede|restaurante|hotel|clínica)|trabajo a turnos|in (?:de|onze) (?:winkel|vestiging|fabriek|magazijn|werkplaats|keuken)|ploegendienst)(?![\p{L}])/iu;

// Where nothing is said of remote or office days, work that can only be done where it happens
// says on site: a building site, a ward and its patients, a production line, a warehouse, a shop,
// rounds to clients' homes, shift patterns, the lorry a driver drives ("Truck Driver", "LKW-Fahrer",
// "chauffeur poids lourd", "conductor de camión", "vrachtwagen"), in the five languages. Read last,
// only when nothing else was said ("data warehouse" is software, not a place).
const WORK_HAPPENS_THERE = /(?<![\p{L}])(?:baustellen?|bauvorhaben|patient(?:en|innen)?|bewohner(?:innen)?|pflegebedürftige\p{L}*|touren|werkstatt|produktionshalle|lagerhalle|filiale|schichtsystem|chantiers?|patients?|résidents?|atelier|usine|entrepôt|[23]x8|ligne de production|tournées|(?:en|a pie de|jefe de|jefa de|de la|la) obra|obras|pacientes|residentes|planta de (?:producción|hospitalización)|taller|almacén|fábrica|bouwplaats(?:en)?|patiënten|cliënten|bewoners|(?:avond|nacht|weekend)diensten|werkplaats|magazijn|productie(?:hal|lijn|afdeling)?|fabriek|(?<!data )warehouse|production line|construction sites?|shop floor|wards?|\d+\s*(?:bedden|betten|lits|camas|beds)|(?:in het|im|à l['’]|en el) (?:ziekenhuis|krankenhaus|hôpital|hospital)|aan de (?:behandel)?stoel|chairside|am Behandlungsstuhl|au fauteuil|(?:tandarts|huisarts|dierenarts|groeps)praktijk|(?:Zahnarzt|Arzt|Tierarzt)praxis|cabinet (?:dentaire|médical|vétérinaire)|clínica (?:dental|veterinaria)|dental (?:practice|surgery)|trucks?|lorry|lorries|HGV|tractor-trailers?|LKW|Sattelz\p{L}*|Lastwagen|Lastzug|camions?|poids lourds?|semi-remorques?|camión|camiones|tráilers?|vrachtwagens?|bestelbus|trekker-oplegger)(?![\p{L}])/iu;

// Someone else's home is a place of work, not home working: "bij families thuis", "klanten thuis".
const OTHERS_HOME = /(?<![\p{L}])(?:bij\s+(?:de\s+|het\s+|onze\s+|hun\s+)?(?:\p{L}+\s+)?\p{L}+|klanten|cliënten|families|patiënten|bewoners|mensen)\s+thuis(?![\p{L}])/giu;
// A board's tag ("Kempten · Hybrid", "Regensburg (Hybrid)", "Temps plein · Télétravail partiel")
// or a labelled field: the board's words, not the listing's own text.
const HYBRID_WORD = /(?<![\p{L}])(?:hybrid\p{L}*|híbrid\p{L}*)(?![\p{L}])/giu;
const TAG_IN_BRACKETS = /\(\s*(?:hybrid\p{L}*|híbrid\p{L}*|remote|remoto|on-?site|in[- ]office|op locatie|sur site|présentiel|presencial|vor ort|télétravail[^()\n]{0,20})\s*\)/giu;

function ownText(text: string): string {
  return text
    .split('\n')
    .map((line) => (FIELD_LABEL.test(line) ? line.replace(HYBRID_WORD, '') : line))
    .filter((line) => {
      const parts = line.split(/\s+[·|/•]\s+|\s{3,}|\t/).map((p) => p.trim()).filter(Boolean);
      return parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 6);
    })
    .join('\n')
    .replace(TAG_IN_BRACKETS, ' ')
    .replace(OTHERS_HOME, ' ');
}

// A hybrid week has home days. A board's hybrid tag or field in a listing whose own text names no
// home, remote or hybrid work and no office days, and does name the place ("Deine Tage verbringst
// du im Büro und bei Besichtigungen vor Ort", "Poste sur site", "Hybride (kantoor en buiten)"),
// is a week split between the office and the field: on site.
function hybridWithoutHome(text: string): boolean {
  const own = ownText(text);
  if (ANY_REMOTE_WORD.test(own) || DAY_COUNT.test(own) || TEAM_DAY.test(own) || lineSays(own, (l) => WEEKDAY.test(l) && OFFICE_SIDE.test(l))) return false;
  return OTHER_ONSITE.test(own) || ONSITE.test(own) || ONSITE_STRONG.test(own) || OTHER_PLACE_BOUND.test(own);
}

/**
 * The workplace the listing states: hybrid when it says so or names office days, on site when it
 * says remote is not possible or names the place of work, remote when it says remote (also when
 * remote is offered as a choice, or with office visits once a month or rarer); null when it does
 * not say.
 * @example detectWorkplace('This is a fully remote role.') // 'remote'
 */
function statedWorkplace(whole: string): ListingWorkplace | null {
  const listing = whole.replace(DRIVE_HYBRID, ' ');
  const said = saidWorkplace(listing);
  return said === 'hybrid' && hybridWithoutHome(aboutWork(listing).replace(QUESTION, ' ')) ? 'onsite' : said;
}

function saidWorkplace(listing: string): ListingWorkplace | null {
  const text = aboutWork(listing).replace(QUESTION, ' ');
  if (OTHER_NOT_REMOTE.test(text) || HOME_DENIED.test(text) || HOME_NOT_THERE.test(text) || WHOLLY_AT_THE_PLACE.test(text)) return 'onsite';
  // A labelled field that says hybrid ("Modalidad: híbrida, …") is the listing's own answer, over a
  // board's tag ("En remoto · Jornada completa"); one that says on site ("Arbeitsort: Vor Ort")
  // names the place and still leaves room for the home days a line elsewhere gives.
  const field = fieldSays(text);
  if (field === 'hybrid') return field;
  if (lineSays(text, saysDaySplit)) return 'hybrid';
  if (OTHER_REMOTE.test(text)) return lineSays(text, saysCountedWeek) ? 'hybrid' : 'remote';
  // Field work with a weekly office day and no word of home ("Trabajo de campo con tus clientes; un
  // día a la semana en la oficina"): the other days are at clients', not at home.
  if (FIELD_WORK.test(text) && !ANY_REMOTE_WORD.test(text)) return 'onsite';
  // A count of days a week in the office or on site, in a listing that names no home, remote or
  // hybrid work anywhere, is the working week or the site visits, not a hybrid week ("Je bent 4
  // dagen per week bij ons op kantoor", "three to four days a week on site").
  // A question about remote work still names it ("Can I work fully remote? No: two days a week in
  // the office").
  if (lineSays(text, saysHybridWeek)) return [ANY_REMOTE_WORD, HOME_SIDE, /(?<![\p{L}])home(?![\p{L}])/iu].some((re) => re.test(listing)) ? 'hybrid' : 'onsite';
  if (lineSays(text, saysWeeklyDay)) return 'hybrid';
  const segment = field ?? boardSegment(text);
  if (segment) return segment;
  if (lineSays(text, saysRemoteChoice)) return 'remote';
  if (lineSays(text, (l) => (COMBINES.test(l) && (HOME_SIDE.test(l) || BARE_HOME.test(l)) || ALSO_HOME.test(l)) && OFFICE_SIDE.test(l))) return 'hybrid';
  if (OTHER_HYBRID.test(text) || OCCASIONAL_HOME.test(text)) return 'hybrid';
  if (OTHER_ONSITE.test(text)) return 'onsite';
  if (HYBRID.test(text)) return 'hybrid';
  if (NOT_REMOTE.test(text)) return 'onsite';
  const remote = REMOTE.test(text);
  if (remote && ONSITE_STRONG.test(text)) return 'hybrid';
  if (remote) return 'remote';
  if (ONSITE_STRONG.test(text) || ONSITE.test(text) || PLACE_BOUND.test(text) || OTHER_PLACE_BOUND.test(text) || WORK_HAPPENS_THERE.test(text) || ROUNDS.test(text)) return 'onsite';
  return null;
}

// Rounds to the customers, the farms or the homes the work is done at, in the five languages: "Je
// bezoekt bedrijven en particulieren", "you visit farms across the county", "Sie besuchen unsere
// Kunden", "vous vous rendez chez les particuliers", "visitarás a clientes de la zona". Read last,
// with the other places where the work happens.
const ROUNDS = /(?<![\p{L}])(?:(?:visit|visits|visiting|bezoek|bezoekt|besuchst|besuchen|besucht|visitez|visites|visiter|visitas|visita|visitar|visitarás|visitará)\s+(?:(?:je|jij|u|du|Sie|a)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:customers|clients|businesses|farms|households|homes|premises|bedrijven|klanten|particulieren|boerderijen|huishoudens|kunden|betriebe|höfe|haushalte|firmen|exploitations|entreprises|particuliers|clientes|empresas|explotaciones|particulares|domicilios)|(?:vous vous rendez|tu te rends|vous intervenez|tu interviens)\s+(?:[\p{L}'’-]+\s+){0,2}?chez|(?:en|a)\s+(?:casa|domicilio|las instalaciones)\s+del?\s+(?:los\s+)?clientes?|(?:at|on)\s+(?:customers?|clients?)['’]?\s+(?:sites|premises|homes))(?![\p{L}])/iu;

// Work at customers' sites as the job's form, in the five languages.
const FIELD_WORK = /(?<![\p{L}])(?:trabajo de campo|außendienst\p{L}*|sur le terrain|buitendienst\p{L}*|field[- ]based|field sales)(?![\p{L}])/iu;

// Any word for remote, home or hybrid work, or flexible working, anywhere in the listing.
const ANY_REMOTE_WORD = /(?<![\p{L}])(?:telearbeit\p{L}*|telework\p{L}*|remote\p{L}*|remot[oa]s?|(?:from|at) home|home[- ]?working|wfh|home[- ]?office|homeoffice|mobile[ns]? arbeit\p{L}*|mobil arbeiten|télétravail\p{L}*|à distance|teletrabajo|desde (?:tu |su )?(?:casa|domicilio)|von zu ?hause|(?:depuis|de) chez (?:vous|toi)|thuis(?:werk\p{L}*|kantoor)?|telewerk\p{L}*|vanuit huis|op afstand|hybrid\p{L}*|híbrid\p{L}*|flexib\p{L}* (?:working|work|werken|arbeiten|location)|anywhere|telecommut\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a whole listing is silent about remote work and so worked on site: a listing of some
 * length that names no remote, home, hybrid or flexible working anywhere. An employer who lets
 * people work away from the place says so, so such a listing is worked where the employer is (a
 * shop, a ward, a kitchen, an office). A sentence or a fragment says nothing. A listing's length is
 * counted in its lines and sentences together, so a listing written in a few paragraphs is as whole
 * as one written in bullets; a hybrid vehicle says nothing of the workplace.
 * Read only when `detectWorkplace` found no statement.
 * @example silentOnRemote('Cook wanted, apply in store.') // false: a fragment, not a listing
 */
export function silentOnRemote(text: string): boolean {
  const parts = text.split(/\n|(?<=[.!?;])\s+(?=[^\p{Ll}\d])/u).filter((l) => l.trim().length > 0).length;
  if (text.trim().length < 300 || parts < 6) return false;
  return !ANY_REMOTE_WORD.test(aboutWork(text));
}

/**
 * Where a listing's work happens: what the listing states (see the rules above), else remote when
 * the page declares the job remote (a JobPosting's TELECOMMUTE), else on site for a whole listing
 * silent on remote work (`silentOnRemote`), else null. The listing tab, the culture-fit check and
 * the people service all read this one answer.
 * @example detectWorkplace('Hybrid: two days a week in our Leeds office.') // 'hybrid'
 */
export function detectWorkplace(listing: string, declaredRemote = false): ListingWorkplace | null {
  // The board's list of other jobs and its search filters under it say nothing of this job.
  const own = withoutOtherJobs(listing);
  return statedWorkplace(own) ?? (declaredRemote ? 'remote' : silentOnRemote(own) ? 'onsite' : null);
}
