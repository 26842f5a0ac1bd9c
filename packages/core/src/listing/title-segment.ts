// What a segment after a title's dash, bar, middle dot or comma is, read from its structure and from
// place data rather than from its wording: the employer, a place, the terms of the job (a contract,
// hours, a shift, a season, a date), or a part of the role, which stays. meta.ts asks it once the
// company is known, and drops the closing segments that are not the role.
import { canonicalSkill } from '../taxonomy/matcher';
import { foldPlace } from '../text-fold';
import { escapeRegExp } from '../regexp';
import { isTown } from '../places/zone-towns';
import { isPlaceName } from './place-name';
import { JOB_WORD, SUFFIX_ONLY } from './title-shape';
import { UNIT_NOUN } from './title-business';

export type SegmentKind = 'employer' | 'place' | 'terms' | 'role';

// The last segment of a title: after " – ", " - ", " — ", " | ", " · " or ", ".
// A hyphen inside a name ("Spaarnestad-Zuid") is no dash.
const LAST_SEGMENT = /^(.{2,}?)(?:\s+[-–—|·]\s+|,\s+)((?:[^-–—|·,]|(?<=\p{L})-(?=\p{L})){2,80})$/u;
// Where a segment joins two of a kind: "Chelmsford & Witham", "Wintersaison und Ganzjahresstelle".
const JOIN = /\s*[&/+]\s*|\s+(?:and|und|et|y|e|en|or|oder|ou|o|of)\s+/iu;

// "Utrecht e.o.", "Köln und Umgebung", "Sevilla y alrededores", "Lyon et environs", "Leeds and surrounding
// areas": a town with its surroundings is still the place.
// Austrian boards join the surroundings to the town with a hyphen: "Graz-Umgebung".
const SURROUNDINGS = /(?:\s+|-)umgebung$|\s+(?:e\.\s?o\.?|en omgeving|en omstreken|(?:und|u\.) umgebung|y alrededores|y provincia|et environs|et sa région|(?:and|&) (?:surrounding areas?|surroundings)|area|region)$/iu;

// A shift named by the time of day it is worked, in the five languages: the word for a shift and a
// word for a time of day ("Turno vespertino", "Poste du soir", "Avonddienst", "Late shift").
const SHIFT_WORD = String.raw`(?:shifts?|turnos?|jornada|horario|poste|postes|équipe|équipes|horaires?|schicht|dienst|ploeg|diensten)`;
const TIME_OF_DAY = String.raw`(?:morning|afternoon|evening|night|day|late|early|weekend|rotating|split|mañana|tarde|noche|vespertin[oa]|matutin[oa]|nocturn[oa]|diurn[oa]|partid[oa]|rotativ[oa]|intensiv[oa]|continu[oa]|de fin de semana|matin|après-midi|soir|soirée|nuit|jour|week-end|journée|früh|spät|nacht|tag|wochenende|ochtend|middag|avond|nacht|dag|weekend|vroeg|laat)`;
const SHIFT = new RegExp(String.raw`^(?:${SHIFT_WORD}\s+(?:(?:de|du|del|de la|van de)\s+)?${TIME_OF_DAY}|${TIME_OF_DAY}\s*-?\s*${SHIFT_WORD}|(?:früh|spät|nacht|tag|wechsel|wochenend)(?:schicht|dienst)(?:en)?|(?:ochtend|middag|avond|nacht|dag|weekend)(?:dienst|ploeg)(?:en)?)$`, 'iu');
// Work the whole year rather than a season: "Ganzjahresstelle", "year-round", "toute l'année", "todo el año", "jaarrond".
const YEAR_ROUND = /^(?:ganzjahres(?:stelle|anstellung|job)|ganzjährig|year[- ]round|all year(?: round)?|toute l['’]année|à l['’]année|todo el año|(?:durante )?todo el año|jaarrond|het hele jaar)$/iu;

// The months, in the five languages, from Intl: "– ab März 2027", "- Start September", "– vanaf maart".
let months: RegExp | null = null;
function monthPattern(): RegExp {
  if (months) return months;
  const names = new Set<string>();
  for (const lang of ['en', 'de', 'fr', 'es', 'nl']) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2026, m, 15));
      for (const month of ['long', 'short'] as const) names.add(new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' }).format(d).replace(/\.$/u, '').toLowerCase());
    }
  }
  const alt = [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length).join('|');
  const from = String.raw`(?:from|starting|start|ab|ab dem|beginn|dès|à partir de|début|desde|a partir de|inicio|vanaf|per|start)`;
  months = new RegExp(String.raw`^(?:${from}\s+)?(?:\d{1,2}\.?\s+)?(?:${alt})\.?(?:\s+\d{4})?$`, 'iu');
  return months;
}

