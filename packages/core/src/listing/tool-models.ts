import { canonicalSkill } from '../taxonomy/matcher';
import { escapeRegExp } from '../regexp';
import { isPlaceIn, isPlaceName } from './tool-place';
import { GERMAN_ABSTRACT_NOUN, GERMAN_LETTERS, GERMAN_NOUN, isOrdinaryWord, KIND_ACRONYM, NOT_MODEL_BRAND, type ToolContext } from './tool-words';

// Products written as a maker and a model ("Trimble R12i", "CAT 988"), and names written in full
// with the vendor or product line before them ("Guidewire ClaimCenter").


// Equipment and products written as a brand and a model code: "Trimble R12i", "Volvo A40G",
// "Stihl MS 500i", "Carestream CS 8100", "CAT 988", "Husqvarna 572 XP". The code has letters and
// digits, maybe joined by a hyphen ("Enercon E-82", "Topcon CT-1P", "Nidek ARK-1"), or is a number
// of three or four digits (not a year), maybe after a model line in capitals ("Zeiss VISUFIT
// 1000"); a suffix of the model line may follow, a word or one capital ("PistenBully 600 W").
const MODEL_BRAND = String.raw`\p{Lu}\p{Ll}[\p{L}&-]*|\p{Lu}{2,6}`;
// (A code of two or three capitals, a hyphen, maybe a letter and digits: "DS-50000", "IC-M330"; a
// number with a one-letter variant: "5010-H".)
const MODEL_CODE = String.raw`\p{Lu}{2,3}-\p{Lu}?\d{2,5}(?![\p{L}\d])|\p{Lu}{1,3}-?\d{1,4}\p{Lu}?\p{Ll}?|(?:\p{Lu}{1,3} |\p{Lu}{4,10} )?(?!(?:19|20)\d\d(?![\p{L}\d]))\d{3,4}\p{Ll}?(?:-\p{Lu}(?![\p{L}\d]))?`;
const BRAND_MODEL = new RegExp(String.raw`(?<![\p{L}\d&'’.-])(${MODEL_BRAND}) (${MODEL_CODE})(?: (XP|Plus|Pro|Max|II|III|IV|\p{Lu}(?= (?:\p{Ll}|&)|[ ]*(?:[,;.)\n]|$))))?(?![\p{L}\d@/'’-]|[.,]\d| \d\p{Lu}|\s?(?:€|%|[kK]€?|EUR|euros?|GBP|USD|£|\$)(?![\p{L}]))`, 'gu');


/**
 * Equipment and products named as a brand and a model code ("Trimble R12i", "Volvo A40G", "Stihl
 * MS 500i", "CAT 988"): the brand is not an ordinary word of the listing, a language, a month or a
 * place it names, nor a word that numbers a grade, a level or a part ("Level 3", "ISO 9001").
 * @example brandModels('- GPS Trimble R12i et station totale Trimble S7', { language: 'fr', notTools: [] }) // ['Trimble R12i', 'Trimble S7']
 */
