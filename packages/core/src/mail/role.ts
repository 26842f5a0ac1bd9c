// The role a message is about, from the phrases that name it in five languages and from the
// subject lines ATSs write ("Role at Company", "Company - Role"). Written on the training split.
import { foldPlain as fold } from '../text-fold';
import { isTown } from '../places/zone-towns';

// A participle that closes the clause after the title is the sentence's verb, not a word of it
// ("… voor de functie Beleidsadviseur energietransitie beoordeeld.", "Vacante de Sumiller
// cancelada"): Dutch "ge-/be-/ver-/ont-/her- … -d/-t/-en", Spanish "-ado/-ido" in lower case. Not a
// noun of the title: "-heid", "-ing(en)" ("Adviseur verzekeringen"), a Spanish noun after "de"
// ("Técnico de sonido"). Case-sensitive, so it is cut from the match, not written into a pattern
// compiled without case.
const PARTICIPLE_END = /(?:\s+(?:ge|be|ver|ont|her)\p{Ll}{2,12}(?:d|t|en)(?<!eid|ingen)|(?<!\s(?:de|del|la|el|y|e|a|al))\s+\p{Ll}{2,}(?:ad|id)[oa]s?)$/u;

// Each also stops at a closing quote, and at a verb, a participle or a day word of the sentence
// that follows the title ("… prévu le lundi", "… mañana, jueves", "… staat klaar", "… verzetten").
// A title's gender ending glued to it ("Conseiller(ère)", "Chef(fe)", "Gärtnermeister:in") does not
// end it, nor does a joining word after a hyphen that closes half a compound ("Medien- und
// Informationsdienste", "binnen- en buitendienst"); an indefinite pronoun ("jemanden", "someone",
// "iemand", "alguien", "quelqu'un") opens the clause after it.
const MARK = String.raw`[.,;!?\n“”"»]|:(?!in(?:nen)?(?![\p{L}]))|(?<![\p{L}])\(|\((?!\p{Ll}{1,5}\))|(?<!\(\p{Ll}{1,5})\)`;
const SOMEONE = String.raw`\s+(?:someone|somebody|anyone|jemand(?:en|em)?|niemand(?:en|em)?|iemand|alguien|nadie|quelqu['’]un|personne)(?![\p{L}])`;
const stop = (words: string): string => String.raw`(?=${MARK}|${SOMEONE}|(?<!\p{L}-)${words}|$)`;
const STOP_EN = stop(String.raw`(?:\s+(?:tomorrow|today|scheduled|planned|moved)(?![\p{L}\d])|\s+(?:at|with|in|and|has|have|is|was|will|we|you|on|from|opening|team|here|to)(?![\p{L}\d]))`);
const STOP_DE = stop(String.raw`(?:\s+(?:morgen|heute|steht|findet|verschieben|verlegen|geplant|statt)(?![\p{L}\d])|\s+(?:bei|in|und|an|ein|einladen|anbieten|investiert|nicht|wird|ist|passt|interessant|haben|hast|genau|bei\s+uns|vor|per|aufgrund|am|zu|anzubieten)(?![\p{L}\d]))`);
const STOP_FR = stop(String.raw`(?:\s+(?:prévue?s?|programmée?s?|fixée?s?|initialement|demain|aujourd['’]hui|reporté\p{L}*|décalé\p{L}*)(?![\p{L}\d])|\s+(?:chez|au\s+sein|et|dans|le|la|à|a|pour|nous|vous|n'est|n['’]\p{L}+|ne|est|sera|qui|que|ont|avec|un|une|au)(?![\p{L}\d]))`);
// A day after the title ends it: "… el lunes 7 de diciembre", "… el próximo jueves".
const STOP_ES = stop(String.raw`(?:\s+(?:mañana|hoy|previst[oa]s?|programad[oa]s?|fijad[oa]s?|está|fue|queda|continúa|continúan|sigue|siguen|ya)(?![\p{L}\d])|\s+(?:en|ha|y|con|que|para|se|es|no|hemos|al\s+que|a\s+(?:la|el|los|las)\s+que)(?![\p{L}\d])|\s+el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|próxim[oa]|día|\d))`);
const STOP_NL = stop(String.raw`(?:\s+(?:staat|stond|staan|verzetten|verplaatsen|annuleren|wordt|werd|morgen|vandaag|gepland|ingepland|klaar|al|inmiddels|intussen)(?![\p{L}\d])|\s+(?:bij|en|is|op|te|in|komt|vervalt|on|voor|via|niet|hebben|heeft|graag|wil|willen|voorlopig|te|gesloten|vervallen|ingetrokken|geannuleerd|aan)(?![\p{L}\d]))`);
// A title may stand in quotes: „Agrarberater*in“, « Chef de projet », "Data Analyst".
const ROLE = String.raw`[„“"«‚‘]?\s?(\p{Lu}[^\n]{1,80}?)`;

