// The employer a message's signature names where it names a department, and a department's words
// around a name. A signature writes the department on a line of its own with the organisation
// under it ("Direction des Ressources Humaines" / "Ville de …", "Dirección de Personas" /
// "Universidad … – Valdivia"), or on one line with it, apart by dashes, bars or commas
// ("Personeelszaken | Rederij … | Harlingen"). What is left of those lines once the department,
// the town (the zone tables' towns, from GeoNames), the function and an address are taken off is
// the organisation. Used by company.ts, which weighs it against the sender's name and domain.
import { fold } from './domain-spelling';
import { cleanCompany, ROLE_LINE } from './company-name';
import { isTown } from '../places/zone-towns';

// A department's name, a closed class in the five languages: human resources and personnel,
// recruitment and selection, "people".
const DEPARTMENT_CORE = String.raw`(?:HR|HRM|DRH|RH|RRHH|RR\.?\s?HH\.?|P\s?&\s?O|Human\s+Resources?|Personnel|People(?:\s+(?:&|and)\s+Culture)?|Recruit(?:ment|ing)(?:-?Team)?|Talent\s+Acquisition|Personal(?:abteilung|verwaltung|wesen|management|service|b[üu]ro|referat|amt|stelle|dienst)?|Ressources\s+humaines|Recrutement|Recursos\s+Humanos|Personas|Selecci[óo]n(?:\s+de\s+Personal)?|Reclutamiento|Talento\s+Humano|Personeelszaken|Personeelsdienst|Personeel(?:\s+(?:&|en)\s+Organisatie)?|Werving(?:\s+(?:&|en)\s+Selectie)?|HR-?afdeling)`;
// The words a department's line opens with: an article, a service's or a team's word and its joiner
// ("Le service Recrutement", "Abteilung Personal", "Dirección de Personas", "Afdeling P&O", "Team HR").
const DEPARTMENT_LEAD = String.raw`(?:(?:the|le|la|el|het|de|die|das|der|l['’])\s+)?(?:(?:service|direction|département|departement|department|departamento|dirección|direccion|gestión|gestion|área|area|unidad|abteilung|bereich|sachgebiet|referat|afdeling|dienst|team|équipe|equipe|equipo|office)(?:\s+(?:de\s+la|de\s+los|des|du|de|del|of|for|für|van|voor|der))?\s+)?`;
// A department's word anywhere in a line: the cheap test before the line is parted.
const DEPARTMENT_WORD = new RegExp(String.raw`(?<![\p{L}])${DEPARTMENT_CORE}(?![\p{L}])`, 'iu');
const DEPARTMENT_LINE = new RegExp(String.raw`^${DEPARTMENT_LEAD}${DEPARTMENT_CORE}(?:[\s-]+(?:team|équipe|afdeling|abteilung|department))?$`, 'iu');
// A department's word that opens a name and is no word of any firm's ("Personeelszaken Rederij …",
// "Recursos Humanos Grupo …"): the words of the class that are not English words a name could bear.
const DEPARTMENT_HEAD = /^(?:HR|HRM|DRH|RRHH|P\s?&\s?O|Human\s+Resources|Personalabteilung|Personalverwaltung|Ressources\s+humaines|Recursos\s+Humanos|Personeelszaken|Personeelsdienst)\s+(?=\p{Lu})/u;
// The parts of a signature's line: dashes with spaces, bars, middle dots, commas.
const PARTS = /\s+[–—-]\s+|\s*[|·•]\s*|,\s+/;

/** Whether a line or a part of one is only a department's name ("Team P&O", "Service RH", "Personalverwaltung"). */
export const isDepartment = (s: string): boolean => DEPARTMENT_LINE.test(s.trim());

/**
 * A name without the department written before or after it ("Gemeente Vlissingen - Team P&O",
 * "Personeelszaken Rederij Wadden Express", "Landratsamt Oberallgäu-Süd, Personalverwaltung").
 * @example withoutDepartment('Gemeente Vlissingen - P&O') // 'Gemeente Vlissingen'
 */
export function withoutDepartment(name: string): string {
  const parts = name.split(PARTS).filter((p) => p.trim() !== '');
  const kept = parts.length >= 2 ? parts.filter((p) => !isDepartment(p)) : parts;
  const joined = kept.length > 0 && kept.length < parts.length ? kept.join(' ') : name;
  return joined.replace(DEPARTMENT_HEAD, '').trim();
}