export function brandModels(text: string, ctx: ToolContext): string[] {
  const out = new Set<string>();
  const blocked = ctx.notTools.filter(Boolean).map((n) => n.toLowerCase());
  for (const m of text.matchAll(BRAND_MODEL)) {
    const brand = m[1] ?? '';
    // "Valenciano C1", "licence B1", "SaaS B2B": a language level, a licence's category, a market.
    if (/^(?:[A-C][12]|B2[BC])$/u.test(m[2] ?? '')) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    // A line of the listing's facts ("Pontefract WF8 · Full-time") or of its own ("Daventry
    // NN11"): a town and its postcode district.
    if (/[·|]/u.test(line) || line.trim() === m[0]) continue;
    // In German every noun is capitalised: before a model code a brand is any word the listing
    // does not write in lower case that has no German abstract noun's ending ("Schindler 3300",
    // "Stoll CMS 530"), not only one without German letters.
    const ordinary = ctx.language === 'de' ? isOrdinaryWord(brand, text, 'en') || GERMAN_ABSTRACT_NOUN.test(brand) : isOrdinaryWord(brand, text, ctx.language);
    if (NOT_MODEL_BRAND.test(brand) || KIND_BEFORE_NAME.test(`${brand} `) || ordinary || blocked.some((b) => b === brand.toLowerCase())) continue;
    if (isPlaceIn(brand, text, true, ctx) || /^\p{Lu}{2,6}$/u.test(brand) === false && ctx.language === 'de' && isPlaceName(brand, 'de')) continue;
    out.add([brand, m[2], m[3]].filter(Boolean).join(' '));
    // "Enercon E-82 und E-115", "Volvo A40G, A30G": the maker's other models in the same list.
    const more = new RegExp(String.raw`(?:,[ ]|[ ](?:and|und|sowie|et|y|en|or|oder|ou|o|of)[ ])(${MODEL_CODE})(?![\p{L}\d@/'’.-]|[ ]?(?:€|%))`, 'uy');
    more.lastIndex = m.index + m[0].length;
    // Only a code of the same line (its letters before the digits alike): "TI C2000, STM32" names two makers' chips.
    const series = (code: string): string => code.replace(/[\d-].*$/u, '');
    for (let n = more.exec(text); n !== null && series(n[1] ?? '') !== '' && series(n[1] ?? '') === series(m[2] ?? ''); n = more.exec(text)) out.add(`${brand} ${n[1]}`);
  }
  return fullNames(text, [...out], ctx);
}


// A kind of system written before a product's name ("Zustellsystem ParcelOne", "Fachverfahren
// Infoma"): the kind is not part of the name.
const KIND_BEFORE_NAME = /^(?:\p{L}*(?:system|systeem|software|verfahren|programm|programma|applicatie|plattform)|PLC|SPS)[ ]/iu;

/**
 * Names the rules read, written in full: a kind of system before a product dropped ("Zustellsystem
 * ParcelOne" → "ParcelOne"), and the vendor or product line written just before a name added
 * ("ClaimCenter" in "on Guidewire ClaimCenter" → "Guidewire ClaimCenter", "Studio 2024" in
 * "Trados Studio 2024"). The vendor is a capitalised word that is not an ordinary word of the
 * listing, a language, a month, a job word or a place. `names` are the rules' names (not the
 * taxonomy's); the result keeps their order.
 * @example fullNames('All claims run on Guidewire ClaimCenter.', ['ClaimCenter'], { language: 'en', notTools: [] }) // ['Guidewire ClaimCenter']
 */
export function fullNames(text: string, names: readonly string[], ctx: ToolContext): string[] {
  return names.map((raw) => {
    const name = KIND_BEFORE_NAME.test(raw) && raw.replace(KIND_BEFORE_NAME, '').length >= 3 ? raw.replace(KIND_BEFORE_NAME, '') : raw;
    // A vendor of two words ("John Deere TimberMatic") is read one word at a time.
    const once = withVendor(text, name, ctx);
    return withVersion(text, once === name ? name : withVendor(text, once, ctx));
  });
}

// A version or model number of one or two digits written after a product's name ("Mindray ePM 10",
// "Bosch DiagnosticTool 3", "Prisma 4"), not a count or an amount ("Xero 3 times a week", "5 %").
// A comma after it ends an item of a list ("Noah 4, Interacoustics Affinity"), not a decimal.
const UNIT = String.raw`(?:%|€|£|\$|[hx]|km|kg|m|min|ft|feet|foot|pieds?|pies|Fuß|voet|years?|yrs|Jahre?n?|ans?|años?|jaar|months?|mois|Monate?n?|meses|maanden|days?|Tage?n?|jours?|días?|dagen|uur|hours?|Stunden|heures?|horas?|times|Mal|fois|veces|keer|people|Personen|personnes|personas|personen)`;

