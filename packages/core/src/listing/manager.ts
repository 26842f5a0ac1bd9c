import { countWordsOf } from '../number-words';
import { NEGATION_WORD } from './negation';
import { COUNTED_TEAM_LINE, SEPARABLE_WITH_COUNTED, SUPERIOR_GATE, SUPERIOR_OF_COUNTED, UNIT_WITH_COUNTED, WORKS_ALONE } from './manager-counted';
import { CHARGE_OF_COUNTED_GROUP, readersOwnLeader, REPORTS_TO_FIRST_LINE } from './manager-structure';
import { LEAD_STEM, LEADING_DENIED, LEADS_PEOPLE, LEADS_PEOPLE_GATES, ledBySomeoneElse, namesTitle, NOT_OTHERS, STEER_STEM } from './leading';

/** The manager-role call and the phrases that decided it. */
export interface ManagerCall {
  isManagerRole: boolean;
  managerSignals: string[];
}

// Titles with "manager" in them that manage a thing, not people (accounts, products, projects,
// a caseload): the title alone says nothing; the body decides.
const TRAP_TITLE_OTHER = /(?<![\p{L}])(key ?account ?manager|accountmanager|produktmanager\p{L}*|productmanager|projektmanager\p{L}*|projectmanager|projektleit\p{L}*|chef de projet|cheffe de projet|jef[ea](\/a)? de proyecto|jef[ea](\/a)? de proyectos|online marketing manager|online marketeer|responsable (de )?(grands comptes|comptes?|cuentas( clave)?|clientèle)|gerente de cuentas)(?![\p{L}])/iu;
const TRAP_TITLE = /(?<!\b(?:front|back)[- ])\b(account|accounts|office|product|products|project|projects|program|programme|case|property|social media|community|brand|content|campaign|relationship|portfolio|asset|care|category|release|configuration|change|territory|client|partner|partnership|channel|events?|grants?|contracts?|risk|data|records|solutions|success|engagement|implementation|incident|escalation|vendor|seo|email|growth|lifecycle|marketing automation|utilization|credit|wealth|investment|fund|media|communications|digital|payroll|benefits|compensation|pricing|title|claims|loan|estate)\s+manager\b/i;
const MANAGER_TITLE = /\b(manager|director|head of|supervisor|superintendent|foreman|forewoman|vice president|vp\b|chief [a-z ]*officer|c[eotfi]o\b|department head|dean|principal\s+(of|at)\b|(school|assistant|vice)[- ]principal|charge nurse|nurse manager|general manager|store manager|chef de cuisine|executive chef|head chef)\b/i;
// A German compound is the noun it ends in, and "-leiter" or "-leitung" ends a leader's title only
// when what comes before it is a unit led ("Filial-", "Küchen-", "Pflegedienst-"). Before it, a
// particle of another verb makes another noun: "begleiten" (Schulbegleiter), "anleiten"
// (Praxisanleiter), "ableiten", "einleiten", "überleiten", "umleiten", "weiterleiten", "zuleiten",
// "durchleiten"; and a conduit or a medium makes "Leiter" a conductor and "Leitung" a line or a
// pipe: "Halbleiter", "Rohrleitung", "Freileitung", "Stromleitung", "Hochspannungsleitung".
const NOT_A_LEADERS_PART =
  'beg|an|ab|ein|über|um|weiter|zu|durch|fort|halb|supra|rohr|strom|wasser|gas|frei|fern|daten|kabel|wärme|spannungs|versorgungs|heizungs|dampf|druck|luft|kälte|faser';
// The same in German, French, Spanish and Dutch, and "Lead X" / "X Lead" roles that lead a team's
// work (not "Lead Generation").
const MANAGER_TITLE_OTHER = new RegExp(String.raw`(?<![\p{L}])(\p{L}*(?<!${NOT_A_LEADERS_PART})leiter(in)?|\p{L}*(?<!${NOT_A_LEADERS_PART})leitung|jef[ea](\/a)? de|teamlead\p{L}*|team lead(er)?|tech lead|teamleider|afdelingshoofd|hoofd|head|responsable|directeur|directrice|director[a]?|chef d['’]équipe|cheffe d['’]équipe|jef[ea] de equipo|jef[ea] de administración|gerente|coordinador[a]? de equipo|manager (klantenservice|support|engineering)|(sales|operationeel) ?manager|engineering manager|lead(?!\s+(generation|gen)\b)|\p{L}+ lead)(?![\p{L}])`, 'iu');
// A German compound is the noun it ends in: "Schulbegleiter" and "Schulbegleitung" accompany a
// pupil ("begleiten"), a "Praxisanleiter" instructs trainees ("anleiten"), a "Halbleiter" is a
// part; none is a "Leiter" or a "Leitung" of people. The same support and care roles in the other
// languages ("accompagnant", "acompañante", "begeleider", "support worker") carry no leader's letters.
// Dutch and German run the unit into the word ("Vestigingsmanager", "Filialmanagerin"): such a
// compound leads people unless its first part is a thing managed, as in the English traps.
const COMPOUND_MANAGER = /(?<![\p{L}])\p{L}{3,}manager(?:in)?(?![\p{L}])/iu;
const COMPOUND_TRAP = /(?<![\p{L}])(?:key)?(?:account|product|produkt|project|projekt|program|programm|category|categorie|kategorie|content|community|campagne|kampagnen|event|brand|marken|merk|contract|vertrags|relatie|relation|office|data|risk|risico|risiko|release|change|incident|marketing|online|media|case|casus|portfolio|portefeuille|asset|credit|krediet|kredit|fonds|fund|pricing|payroll|salaris|innovatie|innovations|qualitäts|kwaliteits|quality)manager/iu;
// Role nouns that by themselves name the supervisor of a crew, a shift, a shop, a kitchen, a ward
// or a housekeeping team, in the five languages: the title says the role leads people even when
// the body never does. Each needs its unit where the bare noun is also an IC title ("encargado de
// mantenimiento" does the upkeep; "encargado de tienda" runs the shop).
const SUPERVISOR_NOUN = new RegExp(
  [
    // es
    'encargad[oa](?:/[oa])? (?:de|del) (?:la |el )?(?:tienda|turno|sala|equipo|almacén|cocina|obra|sección|planta|local|restaurante|establecimiento|producción|brigada|cuadrilla|sucursal|agencia|delegación|filial)',
    'gobernant[ae]', 'capataz', 'supervis(?:or|ora|ores)(?:/a)?', 'coordinador(?:a|/a|\\(a\\))? de (?:equipo|turno|planta|enfermería|centro|escuela|guardería|residencia)',
    // nl
    'ploegverantwoordelijke', 'ploegleid(?:er|ster)', 'ploegbaas', 'ploegchef', 'shiftleider', 'teamverantwoordelijke', '(?:meewerkend )?voorman', 'leidinggevende', 'chef-kok', 'chef (?:bediening|winkel|werkplaats|magazijn|keuken)',
    // de
    'vorarbeiter(?:in)?', 'polier(?:in)?', '\\p{L}*(?:schicht|kolonnen|gruppen|trupp|zug|team|bau|rotten|mannschafts)führer(?:in)?', 'küchenchef(?:in)?', 'hausdame', 'stationsleitung', 'teamleitung',
    // fr
    'gouvernante', 'contremaître(?:sse)?', 'chef(?:fe)? de (?:quai|rayon|chantier|poste|secteur|atelier|brigade|cuisine)', 'responsable d[\'’]équipe', 'superviseu(?:r|se)', 'encadrant(?:e)?', 'cadre de santé', 'agent de maîtrise',
    // en
    'shift manager', 'crew chief', 'executive housekeeper', 'head housekeeper', 'ward sister', 'ward manager',
  ].map((w) => w.replace(/ /g, '\\s+')).join('|'),
  'iu',
);
const SUPERVISOR_TITLE = new RegExp(`(?<![\\p{L}])(?:${SUPERVISOR_NOUN.source})(?![\\p{L}])`, 'iu');
const WEAK_TITLE = /\b(team lead(er)?|shift lead(er)?|crew lead(er)?|lead (teacher|carpenter|technician|cook|electrician|mechanic|nurse)|captain|assistant manager|assistant store manager|key holder|keyholder)\b/i;

