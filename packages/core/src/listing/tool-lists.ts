import { canonicalSkill } from '../taxonomy/matcher';
import { isPlaceIn, isPlaceName } from './tool-place';
import { DEGREE, isOrdinaryWord, isToolCandidate, JOB_OR_BUSINESS, namesNoMaker, NOT_MODEL_BRAND, NOT_TOOL_HOLDER, type ToolContext } from './tool-words';
import { brandsAfterNoun } from './tool-brand-lists';
import { CHANNEL } from './tool-noise';
import { escapeRegExp, WORD_END, WORD_START } from '../regexp';

// Listings name tools in lists ("Salesforce, Clari and LinkedIn Sales Navigator", "Vue.js 3, Nuxt
// und TypeScript", "Arquímedes o Presto") and in brackets after a tool or the kind of system it is
// ("Kubernetes (AKS)", "a CMMS (Fiix, Maximo or similar)"). A list that holds a tool we know is a
// list of tools: its other members that are written as names are tools too. And a product line is
// written after its vendor ("LinkedIn Sales Navigator", "VMware vSphere", "Sage 200").

// Kinds of business system, as acronyms: a bracket after one of them names products.
const KIND = /(?:^|[\s(])(?:ERP|CRM|WMS|SGA|MES|GMAO|CMMS|GMAO|HRIS|SIRH|ATS|LMS|PIM|EDC|TMS|DMS|PMS|PDMS|EHR|EPD|ECD|CAFM|BIM|LIMS|SCM|APS|PLM|GED|TPV|POS|BI|HPC)$/u;
const VENDOR_HEAD = /(?:^|\s)(?:SAP|AWS|Azure|GCP|Google Cloud|Salesforce|Sage|Xero|Oracle|Dynamics 365)$/u;
// Kinds of equipment, software and data that a product's name is joined to in German compounds.
const EQUIPMENT = String.raw`(?:Maschinen|Maschine|Anlagen|Anlage|Firewalls?|Software|Systeme?|Geräte?|Daten|Roboter|Steuerungen?|Server|Scanner|Kassen?|Module?)(?![\p{L}])`;
// A maker joined to a compound whose head names a kind of machine or a production line, in German
// and Dutch: the head may follow other letters ("Greiferwebmaschinen", "sorteerrobots",
// "verpakkingslijnen", "Rademaker-Linie"), not a rule's ("Richtlinie").
const MACHINE_HEAD = String.raw`(?:maschinen|maschine|bahnen|projektoren|server|roboter|robots|scanner|kassen|fahrzeuge|stapler|pressen|drucker|geräten?|fräsen?|plotter|öfen|ofen|kalibern?|ziegeln?|dachplatten|straat|straten|machines|(?<!richt)lijnen|(?<!richt)linien?|installaties)`;
// (Case-blind, so the maker's capital is checked where it is read.)
const MAKER_COMPOUND = new RegExp(String.raw`(?<![\p{L}\d-])(\p{L}[\p{L}\d]+)-\p{L}*${MACHINE_HEAD}(?![\p{L}])`, 'giu');
// A capitalised name, a hyphen and a Dutch noun in lower case of four letters or more.
// It follows a word in lower case (maybe a list's comma): at the start of a line, a sentence or a
// field every word is capitalised ("Hbo-verpleegkundige", "Backend-koppelingen", "· Cookie-instellingen"),
// and after a capitalised particle it ends a name of its own ("Van de Wiele-getouwen").
const DUTCH_MAKER_COMPOUND = /(?<=(?<![\p{Lu}][\p{Ll}]*)\p{Ll}{2,},?[ ])(\p{Lu}\p{Ll}[\p{L}\d]+)-(\p{Ll}{4,})(?![\p{L}\d-])/gu;

// Endings of German abstract nouns and of words joined in compounds: no maker's name.
const ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|tät|ion|ik|nis|tum|ling|chen|s|shore)$/u;
// List separators in the five languages; "&" is not one ("Weights & Biases").
// A slash before a digit is inside a name ("SAP S/4HANA"), not between two.
export const SEPARATOR = /\s*(?:,|;|\/(?!\d)|\s(?:and|or|und|oder|sowie|et|ou|ainsi que|y|o|e|en|of|evenals|as well as|plus)\s)\s*/u;
// One word of a name: capitalised, all capitals, a digit or a CamelCase/lower-camel product
// ("vSphere", "iTWO", "7shifts", "S/4HANA", "Apollo.io", "C++", "Contrat@").
export const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d.+#@’'/-]*|\p{Ll}+\p{Lu}[\p{L}\d]*)$/u;
// Words that join a list item to its name without being part of it.
const FILLER = /^(?:some|our|other|e\.g\.|z\.|B\.|p\.|ex\.|bijv\.|like|such|as|unserer|unsere|unser|notre|nos|nuestro|nuestra|onze|ons|similar|similaire|similares|vergleichbar\p{L}*|vergelijkbare|idealerweise|ideally|idealmente|de préférence|bij voorkeur|preferably|also|auch|aussi|también|ook)$/iu;