function withVersion(text: string, name: string): string {
  if (/\d$/u.test(name)) return name;
  const m = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)} (\d{1,2}(?:\.\d)?)(?![\p{L}\d./:-]|[.,]\d|[ ]?${UNIT}(?![\p{L}]))`, 'u').exec(text);
  return m === null ? name : `${name} ${m[1]}`;
}

function withVendor(text: string, name: string, ctx: ToolContext): string {
  const esc = escapeRegExp(name);
  // A model without its maker ("Test-it 6100", "Vision-R 800", "VISUFIT 1000": a number after a
  // word with a hyphen, or in capitals; not "Schindrich 3300", which holds one); its maker may be
  // written after it ("le Vision-R 800 d'Essilor").
  const first = name.split(' ')[0] ?? '';
  const model = /\d/u.test(name) && name.split(' ').length <= 2 && !/^\p{Lu}\p{Ll}+$/u.test(first) && canonicalSkill(first) === null;
  const maker = model ? new RegExp(String.raw`(?<![\p{L}\d])${esc} (?:d['’]|de |del |van |von |of |from )(\p{Lu}[\p{L}\d&+-]+)(?![\p{L}\d])`, 'u').exec(text) : null;
  const m = maker === null ? new RegExp(String.raw`(?:^|[\s(:;,/"„“*_])(\p{Lu}[\p{L}\d&+]*) ${esc}(?![\p{L}\d])`, 'mu').exec(text) : null;
  const vendor = (maker ?? m)?.[1] ?? '';
  if (!vendor || vendor.length < 2 || name.startsWith(`${vendor} `) || name.includes(vendor) || KIND_BEFORE_NAME.test(`${vendor} `)) return name;
  // "MES HYDRA", "ERP Divalto": the kind of system; "Dropbox Google Drive": a list without commas.
  // A maker the taxonomy knows stays before a model it makes ("Dräger Test-it 6100").
  if (new RegExp(`^${KIND_ACRONYM}$`, 'u').test(vendor) || (vendor !== 'SAP' && vendor !== 'Microsoft' && !model && canonicalSkill(vendor) !== null)) return name;
  if (maker !== null) return NOT_MODEL_BRAND.test(vendor) || isOrdinaryWord(vendor, text, ctx.language === 'de' ? 'en' : ctx.language) || isPlaceIn(vendor, text, true, ctx) || ctx.notTools.filter(Boolean).some((n) => n.toLowerCase() === vendor.toLowerCase()) ? name : `${vendor} ${name}`;
  const at = (m?.index ?? 0) + (m?.[0].length ?? 0) - name.length - vendor.length - 1;
  // Not the first word of a sentence or a line: "Use Foo" is a verb before a product.
  if (/(?:^|[.!?•]\s*|^\s*[-*–]\s*)$/u.test(text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1), at))) return name;
  // In German every noun is capitalised: a vendor there is a word with no German noun's ending
  // ("Siemens WinCC"), whatever its letters.
  // Before a model a maker is judged as {@link brandModels} judges one ("Dräger Test-it 6100").
  const germanNoun = model ? GERMAN_ABSTRACT_NOUN : GERMAN_NOUN;
  // A long word with German letters is a compound noun ("Bearbeitungszentrums Homag …"), not a maker.
  const ordinary = ctx.language === 'de' ? isOrdinaryWord(vendor, text, 'en') || germanNoun.test(vendor) || (vendor.length >= 13 && GERMAN_LETTERS.test(vendor)) : isOrdinaryWord(vendor, text, ctx.language);
  if (ordinary || (NOT_MODEL_BRAND.test(vendor) && vendor !== 'SAP')) return name;
  // An acronym before a name of two words or more is the kind of device ("GPS Trimble R12i").
  if (/^[\p{Lu}\d]+$/u.test(vendor) && name.includes(' ')) return name;
  if (ctx.notTools.filter(Boolean).some((n) => n.toLowerCase() === vendor.toLowerCase()) || isPlaceIn(vendor, text, true, ctx)) return name;
  return `${vendor} ${name}`;
}