// A signer's name: two or three capitalised words.
const PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}$/u;
// The end of a block: an empty line, a footer's rule, a quoted message's header.
const BLOCK_END = /^(?:$|--|__|-{3,}|>|(?:Von|Van|From|De|Verzonden|Gesendet|Sent|Envoyé)\s*:)/u;
// What no organisation's part is: an address, a number, a link, a legal form's short words alone ("Sdad. Coop.").
const NOT_ORG = /[@\d]|https?:|www\.|^(?:\p{L}{1,5}\.\s*)+$/iu;
const WORDS_AT_MOST = 7;

/** The parts of a signature's line that may be the organisation: no department, town, function or address. */
function orgParts(line: string): string[] {
  return line.split(PARTS).map((p) => p.replace(/\s*\(.*$/u, '').trim()).filter((part) => part !== '' && !isDepartment(part) && !isTown(part) && !ROLE_LINE.test(part) && !NOT_ORG.test(part)
    && part.split(/\s+/).length <= WORDS_AT_MOST && /^\p{L}/u.test(part)).map((p) => p.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
}

/** The organisation lines name where a department stands: the lines under a department's own line, or the other parts of a line that holds one. */
function departmentParts(lines: string[], i: number): string[] {
  const line = lines[i]!;
  if (isDepartment(line)) {
    const found: string[] = [];
    for (let j = i + 1; j < Math.min(lines.length, i + 3) && !BLOCK_END.test(lines[j]!); j++) found.push(...orgParts(lines[j]!));
    return found;
  }
  const parts = line.split(PARTS);
  return parts.length >= 2 && parts.some(isDepartment) ? orgParts(line) : [];
}

// The prepositions that put a person at an organisation or name one, in the five languages.
const ORG_LEAD = /(?:^|\s)(?:at|to|for|join(?:ing)?|bei|beim|an\s+der|der|für|bij|voor|van|à|chez|pour|de\s+la|du|en|para|del|de)\s+$/iu;
/** Whether the text names `name` after an organisation's preposition ("bij Waterschap Dijkland", "at Harrow Trust"). */
function isNamedAsOrganisation(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (ORG_LEAD.test(text.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

const byFirstWords = (name: string, stem: string): boolean => name.split(/\s+/).slice(0, -1).some((w) => w.length >= 4 && stem.includes(fold(w)));

const occurrences = (text: string, name: string): number => {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 3; at = text.indexOf(name, at + name.length)) n++;
  return n;
};

/**
 * The organisation a department's line in the signature names, read from the bottom of the text:
 * a part the text writes again, or, not shaped as a person's name, one the sender's display name
 * or domain bears.
 */
export function signedOrganisation(text: string, displayName: string, domainStem: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  const display = fold(displayName), stem = fold(domainStem);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!DEPARTMENT_WORD.test(lines[i]!)) continue;
    for (const part of departmentParts(lines, i)) {
      const name = cleanCompany(part);
      const f = fold(name);
      if (f.length < 4 || isDepartment(name)) continue;
      const byName = display.includes(f) || (display.length >= 4 && f.includes(display));
      const byDomain = name.split(/\s+/).some((w) => w.length >= 5 && stem.includes(fold(w)));
      const again = occurrences(text, name) >= 2;
      // One word (a town the tables miss, a first name) must be the sender's; a name shaped as a
      // person's (the signer's) must have a word before its last the domain spells (a firm may
      // bear its owner's surname), or be the sender's and written again, or be named in running
      // text as an organisation is ("bij …", "à la …", "an der …").
      const ok = !/\s/.test(name) ? byName || byDomain
        : PERSON.test(name) ? byFirstWords(name, stem) || (byName && again) || isNamedAsOrganisation(text, name)
        : byName || byDomain || again;
      if (ok) return name;
    }
  }
  return null;
}

/**
 * The employer between the one the sender's name or domain gave and the one a department's
 * signature names: the signature's where the two differ, the other where one holds the other (a
 * legal form, a town written on); a department taken off either way.
 */
export function withSignature(found: string | null, text: string, displayName: string, domainStem: string): string | null {
  const bare = found ? withoutDepartment(found) : found;
  const signed = signedOrganisation(text, displayName, domainStem);
  if (!signed) return bare;
  if (!bare) return signed;
  const a = fold(bare), b = fold(signed);
  return a.includes(b) || b.includes(a) ? bare : signed;
}