// A form's field line names the role by its label, whatever the sentence around it: "Vacature:
// Collectiespecialist", "Cargo: Analista", "Position: Data Analyst", "Stelle: Koch", "Poste : Cariste".
const FIELD = String.raw`^[ \t]*(?:Vacature|Functie|Functietitel|Cargo|Puesto|Vacante|Position|Role|Job(?:\s+title)?|Job|Stelle|Stellenbezeichnung|Poste|Intitulé\s+du\s+poste)[ \t]*:[ \t]*`;

// The title holds no article of its own: "Our Head of Digital would like to interview you for the
// E-commerce Manager position" names the position after "the"; a title bounded so may hold a spaced dash.
const BOUNDED = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Oo]ur|[Tt]his|a|[Yy]our)\s+[„“"«‚‘]?\s?(\p{Lu}(?:(?!\s(?:the|our|your|this|a|an)\s)[^\n]){1,80}?)\s+(?:role|position|opening|post|job|vacancy|programme|program|posting|requisition)\b`, 'u');
const BODY: RegExp[] = [
  new RegExp(String.raw`${FIELD}(\p{Lu}[^\n]{1,80}?)[ \t]*$`, 'mu'),
  BOUNDED,
  new RegExp(String.raw`\b(?:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+)?${ROLE}${STOP_EN}`, 'u'),
  new RegExp(String.raw`\b(?:[Aa]pplication|[Ii]nterview|applying|applied|apply|interviewing|screen|conversation)\s+(?:to|for)\s+(?:the\s+)?(?:position\s+of\s+)?${ROLE}${STOP_EN}`, 'u'),
  // The step of the search named for the title: "your application as Customer Success Manager",
  // "the first review for Sorting Line Supervisor", "your submission for Wholesale Account Manager".
  new RegExp(String.raw`\b(?:[Aa]pplication\s+as\s+(?:an?\s+)?|(?:review|submission|shortlist|shortlisting|candidacy|recruitment|search|hiring\s+process|selection\s+process)\s+for\s+(?:the\s+)?(?:position\s+of\s+|role\s+of\s+)?)${ROLE}${STOP_EN}`, 'u'),
  new RegExp(String.raw`\b(?:our\s+next|be\s+our(?:\s+next)?|hiring\s+an?|join\s+(?:\p{Lu}[\p{L}&]*\s+){1,3}as\s+an?)\s+${ROLE}${STOP_EN}`, 'u'),
  new RegExp(String.raw`\b(?:dich|sich|Sie)\s+(?:\p{Ll}+\s+){0,3}?als\s+${ROLE}${STOP_DE}`, 'u'),
  new RegExp(String.raw`\bcontar\s+contigo\s+como\s+${ROLE}${STOP_ES}`, 'u'),
  new RegExp(String.raw`\b(?:aannemen|aan\s+te\s+nemen|beginnen|starten)\s+als\s+${ROLE}${STOP_NL}`, 'u'),
  new RegExp(String.raw`\b(?:Bewerbung|Position|Stelle|Tätigkeit|Rolle|Interesse\s+an\s+der\s+Stelle)\s+(?:als\s+|für\s+)?(?:die\s+Position\s+|die\s+Stelle\s+)?${ROLE}${STOP_DE}`, 'u'),
  new RegExp(String.raw`\bposte\s+(?:de\s+|d['’])${ROLE}${STOP_FR}`, 'iu'),
  new RegExp(String.raw`\b(?:puesto|posición|vacante|oferta|cargo|plaza)\s+(?:de|para\s+(?:un|una))\s+${ROLE}${STOP_ES}`, 'iu'),
  // The post named by its article and noun, the title written straight after: "al cargo Profesional
  // de apoyo", "el puesto Jefe de obra".
  new RegExp(String.raw`\b(?:al|el|del)\s+(?:cargo|puesto)\s+(?!de\s|para\s)${ROLE}${STOP_ES}`, 'u'),
  // The advert named for the role: "l'offre Chef de projet chez…", "la oferta de Técnico/a…".
  new RegExp(String.raw`\boffre\s+(?:de\s+|d['’])?${ROLE}${STOP_FR}`, 'u'),
  // The hire itself named: "la contratación de un Técnico de Apoyo".
  new RegExp(String.raw`\bcontratación\s+de\s+(?:un|una)\s+${ROLE}${STOP_ES}`, 'u'),
  new RegExp(String.raw`\b(?:candidatura|solicitud|proceso)\s+(?:para|a|de)\s+(?:el\s+puesto\s+de\s+)?${ROLE}${STOP_ES}`, 'u'),
  new RegExp(String.raw`\b(?:functie|vacature|rol)\s+(?:van\s+|als\s+)?${ROLE}${STOP_NL}`, 'iu'),
  new RegExp(String.raw`\bsollicitatie\s+(?:als|voor|op)\s+(?:de\s+functie\s+)?${ROLE}${STOP_NL}`, 'u'),
  // Dutch, French and Spanish write a title in lower case after "als", "en tant que", "como": the
  // application named as the title ("je sollicitatie als boswachter", "tu candidatura como camarero").
  new RegExp(String.raw`\b(?:sollicitatie|gesolliciteerd|solliciteerde|aanmelding)\s+als\s+(?:een\s+)?(\p{L}[^\n]{1,80}?)${STOP_NL}`, 'iu'),
  new RegExp(String.raw`\b(?:candidature|postulé|candidaté)\s+(?:en\s+tant\s+que|comme)\s+(?:(?:un|une)\s+)?(\p{L}[^\n]{1,80}?)${STOP_FR}`, 'iu'),
  new RegExp(String.raw`\b(?:candidatura|postulación|solicitud|postulado)\s+como\s+(?:(?:un|una)\s+)?(\p{L}[^\n]{1,80}?)${STOP_ES}`, 'iu'),
  // The offer named for the title: "the offer for Claims Manager", "unser Angebot als Bauleiter".
  new RegExp(String.raw`\b[Oo]ffer\s+(?:for|as)\s+(?:the\s+)?(?:position\s+of\s+|role\s+of\s+)?(?:an?\s+)?${ROLE}${STOP_EN}`, 'u'),
  new RegExp(String.raw`\bAngebot\s+(?:als|für)\s+(?:die\s+Stelle\s+(?:als\s+)?)?${ROLE}${STOP_DE}`, 'u'),
  new RegExp(String.raw`\baanbod\s+(?:als|voor)\s+(?:de\s+functie\s+(?:van\s+)?)?${ROLE}${STOP_NL}`, 'u'),
  // Applying, and the interview, named for the title in the other languages: "postularte a Analista",
  // "gesolliciteerd als Product Owner", "beworben als …", "postulé au poste de …", "entrevista para …".
  new RegExp(String.raw`\b(?:postul\p{L}*|inscri\p{L}*|aplicad[oa]|entrevistas?)\s+(?:a|para|como)\s+(?:(?:la\s+vacante|el\s+puesto|el\s+cargo)\s+de\s+)?${ROLE}${STOP_ES}`, 'u'),
  new RegExp(String.raw`\b(?:gesolliciteerd|solliciteerde|solliciteert|gereageerd|reageerde|gesprek(?:ken)?)\s+(?:als|op|voor|naar)\s+(?:de\s+(?:functie|vacature)\s+(?:van\s+)?)?${ROLE}${STOP_NL}`, 'u'),
  new RegExp(String.raw`\b(?:beworben|bewirbst|bewerben)\s+(?:\p{Ll}+\s+){0,2}?(?:als|für|auf)\s+(?:die\s+Stelle\s+(?:als\s+)?)?${ROLE}${STOP_DE}`, 'u'),
  new RegExp(String.raw`\b(?:postulé|candidaté|entretiens?)\s+(?:pour|à|au)\s+(?:(?:le\s+)?poste\s+(?:de\s+|d['’]))?${ROLE}${STOP_FR}`, 'u'),
  // Joining as the title: "que te incorpores como Gerente", "sumarte como …".
  new RegExp(String.raw`\b(?:incorpor\p{L}*|unirte|unas|sumarte|sumes|trabajar)\s+(?:\p{Ll}+\s+){0,2}?como\s+${ROLE}${STOP_ES}`, 'u'),
  new RegExp(String.raw`\binterviews\s+for\s+(?:the\s+)?${ROLE}${STOP_EN}`, 'u'),
  // Employment offered as the title: "offer you employment as Service Coordinator", "work as …".
  new RegExp(String.raw`\b(?:employment|employ\s+you|hire\s+you|engage\s+you)\s+as\s+(?:an?\s+)?${ROLE}${STOP_EN}`, 'u'),
  // Last, the loosest: "a place on the programme as a Graduate Engineer".
  new RegExp(String.raw`\bas\s+an?\s+${ROLE}${STOP_EN}`, 'u'),
];

const NOT_ROLE = /\b(?:application|applications|update|status|interview|invitation|invite|confirmation|confirmed|thank|thanks|offer|your|we|received|team|opportunity|next|step|steps|following|entrevista|bewerbung|candidature|candidatura|sollicitatie|rückmeldung|absage|einladung|uitnodiging|gesprek|hiring|recruiting|careers|process|role|position|talent|people|time|profile|email|jobs?|requisition|propuesta|contratación|postulaci[óo]n|postulacion|comprobante|oferta|offre|angebot|aanbod|jobaanbod|kennenlernen|sprechen|chat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|reactie|respuesta|réponse|suite|rencontre|actualización|trial|hold)\b/i;

// Words of a message's business that open no title, in the five languages ("Empleo", "Eingang",
// "Oportunidad confidencial"; a title may hold one further on: "Técnico de Empleo").
const NOT_ROLE_WORD = /^(?:empleo|emploi|trabajo|travail|arbeit|eingang\p{L}*|empfangsbestätigung|referen(?:ties|zen|ces|cias)|références|invitaci[óo]n|convocatoria|entrevues?|opportunit\p{L}*|oportunidad\p{L}*|anfrage|aanvraag|demande)(?!\p{L})/iu;

const SENTENCE_WORD = /\s+(?:staat|stond|klaar|verzetten|verplaatsen|suspendid[oa]|postergad[oa]|pospuest[oa]|aplazad[oa]|prévue?s?|reporté\p{L}*|suspendu\p{L}*|mañana|morgen|demain|tomorrow|ausgesetzt|opgeschort)(?!\p{L}).*$/iu;

// A finite verb of a sentence after the title, by its form rather than its word: a Spanish preterite
// ("… quedó agendada", "… se canceló", "… cerraron"), written in lower case; no title's word ends so.
const PRETERITE_ES = /\s+\p{Ll}{2,}(?:ó|aron|ieron)(?!\p{L}).*$/u;
// A status the vacancy is in, said after its title in the five languages ("… en pausa", "… on hold",
// "… en suspens", "… auf Eis", "… in de wacht", "… pausiert", "… gepauzeerd").
const STATUS_TAIL = /(?:^|\s+)(?:(?:en|on|in|auf|op|en\s+la|de|la)\s+)?(?:pausa|pause|hold|espera|suspens|suspenso|attente|wacht|eis|standby|stand-by|pausad[oa]s?|pausiert|gepauzeerd|on-hold)(?!\p{L}).*$/iu;
// A word of a language's grammar opens no title: an auxiliary or a copula, an article, a pronoun
// ("wordt", "ist", "est", "queda", "was"), in the five languages. An acronym in capitals ("IT") is
// no such word.
const GRAMMAR_WORD = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'does', 'did', 'the', 'an', 'this', 'that', 'it', 'we', 'you', 'they', 'not',
  'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'kann', 'können', 'muss', 'soll', 'der', 'das', 'ein', 'eine', 'wir', 'sie', 'nicht', 'es',
  'est', 'sont', 'était', 'sera', 'ont', 'avait', 'peut', 'doit', 'les', 'un', 'une', 'nous', 'vous', 'il', 'elle', 'ne', 'pas',
  'son', 'fue', 'era', 'será', 'está', 'están', 'ha', 'han', 'queda', 'quedó', 'sigue', 'los', 'las', 'una', 'se', 'no',
  'zijn', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'kunnen', 'moet', 'zal', 'het', 'een', 'wij', 'niet', 'er',
]);
const opensWithGrammar = (role: string): boolean => {
  const first = role.split(/\s+/)[0] ?? '';
  return !/^\p{Lu}{2,}$/u.test(first) && GRAMMAR_WORD.has(first.toLowerCase());
};
// A possessive in lower case makes a phrase about the message, never a title ("Cambio de estado en
// tu postulación", "Status of your application", "Stand van je sollicitatie").
const POSSESSIVE = /(?:^|\s)(?:your|my|our|tu|tus|su|sus|mi|mis|votre|vos|ton|ta|tes|notre|je|jouw|uw|mijn|onze|(?:dein|ihr|unser|mein|euer|eur)(?:e|er|en|em|es)?)(?=\s|$)/u;
// The business itself named in one word is no title ("Offer of Employment": "Employment").
const BUSINESS_ALONE = /^(?:employment|work|werk|beschäftigung|anstellung|embauche|dienstverband|contrato|contract|vertrag|contrat|arbeidsovereenkomst)$/iu;