// A season written as the months it spans, with the word for a season or a contract before it:
// "Saisonstelle März bis Oktober", "avril à septembre", "de mayo a octubre", "April to September",
// "van april tot oktober". Two months joined by a word of "to" or a dash are a span of time.
const SPAN_JOIN = String.raw`(?:bis|to|till|until|through|à|au|jusqu['’]à|a|al|hasta|tot|t/m|-|–)`;
const SPAN_FROM = String.raw`(?:von|vom|from|de|du|desde|van|entre|between|zwischen)`;
function isMonthSpan(seg: string): boolean {
  const words = seg.split(/\s+/u);
  // Every position where a span of two months may start: the words before it are the season's or the contract's.
  for (let i = 0; i < words.length; i++) {
    const before = words.slice(0, i).join(' ');
    if (before !== '' && !SUFFIX_ONLY.test(before)) continue;
    const m = new RegExp(String.raw`^(?:${SPAN_FROM}\s+)?(\S+)\s*${SPAN_JOIN}\s*(\S+)(?:\s+\d{4})?$`, 'iu').exec(words.slice(i).join(' '));
    if (m && monthPattern().test(m[1] ?? '') && monthPattern().test(m[2] ?? '')) return true;
  }
  return false;
}

/** Whether a segment is the terms of the job: a contract, the hours, a shift, a season or a start date. */
function isTerms(seg: string): boolean {
  return SUFFIX_ONLY.test(seg) || SHIFT.test(seg) || YEAR_ROUND.test(seg) || monthPattern().test(seg) || isMonthSpan(seg);
}

// Countries, in the five languages, from Intl: "– España", "| Deutschland", ", Nederland".
let countries: Set<string> | null = null;
function isCountry(name: string): boolean {
  if (!countries) {
    countries = new Set();
    const A = 'A'.charCodeAt(0);
    for (const lang of ['en', 'de', 'fr', 'es', 'nl']) {
      const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      for (let i = 0; i < 26; i++) {
        for (let j = 0; j < 26; j++) {
          const n = names.of(String.fromCharCode(A + i, A + j));
          if (n) countries.add(foldPlace(n));
        }
      }
    }
  }
  return countries.has(foldPlace(name));
}

/**
 * Whether a segment is a place the listing is in: a town the place data knows, a country, or a town
 * with its surroundings ("Utrecht e.o."), written in the listing besides the title (where the job is,
 * not a word that a town's name shares, as "Mobile" or "Bath" would be).
 */
function isPlace(name: string, text: string, surrounded: boolean): boolean {
  if (!/^\p{Lu}/u.test(name) || JOB_WORD.test(name) || canonicalSkill(name) !== null) return false;
  if (isCountry(name)) return true;
  if (!isTown(name) && !isPlaceName(name)) return false;
  // With its surroundings it is a place; else written twice at least: in the title and where the
  // listing says where the job is.
  return surrounded || text.split(name).length > 2;
}

// Words of a company's name that name no one company: legal forms, "group", the small words.
const GENERIC = /^(?:gmbh|ag|kg|se|ug|ev|sa|sl|slu|sas|sarl|bv|nv|ltd|limited|inc|llc|llp|plc|co|corp|group|grupo|groupe|gruppe|groep|company|compania|compagnie|services|service|the|and|und|et|y|de|du|des|la|le|les|el|los|las|del|van|het|der|die|das|von|of|for|für)$/u;
const foldWord = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const nameWords = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).map(foldWord).filter((w) => !GENERIC.test(w));

/**
 * Whether a segment names the employer: its words are all words of the company's name, or it holds
 * the company's name whole, or it opens with the kind of business the name opens with; or, when no
 * company was found, it is a name (a capital inside it, where the title's own words are
 * written in lower case: "Bibliotheek Spaarnestad-Zuid", "Boulangerie Le Fournil de Limoilou"), or a
 * name whose words the listing's e-mail addresses and links spell ("Taller Ciclos Tramontana" and
 * taller@ciclostramontana.com).
 */