// A leader's word in a title may be only what the title's head noun governs: "Assistenz der
// Geschäftsleitung", "Executive Assistant to the CEO", "Secretaresse van de directeur", "Asistente
// de la gerente", "Assistante du directeur". The role is the head before the article; a deputy
// ("Stellvertretung der Filialleitung", "adjoint au directeur") stands in for the leader and is read.
const GOVERNED_LEADER = /^(?<head>.*?\p{L}.*?)\s+(?:der|des|to\s+the|to|of\s+the|de\s+la|de|del|du|au|à\s+la|van\s+de|van\s+het|van)\s+(?<rest>.+)$/iu;
const DEPUTY = /(?<![\p{L}])(?:stellvertret\p{L}*|stv\.?|deputy|vice|adjoint\p{L}*|adjunt\p{L}*|sous|plaatsvervangend\p{L}*|assistant\s+(?:store\s+|general\s+)?manager)(?![\p{L}])/iu;

function governedLeader(title: string): boolean {
  const m = GOVERNED_LEADER.exec(title.replace(/\s*\((?:m|w|f|h|d|x|all genders?)[^)]*\)/giu, ' ').trim());
  if (!m?.groups) return false;
  const { head, rest } = m.groups as { head: string; rest: string };
  const leads = (t: string): boolean => MANAGER_TITLE.test(t) || MANAGER_TITLE_OTHER.test(t) || SUPERVISOR_TITLE.test(t) || COMPOUND_MANAGER.test(t);
  return !leads(head) && !DEPUTY.test(head) && leads(rest);
}

interface Pattern {
  re: RegExp;
  weight: number;
  label?: string;
}

