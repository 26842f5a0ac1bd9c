import { canonicalSkill } from '../taxonomy/matcher';
import { escapeRegExp } from '../regexp';
import { isPlaceName } from './place-name';

// Words that name a job, in the five languages: a line with one of them is a title candidate.
// Role nouns with their common compounds and endings (German "-leiter", "-fachkraft", "-meister";
// French "-iste"; Spanish "-ista"), seniority words and gender markers.
export const JOB_WORD = /(?<![\p{L}])(manager\p{L}*|\p{L}*manager|engineer\p{L}*|developer|ontwikkelaar|entwickler\p{L}*|\p{L}*entwickler\p{L}*|lead\p{L}*|\p{L}*lead|head|director\p{L}*|directeur|directrice|leiter\p{L}*|\p{L}*leiter\p{L}*|leitung|\p{L}*leider|hoofd|afdelingshoofd|responsable|chef|jefe|jefa|gerente|coordinador\p{L}*|analyst\p{L}*|analista|\p{L}*analist|scientist|consultant|consultor\p{L}*|specialist\p{L}*|buchhalter\p{L}*|comptable|contable|medewerker\p{L}*|marketeer|développeu\p{L}*|desarrollador\p{L}*|ingénieur\p{L}*|ingenier[oa]|vp|officer|designer|accountant|técnic[oa]|devops|staff|principal|senior|medior|junior|nurse|teacher|assistant|technician|coordinator|representative|associate|intern|werkstudent\p{L}*|stagiaire|becario|administrat\p{L}*|recruiter|architect\p{L}*|arquitect\p{L}*|\p{L}{3,}(?:ionist|logist|apist|acist|inist|alist|iste|(?<!(?:v|p|qu)i)(?<=i)sta|istin)|owner|master|supervis\p{L}*|superviseu\p{L}*|encargad[oa]|operari[oa]|auxiliar|enfermer[oa]|infirmi(?:er|ère|ers|ères)|technicien\p{L}*|chargée?|gestionnaire|conseill\p{L}*|assistent\p{L}*|(?:industrie|logistik|werk|küchen|bau|elektro|schicht|hallen|lager|kfz-)?meister(?:in)?|\p{L}*kauf(?:mann|frau)|\p{L}*fachkraft|\p{L}*angestellte[rn]?|\p{L}*referent(?:in)?|\p{L}*berater(?:in)?|\p{L}*techniker(?:in)?|\p{L}*monteur\p{L}*|\p{L}*pfleger(?:in)?|disponent\p{L}*|koordinator\p{L}*|coördinator|verpleegkundige|adviseur|beheerder|\p{L}*planner|\p{L}*planer(?:in)?|foreman|superintendent|clerk|operator|handler|agent[es]?|agentes|drivers?|chauffeur\p{L}*|\p{L}*fahrer(?:in)?|conduct(?:eur|rice|or|ora)|cuisini(?:er|ère)|cociner[oa]|\p{L}*bäcker(?:in)?|boulang(?:er|ère)|panader[oa]|electrician|elektriker(?:in)?|électricien(?:ne)?|electricista|elektricien|mechanic|mécanicien(?:ne)?|mecánic[oa]|welder|schweißer(?:in)?|soudeu(?:r|se)|soldador(?:a)?|lasser|verkäufer(?:in)?|verkoper|advis[eo]r|paralegal|attorney|mitarbeiter\p{L}*|sachbearbeiter\p{L}*|vendeu\p{L}*|vendedor\p{L}*|asesor(?:a|es)?|gestor(?:a|es)?|acheteu\p{L}*|buyer|opérat(?:eur|rice)|operador\p{L}*|dependient[ea]|jurist(?:e|in|a)?|\p{L}{2,}(?:oloog|ologue|ologe|ologin|ólog[oa])|translator|interpreter|übersetzer(?:in)?|dolmetscher(?:in)?|traduct(?:eur|rice|or|ora)|interprète|intérprete|vertaler|tolk|auxiliaire|\p{L}*beamt(?:e|er|in)|curator|kurator(?:in)?|conservat(?:eur|rice|or)|conservador(?:a)?|abogad[oa]|avocat(?:e)?|advocaat|(?:m\/w\/d|w\/m\/d|h\/f|f\/h))(?![\p{L}])/iu;

// Gender forms written into the word itself: Spanish and Portuguese "Técnico/a", "Jefe(a)";
// French inclusive writing "Chargé·e", "Développeur·se", "Technicien(ne)"; German "Leiter:in",
// "Leiter*in", "Leiter/in", "Leiter/-in", "Leiter_in". stripGenderForms keeps the first form only, to
// read a line's words; a title keeps its slash forms (stripGenderEndings).
const SPANISH_FORM = /(?<=\p{L}{2})(?:\/(?:a|as|ora|ra)|\((?:a|as|ora)\))(?![\p{L}])/gu;
// A title in capitals writes the Spanish form in capitals too ("ENCARGADO/A").
const SPANISH_FORM_CAPS = /(?<=\p{Lu}{2})(?:\/(?:A|AS|ORA|RA)|\((?:A|AS|ORA)\))(?![\p{L}])/gu;
// "Chef·fe", "Chef(fe)": the feminine of a noun in -f doubles it. A colon or a star does what the dot
// does ("Chocolatier:e", "Vendeur*euse"); "Contremaître(sse)" doubles the s.
const FRENCH_FORM = /(?<=\p{L}{2})(?:[·•⋅:*]|\()(?:e|es|ne|nes|le|les|se|sse|euse|rice|trice|ère|fe|fes)\)?(?![\p{L}])/gu;
// A German double form written out ("Leiterin / einen Leiter der Bibliothek", "Leiter/Leiterin"):
// the masculine noun is kept, as the label does with "Leiter:in".
const GERMAN_DOUBLE = /(?<![\p{L}])(?:(\p{Lu}\p{Ll}{2,})in\s*\/\s*(?:(?:einen|eine|einer|den|die)\s+)?\1|(\p{Lu}\p{Ll}{2,})\s*\/\s*(?:(?:einen|eine|einer|den|die)\s+)?\2in)(?![\p{L}])/gu;
const GERMAN_FORM = /(?<=\p{Ll}{2})(?:[:*_]|\/-?|\()in(?:nen)?\)?(?![\p{L}])/gu;