function isEmployer(head: string, seg: string, company: string | null, text: string): boolean {
  const words = nameWords(seg);
  if (words.length === 0) return false;
  const own = company ? nameWords(company) : [];
  if (own.length > 0 && (words.every((w) => own.includes(w)) || (own.length >= 2 && foldWord(seg).includes(own.join(' '))))) return true;
  // The kind of business the employer's name opens with: "– Imprenta en Valencia" at Imprenta Turia,
  // "– Bäckerei" at Bäckerei Hellmann, "– Hotel Mirador" at Hotel Mirador Playa.
  const kind = foldWord(company?.split(/\s+/u)[0] ?? '');
  if (kind.length >= 4 && !GENERIC.test(kind) && foldWord(seg.split(/\s+/u)[0] ?? '') === kind) return true;
  const inner = seg.split(/\s+/u).slice(1);
  const spelled = (text.match(/[\w.+-]+@[\w.-]+|(?:https?:\/\/|www\.)[^\s)]+/gu) ?? []).join(' ').toLowerCase();
  const names = inner.filter((w) => /^\p{Lu}\p{Ll}{3,}/u.test(w)).map((w) => foldWord(w).replace(/[^a-z0-9]/gu, ''));
  if (names.length > 0 && names.every((n) => spelled.includes(n))) return true;
  // With a company found, a name that shares nothing with it may be a specialty written with capitals.
  if (own.length > 0 || !inner.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  // The title's own words in lower case after the first: a language that writes only names with capitals.
  const headWords = head.split(/\s+/u).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  return headWords.some((w) => /^\p{Ll}/u.test(w)) && !headWords.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

// Where a listing writes a place as a field, on a line other than the title's: at the start of a line,
// after a label's colon or among a board's "·" or "|" fields ("Lyon 2e · CDI", "Arbeitsort: Wien 10"),
// not inside a sentence ("in unserer Halle 4").
function writtenAsPlace(place: string, text: string): boolean {
  return new RegExp(String.raw`(?:^|[·|•:,\t])[ \t\u00a0]*${escapeRegExp(place)}(?![\p{L}\p{N}])`, 'mu').test(text);
}

/**
 * What a title's closing segment is.
 * @example segmentKind('Auxiliar de biblioteca', 'Turno vespertino', null, '') // 'terms'
 */
export function segmentKind(head: string, seg: string, company: string | null, text: string): SegmentKind {
  const s = seg.trim();
  const parts = s.split(JOIN).map((p) => p.trim()).filter(Boolean);
  if ((parts.length > 0 && parts.every(isTerms)) || isMonthSpan(s)) return 'terms';
  // A town with its district's number or its postcode: "Lyon 2e", "Wien 10", "Madrid 28010", "75011 Paris".
  const district = /^(\p{Lu}[\p{L}'’ -]{1,40}?)\s+(?:\d{1,2}(?:e|er|ème|è|\.)?|\d{4,5})$|^\d{4,5}\s+(\p{Lu}[\p{L}'’ -]{1,40})$/u.exec(s);
  const districtTown = (district?.[1] ?? district?.[2])?.trim();
  if (districtTown && isPlace(districtTown, text, false) && writtenAsPlace(s, text.split('\n').filter((l) => !l.includes(head)).join('\n'))) return 'place';
  // A unit of the employer ("– Área de Primates", "– Secteur Carnivores", "– Abteilung Gitarre") is a part of the role.
  if (JOB_WORD.test(s) || /\d/u.test(s) || UNIT_NOUN.test(s.split(/\s+/u)[0] ?? '')) return 'role';
  // "Köln und Umgebung", "Chelmsford & Witham e.o.": the surroundings, then the towns joined.
  const towns = s.replace(SURROUNDINGS, '');
  const surrounded = towns !== s;
  if (towns.split(JOIN).every((p) => isPlace(p.trim(), text, surrounded))) return 'place';
  if (canonicalSkill(s) === null && isEmployer(head, s, company, text)) return 'employer';
  return 'role';
}

/**
 * A title without the closing segments that are not the role: the employer, a place, the terms.
 * @example dropNonRoleSegments('Slotenmaker – Utrecht e.o.', null, 'Werken in Utrecht.') // 'Slotenmaker'
 */
export function dropNonRoleSegments(title: string, company: string | null, text: string): string {
  let t = title;
  // The months of a season in closing brackets: "Apiculteur (avril à septembre)".
  const bracket = /^(.{3,}?)\s*\(([^()]{3,60})\)$/u.exec(t);
  if (bracket && isMonthSpan((bracket[2] ?? '').trim())) t = (bracket[1] ?? t).trim();
  for (let i = 0; i < 3; i++) {
    const m = LAST_SEGMENT.exec(t);
    if (!m) break;
    const head = (m[1] ?? '').trim();
    if (head.length < 3) break;
    if (segmentKind(head, m[2] ?? '', company, text) === 'role') break;
    t = head;
  }
  return dropBareTown(t, text);
}

/**
 * A title with the town written straight after it, no dash or comma, taken off ("Filialleiter
 * Bremen", "Vestigingsmanager Zwolle") when the listing writes that town as a field of its own too.
 * @example dropBareTown('Bakker Zwolle', 'Bakker Zwolle\nLocatie: Zwolle') // 'Bakker'
 */
function dropBareTown(title: string, text: string): string {
  const m = /^(\p{Lu}.*?\p{L}{3,})\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)$/u.exec(title);
  if (!m) return title;
  const head = m[1] ?? '';
  const town = m[2] ?? '';
  if (!JOB_WORD.test(head) || /\s(?:\p{Ll}{1,3}|of|for|für|voor|pour|para)$/u.test(head)) return title;
  // A town, not a country a sales job covers ("Sales Manager Deutschland").
  if (isCountry(town) || !isPlace(town, text, false)) return title;
  return writtenAsPlace(town, text.split('\n').filter((l) => !l.includes(title)).join('\n')) ? head : title;
}
