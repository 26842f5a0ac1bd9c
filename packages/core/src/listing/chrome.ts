import { CLOSING_SOURCE } from '../closings';
import { isNavLine, readCrumb } from './layout';

// Page chrome told by its shape, not by its wording on one board: the link labels a site repeats
// on every page (navigation, account menus, keyboard hints, upsells) and its legal lines. None of
// them names a job or an employer, so neither the title nor the company may come from one.

// Verbs a link or button opens with, in the five languages: go back, skip, close, open a menu, sign
// in, try a product, introduce oneself, see, show. A line that starts with one is an action.
const ACTION_VERB =
  /^(?:back(?= to\b|$)|go(?= to\b)|skip|jump|close|return|view|see|show|hide|try|sign|log|create|upload|introduce|edit|select|choose|download|follow|zurück|zur(?:ück)?|gehe|springe|schließen|öffnen|anzeigen|alle anzeigen|hochladen|melde|erstelle|stellen? sie sich|retour(?:ner)?|revenir|aller|accéder|fermer|ouvrir|voir|afficher|masquer|télécharger|déposer|créer|présentez|volver|regresar|ir(?= a\b)|acceder|cerrar|abrir|ver|mostrar|subir|crear|preséntate|descargar|terug|ga(?= naar\b| direct\b)|sluit|open(?:en)?(?= menu\b)|bekijk|toon|verberg|upload|maak|stel|meld)(?![\p{L}])/iu;
// The reader's own things: "My candidate space", "Your applications", "Introduce yourself".
const PERSONAL = /(?<![\p{L}])(?:my|your|yourself|for you|für dich|für sie|pour vous|pour toi|para ti|para usted|voor jou|voor u|mon|ma|mes|votre|vos|mein|meine|meinen|dein|deine|mi|mis|tu|tus|mijn|jouw|jezelf|uzelf)(?![\p{L}])/iu;
// Words of a site's interface rather than of a job or an employer.
const UI_WORDS = new Set(
  ('menu shortcuts shortcut keyboard notifications notification feed filters filter settings account premium results result overview list page content main search navigation ' +
    'employers recruiters jump skip close back candidates candidate space access login profile dashboard alerts alert inbox messages messaging saved me network business learning updates home start jobs careers career date posted level reset promoted recruiting actively ' +
    'arbeitgeber startseite karriere übersicht trefferliste ergebnisliste suchergebnisse inhalt hauptinhalt navigation konto menü benachrichtigungen merkliste zugang bewerberportal ' +
    'employeurs recruteurs accueil carrière carrières espace candidat candidats accès contenu principal résultats liste compte tableau bord alertes ' +
    'inicio carreras empleos acceso candidatos candidato área contenido resultados lista cuenta ofertas alertas panel ' +
    'werkgevers vacatures werken inhoud overzicht resultaten lijst account kandidaten kandidaat toegang meldingen ' +
    // A cookie banner's buttons: "Alle akzeptieren  Einstellungen  Nur notwendige", "Tout accepter  Paramètres".
    'accept reject necessary essential preferences cookies akzeptieren ablehnen einstellungen notwendige erforderliche ' +
    'accepter refuser paramètres personnaliser nécessaires aceptar rechazar configurar configuración necesarias accepteren weigeren instellingen noodzakelijke').split(' '),
);
// A button that does something to the advert itself: report, save, share or print it, the verb before
// the advert's word ("Report job", "Signaler l'offre", "Guardar oferta") or, in German and Dutch, after
// it ("Anzeige melden", "Vacature opslaan"). "Reports to the Head of Finance" is no such button.
const AD_WORD = String.raw`(?:job|ad|advert|listing|vacancy|posting|offre(?: d['’]emploi)?|annonce|oferta(?: de empleo)?|anuncio|empleo|anzeige|stellenanzeige|stelle|stellenangebot|inserat|vacature|advertentie)`;
const AD_ACTION = new RegExp(
  String.raw`^(?:(?:report|flag|save|share|print|bookmark|signaler|partager|sauvegarder|enregistrer|imprimer|denunciar|reportar|compartir|guardar|imprimir|meld|deel|bewaar|print)\s+(?:(?:this|the|cette|l['’]|la|el|esta|este|deze|de|diese|die)\s*)?${AD_WORD}|(?:(?:diese|die|deze|de)\s+)?${AD_WORD}\s+(?:melden|merken|teilen|speichern|drucken|rapporteren|delen|opslaan|bewaren|printen))$`,
  'iu',
);