/**
 * A title with the gender forms of its words taken out, keeping the first form.
 * @example stripGenderForms('Técnico/a de Selección') // 'Técnico de Selección'
 */
export function stripGenderForms(title: string): string {
  return title
    .replace(GERMAN_DOUBLE, (_m, fem?: string, masc?: string) => fem ?? masc ?? '')
    .replace(SPANISH_FORM, '')
    .replace(SPANISH_FORM_CAPS, '')
    .replace(FRENCH_FORM, '')
    .replace(GERMAN_FORM, '');
}

// The endings a title's label drops, keeping the first form, as most labels do: a bracket
// ("Administrativo(a)", "Technicien(ne)", "Leiter(in)"), a middle dot ("Chargé·e"), a colon, star
// or underscore ("Leiter:in", "Referent*in", "Leiter_in", "Beauftragte*r") and a capital I
// ("LeiterIn"). A slash form ("Jefe/a", "Leiter/in", "Directeur / Directrice") is two forms written
// out; the label keeps it as written.
const BRACKET_FORM = /(?<=\p{L}{2})\((?:a|as|ora|in|innen)\)(?![\p{L}])/gu;
// In capitals the same: "ENCARGADO(A)", "CHARGÉ(E) DE MISSION", "TECHNICIEN(NE)", "LEITER(IN)".
const BRACKET_FORM_CAPS = /(?<=\p{Lu}{2})\((?:A|AS|ORA|E|ES|NE|NES|RICE|EUSE|IN|INNEN)\)(?![\p{L}])/gu;
const GERMAN_ENDING = /(?<=\p{Ll}{2})(?:[:*_]in(?:nen)?|(?<=te)[:*_]r)(?![\p{L}])/gu;
// "Leiterin / einen Leiter der Stadtbibliothek": the article a sentence puts before the second form.
const DOUBLE_FORM_ARTICLE = /(?<=\p{Ll}in\s*\/\s*)(?:einen|eine|einer|den|die)\s+(?=\p{Lu})/gu;
const CAPITAL_I = /(?<=\p{Ll}(?:er|ent|ist|ant|eur))In(?:nen)?(?![\p{L}])/gu;

/**
 * A title without the gender endings its label drops; a slash form stays as written.
 * @example stripGenderEndings('Referent*in Presse') // 'Referent Presse'
 * @example stripGenderEndings('Jefe/a de Turno') // 'Jefe/a de Turno'
 */
export function stripGenderEndings(title: string): string {
  return title.replace(DOUBLE_FORM_ARTICLE, '').replace(BRACKET_FORM, '').replace(BRACKET_FORM_CAPS, '').replace(FRENCH_FORM, '').replace(GERMAN_ENDING, '').replace(CAPITAL_I, '');
}