// Words that join the words of a title ("Head of Data", "Jefe de Tráfico", "Técnico de Apoyo a la
// Investigación", "Leiter für Einkauf").
const CONNECTOR = /^(?:of|and|for|in|&|de|del|la|le|des|du|et|y|e|a|à|der|die|das|für|und|im|van|voor|en|het|op|\/|-)$/i;
// What follows a title in a sentence rather than belonging to it: a place, a contract, a status.
const TRAILING = /\s+(?:bas[ée]e?s?|situ[ée]e?s?|ya|en\s+CDI|en\s+CDD|CDI|CDD|à\s+temps\s+(?:plein|partiel)|a\s+jornada\s+completa|indefinido|temporal|(?:in|en|à|a|at|in|bij|te)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)$/u;

/**
 * Remove what ATSs and writers put around a title: gender markers, requisition and reference
 * numbers, quotes, a status after a dash, and the words of the sentence that follow it.
 */
function cleanRole(raw: string, bounded = false): string {
  // Between "the" and "position" a spaced dash is part of the title ("the Product Manager - Risk
  // position"); a status after it is written in lower case, a reference with a digit.
  const keepDash = bounded && /^[^–—|-]+\s[–-]\s\p{Lu}[\p{L}&]*(?:\s\p{Lu}[\p{L}&]*)?$/u.test(raw.trim());
  let role = raw
    .replace(/\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|d\/m\/w|f\/m\/d|m\/v\/x|h\/f|f\/h|m\/f|h\/m|[mwfdhvx](?:\s*\/\s*[mwfdhvx]){1,2})\)/gi, '')
    // A group in brackets with a digit is a reference ("(R-33018)", "(Ref. 2026/118)"); one that
    // holds a town only is where the post is ("(Madrid)", "(Orléans)", "(Den Haag)").
    .replace(/\s*[([][^)\]]*\d[^)\]]*[)\]]/g, '')
    .replace(/\s*\(([^()]{3,40})\)/g, (group, inner: string) => (isTown(inner.trim()) ? '' : group))
    .replace(/\s*(?:#|\b(?:R|JR|REQ|Ref|Réf|Req|Job\s+ID|Req\s+ID|Kennziffer|Referencia|Vacaturenummer)\b\.?)[-\s:#]*[\w/-]*\d[\w/-]*/gi, '')
    // A status or a place after a spaced dash or bar: "Gestionnaire – annulation du recrutement".
    .replace(keepDash ? /$^/ : /\s+[–—|-]\s+.*$/u, '')
    .replace(/^["'“‘„«\s]+|["'”’“»\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,:;–—-]+$/, '')
    .trim()
    // A preposition in lower case before the title, and its article, are the sentence's ("voor een
    // wijnbouwer", "de l'animateur"), not the title's; a capital may open a name. An article alone
    // is left: a title read after it ("de …", "la …") is more often a phrase that is no title.
    .replace(/^(?:(?:for|voor|für|pour|para|als|como|comme)\s+(?:(?:a|an|the|een|de|het|ein|eine|einen|einer|un|une|le|la|el|una)\s+|l['’])?|l['’])(?=\p{L})/u, '');
  // A verb, a participle or a day word of the sentence ends the title ("… staat klaar",
  // "Proceso Jefa de obra suspendido", "… prévu", "… mañana").
  role = role.replace(SENTENCE_WORD, '').replace(PRETERITE_ES, '').replace(STATUS_TAIL, '');
  // Only after a title written with its capital: a clause in lower case is no title at all.
  if (/^\p{Lu}/u.test(role)) role = role.replace(PARTICIPLE_END, '');
  // "Productieleider binnen ons bedrijf": a title ends where its place in the firm is said.
  role = role.replace(/\s+(?:binnen|within|innerhalb|dentro|au\s+sein)\b(?!-).*$/iu, '');
  for (let k = 0; k < 2 && TRAILING.test(role); k++) role = role.replace(TRAILING, '');
  // A title written in capitals ("Junior Consultant Strategy") ends at the first word of the
  // sentence in lower case ("… kein Angebot", "… aanbieden", "… take-home assignment").
  const words = role.split(' ');
  // An acronym ("SAV", "SAP") says nothing of how the title is cased.
  // A title's other gendered form after a slash ("Régulateur / Régulatrice de flotte", "Jefe / Jefa
  // de obra") is the same word again, not a second capitalised word of the title.
  const content = words.filter((w, i) => !CONNECTOR.test(w) && words[i - 1] !== '/');
  if (content.length >= 2 && content.slice(0, 2).every((w) => /^[\p{Lu}\d]/u.test(w))) {
    const cut = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !CONNECTOR.test(w));
    // After an acronym the title goes on in lower case ("Technicien SAV matériel de montagne").
    if (cut > 0 && !/^[\p{Lu}\d]{2,}$/u.test(words[cut - 1]!)) role = words.slice(0, cut).join(' ');
  }
  return role.replace(/\s+(?:of|and|for|de|del|la|für|und|van|voor|en|&)$/iu, '').trim();
}


function acceptable(role: string, company: string | null): boolean {
  const words = role.split(/\s+/);
  if (words.length === 0 || words.length > 6 || role.length < 2) return false;
  if (!/^\p{Lu}/u.test(role) || /[!?]|gespräch|gesprek|entrevista|entretien/i.test(role)) return false;
  if (company && (fold(role) === fold(company) || fold(company).includes(fold(role)))) return false;
  if (NOT_ROLE_WORD.test(role) || BUSINESS_ALONE.test(role) || opensWithGrammar(role) || POSSESSIVE.test(role)) return false;
  return !NOT_ROLE.test(role) || /\b(?:Manager|Engineer|Analyst|Designer|Officer|Coordinator|Specialist|Assistant|Consultant|Developer|Lead|Leader|Head|Supervisor|Director|Administrator|Advisor|Associate|Technician|Representative|Executive|Planner)\b/.test(role) && !/\b(?:your|application|interview|update)\b/i.test(role);
}

// Words that open a subject line before the title ("Technical interview: …", "Uw sollicitatie …").
const LEAD = /^(?:vertragsangebot|arbeitsangebot|angebot|aanbod|jobaanbod|oferta|offre|kennenlernen|fallstudie|auswahlverfahren|terminbestätigung|als|empleo|assessment|first|second|third|final|eerste|tweede|derde|laatste|erstes|zweites|drittes|premier|deuxième|primera|segunda|sollicitatiegesprek|kennismakingsgesprek|vorstellungsgespräch|technical|technisch|phone|video|onsite|online|first|second|final|case|telephone|telefonisch|presencial|telefónica|your|uw|je|ihre|deine|votre|tu|su|update|re|interview|invitation|einladung|zum|zur|uitnodiging|entrevista|entretien|sollicitatie|bewerbung|candidature|candidatura|application|for|voor|für|pour|para|als|de|como|gesprek|citación|absage|afwijzing|ausschreibung|proceso|vacature|poste|puesto|stelle|terugkoppeling|kennismaking|reactie|confirmed|confirmation|scheduled|received|status|offer|congratulations!?|postulación|postulacion|vacante|vacancy|nachfrage|rückfrage|uitslag|sollicitatieprocedure|procedure|resultado|résultat|ergebnis|seguimiento|suivi|follow-up|reminder|erinnerung|herinnering|recordatorio|rappel|zusage|feedback|reschedule|rescheduled|rescheduling|new\s+time|terminverschiebung|terminvorschlag|terminänderung|gespräch|stellenausschreibung|ausschreibung|registro|solicitud|incorporación|incorporacion|resolución|postulaci[óo]n|comprobante|acuse|bevestiging|bestätigung|accusé|confirmación|confirmacion|convocatoria|selección|nuevo|nueva|fecha|verschoben|verzetting|nieuw|report|reprogramación|reprogramada|changement|modification|déplacé)$/i;

const TITLE_ADJECTIVE = /^(?:technical|technisch|online|video|test)$/i;
// More words that open a subject before the title: a meeting named in one word ("Telefoninterview",
// "Videogespräch", "Sollicitatiegesprek"), receipt, references, a test or exercise, a confidential approach.
const LEAD_MORE = /^(?:\p{L}*(?:interview|gespräch|gesprek)|eingang\p{L}*|empfangsbestätigung|referen(?:ties|zen|ces|cias)|références|entrevues?|prueba|test|exercise|ejercicio|\p{L}*opdracht|\p{L}*aufgabe|probe\p{L}*|proef\p{L}*|\p{L}*übung|\p{L}*assignment|take-home|home|trial|task|cas|caso|confidential|vertraulich\p{L}*|confidentiel\p{L}*|confidencial|vertrouwelijk\p{L}*|oportunidad|opportunit\p{L}*|anfrage|invitaci[óo]n|\p{L}*termin|disponibilit\p{L}*|disponibilidad(?:es)?|beschikbaarheid|verfügbarkeit(?:en)?|availability|reprogramar|verplaatsen|verschiebung|aw|wg|antw|fw|fwd|tr|rv|sv)$/iu;
const isLead = (w: string): boolean => LEAD.test(w) || LEAD_MORE.test(w);

function fromSubject(subject: string, company: string | null): string | null {
  const s = subject.replace(/^[^!?]{0,30}[!?]\s+/, '');
  const c = company ? fold(company) : null;
  // "at / bei / chez / en / bij" join a title to its company only before a capital: "Conseillère en
  // expérience client" and "Técnico en prevención" are one title.
  const parts = s.split(/\s+(?:[-–|:]|(?:at|bei|chez|en|bij)(?=\s+\p{Lu}))\s+|:\s+/u).map((p) => p.trim()).filter(Boolean);
  const candidates: string[] = [];
  for (const part of parts) {
    const f = fold(part);
    if (c && f && (f.includes(c) || c.includes(f))) continue;
    const words = part.split(/\s+/);
    // An adjective of the meeting ("Technical interview", "Online gesprek") goes with its noun; before
    // a capitalised word that is no stage word it is part of the title ("Technical Artist", "Online Marketeer").
    let led = false;
    while (words.length > 1 && isLead(words[0]!) && !(TITLE_ADJECTIVE.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) && !isLead(words[1]!))) { words.shift(); led = true; }
    // The lower-case adjective of a step of the process ("Prueba técnica", "Cas pratique") goes with it.
    while (led && words.length > 1 && /^\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) words.shift();
    while (words.length > 1 && /^(?:job|position|role|vacancy|requisition|interview|trial|on|hold|gesloten|closed|update|filled|ingetrokken|cancelled|canceled|annulé|annulée|cancelada|cancelado|abgesagt|gestrichen)$/i.test(words[words.length - 1]!)) words.pop();
    const role = cleanRole(words.join(' '));
    if (acceptable(role, company) && !isLead(role)) candidates.push(role);
  }
  return candidates.length === 1 && !/\s(?:for|to|with|from|your|our|de\s+votre)\s/i.test(candidates[0]!) ? candidates[0]! : null;
}

/**
 * The role a message names, from its body ("for the Data Analyst role", "als Disponent", "poste de
 * Juriste") or its subject ("Data Analyst at Acme"); null when none is named.
 * @example roleFromMail('Thanks for applying for the Data Analyst role.', 'Thanks', 'Acme') // 'Data Analyst'
 */
export function roleFromMail(body: string, subject: string, company: string | null): string | null {
  const text = body.slice(0, 4000);
  const found = fromSentences([subject, text], subject, company);
  if (!found) return fromSubject(subject, company);
  if (found.text !== subject) return found.role;
  // A subject names the title short ("Poste de moniteur", "Puesto de profesor/a") where the body
  // writes it whole, with its other gendered form or its specialty ("Moniteur / Monitrice
  // d'équitation", "profesor/a de inglés"): the body's longer form that goes on from it.
  const long = fromSentences([text], subject, company);
  return long && goesOn(found.role, long.role) ? long.role : found.role;
}

// What may follow a title and still be the title: its other gendered form ("/ Monitrice", "/a",
// "(ère)", ":in"), a joining word and its specialty ("de inglés", "für Medien", ", Clocks and Barometers").
const GOES_ON = /^(?:\s*[/(:,]|\s+(?:of|and|for|in|&|-|de|del|la|le|des|du|d['’]|et|y|e|a|à|der|die|das|für|und|im|van|voor|en|het|op)(?=[\s'’]))/iu;
function goesOn(short: string, long: string): boolean {
  const plain = (t: string): string => t.toLowerCase().replace(/\./g, '');
  return long.length > short.length && plain(long).startsWith(plain(short)) && GOES_ON.test(long.slice(short.length).replace(/^\./, ''));
}

function fromSentences(texts: string[], subject: string, company: string | null): { role: string; text: string } | null {
  for (const re of BODY) {
    for (const text of texts) {
      const m = re.exec(text);
      if (!m) continue;
      // French, Spanish and Dutch write a title in lower case after "poste de", "puesto de", "functie":
      // the label, like a title, starts with a capital.
      // "Técnico de Operación y Mantenimiento": a title goes on after "y" or "et" when a
      // capitalised word follows (the stop words end it at the joiner otherwise).
      const joined = /^\s+(?:y|et)\s+\p{Lu}\p{L}+(?:\s+(?:(?:de|del|des|der|van|of)\s+)?\p{Lu}\p{L}+){0,2}(?=[\s.,;:!?)]|$)/u.exec(text.slice(m.index + m[0].length));
      const cleaned = cleanRole(m[1]! + (joined && !/\b(?:nos|nous|wir|we|I|ich|je)\b/.test(joined[0]) ? joined[0] : ''), re === BOUNDED);
      const role = re.flags.includes('i') ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
      if (!acceptable(role, company)) continue;
      // The subject may write the whole title where the sentence was cut at a joining word
      // ("Directrice administrative" of "… administrative et financière", "Junior Specialist" of
      // "Junior Specialist, Clocks and Barometers").
      const whole = text === subject ? null : fromSubject(subject, company);
      const rest = whole && goesOn(role, whole) ? whole.slice(role.length).replace(/^[.\s]+/, '') : null;
      // After a comma the subject may write a place or a team as well as a specialty: only a form
      // the body writes too is the title ("Junior Specialist, Clocks and Barometers").
      const agreed = rest !== null && (!rest.startsWith(',') || text.includes(whole!));
      return { role: agreed && rest.replace(/^,/, '').trim().split(/\s+/).length > 1 && /^[\p{L}\s'’.,/-]+$/u.test(rest) ? whole! : role, text };
    }
  }
  return null;
}

