import { findSkills, getSkillIndex, type SkillMention } from '../taxonomy/matcher';

// Names the taxonomy finds that are not a tool the listing asks for, by the kind of name and the
// way it is written: a kind of system rather than a product ("Scheduling software", a hotel's
// "PMS" read as a dental product), an acronym written as an ordinary word ("sans", "San" for SAN),
// a tool's name used as a job noun ("Chef de projet", "Head Chef"), and the sites where a job is
// published, shared or applied for (LinkedIn, Facebook, Workday) outside the job's own lines.

// O*NET's kinds of software: lower-case words ending in "software" or "system(s)", maybe an acronym.
const CATEGORY = /^\p{L}[\p{Ll}-]*(?: [\p{Ll}-]+)* (?:software|systems?)(?: [\p{Lu}\d/]+)?$/u;
// Sites and networks where a listing is published, shared or applied to, and the ATS behind it.
export const CHANNEL = /^(?:Welcome|Welcome to the Jungle|JobTeaser|Monster|InfoJobs|HelloWork|LinkedIn|Facebook|Instagram|Twitter|X|WhatsApp|TikTok|YouTube|XING|Xing|Workday|Personio|Indeed|Glassdoor|StepStone|Greenhouse|Lever|SmartRecruiters|Teamtailor|Workable|Google|CV-Library|Totaljobs|Reed|Adzuna|Jooble|Jobat|VDAB|Tecnoempleo|Computrabajo|Bumeran|Laborum|Cadremploi|APEC|Interamt)$/u;
// Words of sharing, following and applying, in the five languages, and a company widget's counts.
const CHANNEL_CUE = /\b(?:share|apply|applying|follow|partager|postuler|suivez|teilen|bewerb\p{L}*|folge|compart\p{L}*|postula\p{L}*|síguenos|deel|delen|solliciteer|volg|employees|Beschäftigte|Mitarbeitende|followers|abonnés|seguidores|volgers|via|corporation|promoted|managed|hirer|lien|link|copy|copier|kopieren|copiar|kopiëren|e-?mail|candidat\p{L}*|jobs?|empleos?|emplois?|vacatures?|Stellen\p{L}*|offres?|ofertas?)\b/iu;
// A tool's name used as a job noun: "Head Chef", "Sous Chef"; "Chef de projet" opening a line;
// "le chef", "un chef" written in lower case after an article.
const BEFORE_JOB_NOUN = /(?:^|[\s(])(?:Head|Sous|Executive|Chief|Commis|Pastry)\s+$/u;
const ARTICLE_BEFORE = /(?:^|[\s(])(?:le|la|les|el|los|der|die|den|un|une|ein|eine|het|een|the|a|our|notre|nuestro|unser\p{L}*|onze)\s+$/iu;
// (A job title's feminine may be written in: "Chef·fe de réception", "Chef(fe) de cuisine".)
const AFTER_JOB_NOUN = /^(?:[·.(]?(?:fe|e|ffe)\)?)?\s*(?:de|d['’]|du|des|del)(?:\s|$|(?<=['’]))/u;
// A job title starts a line, or a field after a dash, a colon, a list's dot or a breadcrumb's
// arrow, maybe in quotes, or follows "as" ("Offre n° 187 - Chef d'équipe", "« Bon accueil » – Chef
// de partie (Ancien)", "Autres offres : Vendeur · Chef d'atelier", "Accueil › Chef de quart", "En
// tant que Chef de produit").
const TITLE_START = /(?:(?:^|\n)[ \t]*|[ \t][-–—·•›»|][ \t]+|:[ \t]+|(?<![\p{L}])(?:en tant que|comme|como|als|as)[ \t]+)["“«]?[ \t]*$/iu;

function isJobNoun(text: string, m: SkillMention, name: string): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (BEFORE_JOB_NOUN.test(before)) return true;
  if (/^\p{Ll}/u.test(m.text) && /^\p{Lu}/u.test(name) && ARTICLE_BEFORE.test(before)) return true;
  return TITLE_START.test(text.slice(Math.max(0, m.start - 40), m.start)) && AFTER_JOB_NOUN.test(text.slice(m.end, m.end + 9));
}

// "SAS" after a capitalised word of a name ("Aube SAS", "Bocage SAS"), where a field or the line ends.
function isOnlyLegalForm(text: string): boolean {
  const all = [...text.matchAll(/(?<![\p{L}\d])SAS(?![\p{L}\d])/gu)];
  return all.length > 0 && all.every((m) => /\p{Lu}[\p{L}'’-]*[ ]$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && /^(?:$|[ \t]*(?:[\n\t,;|·)–-]|$))/u.test(text.slice(m.index + 3, m.index + 6)));
}

let sourceOf: Map<string, string> | null = null;

function isCategory(name: string, written: readonly SkillMention[]): boolean {
  if (CATEGORY.test(name)) return true;
  const words = name.split(' ');
  // A long product name read from its acronym alone ("PMS", "LIMS"): the kind, not the product.
  if (words.length >= 4 && written.every((m) => /^[\p{Lu}\d]{2,6}$/u.test(m.text) && m.text !== name)) return true;
  // An acronym written as an ordinary word: "sans" or "San Sebastián" is not SAN.
  return written.every((m) => /^\p{L}+$/u.test(m.text) && m.text !== m.text.toUpperCase() && words.includes(m.text.toUpperCase().replace(/S$/, '')) && m.text.toLowerCase() !== name.toLowerCase());
}

/**
 * The names among `skills` that are noise on the listing's list of tools: kinds of system, an
 * acronym written as a word, a tool's name used as a job noun, and publishing or application
 * sites named outside a sentence of the job's own. `lines` are the job's lines (no benefits or
 * company widget).
 * @example noiseTools('Chef de projet\n- Jira', ['Chef', 'Jira'], ['- Jira']) // ['Chef']
 */
export function noiseTools(text: string, skills: readonly string[], lines: readonly string[]): string[] {
  const index = getSkillIndex();
  sourceOf ??= new Map(index.names.map((n, i) => [n, index.sources[i] ?? '']));
  const source = sourceOf;
  // Only O*NET's own names (kinds of software, one-word products such as "Chef") are read again
  // where they were written; the text is scanned only when one was found.
  const onetOnly = (s: string): boolean => {
    const src = source.get(s);
    return src !== undefined && /onet/.test(src) && !/ours/.test(src);
  };
  const mentions = new Map<string, SkillMention[]>();
  if (skills.some(onetOnly)) for (const m of findSkills(text, index)) mentions.set(m.skill, [...(mentions.get(m.skill) ?? []), m]);
  const out: string[] = [];
  for (const s of skills) {
    // A compound cut at its hyphen ("Elastomer-") and a school level ("Bac+5", "Bac +3") are no
    // product's name.
    if (/-$/u.test(s) || /^Bac\s?\+\s?\d/u.test(s)) {
      out.push(s);
      continue;
    }
    // "Volailles de Bocage SAS", "Verrerie de l'Aube SAS": a French company's legal form after its
    // name, not the statistics product, when the listing writes it nowhere else.
    if (s === 'SAS' && isOnlyLegalForm(text)) {
      out.push(s);
      continue;
    }
    const written = mentions.get(s) ?? [];
    if (onetOnly(s) && written.length > 0 && isCategory(s, written)) out.push(s);
    else if (CHANNEL.test(s)) {
      const re = new RegExp(String.raw`(?<![\p{L}])${s}(?![\p{L}])`, 'iu');
      // Named in a sentence of the job's own (four lower-case words or more) that neither shares, follows nor applies.
      if (!lines.some((l) => re.test(l) && !CHANNEL_CUE.test(l) && (l.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []).length >= 4)) out.push(s);
    } else if (onetOnly(s) && !s.includes(' ') && written.length > 0 && written.every((m) => isJobNoun(text, m, s))) out.push(s);
  }
  return out;
}
