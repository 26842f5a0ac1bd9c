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
    'werkgevers vacatures werken inhoud overzicht resultaten lijst account kandidaten kandidaat toegang meldingen').split(' '),
);
// "© 2026 Acme", "All rights reserved", "Tous droits réservés", "Alle Rechte vorbehalten".
const LEGAL = /©|\(c\)\s*\d{4}|\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|alle rechten voorbehouden|privacy policy|terms of (?:use|service)|datenschutz|impressum|mentions légales|aviso legal|política de privacidad|privacyverklaring|algemene voorwaarden)\b/iu;
// A price on an upsell ("Try Premium for $0") or a reference number ("Réf. 178455213W-6021").
const PRICE_OR_REF = /[$€£]\s?\d|\d\s?[$€£]|^(?:réf|ref|referencia|referenz|kennziffer|job id|req(?:uisition)?)\b\.?(?:\s|:|$)|^id\s*:|\d{5,}[\p{L}-]|[\p{L}-]\d{5,}/iu;

/**
 * Whether a short line is a link label or a legal line of the site around a listing rather than a
 * part of the listing: it opens with an action verb, speaks of the reader's own things, is made
 * of interface words, carries a price or a reference number, or is a copyright or legal line.
 * @example isLinkLabel('Zurück zur Übersicht') // true
 */
export function isLinkLabel(line: string): boolean {
  const t = line.replace(/[*_#>[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return false;
  if (LEGAL.test(t) || PRICE_OR_REF.test(t)) return true;
  const words = t.split(' ');
  if (words.length > 7) return false;
  if (ACTION_VERB.test(t) || PERSONAL.test(t)) return true;
  // "For Employers", "Für Unternehmen", "Pour les recruteurs": a menu for another audience.
  if (words.length <= 4 && /^(?:for|für|pour|para|voor)\s/iu.test(t)) return true;
  const ws = t.toLowerCase().split(/[\s?|·•/>›»:,()]+/u).filter((w) => w && !/^(?:to|the|of|for|a|an|zur|zum|der|die|das|de|des|du|la|le|les|el|los|las|al|del|van|het|naar|en|et|y|und|and|\d+)$/u.test(w));
  return ws.length > 0 && ws.filter((w) => UI_WORDS.has(w)).length / ws.length >= 0.6;
}

/** A board's heading over its list of other jobs: "Similar jobs", "Ähnliche Stellen", "Offres similaires". */
export const SIMILAR_JOBS =
  /^(?:similar jobs|similar roles|related jobs|more jobs like this|people also viewed|jobs you might like|you might also like|other vacancies|ähnliche (?:jobs|stellen(?:angebote)?)|weitere (?:jobs|stellen(?:angebote)?)|diese (?:jobs|stellen) könnten (?:dich|sie) (?:auch )?interessieren|offres (?:d['’]emploi )?similaires|emplois similaires|ces offres pourraient (?:aussi|également) vous intéresser|ofertas similares|empleos similares|(?:estas )?ofertas (?:que )?(?:también )?(?:te )?(?:pueden|podrían) interesar(?:te)?|vergelijkbare vacatures|soortgelijke vacatures|andere vacatures|vergelijkbare functies)\s*:?$/iu;

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