function wordsOf(item: string): string[] {
  return item.replace(/\*\*/g, '').split(/\s+/u).filter(Boolean);
}

// A product's shape: inner capitals, a digit, or all capitals ("vSphere", "S3", "AFAS").
const PRODUCT_SHAPE = /\p{Ll}\p{Lu}|\d|^[\p{Lu}]{2,}$/u;

/**
 * The run of name-shaped words in a list item: the last run of the first item, else the first.
 * `opens` says the item opens its clause, where every word is capitalised by grammar: its first
 * word counts only when shaped like a product ("Strong SQL", "Desarrollar APIs" name nothing).
 */
function nameIn(item: string, first: boolean, opens = false): string | null {
  const words = wordsOf(item).map((w) => w.replace(/^[("'“«]+|[)"'”»:.!?]+$/gu, ''));
  if (opens && words.length > 0 && !PRODUCT_SHAPE.test(words[0] ?? '')) words[0] = '';
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of words) {
    if (w && NAME_WORD.test(w) && !FILLER.test(w)) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  let pick = first ? runs[runs.length - 1] : runs[0];
  // "le WMS Reflex", "PDMS COPRA": the kind of system before a name is not part of it.
  if (pick && pick.length > 1 && KIND.test(` ${pick[0]}`)) pick = pick.slice(1);
  // A middle item is a name with little around it; a long phrase is prose.
  if (!pick || (!first && words.length - pick.length > 2) || pick.length > 3) return null;
  const name = pick.join(' ');
  return (name.match(/\p{L}/gu) ?? []).length >= 2 ? name : null;
}

// Words that name a bracket's contents as examples: "(e.g. Fiix)", "(z. B. Ultimo)".
const EXAMPLE = /^(?:e\.g\.|eg|i\.e\.|z\.\s?B\.|bspw\.|ex\.|p\.\s?ex\.|p\.\s?ej\.|por ejemplo|bijv\.|o\.\s?a\.|u\.\s?a\.|unter anderem|among others|amongst others|entre autres|entre otros|entre otras|onder andere|such as|like|wie|comme|como|zoals|notamment|incl\.|including|inkl\.)\s*/iu;

// A bracket that gives two names or more as examples of the noun before it ("(u. a. Schindler, Orona)").
function isExampleList(inside: string): boolean {
  return EXAMPLE.test(inside) && inside.replace(EXAMPLE, '').split(SEPARATOR).length >= 2;
}

/**
 * The names in a bracket written after a noun of the job's work: "Überziehanlagen (Sollich
 * Enrobetta)", "rotas (Quinyx)", "handgereedschap (Stihl)", "la historia electrónica (Selene)",
 * "Maschinen (Kärcher, Nilfisk)". Every item of the bracket is a name of one to three name-shaped
 * words that may be a tool ({@link isToolCandidate}): no acronym or code alone, no number, degree,
 * job word, ordinary word or place; the noun before it is a common noun (in German one with a
 * noun's shape), and none of the words just before it names customers, suppliers, brands, places,
 * people, teams or job ads. A name that abbreviates the words before it ("Direction du numérique
 * (DNum)") is not a product.
 */
function namesAfterNoun(before: string, inside: string, line: string, text: string, have: ReadonlySet<string>, ctx: ToolContext): string[] {
  // A line of the job's facts ("Würzburg (Vor Ort) · Vollzeit") or of pay ("Zulagen (EVG-Tarif)") names no tool.
  if (/[·|€$£]/u.test(line)) return [];
  const near = before.split(/\s+/u).filter(Boolean).slice(-6).map((w) => w.replace(/^[("'“«,;]+|[)"'”»,;:]+$/gu, ''));
  const head = near[near.length - 1] ?? '';
  if (head.length < 3 || !/^[\p{L}'’-]+$/u.test(head) || new RegExp(NOT_MODEL_BRAND.source, 'iu').test(head) || near.some((w) => NOT_TOOL_HOLDER.test(w)) || /[€$£]|\d\s?%/u.test(before)) return [];
  if (ctx.language === 'de' ? /^\p{Lu}/u.test(head) && (!isOrdinaryWord(head, text, 'de') || isPlaceIn(head, text, true, ctx) || isPlaceName(head, 'de')) : !/^\p{Ll}/u.test(head)) return [];
  // "(u. a. Schindler, TK Elevator, Orona)": two names or more given as examples of the noun. In
  // German, where every noun is capitalised, a word there is ordinary only when the listing writes
  // it in lower case or it has an abstract noun's ending ("Schindler", not "Wartung").
  // Half of them at least must be names by their shape too, so that "(u. a. Rosen, Stauden und
  // Gehölze)" stays a list of nouns.
  const given = inside.replace(EXAMPLE, '').split(SEPARATOR);
  const cued = isExampleList(inside) && (ctx.language !== 'de' || given.filter((it) => it.trim().split(/\s+/u).some((w) => !isOrdinaryWord(w, text, 'de'))).length * 2 >= given.length);
  const lang = cued && ctx.language === 'de' ? 'en' : ctx.language;
  const ordinary = (w: string): boolean => isOrdinaryWord(w, text, lang) || (lang !== ctx.language && ABSTRACT_NOUN.test(w) && !/^\p{Lu}\p{Ll}+(?:er|mann)$/u.test(w));
  const items = inside.replace(EXAMPLE, '').replace(/\s*(?:etc\.?|usw\.?|\.\.\.|…)\s*$/u, '').split(SEPARATOR).map((it) => it.replace(/\*+/g, '').trim());
  if (items.length === 0 || items.length > 6) return [];
  const initials = near.map((w) => w[0]?.toLowerCase() ?? '').join('');
  const names: string[] = [];
  for (const it of items) {
    const words = it.split(/\s+/u).filter(Boolean);
    if (words.length === 0 || words.length > 3 || !words.every((w) => NAME_WORD.test(w) && !FILLER.test(w))) return [];
    // "(SOC)", "(ISO 17025)", "(16 Betten)", "(Bac+5)", "(Westf.)": codes, standards, counts, abbreviations.
    // A maker in capitals ("(DOM, ABUS, Winkhaus)", "(Vellon, 3M)") counts in a list of makers: beside
    // a name of one word in lower case, where no item is a product line of several words.
    const capitals = /^(?:\p{Lu}{3,}(?: \p{Lu}{2,})?|\d\p{Lu}{1,2})$/u.test(it) && items.some((o) => /^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(o)) && items.every((o) => !/\p{Ll}/u.test(o) || !o.includes(' '));
    if ((!/\p{Ll}/u.test(it) && !capitals) || (/^\d/u.test(it) && !capitals) || /\d\+|\+\d|\.$/u.test(it) || DEGREE.test(it) || CHANNEL.test(it)) return [];
    if (NOT_MODEL_BRAND.test(words[0] ?? '') || (words.length > 1 && JOB_OR_BUSINESS.test(words[words.length - 1] ?? ''))) return [];
    // "Vor Ort", "Teilweise Homeoffice": ordinary words only; "Hegenscheidt Unterflurdrehmaschine":
    // a German noun after the brand is the kind of machine, not part of its name. A short word is
    // the model's ("Essilor Mr Blue"): a kind of machine is a long compound.
    while (words.length > 1 && ctx.language === 'de' && (words[words.length - 1] ?? '').length >= 6 && isOrdinaryWord(words[words.length - 1] ?? '', text, 'de')) words.pop();
    if (words.every(ordinary)) return [];
    const caps = (it.match(/\p{Lu}/gu) ?? []).join('').toLowerCase();
    if (caps.length >= 2 && words.length === 1 && new RegExp(`${[...caps].join('\\p{L}*')}`, 'u').test(initials.slice(-caps.length - 3))) return [];
    const name = words.join(' ');
    if (!isToolCandidate(name, text, have, cued ? { ...ctx, language: lang } : ctx, false) || (words.length === 1 && ordinary(name))) return [];
    names.push(name);
  }
  return names;
}

function isTaxonomyTool(name: string): boolean {
  const c = canonicalSkill(name);
  return c !== null && /^[\p{Lu}\d.]/u.test(c);
}

/** Is this written name a tool the taxonomy knows (by its name or alias)? */
function isKnownTool(name: string, known: ReadonlySet<string>): boolean {
  if (known.has(name.toLowerCase())) return true;
  const c = canonicalSkill(name);
  return c !== null && /^[\p{Lu}\d.]/u.test(c);
}

/**
 * Tools named in a list beside a tool we know, or in brackets after one or after the kind of
 * system they are; and product lines written after their vendor. `known` are the tools found so
 * far (canonical names). Each name found is checked as {@link isToolCandidate} checks it.
 * @example toolsFromLists('- Experience with Salesforce, Clari and Gong', ['Salesforce'], { language: 'en', notTools: [] }) // ['Clari', 'Gong']
 */
export function toolsFromLists(text: string, known: readonly string[], ctx: ToolContext): string[] {
  const have = new Set(known.map((k) => k.toLowerCase()));
  const haveTools = new Set(known.filter((k) => /^[\p{Lu}\d.]/u.test(k)).map((k) => k.toLowerCase()));
  const out = new Set<string>();
  const consider = (found: string | null, strong: boolean): void => {
    let name = found;
    // A name the taxonomy knows is found by it (as a tool, or as a skill: "Kanban" is agile).
    if (name === null || isKnownTool(name, have) || canonicalSkill(name) !== null || out.has(name)) return;
    // "Arburg- und Engel-Maschinen": a cut compound is a name only before a kind of equipment.
    if (name.endsWith('-')) {
      if (!new RegExp(String.raw`${escapeRegExp(name)}[^\n]{0,40}-${EQUIPMENT}`, 'u').test(text)) return;
      name = name.slice(0, -1);
    }
    if (isToolCandidate(name, text, have, ctx, strong)) out.add(name);
  };
  for (const line of text.split('\n')) {
    // A clause ends at a sentence end or a dash between spaces; a list does not cross it.
    for (let clause of line.replace(/^[\s\-•·*–—▪◦>#»›●■□✓✔→]+|^\d+[.)]\s/u, '').split(/(?<![A-Z]|\b(?:e\.g|z|B|p|ex|bijv|etc|ca|approx|u|o|(?<=\b[uo]\.\s?)a))[.!?:](?=\s|$)|\s[–—-]\s/u)) {
      // Brackets first: "Kubernetes (AKS)", "WMS (Manhattan SCALE or similar)", "(Jira, Notion)".
      clause = clause.replace(/([^()]{0,60}?)\(([^()]{1,140})\)/gu, (_all, before: string, inside: string) => {
        const head = nameIn(before.trimEnd(), true);
        // After a platform with modules ("Azure (Data Factory)") the module rule names them.
        if (head !== null && VENDOR_HEAD.test(head)) return `${before}, `;
        const headIsTool = head !== null && (isKnownTool(head, have) || KIND.test(` ${head}`));
        const items = inside.split(SEPARATOR).map((it, i) => nameIn(it, i === 0 && !headIsTool, i === 0 && !headIsTool && before.trim() === ''));
        if (headIsTool || items.some((n) => n !== null && isKnownTool(n, haveTools))) for (const n of items) consider(n, headIsTool);
        else for (const n of namesAfterNoun(before, inside, line, text, have, ctx)) consider(n, isExampleList(inside));
        return `${before}, `;
      });
      const parts = clause.split(SEPARATOR);
      if (parts.length < 2) continue;
      const items = parts.map((p, i) => nameIn(p, i === 0, i === 0));
      // The first item may hold a cue and a tool ("Experience with Salesforce"): only its last name counts.
      // (A competence found, "marketing" in "Risk, Legal, Marketing", makes no list of tools.)
      if (!items.some((n) => n !== null && isKnownTool(n, haveTools))) continue;
      // An acronym alone in a loose list is as often a business word ("CSAT", "IAM") as a product.
      for (const n of items) if (n === null || !/^\p{Lu}+$/u.test(n)) consider(n, false);
    }
  }
  for (const n of brandsAfterNoun(text, have, ctx)) consider(n, false);
  // "Fortinet-Firewalls", "Engel-Maschinen", "Nielsen-Daten": a name joined to a kind of
  // equipment, software or data.
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d-])(\p{Lu}[\p{L}\d]+)-${EQUIPMENT}`, 'gu'))) consider(m[1] ?? null, false);
  // "Picanol-Greiferwebmaschinen", "Doppelmayr-Sesselbahnen", "Christie-Laserprojektoren",
  // "Kannegiesser-wasstraat": a maker joined to a compound whose head is a kind of machine. The
  // maker may have a German noun's letters ("Dornier"), though not an abstract noun's ending.
  for (const m of text.matchAll(MAKER_COMPOUND)) {
    // "ETA- und Sellita-Kalibern", "Dornier- und Picanol-Webmaschinen": a maker cut before the
    // same head, joined to this one by a conjunction.
    const cut = /(?<![\p{L}\d-])([\p{Lu}][\p{L}\d]+)-[ ](?:und|oder|sowie|en|of|and|or)[ ]$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    for (const maker of [cut, m[1]]) {
      // A German compound of 13 letters or more ("Inbetriebnahme") is a noun, not a maker.
      if (maker !== undefined && /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(maker) && maker.length <= 12 && !ABSTRACT_NOUN.test(maker) && !isOrdinaryWord(maker, text, 'en')) consider(maker, true);
    }
  }
  // Dutch writes its nouns in lower case: a capitalised name joined to one by a hyphen is a proper
  // name, and before a thing one works with it is the thing's maker ("Kubota-minigravers",
  // "Stihl-gereedschap", "de Glaston-hardingsoven", "Bystronic-snijtafels"). Places, people and
  // the company are proper names too, and are not read where the noun is a place, a group or a
  // way of working.
  if (ctx.language === 'nl') {
    for (const m of text.matchAll(DUTCH_MAKER_COMPOUND)) {
      const maker = m[1] ?? '';
      if (/(?:^|[\s(])(?:Van|Von|Ter|Ten|De|Le|La|Di|Da|San|Sint|Saint)[ ](?:de[nr]?[ ]|la[ ]|het[ ])?$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (namesNoMaker(m[2] ?? '', true) || isPlaceName(maker) || isOrdinaryWord(maker, text, 'nl') || ABSTRACT_NOUN.test(maker)) continue;
      consider(maker, false);
    }
  }
  for (const k of known) {
    if (!/^[\p{Lu}\d]/u.test(k) || k.length < 2 || KIND.test(` ${k}`) || !text.includes(`${k} `)) continue;
    const esc = escapeRegExp(k);
    const after = new RegExp(String.raw`${WORD_START}${esc} ((?:[\p{Lu}\d][\p{L}\d/.+-]*|\p{Ll}+\p{Lu}[\p{L}\d]*)(?: [\p{Lu}\d][\p{L}\d/.+-]*){0,1}(?: online)?)${WORD_END}`, 'gu');
    for (const m of text.matchAll(after)) {
      const ext = (m[1] ?? '').replace(/[.]+$/, '');
      const words = ext.split(' ').filter((w) => w !== 'online');
      // One word must be a name ("LODAS", "vSphere"); a product line of two may be made of
      // ordinary words ("Sales Navigator", "Service Cloud"), though not of job words.
      if (words.some((w) => isTaxonomyTool(w) || KIND.test(` ${w}`) || JOB_OR_BUSINESS.test(w))) continue;
      if (words.length === 1 && isOrdinaryWord(words[0] ?? '', text, ctx.language)) continue;
      // A module in capitals follows a vendor written in capitals ("DATEV LODAS"); after another
      // name, capitals are a concept ("Airflow DAG", "Leica GNSS").
      if (words.every((w) => /^\p{Lu}+$/u.test(w)) && !/^\p{Lu}+$/u.test(k)) continue;
      consider(`${k} ${ext}`, true);
    }
  }
  return [...out];
}

/**
 * The names found that the listing writes only inside a longer product found too: "SAP" when it
 * says only "SAP EWM" and "SAP FI", "vSphere" when it says "VMware vSphere". The shorter name is
 * no tool of its own there.
 * @example vendorsOnlyInProducts('Kenntnisse in SAP EWM', ['SAP', 'SAP EWM']) // ['SAP']
 */
export function vendorsOnlyInProducts(text: string, skills: readonly string[]): string[] {
  const spans = (name: string): Array<[number, number]> =>
    [...text.matchAll(new RegExp(`${WORD_START}${escapeRegExp(name)}${WORD_END}`, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
  const out: string[] = [];
  for (const k of skills) {
    const longer = skills.filter((s) => s !== k && s.length > k.length && (s.startsWith(`${k} `) || s.endsWith(` ${k}`)));
    if (longer.length === 0) continue;
    const outer = longer.flatMap(spans);
    const mine = spans(k);
    if (mine.length > 0 && mine.every(([a, b]) => outer.some(([c, d]) => c <= a && d >= b))) out.push(k);
  }
  return out;
}