// "Director of Sales, EMEA in Amsterdam, North Holland, Netherlands": a search result's place.
const IN_PLACE = /\s+(?:in|en|à|bei|te)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*(?:,\s*\p{Lu}[\p{L}' -]+){1,3}$/u;
// "Responsable de Tienda – Centro Comercial Nervión Plaza (Sevilla)": a dash segment that ends
// in a bracketed name which is no tool is the site and its town, not a part of the role.
// A segment with a number ("– Ward 7 (Acute Medicine)") names a unit of the role, not a place.
// After a comma the same ("Marina Manager, Saltmarsh Quay Marina (Lymington)"), when the segment is a
// name (capitalised words) rather than a specialty.
const DASH_PLACE = /(?:\s+[-–—|]\s+[^-–—|()\d]{2,60}|,\s+\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|de|du|des|del|la|van|der))*\s*)\(\s*(\p{Lu}[\p{L} .'-]{1,30})\s*\)\s*$/u;
// "Senior Groom, Ashcombe Eventing, near Cirencester", "Gardener – nr Bath", "Jardinier, près de Rennes":
// a closing segment that says what town the job is near.
const NEAR_PLACE = /(?:,\s*|\s+[-–—|]\s+)(?:near|nr\.?|close to|outside|près de|proche de|cerca de|nahe|in der nähe von|bij|nabij|vlakbij)\s+\p{Lu}[\p{L}'’-]+(?:[\s-]+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u;
// "Team Leader - Paper Machine (PM3)", "Opérateur ligne (L2)": a machine's or a line's number in brackets.
const MACHINE_CODE = /\s*\(\s*(\p{Lu}{1,4}-?\d{1,3})\s*\)\s*$/u;

// "Gobernanta - Hotel 4* Costa Adeje", "Responsable de magasin - Boutique Annecy": a dash segment
// that opens with the kind of site (a hotel, a shop, a shopping centre, a branch, a clinic) names
// where the job is, not a specialism of the role ("Category Manager - Fresh Produce").
// A centre ("– Centro auditivo en Zaragoza", "– centre de tri des déchets") or a department of the
// employer ("– Direction de la recherche", "– Abteilung Finanzen") is where the role sits, too.
const DASH_SITE = /\s+[-–—|]\s+(?:centro comercial|c\.c\.|hotel|boutique|tienda|magasin|store|restaurante?|filiale|filial|vestiging|winkel|winkelcentrum|einkaufszentrum|centre commercial|shopping cent(?:re|er)|mall|aeropuerto|aéroport|airport|flughafen|luchthaven|clínica|hospital|hôpital|klinikum|agence|agencia|sede|campus|centre|centro|center|zentrum|centrum|(?:direction|service|pôle|dirección|servicio|department|division)\s+(?:de|des|du|d['’]|del|de la|of|for)|pôle|département|departamento|abteilung|afdeling|directie)(?![\p{L}])[^-–—|]{0,50}$/iu;
// "Farm Manager – Marine Salmon Site", "Gerente de Complejo – Cines", "Jefe de producción - depuradora
// de marisco", "Fischwirt - Forellenteichwirtschaft", "Branch Manager – Independent Opticians": a dash
// segment that names the kind of the employer's business or site (a farm, a plant, a cinema, an
// optician's, a fire station, a ski area) is where the job is. Romance languages put that noun first,
// English last (or as the plural of the employer's outlets: "– Garden Centres"), German and Dutch at the end of a compound; a specialty ("– Primates", "- Extrusion",
// "– Housing and Debt", "– Inbound Contact Centre") names no such noun and stays.
// An abattoir, a hatchery, a casino or a works named by what it makes ("– fabricación de envases de vidrio") is such a site too.
const SITE_HEAD_FIRST = /\s+[-–—|]\s+(?:écloseries?|criaderos?|piscicultures?|abattoirs?|mataderos?|frigoríficos?|casinos?|salle de jeux|sala de juegos|fabricación de|fabrication de|fabricage van|herstellung von|cines?|cinémas?|kinos?|bioscoop|bioscopen|filmtheater|ópticas?|opticiens?|optiek|optiker|parque de bomberos|caserne(?: de pompiers)?|centre de secours|feuerwache|brandweerkazerne|kazerne|depuradora|piscifactoría|granja|fábrica|usine|ferme|fabriek|boerderij|kwekerij|domaine skiable|station de ski|estación de esquí|skigebiet|groupement|site de|sitio de|parcs? (?:de loisirs|d['’]attractions|aquatique|animalier|zoologique)|parque (?:de atracciones|acuático|temático|zoológico))(?![\p{L}])[^-–—|]{0,60}$/iu;
const SITE_HEAD_LAST = /\s+[-–—|]\s+(?:[\p{L}'’&]+\s+){0,3}(?:sites?|farms?|depots?|abattoirs?|slaughterhouses?|casinos?|fire stations?|stations?|resorts?|ski areas?|plants?|mills?|mines?|quarr(?:y|ies)|cinemas?|opticians|opticiens|ópticas|(?:garden )?centres|centers|stores|shops|hotels|branches|pharmacies|garages|showrooms|outlets)$/iu;
// A practice, a clinic or a park is such a site too ("– Kinderpraktijk", "- Zahnarztpraxis", "– Freizeitpark").
const SITE_COMPOUND = /\s+[-–—|]\s+\p{L}{3,}(?:wirtschaft|zucht|fischerei|brauerei|molkerei|schlachthof|slachterij|slachthuis|spielbank|kasino|kino|bedrijf|kwekerij|fabriek|boerderij|praktijk|praxis|kliniek|klinik|apotheek|apotheke|park)$/iu;
// "Jefe/a de Oficina - Alquiler de Vehículos", "Agent de comptoir – location de véhicules", "Salonleitung
// – Friseur & Kosmetik", "Encargado/a de vivero – Garden center", "Jefe de Producción – Aserradero": a dash
// segment that opens with the trade of a business people work in (renting out vehicles or plant, a
// funeral home, a sawmill, a garden centre or nursery, ready-to-wear, a hair or beauty salon, a
// multiplex) names the employer's kind of business, not a specialty of the role (a hyphen inside a
// word, "camping-cars", is no dash).
const TRADE_SEGMENT = /\s+[-–—|]\s+(?:alquiler de|renting de|location de|loueur de|(?:auto|fahrzeug|wohnmobil|maschinen|geräte)?vermietung|(?:auto|bus|machine)?verhuur|(?:car|vehicle|van|plant|equipment|tool) (?:rental|hire)|casa de sepelios|funeraria|servicios funerarios|pompes funèbres|services funéraires|bestattung(?:en|shaus|sinstitut)?|uitvaart(?:centrum|onderneming|verzorging)?|funeral (?:home|services?|directors?)|aserradero|scierie|sägewerk|zagerij|sawmill|viveros?|jardineries?|garden cent(?:er|re)s?|gartencenter|tuincentrum|prêt-à-porter|multiplexe?|multicines|peluquería|salon de coiffure|coiffure|institut de beauté|centro de estética|friseur(?:salon)?|kapsalon|hair (?:&|and) beauty)(?![\p{L}])(?:[^-–—|]|(?<=\p{L})-(?=\p{L})){0,50}$/iu;
// "General Manager - The Palace, Hebden Bridge": a named venue and its town after a dash.
const DASH_VENUE = /\s+[-–—|]\s+(?:(?:The|Le|La|Les|El|De|Het|Der|Die|Das)\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3},\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

// "Servicetechniker Aufzüge – Niederlassung Hannover", "Jefe de Producción – Planta Jalisco",
// "Magazijnmedewerker – Vestiging Tilburg": a branch, plant or site word before a name is where the
// job is ("– Planta de Hospitalización", a ward, has no name after the word and stays).
const DASH_BRANCH = /\s+[-–—|]\s+(?:[Nn]iederlassung|[Ss]tandort|[Ww]erk|[Pp]lanta|[Ss]ucursal|[Dd]elegación|[Ss]ede|[Éé]tablissement|[Ss]ite|[Dd]épôt|[Dd]epot|[Bb]ranch|[Vv]estiging|[Ll]ocatie)\s+\p{Lu}[\p{L}'’. -]{1,40}$/u;
// "Filialleiter für unsere Bäckerei-Filiale", "Vendeur pour notre boutique de Lyon": whom the
// employer hires for, not a part of the role.
const FOR_OUR_TAIL = /\s+(?:für unser(?:e|en|em|er)?|pour (?:notre|nos)|para (?:nuestr[oa]s?)|voor (?:onze|ons)|for our)\s+[^,()]{1,60}$/iu;

/**
 * A title without a trailing place: a search result's "in City, Region, Country", or a dash
 * segment ending with a bracketed town ("– Centro Comercial X (Sevilla)"); a bracketed tool
 * ("– Backend (Python)") or a segment with a role noun stays.
 * @example stripPlaceTail('Data Analyst in Leeds, England, United Kingdom') // 'Data Analyst'
 */
export function stripPlaceTail(title: string): string {
  const inPlace = IN_PLACE.exec(title);
  if (inPlace && inPlace.index > 2) return title.slice(0, inPlace.index).trim();
  const near = NEAR_PLACE.exec(title);
  if (near && near.index > 2) return stripPlaceTail(title.slice(0, near.index).trim());
  const code = MACHINE_CODE.exec(title);
  if (code && code.index > 2 && canonicalSkill(code[1] ?? '') === null) return title.slice(0, code.index).trim();
  const forOur = FOR_OUR_TAIL.exec(title);
  if (forOur && forOur.index > 2) return title.slice(0, forOur.index).trim();
  const branch = DASH_BRANCH.exec(title);
  if (branch && branch.index > 2 && !JOB_WORD.test(branch[0])) return title.slice(0, branch.index).trim();
  for (const re of [SITE_HEAD_FIRST, SITE_HEAD_LAST, SITE_COMPOUND, DASH_VENUE, TRADE_SEGMENT]) {
    const kind = re.exec(title);
    if (kind && kind.index > 2 && !JOB_WORD.test(kind[0])) return title.slice(0, kind.index).trim();
  }
  const site = DASH_SITE.exec(title);
  if (site && site.index > 2 && !JOB_WORD.test(site[0])) return title.slice(0, site.index).trim();
  const dash = DASH_PLACE.exec(title);
  if (dash && dash.index > 2 && canonicalSkill(dash[1] ?? '') === null && !JOB_WORD.test(dash[0])) return title.slice(0, dash.index).trim();
  return title;
}

// The job boards a page's title carries after the role ("Autotechnicus – Jobat").
const BOARD = /^(?:linkedin|indeed|glassdoor|stepstone|welcome to the jungle|xing|infojobs|tecnoempleo|nationale vacaturebank|monster|hellowork|apec|jobteaser|intermediair|werkzoeken(?:\.nl)?|werk\.nl|jobat|vdab|le forem|actiris|france travail|pôle emploi|cadremploi|meteojob|jobijoba|computrabajo|bumeran|laborum|infoempleo|trabajos\.com|totaljobs|reed|cv-library|adzuna|jooble|interamt(?:\.de)?|meinestadt(?:\.de)?|karriere\.at|jobbird|jobs\.ch|kimeta)$/iu;
// A bracket that only repeats the title as its initials: "Registered Veterinary Nurse (RVN)",
// "Auxiliaire spécialisé vétérinaire (ASV)", "Penitentiair inrichtingswerker (PIW)" (a compound's
// second part gives a letter too), or a chief officer's short title ("Director Financiero (CFO)").
const OWN_ABBREVIATION = /\s*\((\p{Lu}[\p{Lu}&]{1,5})\)(?=\s*$|\s+[-–—|]\s)/u;
export const SMALL_WORD = /^(?:of|and|for|the|de|du|des|d|la|le|les|l|et|en|à|y|del|el|los|las|van|het|der|die|das|und|für|voor|en)$/iu;

function isOwnAbbreviation(abbr: string, title: string): boolean {
  if (/^C[A-Z]{1,3}O$/u.test(abbr)) return true;
  // "Pharmazeutisch-technische Assistentin / Pharmazeutisch-technischer Assistent (PTA)": a title
  // written in two forms is abbreviated by either.
  const forms = title.replace(/\s*\(.*$/u, '').split(/\s+\/\s+/u);
  if (forms.length === 2) return forms.some((f) => isOwnAbbreviation(abbr, f));
  // "Veterinary Nurse (RVN)": the registered title's initials, with the one word before it that the
  // title leaves out ("Registered", "Staatlich geprüfter", "Diplômé").
  return initialsCover(abbr, title) || (abbr.length >= 3 && initialsCover(abbr.slice(1), title));
}

function initialsCover(abbr: string, title: string): boolean {
  const words = title
    .replace(/\s*\(.*$/u, '')
    // "Técnico/a en Emergencias Sanitarias (TES)": a gender ending after a slash is no word of its own.
    .replace(/(?<=\p{L})\/(?:a|as|ora|ra|in|innen|e|es|ne|nes|euse|rice|trice|ère)(?![\p{L}])/gu, '')
    .split(/[\s/]+|(?<=\p{L})['’](?=\p{L})/u)
    .filter((w) => w !== '' && !SMALL_WORD.test(w) && /^\p{L}/u.test(w));
  const letters = abbr.replace(/&/gu, '');
  const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  const folded = words.map(fold);
  // Every word gives its initial, in order; a word may give one letter more from inside it.
  const covers = (wi: number, li: number): boolean => {
    if (wi === folded.length) return li === letters.length;
    const w = folded[wi] ?? '';
    if (letters[li] !== w[0]) return false;
    if (covers(wi + 1, li + 1)) return true;
    const more = letters[li + 1];
    return more !== undefined && w.slice(1).includes(more) && covers(wi + 1, li + 2);
  };
  return words.length >= 2 && covers(0, 0);
}

/**
 * A title without a segment after a dash that is what the role is not: a town ("– Bristol Temple
 * Quay"), a job board ("– Jobat"), or a bracket that only abbreviates the title ("(RVN)").
 * A segment with a role word, or one that names no town or board ("– Small Animal"), stays.
 * @example stripSegmentKind('General Manager - Bristol Temple Quay') // 'General Manager'
 * @example stripSegmentKind('Registered Veterinary Nurse (RVN) - Small Animal') // 'Registered Veterinary Nurse - Small Animal'
 */
export function stripSegmentKind(title: string): string {
  let t = title;
  const abbr = OWN_ABBREVIATION.exec(t);
  if (abbr && abbr.index > 2 && isOwnAbbreviation(abbr[1] ?? '', t.slice(0, abbr.index))) t = (t.slice(0, abbr.index) + t.slice(abbr.index + abbr[0].length)).trim();
  const m = /^(.+?)\s+[-–—|]\s+([^-–—|()]{2,60})$/u.exec(t);
  const seg = (m?.[2] ?? '').trim();
  if (!m || JOB_WORD.test(seg)) return t;
  // A name: capitalised words, with the linking words a place's name has.
  const isName = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|upon|on|de|la|le|del|aan|am|im))*$/u.test(seg);
  // A place written in capitals ("DIRECTOR/A DE TANATORIO – JAÉN") is looked up as the list writes it.
  const asListed = seg === seg.toUpperCase() ? seg.toLowerCase().replace(/(?<![\p{L}])\p{L}/gu, (c) => c.toUpperCase()) : seg;
  if (BOARD.test(seg) || (isName && (isPlaceName(seg) || isPlaceName(asListed)))) return (m[1] ?? t).trim();
  return t;
}

// "We're hiring: HGV Driving Instructor", "Wir suchen dich als Restaurator*in für Steinkonservierung",
// "Nous recrutons un·e Archéologue …", "Buscamos un/a Técnico/a de … para el desmantelamiento …",
// "Wij zoeken een Dierverzorger": a heading written as a sentence names the job after its opening
// words (read after the gender forms are taken out: "un·e" is "un", "un/a" is "un").
const HIRING_LEAD = new RegExp(
  '^(?:' +
    [
      "(?:we(?:['’]re| are) hiring|now hiring|hiring now)\\s*[:!–—-]?\\s*(?:an?\\s+)?",
      "we(?:['’]re| are) (?:looking for|seeking|searching for|recruiting)\\s+(?:an?\\s+|our (?:next|new)\\s+)?",
      'join (?:us|our team) as\\s+(?:an?\\s+)?',
      'wir suchen(?:\\s+(?:dich|sie|ab sofort|zum nächstmöglichen zeitpunkt))*\\s*:?\\s+(?:als\\s+)?(?:(?:einen|eine|ein)\\s+)?',
      'wir stellen ein\\s*:?\\s+',
      "(?:nous recrutons|on recrute|nous recherchons|nous cherchons|rejoignez-nous en tant que|rejoins-nous en tant que)\\s*:?\\s+(?:(?:une?|un\\(e\\))\\s+|(?:notre|votre) (?:futur\\p{L}*|nouve\\p{L}*)\\s+)?",
      '(?:buscamos|se busca|estamos buscando|incorporamos|seleccionamos|únete como)\\s*:?\\s+(?:a\\s+)?(?:(?:una?)\\s+|nuestr[oa] (?:próxim[oa]|nuev[oa])\\s+)?',
      '(?:wij zoeken|we zoeken|wij zijn op zoek naar|we zijn op zoek naar|gezocht\\s*:|kom werken als)\\s*:?\\s+(?:een\\s+|onze nieuwe\\s+)?',
    ].join('|') +
    ')(?=\\p{L})',
  'iu',
);
// What the sentence goes on to say the hire is for: "… to join our team", "… para el
// desmantelamiento de la central", "… pour renforcer notre équipe", "… voor onze afdeling".
const HIRING_PURPOSE = /\s+(?:to (?:join|help|support|strengthen|lead)|who will|zur verstärkung|für (?:unser\p{L}*|das|die|den|dem)|pour (?:rejoindre|renforcer|notre|nos|le|la|les|l['’])|para (?:el|la|los|las|unirse|incorporarse|reforzar|nuestr\p{L}*)|voor (?:onze|ons|de|het)|om (?:ons|onze|het|de))(?![\p{L}]).*$/iu;

const ARTICLE_FORMS = /(?<![\p{L}])(una?|eine?n?|une?)\s?\/\s?(?:una?|o|a|n|r|e|eine?n?|une?)(?![\p{L}])/giu;

/**
 * The job a heading written as a hiring sentence names, without the sentence's opening words and
 * what it says the hire is for; null for a line that is no such sentence, or whose job does not
 * open with a capital (prose: "We are looking for an experienced engineer to …").
 * @example hiringSentenceTitle("We're hiring: HGV Driving Instructor") // 'HGV Driving Instructor'
 */
export function hiringSentenceTitle(line: string): string | null {
  // "Buscamos un/a …", "Wir suchen eine/n …": the article's two forms read as its first.
  const read = line.replace(ARTICLE_FORMS, '$1');
  const m = HIRING_LEAD.exec(read);
  if (!m) return null;
  const rest = read.slice(m[0].length).replace(HIRING_PURPOSE, '').replace(/\s*[.!]+$/u, '').trim();
  return /^\p{Lu}/u.test(rest) && rest.split(' ').length <= 8 ? rest : null;
}

// Suffixes that are not the role, after a dash, a comma or in brackets: the contract ("– Vollzeit",
// "- CDI", "(indefinido)"), the hours ("(32-40 uur)", "38,5 Std."), the shift pattern
// ("(ploegendienst)", "Schichtdienst") or the place ("- Ciudad de México", "(Remote)").
const SHIFT_OR_HOURS = [
  'ploegendienst', 'schichtdienst', 'schichtarbeit', '\\d-schicht(?:system|betrieb)?', 'nachtdienst', 'nachtschicht', 'travail posté', 'turnos rotativos', 'turno de noche', 'night shift', 'rotating shifts',
  '\\d+(?:[,.]\\d+)?\\s*(?:(?:-|–|tot|bis|à|a|to)\\s*\\d+(?:[,.]\\d+)?\\s*)?(?:uur|std\\.?|stunden|heures|horas|hours|hrs|fte|h(?![\\p{L}]))\\.?(?:\\s*(?:per week|a week|p\\.?w\\.?|pro woche|wöchentlich|/\\s*(?:week|woche|semaine|semana)|par semaine|hebdomadaires|por semana|semanales|a la semana))?',
  // The workload in days a week: "4 dagen", "4 days a week", "3-4 jours par semaine", "4 Tage/Woche".
  '\\d(?:\\s*(?:-|–|tot|bis|à|a|to)\\s*\\d)?\\s*(?:dagen|days|jours|días|dias|tage)(?:\\s*(?:per week|a week|par semaine|por semana|pro woche|in de week|/\\s*(?:week|woche|semaine|semana)))?',
  // The workload in per cent, as Swiss boards write it: "80–100%", "60 - 80 %", "100%".
  '\\d{2,3}\\s*(?:%\\s*)?(?:[-–]|bis|à|a|tot)\\s*\\d{2,3}\\s*%|\\d{2,3}\\s*%',
  // "Buchhalter in Teilzeit", "Comptable à temps partiel", "Contable a media jornada", "Boekhouder in
  // deeltijd": the hours, whichever they are, not the job.
  'in (?:voll|teil)zeit', 'à temps (?:plein|partiel|complet)', 'a (?:tiempo (?:completo|parcial)|media jornada|jornada (?:completa|parcial))', 'in (?:deel|vol)tijd',
  // The season with its year: "Agent portuaire saison 2027", "Skilehrer Saison 2026/27", "Socorrista temporada 2027".
  // A season named by its time of year, or a compound of it, with the year: "Skilehrer Wintersaison 2026/27",
  // "Ski Instructor - Winter 2026/27", "Monitor de esquí invierno 2026-2027", "Skileraar zomerseizoen 2027".
  '(?:\\p{L}*saison|\\p{L}*seizoen|\\p{L}*season|temporada|stagione|winter|summer|sommer|hiver|été|invierno|verano|zomer)\\s+\\d{4}(?:\\s*[-/]\\s*\\d{2,4})?',
  // Both hours at once: "Friseur in Voll- oder Teilzeit", "in Teil- oder Vollzeit".
  'in (?:voll|teil)-?\\s*(?:oder|und|/)\\s*(?:voll|teil)zeit',
  // A language the job is done in: "Crupier con inglés", "Réceptionniste avec anglais courant", "Kellner mit Englisch".
  '(?:con|avec|mit|met|with)\\s+(?:inglés|alemán|francés|neerlandés|anglais|allemand|espagnol|néerlandais|englisch|französisch|spanisch|niederländisch|engels|duits|frans|spaans|english|german|french|spanish|dutch)(?:\\s+(?:alto|fluido|avanzado|nativo|courant|fluide|fließend|verhandlungssicher|vloeiend|fluent|c1|b2))?',
].join('|');
const CONTRACT_OR_PLACE = [
  'vollzeit', 'teilzeit', 'voll- oder teilzeit', 'vollzeit oder teilzeit', 'auch in (?:teil|voll)zeit', '(?:in )?(?:teil|voll)zeit möglich', 'festanstellung', 'unbefristet', 'befristet', 'cdi', 'cdd', 'temps plein', 'temps partiel',
  // A seasonal contract: "– CDD saisonnier", "(Saisonstelle)", "- de temporada", "– seizoenswerk".
  'cdd saisonnier', 'saisonnier', 'saisonnière', 'seasonal', 'saisonstelle', 'saisonarbeit', 'de temporada', 'temporada', 'seizoens(?:werk|baan)',
  // The season itself: "– Winter Season", "– saison d'hiver", "- temporada de invierno", "– Wintersaison", "(winterseizoen)".
  '(?:winter|summer|ski|festive|christmas) season', "saison (?:d['’]hiver|d['’]été|hivernale|estivale|\\d{4}(?:[-/]\\d{2,4})?)", 'temporada de (?:invierno|verano|esquí)', '(?:winter|sommer|ski)saison', '(?:winter|zomer)seizoen',
  // When the job starts, as a board's title adds it: "– ab sofort", "- per direct", "(dès que possible)",
  // "– immediate start", "- incorporación inmediata".
  'ab sofort', 'zum nächstmöglichen zeitpunkt', 'per (?:direct|direkt|omgaande|subito)', 'direct beschikbaar', 'dès que possible', 'de suite', 'à pourvoir(?: immédiatement| dès que possible| de suite)?', 'immediate(?:ly)?(?: start)?', 'start(?:ing)? (?:asap|immediately)', 'asap', '(?:con )?incorporación inmediata',
  // The seasons a seasonal job spans, without a year: "(parttime, winter en zomer)", "– Winter", "(été et hiver)".
  '(?:winter|zomer|summer|sommer|hiver|été|invierno|verano)(?:\\s+(?:en|and|und|et|y|&)\\s+(?:winter|zomer|summer|sommer|hiver|été|invierno|verano))?',
  // Whether a firefighter is full-time or on call: "– Whole-time", "(beroeps)", "(hauptamtlich)".
  'whole-?time', 'wholetime', 'retained', 'on-call', 'beroeps', 'vrijwillig(?:er)?', 'hauptamtlich', 'ehrenamtlich', 'volontaire',
  'temps complet', 'tiempo completo', 'tiempo parcial', 'jornada parcial', 'voltijds?', 'deeltijds?', 'halftijds?',
  'indefinido', 'contrato indefinido', 'jornada completa', 'media jornada', 'vast contract', 'vaste baan', 'vast dienstverband', 'fulltime', 'parttime', 'full[- ]time', 'part[- ]time',
  // A post held for someone away: "- Sustitución", "– Remplacement", "(Elternzeitvertretung)", "- Maternity Cover".
  'sustituci[oó]n', 'suplencia', 'interinidad', 'remplacement', '\\p{L}*vertretung', 'vervanging', '(?:maternity|paternity|parental|sickness) cover',
  // Working from home as the place: "- Home Based", "(Home-based)", "– thuiswerk", "- desde casa".
  'home[- ]?based', 'work from home', 'working from home', 'thuiswerk', 'desde casa', 'depuis (?:la|votre) maison',
  'permanent', 'fixed[- ]term', 'temporary', 'tijdelijk', 'interim', 'freelance', 'minijob',
  // Paid by the shift called: "(Casual)", "– zero hours", "(bank)", "(auf Abruf)", "(à la vacation)", "(por horas)", "(oproepkracht)".
  'casual', 'zero[- ]hours?', 'bank', 'relief', 'auf abruf', 'aushilfe', 'vacataire', 'à la vacation', 'por horas', 'oproep(?:basis|kracht)?', '(?:100\\s*%\\s*|full[- ]?|fully\\s+|volledig\\s+|totalmente\\s+|en\\s+)?remote', '(?:100\\s*%\\s*)?(?:télétravail|teletrabajo|thuiswerken|home-?office)', 'hybrid', 'hybride', 'híbrido', 'remoto', 'télétravail', 'on-?site', 'presencial',
  'en équipes?', 'turnos?', '(?:dag|nacht|avond|vroege|late|weekend)ploeg', 'nights?', 'days', 'evenings?', 'weekends?', 'nachts?', 'nachtdienst(?:en)?', 'avonddienst(?:en)?', '\\d-ploegen(?:dienst|systeem)?', '(?:de|en) nuit', 'de noche', 'turno (?:de )?(?:noche|nocturno|mañana|tarde|diurno|partido)', '(?:dag|nacht|avond|weekend|vroege|late)dienst(?:en)?', '(?:day|night|early|late|evening) shifts?', '(?:poste|équipe) de (?:nuit|jour|matin)', '\\dx8', 'en \\dx8', '(?:früh|spät|wechsel|nacht)schicht', '\\d-schicht(?:system|betrieb)?', 'shift work', '\\p{L}+schicht(?:betrieb|system|dienst|modell)?', '(?:ciudad|city|ville|stadt|stad|región|region|provincia|comunidad) de [\\p{L} ]+', '(?:ciudad|city|ville|stadt) [\\p{L} ]+',
  // A sales region: "– Region Süd", "– Zona Levante", "- Secteur Ouest", "– Regio Noord".
  '(?:region|región|regio|zona|zone|secteur|gebiet|vertriebsgebiet|territory|territoire|territorio) [\\p{L} -]+',
  // A district, which a trade or a service is given by: "– Kehrbezirk Freising 3", "- District 4", "– Distrito Norte".
  '(?:\\p{L}*bezirk|district|distrito|arrondissement|wijk|landkreis|comarca) [\\p{L}\\d -]+',
  // A French town with its département: "Agen (47)", "Vannes (56)".
  "\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+){0,2}\\s*\\(\\d{2,3}\\)",
  // The language the job is done in, as a requirement: "(English speaking)", "– deutschsprachig",
  // "(francophone)", "(bilingüe)", "(Engelstalig)".
  '(?:english|german|french|spanish|dutch|italian|portuguese|englisch|deutsch|französisch|spanisch|niederländisch|anglais|allemand|espagnol|néerlandais|inglés|alemán|francés|neerlandés|engels|duits|frans|spaans)[- ]?(?:speaking|speaker|sprachig|parlant|hablante)',
  '(?:anglophone|francophone|germanophone|hispanophone|néerlandophone|hispanohablante|angloparlante|deutschsprachig|englischsprachig|engelstalig|nederlandstalig|franstalig|duitstalig|bilingual|bilingue|bilingüe|zweisprachig|tweetalig)',
  SHIFT_OR_HOURS,
].join('|');
// A title followed by the word for "wanted": "Hundefriseur/in gesucht", "Kapper gezocht", "Barista wanted".
const WANTED = String.raw`(?:dringend\s+)?gesucht|(?:dringend\s+)?gezocht|wanted|recherch[ée]e?s?`;
// After a dash, a comma or in brackets, any of them, one or several ("- Evenings & Weekends",
// "(Vollzeit und Schicht)"); after a plain space only hours and shifts
// ("Produktionshelfer Schichtdienst"), since "Head of Remote" is a role.
export const TITLE_SUFFIX = new RegExp(
  `(?:(?:\\s+[-–—|]\\s+|,\\s*|\\s*\\(\\s*)(?:${CONTRACT_OR_PLACE})(?:(?:\\s*[,/&+]\\s*|\\s+(?:and|und|et|y|en)\\s+|\\s+(?=(?:temps|tiempo|jornada|full|part|voll|teil|days|nights|evenings|weekends)(?![\\p{L}])))(?:${CONTRACT_OR_PLACE}|\\p{Lu}{2,3}(?=\\s*\\)?\\s*$)))*(?:\\s+(?:möglich|possible|posible|mogelijk|optional|available|bespreekbaar|negociable))?|\\s+(?:${SHIFT_OR_HOURS})|\\s+(?:${WANTED})!*)\\s*\\)?\\s*$`,
  'iu',
);

export const SUFFIX_ONLY = new RegExp(`^(?:${CONTRACT_OR_PLACE})$`, 'iu');

/**
 * A title without up to three suffixes that are not the role (a contract, the hours, a shift, a place),
 * unless the title would be nothing but the suffix.
 * @example stripSuffixes('Koch - Vollzeit') // 'Koch'
 */
export function stripSuffixes(title: string): string {
  let t = title;
  for (let i = 0; i < 3; i++) {
    const m = shiftAfterRole(t) ?? TITLE_SUFFIX.exec(t);
    // Keep a title that would be nothing but the suffix ("Teilzeit", "Remote").
    if (!m || m.index < 2) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

// The shift or the time of day a role is worked at, written after it with a plain space, as the hours
// are, with the preposition that makes it the time of the work: "Agent de production en poste du
// matin", "Reponedor en turno de noche", "Care Assistant on nights", "Lagerhelfer im Nachtdienst",
// "Orderpicker in de nachtploeg". Without one, a shift may be the team a leader leads ("Ploegleider
// nachtploeg"). The night, the evening or a named shift only: a day ("hôpital de jour",
// "Tagespflege", "dagbesteding") is often a place or a service.
const SHIFT_NAMED = [
  String.raw`en (?:poste|équipe|horaires?) (?:de|du) (?:nuit|matin|soir|soirée|week-end)`,
  String.raw`en turnos? (?:de )?(?:noche|tarde|mañana|fin de semana)`,
  String.raw`on (?:nights|evenings|weekends|(?:the )?(?:night|evening|weekend|late|early) shifts?)`,
  String.raw`(?:im|in der|für die|für den)\s+(?:nacht|spät|früh|wochenend)(?:schicht|dienst)`,
  String.raw`in de (?:nacht|avond|weekend)(?:dienst|ploeg)`,
].join('|');
const SHIFT_BARE = String.raw`(?:de|en|du) nuit|(?:de|por la) (?:noche|madrugada)|nocturn[oa]s?`;
const SHIFT_AFTER_ROLE = new RegExp(String.raw`\s+(?:(${SHIFT_NAMED})|${SHIFT_BARE})\s*$`, 'iu');

/** The shift a title closes with, as a match to cut at, or null. */
function shiftAfterRole(t: string): RegExpExecArray | null {
  const m = SHIFT_AFTER_ROLE.exec(t);
  if (!m) return null;
  const head = t.slice(0, m.index);
  return m[1] !== undefined || JOB_WORD.test(head) || head.trim().split(/\s+/u).length >= 2 ? m : null;
}

// "Store Manager – Glasgow Buchanan Street" for a job in Glasgow, "Pfleger – 66111 Saarbrücken": a
// dash segment that opens with the listing's own town, or with a postcode, names the site.
export function dropPlaceSuffix(title: string, location: string | null, text: string): string {
  const m = /^(.+?)\s+[-–—|]\s+([^-–—|]{2,60})$/u.exec(title);
  if (!m || JOB_WORD.test(m[2] ?? '')) return title;
  const seg = (m[2] ?? '').trim();
  const town = /^\p{Lu}[\p{L}'-]{2,}/u.exec(seg)?.[0];
  const isPostcode = /^\d{4,5}\s+\p{Lu}/u.test(seg);
  const isTown = town !== undefined && ((location !== null && location.split(/[,·/(]/)[0]?.trim() === town) || new RegExp(`^[ \\t]*(?:[-•·*][ \\t]*)?(?:\\d{4,5}(?:[ \\t]?\\p{Lu}{2})?[ \\t]+)?${escapeRegExp(town)}(?:[ \\t]+\\(\\d{2,3}\\)|[ \\t]+\\p{Lu}{1,2}\\d[\\dA-Z]?)?[ \\t]*$`, 'mu').test(text) || new RegExp(`(?:^|\\n)[*_]*(?:location|locations|standort|arbeitsort|ort|lieu|localisation|ubicación|localidad|locatie|plaats|werkplek)[*_]*[ \\t]*:?[*_]*[ \\t]*(?:[^\\n]{0,40}[ \\t,])?${escapeRegExp(town)}(?![\\p{L}])`, 'iu').test(text));
  return isPostcode || isTown ? (m[1] ?? title).trim() : title;
}