// "© 2026 Acme", "All rights reserved", "Tous droits réservés", "Alle Rechte vorbehalten".
const LEGAL = /©|\(c\)\s*\d{4}|\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|alle rechten voorbehouden|privacy policy|terms of (?:use|service)|datenschutz|impressum|mentions légales|aviso legal|política de privacidad|privacyverklaring|algemene voorwaarden)\b/iu;
// A phone number ("Tel. 985 21 77 30"), a price on an upsell ("Try Premium for $0") or a reference number ("Réf. 178455213W-6021").
const PRICE_OR_REF = /^(?:tel|tél|telf|teléfono|telefon|telefoon|phone|fax|mobile?|móvil|portable)\.?\s*:?\s*[+(\d]|[$€£]\s?\d|\d\s?[$€£]|^(?:réf|ref|referencia|referenz|kennziffer|job id|req(?:uisition)?)\b\.?(?:\s|:|$)|^id\s*:|\d{5,}[\p{L}-]|[\p{L}-]\d{5,}/iu;

// A results page's navigation around a listing, in the five languages: the counter of the hit shown
// ("Treffer 3 von 48", "Result 3 of 48", "Offre 3 sur 48", "Oferta 3 de 48", "Vacature 3 van 48"),
// the links to the next or previous hit ("Nächster Treffer »", "‹ Previous job", "Offre suivante",
// "Siguiente oferta", "Volgende vacature"), the search's own heading with its query after a colon
// ("Suchergebnisse: Schichtleiter · 48 Treffer", "Buscar empleo: encargado vivero · Zona: Norte",
// "Résultats de recherche : …", "Zoekresultaten: …") and a results count closing a line or one of its
// "·" fields ("· 48 Treffer", "1.284 vacatures gevonden"). None names the job: they repeat the search.
const HIT = String.raw`(?:treffer|ergebnis(?:se)?|stellen?(?:angebot)?|anzeigen?|results?|jobs?|vacanc(?:y|ies)|postings?|résultats?|offres?|annonces?|resultados?|ofertas?|anuncios?|empleos?|resultaten|resultaat|vacatures?)`;
const RESULT_NAV = new RegExp(
  [
    String.raw`(?<![\p{L}])${HIT}\s+\d+\s*(?:von|of|out of|sur|de|van|uit)\s*\d+(?!\d)`,
    String.raw`(?<![\p{L}])\d+\s*(?:von|of|out of|sur|de|van|uit)\s*\d+\s+${HIT}(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:nächste[rs]?|vorherige[rs]?|next|previous|prev|suivante?|précédente?|siguiente|anterior|volgende|vorige)\s+${HIT}(?![\p{L}])`,
    String.raw`(?<![\p{L}])${HIT}\s+(?:suivante?|précédente?|siguiente|anterior)(?![\p{L}])`,
    String.raw`^(?:suchergebnisse|ergebnisse|search results|results|résultats(?: de (?:la |votre )?recherche)?|resultados(?: de (?:la |tu )?búsqueda)?|zoekresultaten|resultaten|(?:buscar|busca|búsqueda de) (?:empleos?|trabajos?|ofertas)|(?:jobs?|stellen) suchen|jobsuche|stellensuche|search (?:jobs|vacancies|roles)|job search|recherche d['’]emploi|rechercher (?:un emploi|des offres)|(?:vacatures )?zoeken|zoek vacatures)\s*:`,
    String.raw`(?:^|[·|•]\s*)\d[\d.,]*\+?\s+${HIT}(?:\s+(?:gefunden|found|trouvée?s|encontrad[oa]s|gevonden))?\s*(?:[·|•].*)?$`,
  ].join('|'),
  'iu',
);

/**
 * Whether a short line is a link label or a legal line of the site around a listing rather than a
 * part of the listing: it opens with an action verb, speaks of the reader's own things, is made
 * of interface words, carries a price or a reference number, or is a copyright or legal line.
 * @example isLinkLabel('Zurück zur Übersicht') // true
 */
export function isLinkLabel(line: string): boolean {
  // "← Zurück zur Trefferliste", "‹ Back to jobs": an arrow before a link label.
  const t = line.replace(/[*_#>[\]]+/g, ' ').replace(/^[←‹«<↩⟵]+/u, '').replace(/\s+/g, ' ').trim();
  if (!t) return false;
  if (LEGAL.test(t) || PRICE_OR_REF.test(t) || RESULT_NAV.test(t)) return true;
  const words = t.split(' ');
  if (words.length > 7) return false;
  if (ACTION_VERB.test(t) || PERSONAL.test(t) || AD_ACTION.test(t)) return true;
  // "For Employers", "Für Unternehmen", "Pour les recruteurs": a menu for another audience.
  if (words.length <= 4 && /^(?:for|für|pour|para|voor)\s/iu.test(t)) return true;
  const ws = t.toLowerCase().split(/[\s?|·•/>›»:,()]+/u).filter((w) => w && !/^(?:to|the|of|for|a|an|zur|zum|der|die|das|de|des|du|la|le|les|el|los|las|al|del|van|het|naar|en|et|y|und|and|\d+)$/u.test(w));
  return ws.length > 0 && ws.filter((w) => UI_WORDS.has(w)).length / ws.length >= 0.6;
}

/**
 * A board's heading over its list of other jobs: "Similar jobs", "Ähnliche Stellen", "Offres similaires",
 * "Meer jobs zoals deze"; or the heading with the list after a colon on its line ("Soortgelijke
 * vacatures: Teeltmanager · Medewerker gewasbescherming"). Told by its grammar, in the five
 * languages: a word for other or similar before a word for jobs ("Other roles at Acme", "Weitere
 * Stellen dieses Arbeitgebers", "Autres offres chez Acme", "Otras ofertas de la empresa",
 * "Gelijkaardige vacatures"), a word for jobs before one for similar ("Offres d'emploi similaires",
 * "Ofertas relacionadas"), or a line that says these may interest the reader ("Ces offres pourraient
 * vous intéresser", "Das könnte dich auch interessieren", "Te pueden interesar").
 */
const JOBS_NOUN = String.raw`(?:jobs?|roles|vacanc(?:y|ies)|positions|openings|job offers|offers|opportunities|stellen(?:angebote|anzeigen)?|jobangebote|angebote|offres(?: d['’]emploi)?|emplois|postes|annonces|ofertas(?: de (?:empleo|trabajo))?|empleos|vacantes|trabajos|puestos|vacatures|functies|banen)`;
const OTHER_WORD = String.raw`(?:similar|related|other|more|ähnliche|weitere|andere|mehr|autres|d['’]autres|plus d['’]|otras|otros|más|vergelijkbare|soortgelijke|gelijkaardige|gelijksoortige|andere|meer)`;
const LIKE_WORD = String.raw`(?:similaires|proches|associées|similares|relacionad[oa]s|parecid[oa]s|similar|like this|zoals deze|wie diese[rn]?)`;
const INTEREST = String.raw`(?:(?:[\p{L}']+\s+){0,3}(?:könnte[n]? (?:dich|sie|ihnen) (?:auch |ebenfalls )?interessieren|pourrai(?:en)?t (?:aussi |également )?vous intéresser|(?:te |le )?(?:pueden|podrían|puede|podría) (?:también )?interesar(?:te|le)?|(?:you )?(?:may|might) also (?:like|be interested in)|(?:jobs )?you (?:may|might) (?:also )?like|(?:vind je )?misschien ook interessant|ook interessant voor (?:jou|u)))`;
export const SIMILAR_JOBS = new RegExp(
  String.raw`^(?:${OTHER_WORD}\s+(?:[\p{L}-]+\s+)?${JOBS_NOUN}(?:\s+(?!(?:gefunden|found|trouvées|encontrad|gevonden))[^:·|]{0,40})?|${JOBS_NOUN}\s+${LIKE_WORD}|${INTEREST}|people also viewed|(?:estas )?ofertas (?:que )?(?:también )?(?:te )?(?:pueden|podrían) interesar(?:te)?|meer (?:jobs|vacatures) zoals (?:deze|dit)|mehr (?:jobs|stellen) wie (?:diese[rn]?|dieser)|plus d['’]offres comme celle-ci|más (?:ofertas|empleos) como (?:esta|este))\s*(?::.*)?$`,
  'iu',
);

/**
 * A listing without the board's list of other jobs under it (after a "Similar jobs" heading past its
 * first lines): those jobs' titles, places and workplace tags are not this job's.
 * @example withoutOtherJobs('Data Analyst\nHybrid\nA\nB\nSimilar jobs\nCook · On-site') // 'Data Analyst\nHybrid\nA\nB'
 */
export function withoutOtherJobs(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i > 3 && SIMILAR_JOBS.test(l.replace(/[*_#]+/g, '').trim()));
  return at > 0 ? lines.slice(0, at).join('\n').trimEnd() : text;
}

// Chrome told by its wording: board names, buttons, counts, dates, cookie notes, a forwarded
// mail's header and its note to the reader. The title and the company readers share these.

// The words a note to the reader opens with ("Hoi Joost,", "Hello Priya!", "Querida Ana,").
const GREETING_WORDS = 'hoi|hi|hallo|hello|hey|dear|beste|liebe|lieber|bonjour|salut|coucou|hola|querid[oa]|ciao';
// A line that is only a salutation or a closing of a mail ("Buenos días,", "Bien cordialement,",
// "Groet,", "Kind regards", "Mit freundlichen Grüßen"), in the five languages: never a title or a
// company. The closings are the shared list of ../closings; the salutations are read here.
const SALUTATION_OR_CLOSING = [
  'good (?:morning|afternoon|evening|day)', 'hello(?: (?:all|everyone|team))?', 'hi(?: (?:all|everyone|team))?', 'dear (?:all|colleagues|sir or madam|sir|madam|team)', 'to whom it may concern',
  'guten (?:tag|morgen|abend)', 'hallo(?: zusammen| alle)?', 'liebe kolleginnen und kollegen', 'sehr geehrte damen und herren', 'moin',
  'bonjour(?: à tous| à toutes)?', 'bonsoir', 'madame,? monsieur', 'chers collègues', 'chère? (?:collègue|madame|monsieur)',
  'buen(?:os|as) (?:días|tardes|noches)', 'hola(?: a tod[oa]s)?', 'estimad[oa]s?(?: compañer[oa]s| colegas| señor(?:es|a)?)?', 'a quien corresponda',
  'goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'hoi allemaal', 'beste collega[\'’]?s', 'geachte (?:heer|mevrouw|heer/mevrouw|collega[\'’]?s)',
  CLOSING_SOURCE,
].join('|');
export const SALUTATION = new RegExp(`^(?:${SALUTATION_OR_CLOSING})\\s*[,!.:]?$`, 'iu');

// Page chrome around a listing: board names, buttons, counts, dates, cookie notes, breadcrumbs.
// A job board's or a tracker's name, alone or with one word after it ("StepStone", "InfoJobs España").
const BOARD_NAME_SOURCE = '^(linkedin|indeed|glassdoor|stepstone|welcome to the jungle|greenhouse|lever|workday|ashby|workable|personio|smartrecruiters|xing|infojobs|tecnoempleo|nationale vacaturebank|monster|recruitee|hellowork|apec|jobteaser|intermediair|werkzoeken(?:\\.nl)?|werk\\.nl|jobat|softgarden|cadremploi|jobijoba|computrabajo|infoempleo|totaljobs|reed|cv-library|dice|ziprecruiter|wellfound|otta|jobs\\.ch|karriere\\.at|meinestadt|kimeta|indeed\\.com|monster\\.de|glassdoor\\.com|join)(?:\\s+\\p{L}+)?$';
export const BOARD_NAME = new RegExp(BOARD_NAME_SOURCE, 'iu');
export const CHROME = new RegExp(
  [
    // The page's source and date fields, in the five languages ("Bron: Werkzoeken.nl", "Fuente: …").
    '^(url|date|datum|fecha|source|quelle|bron|fuente|herkunft|origine)\\s*:',
    // When the advert went up: "Publié le 30 novembre 2026", "Posted on 3 March", "Veröffentlicht am 2.12.",
    // "Publicado el 4 de mayo", "Geplaatst op 1 december", "Mis en ligne il y a 3 jours", "Actualisé le …".
    '^(?:publiée?|mise? en ligne|actualisée?|mise? à jour|posted|published|updated|veröffentlicht|aktualisiert|online seit|publicad[oa]|actualizad[oa]|geplaatst|gepubliceerd|bijgewerkt)(?:\\s+(?:le|on|am|seit|el|op|il y a|vor|hace|sinds))?\\s+(?:\\d|(?:today|yesterday|heute|gestern|aujourd|hier|hoy|ayer|vandaag|gisteren)\\b)',
    // A careers site's link back to its list: "Alle Stellen", "All roles", "Toutes nos offres".
    '^(?:alle (?:stellen(?:angebote)?|jobs|vacatures)|all (?:jobs|roles|vacancies|openings|positions)|toutes (?:les|nos) offres|todas las (?:ofertas|vacantes))$',
    // A forwarded e-mail's header: "Subject: …", "Asunto: …", "Von: …", "---------- Forwarded message ---------".
    '^(?:subject|betreff|asunto|objet|sujet|onderwerp|from|von|van|de|to|an|aan|para|pour|à|cc|sent|gesendet|envoyé|enviado|verzonden|fwd?|wg|tr|rv)\\s*:', '^-{2,}\\s*[\\p{L} ]+?\\s*-{2,}$',
    // The careers site's banner: "Werken voor Acme", "Karriere bei Acme", "Travailler chez Acme".
    '^(?:werken (?:bij|voor)|karriere bei|arbeiten bei|travailler chez|trabaja (?:en|con)|careers at|working at)\\s+\\p{Lu}', 'cookie', '\\s[>›»]\\s', BOARD_NAME_SOURCE,
    '^(apply|easy apply|apply now|apply for this job|save|jetzt bewerben|bewerben|schnellbewerbung|merken|postuler|candidature simplifiée|postuler à cette offre|sauvegarder|inscribirme|solicitar|solicitud sencilla|guardar|solliciteer nu|solliciteren|eenvoudig solliciteren|opslaan|i\'m interested|share|teilen|partager|compartir|delen)\\b',
    // A rating ("3,8 ★", "★★★★☆") is chrome; a star after a name's one digit is the place's
    // class ("Directeur de camping 4★", "Réceptionniste hôtel 5★"), a part of the title.
    '(out of 5 stars|(?<!\\p{L}\\s\\d\\s?)★)', '^(vdab|le forem|actiris|france travail|pôle emploi|bundesagentur für arbeit|jobbörse|sepe|nhs jobs|jobs\\.ac\\.uk|adzuna|jooble|talent\\.com|jobted|caterer|hosco)$', '\\s[-–|]\\s*(werken bij|careers?|karriere|jobs|vacatures|carrières|empleo|trabaja con nosotros)$', '^(search|find|suche|finden|rechercher|trouver|buscar|encontrar|zoek|vind)\\b.{0,20}\\b(jobs?|roles|vacancies|stellen|offres|empleos?|ofertas|vacatures)$', '^(?:passer au contenu(?: principal)?|aller au contenu(?: principal)?|direkt zum (?:haupt)?inhalt|zum (?:haupt)?inhalt springen|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|naar (?:de )?(?:hoofd)?(?:content|inhoud)(?: gaan)?|ga naar (?:de )?(?:hoofd)?(?:content|inhoud))$', '^(skip to (main )?content|sign in|sign up|log ?in|anmelden|registrieren|se connecter|connexion|s\'inscrire|iniciar sesión|acceder|inloggen|aanmelden)$', '^(\\d+\\s*(days?|weeks?|hours?)\\s+ago|posted|reposted|vor \\d|veröffentlicht|erneut|il y a|publiée|republiée|hace \\d|publicada|actualizada|\\d+ dagen|\\d+ weken|geplaatst|opnieuw)',
    '(applicants|bewerbung|bewerber|candidats|candidatures|solicitudes|solicitantes|sollicitanten)', '^(full[- ]time|part[- ]time|permanent|vollzeit|teilzeit|feste anstellung|cdi|cdd|temps plein|jornada completa|contrato indefinido|fulltime|parttime|vast dienstverband)',
    '^(locations|time type|posted on|job requisition id|location|employment type|location type|department|overview|application|description|job description|full job description|about the job|info zum job|à propos de l’offre d’emploi|acerca del empleo|over de vacature|le poste|salaire|promoted|gesponsert)\\b',
    // A forwarding note to the reader: "Hoi Joost, is dit niet iets voor jou?", "Hello Priya!".
    `^(?:${GREETING_WORDS})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s*[,!]`,
    SALUTATION.source,
    '^(?:vacancy|job|position|role|offer|stellen|job-?|offre|poste|oferta|puesto|vacature|functie)\\s*(?:details|detail|beschreibung|informationen|détails|detalles|informatie|omschrijving)$', '^(?:détails|detalles|details) (?:de l[\'’]offre|du poste|de la oferta|del puesto|van de vacature)$',
    '^(?:search|zoeken|zoek|suche|suchen|rechercher|recherche|buscar|búsqueda|what|was|quoi|qué|wat)\\s*:.{0,80}\\s(?:where|wo|où|dónde|waar|locatie|location|ort|lieu|ubicación|plaats)\\s*:',
    '^(?:job alerts?|set (?:a )?(?:job )?alert|jobalarm|job-alarm|jobagent|vacaturemelding(?: instellen)?|alerte(?:s)? (?:emploi|e-mail)|créer une alerte|alerta de empleo|crear (?:una )?alerta)\\b',
    '^(show more|see more|mehr anzeigen|weiterlesen|voir plus|afficher plus|ver más|mostrar más|meer weergeven|lees meer)$', '^r-\\d+$', '^\\d', '(?:^|\\s)(?:logo|logotipo|logotype)$', '^(?:logo|logotipo|logotype)\\s+(?:de|von|of|van|du|del)\\s', '^(?:search|suche|suchen|rechercher|recherche|buscar|búsqueda|zoeken|zoek)$', '^(?:search (?:this|the) (?:site|website)|(?:diese )?(?:seite|website) durchsuchen|rechercher sur (?:le|ce) site|buscar en (?:el|este) sitio|zoeken op (?:de|deze) (?:site|website))$', '^(?:[a-z]{2}\\s*[|/·]\\s*)+[a-z]{2}$', '^(?:en|de|fr|es|nl|it|pt)$', '^(?:jobsuche|jobbörse|stellenbörse) der (?:bundesagentur|agentur) für arbeit$', '^info over de vacature$', '^home\\b|^careers?\\b|^jobs?\\b|^karriere\\b|^offres?\\b|^empleos?\\b|^vacatures?\\b',
  ].join('|'),
  'iu',
);

export function clean(s: string): string {
  // "Referent*in", "Leiter_in": a gender form, kept (as "Leiter:in") for stripGenderForms, not Markdown.
  // "> Northern Sinfonia Trust — Orchestra Manager": a quoted line of a forwarded mail is the listing's.
  return s.replace(/(?<=\p{Ll}{2})[*_](?=in(?:nen)?(?![\p{L}]))/gu, ':').replace(/^(?:>[ \t]*)+/, '').replace(/^#+\s*/, '').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

// "Brewing Co.", "25-30 Std.": a dot that ends an abbreviation does not make a line a sentence.
const ABBREVIATION_END = /(?:[\s.]\p{Lu}\p{Ll}{0,2}|\d\s*(?:std|hrs|h))\.$/u;

// A board's search form pasted as one line: a question or label for the job and one for the place,
// each followed by what was typed, and the search button ("¿Qué buscas? director camping ¿Dónde?
// Girona Buscar", "Wat zoek je? parkmanager Waar? Renesse + 25 km Zoeken", "What? nurse Where? Leeds
// Search", "Was? Koch Wo? Berlin Umkreis 25 km Jobs finden", "Quel métier ? serveur Où ? Lyon
// Rechercher"); a place field with a search radius before the button says the same. It repeats the
// reader's search, not the job.
const WHAT_FIELD = /^¿?(?:what|which job|was|welcher job|quoi|quel(?:le)? (?:métier|poste|emploi)|qué|que|wat|welke (?:functie|baan))(?:\s+\p{L}+){0,3}\s*[?:]/iu;
const WHERE_FIELD = /(?:^|\s)¿?(?:where|wo|où|dónde|donde|waar|location|ort|lieu|ubicación|localidad|plaats|locatie)(?:\s+\p{L}+){0,2}\s*[?:]/iu;
const RADIUS = /(?:^|\s)(?:\+\s*|(?:within|umkreis(?: von)?|rayon(?: de)?|dans un rayon de|radio(?: de)?|straal(?: van)?)\s+)\d{1,3}\s*(?:km|mi|miles|kilometers?|kilometer)(?![\p{L}])/iu;
const SEARCH_BUTTON = /\s(?:search|find jobs|suchen|jobs finden|finden|rechercher|chercher|buscar|buscar ofertas|zoeken|zoek|vind vacatures)$/iu;

/**
 * Whether a line is a board's search form: a job field and a place field, or a place field or a
 * radius before the search button.
 * @example isSearchForm('Wat zoek je? parkmanager   Waar? Renesse   + 25 km   Zoeken') // true
 */
export function isSearchForm(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  const where = WHERE_FIELD.test(t);
  return (WHAT_FIELD.test(t) && where) || ((where || RADIUS.test(t)) && SEARCH_BUTTON.test(t));
}

export function isChrome(line: string): boolean {
  return CHROME.test(line) || isSearchForm(line) || isNavLine(line) || isLinkLabel(line) || line.length > 120 || (/[.!?]$/.test(line) && line.split(' ').length > 6 && !ABBREVIATION_END.test(line)) || (/\p{Ll}{3}\.$/u.test(line) && line.split(' ').length >= 3) || readCrumb(line) !== null;
}

// "Hoi Joost", "Hello Priya": a note's greeting names the reader, not the employer.
export const GREETING = new RegExp(`^(?:${GREETING_WORDS})\\s`, 'iu');