// Weights: 3 = says outright that people report to this role; 2 = managing people is part of
// the job; 1 = a hint (mentoring, scheduling). The role is a manager role at a total of 3.
const POSITIVE: Pattern[] = [
  { re: /(?<!\b(no|without|zero|not have any|not have|any)\s)\bdirect reports?\b/i, weight: 3 },
  { re: new RegExp(String.raw`\b(?=manag|lead|supervis|oversee|overse|direct|run|build and lead|build and manage|hire and lead)${NOT_OTHERS}(manag|lead|supervis|oversee|overse|direct|run|build and lead|build and manage|hire and lead)\w*\s+(and\s+\w+\s+)?(a|the|an|our|your|their)?\s*((small|growing|high[- ]performing|global|distributed|local|dedicated|talented|diverse|cross[- ]functional|multidisciplinary|remote|new|large|busy|[a-z]+)\s+){0,2}(team|staff|group|department|crew|squad|unit|workforce|organi[sz]ation)\s+of\s+(\d+|${countWordsOf('en')}|several|multiple|[a-z]+\s+(engineers|nurses|people|employees|staff))`, 'iu'), weight: 3, label: 'manages a team of' },
  { re: new RegExp(String.raw`\b(?=manag|supervis|lead|oversee)${NOT_OTHERS}(manag|supervis|lead|oversee)\w*\s+(a\s+team\s+of\s+)?(\d+|${countWordsOf('en')})\+?\s+([a-z-]+\s+){0,2}(engineers|developers|people|employees|staff|nurses|associates|analysts|designers|technicians|teachers|reps|representatives|agents|managers|accountants|specialists|workers|cashiers|scientists|researchers|consultants|recruiters|coordinators|drivers|electricians|cooks|clinicians|direct reports)\b`, 'iu'), weight: 3, label: 'manages N people' },
  { re: /(?<!\b(no|not a|without)\s)\bpeople[- ](manager|management|leader|leadership)\b/i, weight: 3 },
  { re: /(?<!\b(no|not|without|doesn('|’)t include|does not include|isn('|’)t a)\s)\bline[- ]manag(e|er|ement|ing)\b(?!\s+(role|responsibilit\w*|sits|rests|lies|stays|remains|is held|will sit|will stay|will remain|will rest)\b)/i, weight: 3 },
  // People report to the role; "reports" sent, generated or read is a document, not a person:
  // "the system sends weekly reports to you", "customers email their reports to you".
  { re: /(?<!\b(nobody|no one|no-one|none)\s)(?<!\b(?:the|a|an|these|those|their|its|our|your|any|all|weekly|daily|monthly|quarterly|regular|automated|status|usage|sales|error|incident|send|sends|sent|sending|deliver|delivers|delivered|generate|generates|generated|email|emails|emailed|forward|forwards|forwarded|submit|submits|submitted|push|pushes|route|routes|routed)\s)\b(report(s|ing)? (directly )?(in)?to (you|this (role|position|person))|will have \d+ (people|employees|reports))\b/i, weight: 3 },
  { re: /\b(hire|hiring|recruit|recruiting|recruitment of)\b[^.;\n]{0,40}\b(develop|developing|train|training|coach|coaching|mentor|mentoring|retain|retaining|manag\w*|supervis\w*|lead|leading|onboard\w*|grow|growing)\b[^.;\n]{0,20}\b(team|staff|talent|employees|engineers|people|members|associates|crew|nurses|teachers|direct reports|them)\b/i, weight: 2, label: 'hires and develops staff' },
  { re: /\b(responsible for|accountable for)\s+(the\s+)?(hiring|recruiting|staffing|performance (reviews|evaluations|management))\b/i, weight: 2 },
  { re: /\b(conduct|conducting|write|writing|deliver|complete|completing)\s+(annual\s+|regular\s+|quarterly\s+)?(performance (reviews|evaluations|appraisals)|staff (reviews|evaluations))\b/i, weight: 2 },
  { re: /\b(supervis\w*|overseeing|oversee|oversees|managing|manage|manages|lead|leading|leads|direct|directing)\s+(and\s+\w+\s+)?(the\s+|a\s+|our\s+|all\s+|daily\s+|day-to-day\s+)?(work\s+of\s+)?((clinical|nursing|front[- ]desk|floor|store|kitchen|warehouse|field|support|sales|engineering|shift|office|production|maintenance|administrative|hourly|retail|restaurant|department|unit|program|customer service)\s+)?(staff|employees|personnel|workers|associates|crew|crews|technicians|team members|workforce|direct reports|managers|supervisors|team leads)\b/i, weight: 2, label: 'supervises staff' },
  { re: /\b(build|grow|scale|building|growing|scaling)\s+(and\s+(lead|manage|mentor)\s+)?(out\s+)?(a|the|our|your)\s+([a-z-]+\s+){0,2}(team|organi[sz]ation|department)\b/i, weight: 2, label: 'builds the team' },
  // A team of a stated size that the role coordinates, steers or frames ("coordinará a un equipo de
  // 18", "stuurt een team van 6", "encadrer une équipe de 5", "führen ein Team von 8").
  { re: new RegExp(String.raw`(?<![\p{L}])(?:${STEER_STEM}|${LEAD_STEM})\s+(?:(?:à|a|al)\s+)?(?:ein|eine|einem|un|una|une|een|het|el|la|l['’]|das|den|dein|ihr|votre|vuestro|tu|je)\s*(?:\p{L}+\s+)?(?:team|teams|equipo|équipe|gruppe|groep|plantilla)\s+(?:de|d['’]|van|von|aus|mit|met|of)\s*(?:rund |ca\.? |environ |unos |unas |zo'n |circa )?(?:\d+|${countWordsOf('de', 'fr', 'es', 'nl')})(?![\p{L}])`, 'iu'), weight: 3, label: 'coordinates a team of N' },
  { re: /(?<![\p{L}])(?:evaluar(?:á|ás|an)?|valorar(?:á|ás)?|beoordeel\p{L}*|évalu\p{L}*|beurteil\p{L}*|bewert\p{L}*)\s+(?:el desempeño|la actuación|de prestaties|les performances|la performance|die Leistung)\s+(?:de|del|van|des|de la|der)\s+(?:su |tu |je |vos |ihrer |deiner |los |las |l['’]|la |le |les |het |de )?(?:personal|equipo|equipe|équipe|team|teamleden|medewerkers|collaborateurs|Mitarbeitenden|Mitarbeiter\p{L}*|enfermer\p{L}*|empleados|trabajadores)/iu, weight: 3, label: 'reviews staff performance' },
  { re: /\b(span of control|headcount|staffing levels|staffing plans?)\b/i, weight: 1 },
  { re: /\b(schedul\w*|assign\w*)\s+(and\s+\w+\s+)?(staff|shifts|employees|team members|work to (the )?(team|staff|crew))\b/i, weight: 1, label: 'schedules staff' },
  { re: /\b(coach\w*|mentor\w*|develop\w*|motivat\w*|inspir\w*)\s+(and\s+\w+\s+)?(a\s+|the\s+|your\s+|our\s+)?(team|staff|direct reports|team members|employees)\b/i, weight: 1, label: 'coaches the team' },
  { re: /\b(discipline|disciplinary action|terminations?|corrective action)\b/i, weight: 1 },
  // German, French, Spanish, Dutch: leading people, hiring, reviews, budget and headcount.
  { re: /(?<!(ohne|keine|kein|ohne disziplinarische)\s)(Führungsverantwortung|Personalverantwortung|Teamverantwortung|disziplinarische (und fachliche )?Führung|fachlich und disziplinarisch|(führst|führen|leitest|leiten)( du| Sie)? (ein|das|dein|Ihr|unser|die) ((\p{L}+-?)?(Team|Gruppe|Abteilung)|Bereich)|(Führung|Leitung) (eines|des) Teams|(leiten|führen|leitest|führst) (den Bereich|die Abteilung|die Gruppe|unser\p{L}*) [^.\n]{0,60}mit (rund |ca\. |etwa )?\d+ (Mitarbeitenden|Mitarbeiter\p{L}*|Beschäftigten))(?!\s+(gehört nicht|hast du keine|haben Sie keine|liegt bei|bleibt bei|verbleibt bei|obliegt))/iu, weight: 3, label: 'leads people (de)' },
  // Authority over people's line, held by the role: responsibility or authority named disciplinary
  // or hierarchical, with a verb of holding it said to the reader ("Sie tragen die disziplinarische
  // Verantwortung für …", "you hold disciplinary responsibility for …", "vous avez la
  // responsabilité hiérarchique des …", "tendrás la responsabilidad jerárquica del …", "je draagt de
  // hiërarchische verantwoordelijkheid voor …"). Held by someone else, or over the reader ("für
  // dich", "for you"), it is not the role's.
  { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:Sie|du)\s+(?:tragen|trägst|haben|hast|übernehmen|übernimmst)|(?:tragen|haben|übernehmen)\s+Sie|(?:trägst|hast|übernimmst)\s+du|Ihnen\s+obliegt|dir\s+obliegt|you(?:['’]ll| will)?\s+(?:hold|have|take|carry|bear|assume)|(?:vous\s+)?(?:avez|aurez|assumez|assumerez|portez|porterez|exercez|exercerez)|tu\s+(?:as|auras|assumes|exerces)|(?:tendrás|tienes|asumirás|asumes|ostentarás|ejercerás|llevarás)|(?:heb|hebt|draag|draagt|krijg|krijgt)\s+(?:je|jij|u)|(?:je|jij|u)\s+(?:hebt|draagt|krijgt))\s+(?:(?!(?:pas|not|no|kein\p{L}*|nicht|geen|niet|aucun\p{L}*|ningun\p{L}*|ningún|never|jamais|nunca|nooit)\s)\p{L}+\s+){0,2}?(?:die\s+|the\s+|la\s+|de\s+|l['’])?(?:disziplinarische\p{L}*\s+(?:und\s+fachliche\s+)?(?:Verantwortung|Vorgesetztenfunktion|Personalverantwortung)|disciplinary\s+(?:and\s+\p{L}+\s+)?(?:responsibility|authority)|responsabilit[ée]\s+hiérarchique|autorité\s+hiérarchique|responsabilidad\s+jerárquica|autoridad\s+jerárquica|hiërarchische\s+(?:verantwoordelijkheid|leiding))(?![\p{L}])(?!\s+(?:für|for|de|sur|over|voor|sobre)\s+(?:dich|Sie|you|vous|toi|ti|usted|jou|je|u)(?![\p{L}]))`, 'iu'), weight: 3, label: 'holds disciplinary responsibility' },
  { re: /(Mitarbeitergespräche|Mitarbeiter(innen)?gespräche|neue Teammitglieder ein|Budget und die Personalplanung|Budgetverantwortung)/iu, weight: 3, label: 'reviews, hiring or budget (de)' },
  { re: /(?<!(pas de fonction d['’]|sans ))(vous encadrez|encadrement d['’]une équipe|management d['’](une )?équipe|vous managez|pilotez une équipe|animation et management)/iu, weight: 3, label: 'leads people (fr)' },
  { re: /(entretiens (annuels|individuels)|recrutement et (de )?l['’]évaluation|le budget et les effectifs)/iu, weight: 3, label: 'reviews, hiring or budget (fr)' },
  { re: /(?<!(sin|no incluye|no tendrás)\s)(liderarás un equipo|gestión de equipos|personas a (tu )?cargo|dirigirás un equipo|gestionarás a un equipo|gestionarás el equipo|dirigiendo equipos|liderando equipos|dirigir y motivar a un equipo|liderar (el|un|nuestro) (equipo|departamento))/iu, weight: 3, label: 'leads people (es)' },
  { re: /(evaluaciones de desempeño|presupuesto y la plantilla|la contratación y)/iu, weight: 3, label: 'reviews, hiring or budget (es)' },
  // Spanish says whom the role has in its charge with "a tu/su cargo" on either side of the headcount
  // ("12 operarios a tu cargo", "tendrás a tu cargo a 6 técnicos"), or puts the headcount of the
  // team it directs in brackets ("dirigir el equipo de la tienda (9 personas)").
  { re: new RegExp(String.raw`(?=\d|a\s|dirig|lider|gestion|coordin|supervis|${countWordsOf('es')})(?<!(?:sin|ningún|ninguna|no tendrás|no tiene)\s(?:\p{L}+\s){0,2})(?:(?<![\p{L}\d])(?:\d+|${countWordsOf('es')})\s+(?:\p{L}+\s+){0,2}a\s+(?:tu|su)\s+cargo|a\s+(?:tu|su)\s+cargo\s+(?:a\s+)?(?:un equipo|(?:\d+|${countWordsOf('es')})\s+\p{L}+)|(?<![\p{L}])(?:dirig|lider|gestion|coordin|supervis)\p{L}*\s+(?:a\s+)?(?:el|al|un|tu|su|nuestro)\s+equipo(?:\s+\p{L}+){0,4}\s*\(\s*\d+\s+(?:personas|empleados|trabajadores|operarios|técnicos|comerciales|agentes))`, 'iu'), weight: 3, label: 'people in their charge (es)' },
  { re: new RegExp(String.raw`(?<!(zonder|geen)\s)(geeft leiding|leidinggeven aan|leiding geven aan|stuurt een team|stuur(?:t| je) (?:\d+|${countWordsOf('nl')}) \p{L}+ aan|aansturen van (?:\d+|een team|het team)|directe medewerkers onder je|hiërarchisch (?:leidinggevende van|verantwoordelijk voor)|(?:vallen|valt) hiërarchisch onder (?:jou|je)(?![\p{L}]))`, 'iu'), weight: 3, label: 'leads people (nl)' },
  { re: /(functioneringsgesprekken|beoordelingsgesprekken|jaargesprekken|aannemen en coachen|budget en de formatie)/iu, weight: 3, label: 'reviews, hiring or budget (nl)' },
  // The yearly review of people the role has in its charge, said with "their" in five languages:
  // "carry out their annual appraisals", "participez à leur évaluation annuelle", "sus evaluaciones
  // anuales", "ihre jährlichen Beurteilungen", "hun jaarlijkse beoordeling".
  { re: /(?<![\p{L}])(?:their|leurs?|sus?|ihre|deren|hun)\s+(?:(?:annual|yearly|mid-year|six-monthly|half-yearly|twice-yearly|biannual|quarterly|jährlichen|halbjährlichen|annuelles?|semestrielles?|anual(?:es)?|semestrales?|jaarlijkse|halfjaarlijkse)\s+)?(?:appraisals?|performance reviews?|one-to-ones|évaluations?(?: annuelles?| individuelles?)?|entretiens (?:annuels|individuels)|evaluaci(?:ón|ones)(?: anual(?:es)?| del desempeño)?|Beurteilung(?:en)?|Mitarbeitergespräche|Jahresgespräche|Mitarbeiterjahresgespräche|beoordeling(?:en)?|functioneringsgesprek\p{L}*)(?![\p{L}])/iu, weight: 3, label: 'reviews the people in its charge' },
  // The role holds the yearly reviews itself, said with the verb of holding them and no possessive:
  // "conduct the annual appraisals", "führen die Beurteilungsgespräche", "menez les entretiens
  // professionnels", "haces … las evaluaciones anuales" (Dutch "jaargesprekken" is read above).
  // Reviews the employer holds with the applicant ("Wir führen Beurteilungsgespräche mit dir") are
  // not read, nor a key account's "Jahresgespräche", the yearly terms agreed with a retailer.
  { re: /(?<![\p{L}])(?:(?:conduct|conducts|conducting|carry out|carries out|carrying out|hold|holds|holding|complete|completes|completing)\s+(?:the\s+|all\s+)?(?:annual\s+|yearly\s+|mid-year\s+|regular\s+)?(?:appraisals|performance reviews|staff reviews|one-to-ones)|(?<!(?:wir|Wir)\s)(?:führ(?:e|st|t|en)|durchführ\p{L}*|Durchführung|Führen)\s+(?:(?:du|Sie|der|die|von|auch|alle|regelmäßig|jährlich)\s+){0,3}(?:jährlichen\s+|regelmäßigen\s+)?(?:Mitarbeiterjahres|Mitarbeiter|Beurteilungs|Zielvereinbarungs|Feedback|Entwicklungs)gespräch\p{L}*(?!\s+mit\s+(?:dir|Ihnen|euch))|(?:voer|voert)\s+(?:je\s+|jij\s+|u\s+)?(?:(?!met\s+(?:jou|je|u)(?![\p{L}]))\p{L}+\s+){0,4}?(?:het|de|alle)\s+(?:jaarlijkse\s+|halfjaarlijkse\s+)?(?:functionerings|beoordelings|jaar|voortgangs)gesprek(?:ken)?|(?:men|condui|réalis|effectu)\p{L}*\s+(?:les\s+|l['’])?entretiens\s+(?:professionnels|d['’]évaluation|annuels)|(?:haces|harás|hace|hará|realizas|realizarás|realiza|realizará|llevas a cabo|llevarás a cabo|llevará a cabo)\s+[^.;:!?\n]{0,80}?(?<![\p{L}])(?:las\s+)?evaluaciones\s+(?:anuales|semestrales|del personal|del equipo))(?![\p{L}])/iu, weight: 3, label: 'holds the reviews' },
  // People put in the role's charge: "sous votre responsabilité deux chefs de chantier", "bajo tu
  // responsabilidad a 6 técnicos", "supervise our day-shift technicians".
  { re: /(?:sous (?:votre|ta) responsabilit[ée]|bajo (?:tu|su) responsabilidad(?: a)?|onder (?:jouw|je) verantwoordelijkheid|supervis(?:e|es|ing)\s+(?:our|the|a|all))\s+(?:[\p{L}\d-]+\s+){0,3}(?:chefs?|techniciens|collaborat\p{L}*|personnes|agents|salariés|compagnons|opérat\p{L}*|équipes?|técnicos|operari[oa]s|personas|empleados|trabajadores|technici|medewerkers|monteurs|technicians|engineers|nurses|staff|operators|drivers|associates|agents|workers|cleaners|crews?|teams?)(?![\p{L}])/iu, weight: 3, label: 'people in its charge' },
  // A verb of leading and a headcount of people in its charge, in one clause and five languages:
  // "encadrez l'équipe soignante : 8 infirmiers", "je stuurt onze ploeg (10 tot 14 man) aan",
  // "tendrá a su cargo a los 3 encargados", "führen Sie 6 Monteure". Coordinating or working
  // beside people is not leading them, so those verbs are not read.
  { re: new RegExp(String.raw`(?<![\p{L}])(?:${LEAD_STEM}|a (?:tu|su) cargo)(?![\p{L}])[^.;!?\n]{0,70}?(?<![\p{L}\d.,])\d{1,3}(?:\s*(?:tot|à|a|bis|to|-|–)\s*\d{1,3})?\s+(?:[\p{L}-]+\s+)?(?:man|personen|mensen|medewerkers|mitarbeite\p{L}*|beschäftigte|kolleg\p{L}*|monteur\p{L}*|mechaniker\p{L}*|köch\p{L}*|personnes|infirmi\p{L}*|aides?-soignant\p{L}*|collaborat\p{L}*|agents|salariés|techniciens|personas|trabajadores|encargad\p{L}*|oficiales|operari\p{L}*|técnicos|cocineros|enfermer\p{L}*|people|staff|employees|nurses|technicians|operatives|engineers|direct reports|timmerlieden|vaklieden|verpleegkundigen)(?![\p{L}])`, 'iu'), weight: 3, label: 'leads a counted team' },
  // A verb of leading, the team, and its headcount in brackets after it: "coordinar el equipo de
  // soporte (5 agentes)", "encadrer l'équipe de nuit (4 opérateurs)", "lead the night team (6 pickers)",
  // "coordinar a las cuadrillas de cosecha (18 operadores)", "encadrer les équipes de pose (9 poseurs)".
  { re: new RegExp(String.raw`(?<![\p{L}])(?:${STEER_STEM}|${LEAD_STEM})\s+(?:a\s+)?(?:el|al|la|l['’]|les|los|las|sus|tus|vos|nos|het|de|das|die|den|the|your|our|tu|su|votre|ton|je|ihr|dein)\s+(?:\p{L}+\s+){0,1}(?:equipo|équipe|team|ploeg|afdeling|dienst|gruppe|abteilung|department|crew|cuadrilla|brigade|brigada|kolonne|squad)(?:s|n|en|es)?(?:\s+[^()\n.;]{0,50})?\s*\(\s*(?:\d{1,3}|${countWordsOf('en', 'de', 'fr', 'es', 'nl')})\s+\p{L}+`, 'iu'), weight: 3, label: 'leads a team of a stated size' },
  // French "encadrer" is to have people in one's charge: "encadrer les deux techniciens", "encadrez
  // les chefs d'équipe et les compagnons".
  { re: new RegExp(String.raw`(?<![\p{L}])encadr(?:er|ez|e|ent|era|erez|eras)\s+(?:les|l['’]|une|un|des|vos|nos|ses|leurs|\d+|${countWordsOf('fr')})\s+(?:[\p{L}'’-]+\s+){0,2}(?:équipes?|techniciens?|chefs?|compagnons|collaborat\p{L}*|agents|opérat\p{L}*|salariés|personnes|soignants|infirmi\p{L}*|vendeu\p{L}*|conseill\p{L}*|ouvriers|employés|apprentis)(?![\p{L}])`, 'iu'), weight: 3, label: 'leads people (fr)' },
  // Dutch splits "aansturen": "je stuurt het team aan", "stuur je de ploeg van zes aan".
  { re: /(?<![\p{L}])stuur(?:t)?\s+(?:je|jij|u)?\s*(?:het|een|de|je|jouw|ons|onze)\s+(?:\p{L}+\s+)?(?:team|ploeg|afdeling|dienst|medewerkers)(?:\s+[^.;\n]{0,50}?)?\s+aan(?![\p{L}])/iu, weight: 3, label: 'leads people (nl)' },
  ...LEADS_PEOPLE.map((re) => ({ re, weight: 3, label: 'leads people' })),
  { re: CHARGE_OF_COUNTED_GROUP, weight: 3, label: 'holds a group, its members counted' },
  // The role keeps the time of the people in its charge: it signs off, approves or plans their
  // time sheets, rota, leave or shifts ("sort their rota, sign off their holidays", "planst ihre
  // Einsätze und Urlaube", "validez leurs feuilles d'heures", "cuadras sus turnos y vacaciones",
  // "tekent hun urenbriefjes af"). Holidays, a customer's as much as a worker's, need a verb of
  // approving; planning someone's holidays is a travel agent's work.
  { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:sign(?:s|ing)?\s+off|approv\p{L}*|authori[sz]\p{L}*|plan(?:s|ning)?|sort(?:s|ing)?(?:\s+out)?|draw(?:s|ing)?\s+up|set(?:s|ting)?|agree(?:s|ing)?|look(?:s|ing)?\s+after|organi[sz]\p{L}*|keep(?:s|ing)?)\s+(?:\p{L}+\s+){0,2}?(?:their|his or her)\s+(?:\p{L}+\s+)?(?:time ?sheets|rotas?|shift patterns?|leave|overtime|absences?)|(?:sign(?:s|ing)?\s+off|approv\p{L}*|authori[sz]\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:their|his or her)\s+(?:holidays?|holiday requests)|(?:planst|plant|planen|genehmig\p{L}*|zeichnest|erstellst|erstellen|regelst|regeln)\s+(?:\p{L}+\s+){0,2}?(?:ihre|deren)\s+(?:Einsätze|Dienstpläne|Schichtpläne|Stundenzettel|Arbeitszeiten|Schichten|Abwesenheiten)|genehmig\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ihre|deren)\s+Urlaub\p{L}*|(?:valid\p{L}*|sign\p{L}*|planifi\p{L}*|établi\p{L}*|approuv\p{L}*)\s+(?:\p{L}+\s+){0,2}?leurs\s+(?:feuilles d['’]heures|relevés d['’]heures|plannings?|congés|absences|horaires)|(?:cuadr\p{L}*|planific\p{L}*|aprueb\p{L}*|aprob\p{L}*|firm\p{L}*|llev\p{L}*|valid\p{L}*)\s+(?:\p{L}+\s+){0,2}?sus\s+(?:turnos|horas|cuadrantes|horarios|ausencias|permisos)|(?:aprueb\p{L}*|aprob\p{L}*|autoriz\p{L}*|firm\p{L}*)\s+(?:\p{L}+\s+){0,2}?sus\s+vacaciones|(?:teken\p{L}*|keur\p{L}*|plan\p{L}*|maak\p{L}*|beheer\p{L}*)\s+(?:\p{L}+\s+){0,2}?hun\s+(?:urenbriefjes|urenstaten|uren|roosters?|verlof|vakantie\p{L}*|diensten))(?![\p{L}])`, 'iu'), weight: 3, label: 'keeps the time of the people in its charge' },
  // People placed under the role, said from their side: "Ihnen sind drei Gerätewarte unterstellt",
  // "Ihnen sind die sechs Mechatroniker und die beiden Auszubildenden direkt unterstellt" (German
  // puts the whole subject, however long, between "sind" and "unterstellt"), "Unterstellt sind Ihnen …",
  // "zwei Kellergehilfen sind dir direkt unterstellt", "deux techniciens vous sont rattachés", "los técnicos reportarán a ti", "vier monteurs vallen
  // onder jou", "two fitters report directly to you". "Die Stelle ist der Leitung unterstellt" puts
  // the role under someone else and is not read.
  { re: /(?<![\p{L}])(?:(?:Ihnen|dir|euch)\s+(?:sind|ist|werden|wären)\s+(?:[\p{L}\d-]+\s+){0,10}?(?:unterstellt|disziplinarisch zugeordnet)|unterstellt\s+(?:sind|ist|werden)\s+(?:Ihnen|dir|euch)|(?:sind|ist|werden|wären)\s+(?:Ihnen|dir|euch)\s+(?:(?:direkt|unmittelbar|fachlich|disziplinarisch|und|sowohl|als auch)\s+){0,4}(?:unterstellt|zugeordnet)|(?:unterstehen|unterstellt sind)\s+(?:Ihnen|dir)|(?:Ihnen|dir)\s+unterstellte\p{L}*|Dienst-\s*und\s+Fachaufsicht|(?:Dienst|Fach)aufsicht\s+über|vous\s+(?:sont|seront)\s+(?:directement\s+|hiérarchiquement\s+)?rattaché\p{L}*|(?:placé|placée|placés|placées)\s+sous\s+votre\s+(?:autorité|responsabilité)|sous\s+votre\s+autorité|(?:reportan|reportarán|dependen jerárquicamente|dependerán jerárquicamente|dependen directamente|dependerán directamente)\s+(?:de|a)\s+(?:ti|usted)|(?:rapporteren|vallen)\s+(?:direct\s+|rechtstreeks\s+|hiërarchisch\s+)?(?:aan|onder)\s+(?:jou|u))(?![\p{L}])/iu, weight: 3, label: 'people placed under the role' },
  // People the role has under it, said with the verb "have" and "under you" in five languages:
  // "you'll have two fitters and the apprentice under you", "je hebt twee vaste assistenten en onze
  // dragers onder je", "du hast drei Monteure unter dir", "vous aurez deux techniciens sous vos
  // ordres", "tendrás dos ayudantes bajo tu mando". The people open with a count or a determiner.
  { re: new RegExp(String.raw`(?<![\p{L}])(?:have|has|['’]ll have|heb|hebt|heeft|krijg|krijgt|hast|haben|hat|bekommst|avez|aurez|as|auras|tienes|tendrás|tiene|tendrá)\s+(?:je\s+|jij\s+|u\s+|du\s+|Sie\s+)?(?:\d{1,3}|${countWordsOf('en', 'de', 'fr', 'es', 'nl')}|a team of|our|the|a|een|onze|de|het|unsere?n?|die|den|deine?n?|Ihre?n?|les|vos|tes|une?|los|las|un|una|sus|tus)\s+(?:(?!no|not|geen|keine?|aucun|ningún|ninguna)[\p{L}\d'’-]+\s+){1,6}?(?:under\s+you|onder\s+(?:je|jou|u|zich)|unter\s+(?:dir|Ihnen|sich)|sous\s+(?:vos|tes|ses)\s+ordres|bajo\s+(?:tu|su)\s+(?:mando|cargo|supervisión))(?![\p{L}])`, 'iu'), weight: 3, label: 'has people under it' },
  // The skipper of a boat and its crew, in five languages: "Commander le Ker-Anna et son équipage
  // de 5 marins", "skipper the vessel and her crew of four", "comandar el pesquero y su tripulación".
  { re: /(?<![\p{L}])(?:command(?:s|ing)?|skipper(?:s|ing)?|command(?:e|es|ez|er|era|erez|ant)|befehlig\p{L}*|kommandier\p{L}*|comand(?:a|as|ar|ará|arás|ando)|capitane\p{L}*|(?:voer|voert|heb|hebt|heeft)\s+(?:je\s+)?het\s+(?:bevel|commando)\s+over)(?![\p{L}])[^.;!?\n]{0,60}?(?<![\p{L}])(?:\p{L}*crew|crews|équipage|\p{L}*besatzung|\p{L}*mannschaft|tripulación|bemanning)(?![\p{L}])/iu, weight: 3, label: 'commands a crew' },
  { re: /(?<![\p{L}])functionerings-\s+en\s+\p{L}*gesprekken|(?<![\p{L}])Mitarbeiter-\s+und\s+\p{L}*gespräche/iu, weight: 3, label: 'reviews (nl, de)' },
  // Counted people around the role (manager-counted.ts): its superior, a unit run with them, a
  // separable verb round them, a team line counting its members.
  { re: SUPERIOR_OF_COUNTED, weight: 3, label: 'superior of counted people' },
  { re: UNIT_WITH_COUNTED, weight: 3, label: 'runs a unit with counted people' },
  { re: SEPARABLE_WITH_COUNTED, weight: 3, label: 'steers counted people' },
  { re: COUNTED_TEAM_LINE, weight: 3, label: 'counts the team and its members' },
];

// A negation after the signal, in the same clause, with the verb between: "Eine disziplinarische
// Führung ist mit der Stelle nicht verbunden", "Managing people is not part of this role",
// "La gestion d'équipe n'est pas prévue", "Leidinggeven hoort niet bij deze functie".
// The noun may also stand first as the object of "have", with the negation after the verb:
// "Führungsverantwortung haben Sie aber keine", "Leidinggevende taken heb je niet", "Personal a
// cargo no tendrás" is read by NEGATIVE. A conjunction or a relative pronoun before the verb starts
// another clause ("lead a team of 6, and it is not remote", "manage 5 engineers who are not yet
// certified").
const NEGATED_AFTER = /^(?:(?!(?<![\p{L}])(?:and|but|und|aber|sondern|et|mais|y|pero|maar|while|whereas|während|who|which|qui|quienes|welche\p{L}*)(?![\p{L}]))[^.;!?\n,]){0,50}?(?<![\p{L}])(?:is|are|ist|sind|wird|gehört|zählt|est|sont|fait|es|son|forma|zijn|hoort|behoort|valt|have|has|haben|hat|hast|habt|avez|aurez|auras|tienes|tiene|tendrás|tendrá|heb|hebt|heeft)(?![\p{L}])[^.;!?\n,]{0,40}?(?<![\p{L}])(?:not|nicht|niet|pas|no|kein\p{L}*|geen)(?![\p{L}])/iu;

// Nobody placed under the role, in the five languages: "you will have no one under you", "Ihnen
// sind keine Mitarbeitenden unterstellt", "personne ne vous sera rattaché", "no tendrás a nadie a
// tu cargo", "je hebt geen mensen onder je".
const NOBODY_UNDER = /(?<![\p{L}])(?:(?:no one|nobody|no-one|no staff|no people|no employees|no team)\s+(?:\p{L}+\s+){0,2}?(?:under|below)\s+you|(?:Ihnen|dir)\s+(?:sind|ist|werden|wird)\s+(?:\p{L}+\s+){0,2}?(?:niemand|keine\p{L}*(?:\s+\p{L}+)?)\s+(?:\p{L}+\s+){0,1}?unterstellt|(?:niemand|keine\p{L}*\s+\p{L}+)\s+(?:ist|sind|wird|werden)?\s*(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,1}?unterstellt|keine\s+(?:\p{L}+\s+)?(?:Mitarbeite\p{L}*|Beschäftigte\p{L}*|Untergebene\p{L}*|Personen)\s+unter\s+(?:dir|Ihnen)|personne\s+ne\s+(?:vous|te)\s+(?:est|sera|sont|seront)\s+(?:\p{L}+\s+)?rattach\p{L}*|(?:n['’]avez|n['’]aurez|n['’]as|n['’]auras)\s+(?:personne|aucun\p{L}*\s+\p{L}+)\s+sous\s+(?:vos|votre|ta|tes)|(?:a\s+)?(?:nadie|ninguna persona|ningún empleado|ningún trabajador|ningún técnico)\s+(?:a|bajo)\s+(?:tu|su)\s+(?:cargo|mando)|geen\s+(?:\p{L}+\s+)?(?:mensen|medewerkers|personeel|werknemers|collega['’]s|ondergeschikten|mensen)\s+onder\s+(?:je|jou|u|zich)|niemand\s+onder\s+(?:je|jou|u))(?![\p{L}])/iu;

// The people named report to someone else, "not to you", in the five languages: "the shift
// engineers report to the Facilities Manager, not to you", "die Monteure sind der Werkstattleitung
// unterstellt, nicht Ihnen", "ils sont rattachés au chef d'atelier, pas à vous", "dependen del jefe
// de taller, no de ti", "zij vallen onder de teamleider, niet onder jou".
const REPORT_ELSEWHERE = /(?<![\p{L}])(?:report(?:s|ing)?|answer(?:s|ing)?|unterstellt|berichten|rattaché\p{L}*|rapportent|dépendent|dependen|dependerán|reportan|reportarán|vallen|valt|rapporteren)(?![\p{L}])[^.;!?\n]{1,80}?(?:,|–|—|\(|and|y|et|en|und)?\s*(?:(?:not|rather than|instead of)\s+(?:to\s+|into\s+)?(?:you|this role|this position)|nicht\s+(?:Ihnen|dir|an Sie|an dich)|(?:pas|non|et non)\s+à\s+(?:vous|toi)|no\s+(?:de|a)\s+(?:ti|usted)|niet\s+(?:onder|aan)\s+(?:jou|je|u))(?![\p{L}])/iu;

// A field of a role's profile table that counts its reports as none: "Direct reports | 0",
// "Personalverantwortung: keine", "Encadrement : non", "Personas a cargo: ninguna", "Leidinggevende
// taken: nee".
const NO_REPORTS_FIELD = /(?<![\p{L}])(?:direct reports|line reports|reports|people management|line management|team size|personalverantwortung|führungsverantwortung|mitarbeiterverantwortung|unterstellte mitarbeite\p{L}*|encadrement|management d['’]équipe|personnes encadrées|personas a (?:su |tu )?cargo|personal a (?:su |tu )?cargo|gestión de equipos|leidinggevende taken|leidinggeven|medewerkers onder je)[ \t]*[:|\t][ \t|]*(?:none|0|no|n\/a|nil|keine|kein|nein|non|aucun\p{L}*|néant|ninguna|ninguno|nadie|nee|geen)(?![\p{L}\d])/iu;

// Responsibility over other people denied, with the negation earlier in the clause, in five
// languages: "no es un puesto de responsabilidad sobre otros", "sans responsabilité sur d'autres
// salariés", "no responsibility for other staff", "keine Verantwortung für andere Mitarbeitende",
// "geen verantwoordelijkheid over collega's". Over things ("no responsibility for the budget") it
// says nothing of people. Read from the negation forward (a look-behind of variable length costs a
// scan back from every letter); what is shown is the denied charge.
const NO_CHARGE_OVER_OTHERS = new RegExp(String.raw`${NEGATION_WORD}[^.;!?\n]{0,50}?(?<said>(?<![\p{L}])(?:responsabilidad(?:es)?|responsabilités?|responsibilit(?:y|ies)|Verantwortung|verantwoordelijkheid)\s+(?:sobre|sur|envers|over|for|für|gegenüber|voor)\s+(?:otros|otras(?:\s+personas)?|los\s+demás|(?:d['’]|les\s+)autres(?:\s+(?:personnes|salariés|collaborat\p{L}*|agents))?|others|other\s+(?:people|staff|employees|colleagues|workers)|andere(?:n)?(?:\s+(?:Mitarbeite\p{L}*|Personen|Kolleg\p{L}*|Beschäftigte\p{L}*))?|anderen|collega['’]s|personas|personnes|people|staff|Personal|Mitarbeitende\p{L}*|personeel|medewerkers)(?![\p{L}]))`, 'iu');

const NEGATIVE: Pattern[] = [
  { re: NO_CHARGE_OVER_OTHERS, weight: -9 },
  { re: LEADING_DENIED, weight: -9 },
  { re: NOBODY_UNDER, weight: -9 },
  { re: REPORT_ELSEWHERE, weight: -9 },
  // Reporting to a team's first-line leader, the role is in the team: it outweighs a title alone.
  { re: REPORTS_TO_FIRST_LINE, weight: -3 },
  { re: NO_REPORTS_FIELD, weight: -9 },
  // Working alone outweighs a title alone, not a body that leads people too.
  { re: WORKS_ALONE, weight: -3 },
  { re: /(?<![\p{L}])(?:you are not|you're not|you aren't|this is not|it is not) (?:a |the )?(?:people )?manager(?![\p{L}])|(?<![\p{L}])(?:je bent geen|dit is geen) (?:manager|leidinggevende)|(?<![\p{L}])(?:du bist kein\p{L}*|Sie sind kein\p{L}*) (?:Manager\p{L}*|Vorgesetzte\p{L}*|Führungskraft)|(?<![\p{L}])(?:vous n['’]êtes pas|tu n['’]es pas) (?:manager|responsable hiérarchique)|(?<![\p{L}])no (?:eres|serás|es un puesto de) (?:jef[ea]|mando|manager)/iu, weight: -6 },
  { re: /\bindividual[- ]contributor\b/i, weight: -9 },
  // A verb of leading denied with no one as its object, in five languages: "this post does not
  // manage staff", "geef je geen leiding", "stuurt geen medewerkers aan", "du führst keine
  // Mitarbeitenden", "vous n'encadrez personne", "no dirige a nadie", "no gestiona personal".
  { re: /(?<![\p{L}])(?:(?:does\s+not|doesn['’]t|did\s+not|never)\s+(?:manage|supervise|lead|line[- ]manage)\s+(?:any\s+)?(?:anyone|anybody|people|staff|a\s+team|employees|direct reports)|(?:geef|geeft|geven)\s+(?:je\s+|jij\s+|u\s+)?(?:\p{L}+\s+)?geen\s+(?:\p{L}+\s+)?leiding|(?:stuur|stuurt|sturen)\s+(?:je\s+|jij\s+|u\s+)?geen\s+(?:\p{L}+\s+)?(?:mensen|medewerkers|personeel|team|ploeg)\s+aan|(?:führst|führen|leitest|leiten)\s+(?:du\s+|Sie\s+)?kein\p{L}*\s+(?:Mitarbeite\p{L}*|Personal|Team|Beschäftigte\p{L}*)|(?:n['’]encadre\p{L}*|ne\s+manage\p{L}*|ne\s+dirige\p{L}*|ne\s+supervise\p{L}*)\s+(?:pas\s+d['’]équipe|personne|aucun\p{L}*)|no\s+(?:dirig|gestion|supervis|lider|coordin)\p{L}*\s+(?:a\s+nadie|personal|equipos?|personas|a\s+ningún))(?![\p{L}])/iu, weight: -9 },
  { re: /\b(no|without|zero|not have any|will not have|does not have|doesn('|’)t have)\s+(any\s+)?direct reports?\b/i, weight: -9 },
  { re: /\b(no|without|not a|not involve)\s+(formal\s+)?people[- ]management\b|\bnot a (people )?manag(er|ement) (role|position)\b|\bwill not (manage|supervise)\b|\bno (supervisory|management) (responsibilit\w*|duties)\b/i, weight: -6 },
  { re: /\b(hands-on|ic)\s+role\b/i, weight: -1 },
  { re: /\b(no|without)\s+(formal\s+)?line[- ]management\b|\bline management is not\b|\b(nobody|no one|no-one) (reports|will report|reporting) to you\b|\b(will not|won('|’)t|do not|don('|’)t|does not|doesn('|’)t|not) have (any(one)? |anybody )?(people|staff|team members|employees|anyone|anybody)? ?(reporting|who reports?) (to|into) (you|this role)\b|\b(won('|’)t|will not|do not|don('|’)t) (manage|supervise|line[- ]manage) (anyone|anybody|people|staff|a team)\b|\bno (people|staff) to manage\b|\bno (line|people|staff) reports\b/i, weight: -9 },
  { re: /((Führungsverantwortung|Personalverantwortung|Teamverantwortung|disziplinarische (Führung|Verantwortung))\s+(gehört nicht|hast du keine|haben Sie keine|ist nicht|besteht nicht)|ohne (disziplinarische\s+)?(Führungsverantwortung|Personalverantwortung|Führung)|keine (disziplinarische|Personal|Führungs)\p{L}*|keine disziplinarische Führung|keine Führungsverantwortung|poste sans management|sans (management|encadrement)|pas de fonction d['’]encadrement|sin personas a cargo|sin (personal|equipo) a cargo|no tendrás personas a tu cargo|no (?:tienes|tiene|tendrás|tendrá|hay) (?:personas|personal|a nadie|equipo)(?: a (?:tu|su))? a? ?cargo|(?:Führungs|Personal)verantwortung (?:ist|besteht|wird|hat|haben) [^.\n]{0,40}nicht|no incluye gestión de equipos|sin gestión de equipos|sans encadrement|pas d['’]encadrement|pas d['’]équipe à manager|zonder leidinggevende|geen leidinggevende (rol|functie|taken)|geen (medewerkers onder je|directe ondergeschikten))/iu, weight: -6 },
];

// Sentences about the employer's hiring process, not the job's duties.
const BOILERPLATE = /\b(equal opportunity|eeo|accommodation|background check|applicants?|qualified candidates|our hiring process|hiring manager will|will be considered)\b/i;

// A negation earlier in the same clause turns a signal round: "there is no team reporting to
// you", "sin equipo a cargo", "kein Team von 5 zu führen", "geen team van 4 dat je aanstuurt".
const NEGATOR = new RegExp(NEGATION_WORD, 'iu');
const globalCopies = new Map<RegExp, RegExp>();
// A pattern is only run where its cheap first look finds what it needs.
const GATES = new Map<RegExp, RegExp>([...LEADS_PEOPLE_GATES, [SUPERIOR_OF_COUNTED, SUPERIOR_GATE]]);

function firstAffirmed(re: RegExp, text: string): RegExpExecArray | null {
  const gate = GATES.get(re);
  if (gate && !gate.test(text)) return null;
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, g);
  }
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const clause = before.slice(Math.max(...['.', ';', '!', '?', '\n', ':'].map((c) => before.lastIndexOf(c))) + 1);
    // Someone's title read as the verb: the verb may still come later in the same words
    // ("a Registered Manager to lead the home and its 70 nurses"), so read on from the next word.
    if (namesTitle(before, m[0]) || readersOwnLeader(before, m[0])) {
      g.lastIndex = m.index + (/^\p{L}+/u.exec(m[0])?.[0].length ?? 1);
      continue;
    }
    // Someone else leads, or the role serves the employer's leadership: read on from the next word.
    const wide = text.slice(Math.max(0, m.index - 120), m.index);
    if (ledBySomeoneElse(wide.slice(Math.max(...['.', ';', '!', '?', '\n', ':'].map((c) => wide.lastIndexOf(c))) + 1), m[0])) {
      g.lastIndex = m.index + (/^\p{L}+/u.exec(m[0])?.[0].length ?? 1);
      continue;
    }
    if (!NEGATOR.test(clause) && !NEGATED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) return m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return null;
}

function words(match: string): string {
  return match.replace(/\s+/g, ' ').trim();
}

/**
 * Decide whether a listing is for a role that manages people, from its title and body. A title
 * with "manager" that manages a thing (account, product, project, office…) needs body evidence;
 * "individual contributor" or "no direct reports" overrides a manager title.
 * @example callManagerRole('Engineering Manager', 'You will manage a team of 6 engineers.').isManagerRole // true
 */
export function callManagerRole(title: string | null, body: string): ManagerCall {
  const signals: string[] = [];
  let score = 0;
  const t = title ?? '';
  if (t && governedLeader(t)) {
    signals.push(`title "${words(t)}" serves a leader, it does not lead`);
  } else if (t) {
    if ((TRAP_TITLE.test(t) || TRAP_TITLE_OTHER.test(t)) && !/\b(director|head of|vp|vice president)\b/i.test(t)) {
      const m = TRAP_TITLE.exec(t) ?? TRAP_TITLE_OTHER.exec(t);
      signals.push(`title "${words(m?.[0] ?? t)}" manages work, not people, unless the listing says so`);
    } else if (MANAGER_TITLE.test(t) && !WEAK_TITLE.test(t)) {
      score += 3;
      signals.push(`title: ${words(MANAGER_TITLE.exec(t)?.[0] ?? t)}`);
    } else if (COMPOUND_MANAGER.test(t) && !COMPOUND_TRAP.test(t)) {
      score += 3;
      signals.push(`title: ${words(COMPOUND_MANAGER.exec(t)?.[0] ?? t)}`);
    } else if (SUPERVISOR_TITLE.test(t)) {
      score += 3;
      signals.push(`title: ${words(SUPERVISOR_TITLE.exec(t)?.[0] ?? t)}`);
    } else if (MANAGER_TITLE_OTHER.test(t)) {
      score += 3;
      signals.push(`title: ${words(MANAGER_TITLE_OTHER.exec(t)?.[0] ?? t)}`);
    } else if (WEAK_TITLE.test(t)) {
      score += 1;
      signals.push(`title: ${words(WEAK_TITLE.exec(t)?.[0] ?? t)}`);
    }
  }
  const text = body
    .split(/\n|(?<=[.!?])\s+/)
    .filter((s) => !BOILERPLATE.test(s))
    .join('\n');
  let bodyScore = 0;
  // The leading-verb patterns are one signal, and add nothing where an earlier pattern already
  // read the same words ("encadrer une équipe" counted once).
  const spans: Array<[number, number]> = [];
  let leadsPeople = false;
  for (const p of POSITIVE) {
    const m = firstAffirmed(p.re, text);
    if (!m) continue;
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (LEADS_PEOPLE.includes(p.re)) {
      if (leadsPeople || spans.some(([a, b]) => a < span[1] && span[0] < b)) continue;
      leadsPeople = true;
    }
    spans.push(span);
    bodyScore += p.weight;
    signals.push(words(m[0]).slice(0, 80));
  }
  score += Math.min(bodyScore, 6);
  let against = 0;
  for (const p of NEGATIVE) {
    const m = p.re.exec(text);
    if (!m) continue;
    against += p.weight;
    signals.push(`against: ${words(m.groups?.said ?? m[0]).slice(0, 80)}`);
  }
  score += against;
  return { isManagerRole: score >= 3, managerSignals: signals };
}
