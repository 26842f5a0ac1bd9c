import { z } from 'zod';
import { UserError } from '../errors';
import { canonicalSkill, findSkills, getSkillIndex, skillKind } from '../taxonomy/matcher';
import { extraTools } from './tools';
import { toolsFromContext } from './tool-context';
import { toolsAfterCue } from './tool-cued';
import { toolsAfterArticle } from './tool-article';
import { brandModels, fullNames } from './tool-models';
import type { ToolContext } from './tool-words';
import { toolsFromLists, vendorsOnlyInProducts } from './tool-lists';
import { noiseTools } from './tool-noise';
import { htmlToText, looksLikeHtml } from './html';
import { detectLanguages, languageName, SUPPORTED_LANGUAGES } from './language';
import { callManagerRole } from './manager';
import { titleAndCompany } from './meta';
import { pageDeclared, type PageDeclared } from './structured';
import { repairText } from './normalize';
import { extractRequirements } from './requirements';
import { splitSections } from './sections';
import { CULTURE_SIGNALS, detectCulture, detectWorkplace, requestedMaterials, yearsOfExperience } from './signals';

/**
 * Listings at or above this size are refused: a real listing is a few kilobytes, a saved job
 * page with its scripts rarely passes 2 MB; 5 MB (decimal, so 5 MiB is refused too) is the limit
 * the product promises.
 */
export const MAX_LISTING_BYTES = 5_000_000;
/** Characters of text (after HTML is removed) that are read; a real listing has a few thousand. */
export const MAX_LISTING_TEXT = 60_000;

export const RequirementSchema = z.object({
  text: z.string(),
  kind: z.enum(['required', 'preferred']),
  skills: z.array(z.string()),
});

/** The analysis of a listing: the `listing analyze --json` contract and what the web shows. */
export const ListingAnalysisSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  isManagerRole: z.boolean(),
  managerSignals: z.array(z.string()),
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  requirements: z.array(RequirementSchema),
  skills: z.array(z.string()),
  cultureSignals: z.array(z.enum(CULTURE_SIGNALS)),
  cultureEvidence: z.array(z.object({ signal: z.enum(CULTURE_SIGNALS), text: z.string() })),
  yearsOfExperience: z.number().nullable(),
  language: z.string(),
  requestedMaterials: z.object({ items: z.array(z.string()), formats: z.array(z.string()) }),
  warnings: z.array(z.string()),
});
export type ListingAnalysis = z.infer<typeof ListingAnalysisSchema>;
export type ListingRequirement = z.infer<typeof RequirementSchema>;

function byteLength(text: string): number {
  // Exact UTF-8 length without encoding a 5 MB copy: count code units by range.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
    if (n >= MAX_LISTING_BYTES) return n;
  }
  return n;
}

// "Riverside High is hiring a teacher": the employer hiring is not the skill of hiring.
function isAboutEmployer(text: string, start: number): boolean {
  return /\b(is|are|now|we('|’)re|currently|actively)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

// French and Italian elision glues the article to a tool: "d'Excel", "l'ERP". A space after the
// apostrophe (same length plus one) lets the tokeniser see the tool.
function splitElisions(text: string): string {
  return text.replace(/(?<![\p{L}])([dlDL]|qu|Qu)(['’])(?=\p{Lu})/gu, "$1$2 ");
}

function uniqueSkills(raw: string): string[] {
  const text = splitElisions(raw);
  return [...new Set(findSkills(text, getSkillIndex()).filter((m) => !(m.skill === 'hiring' && isAboutEmployer(text, m.start))).map((m) => m.skill))];
}

/** A listing read far enough to analyse: checked, HTML removed, capped, title and language known. */
interface ReadListing {
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  language: string;
  isSupported: boolean;
  warnings: string[];
  /** The page says `jobLocationType: TELECOMMUTE` in its JobPosting JSON-LD. */
  isTelecommute: boolean;
}

function readListing(input: string): ReadListing {
  if (typeof input !== 'string' || input.trim().length === 0) {
    throw new UserError('EMPTY_LISTING', 'the listing is empty: paste the text or HTML of the job listing', 400);
  }
  if (byteLength(input) >= MAX_LISTING_BYTES) {
    throw new UserError('LISTING_TOO_LARGE', 'the listing is 5 MB or more; paste only the job description (a listing is usually a few kilobytes)', 413);
  }
  const head = input.slice(0, 2048);
  if (head.startsWith('%PDF-')) throw new UserError('LISTING_IS_PDF', 'this is a PDF, not listing text: copy the text of the listing out of the PDF and paste it', 400);
  if (/^(\x89PNG|\ufffdPNG|GIF8|\xff\xd8\xff|RIFF....WEBP)/s.test(head) || (head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length > head.length / 20) {
    throw new UserError('LISTING_NOT_TEXT', 'this is an image or another binary file, not listing text: paste the text of the job listing', 400);
  }
  if (/^\s*(<[^>]*>\s*)*(https?:\/\/|www\.)\S+\s*(<[^>]*>\s*)*$/i.test(input.slice(0, 5000)) && input.length < 5000) {
    throw new UserError('LISTING_IS_URL', 'the listing is only a link: open it in the browser and paste the text of the listing', 400);
  }
  const warnings: string[] = [];
  let text = repairText(input);
  let htmlTitle: string | null = null;
  let h1: string | null = null;
  let declared: PageDeclared | null = null;
  let footer = '';
  if (looksLikeHtml(text)) {
    declared = pageDeclared(text);
    // The page's footer goes with its chrome; the legal name it writes ("© 2026 Acme Ltd") is kept
    // aside for the company's legal form.
    footer = [...text.matchAll(/<footer\b[^>]{0,300}>([\s\S]{0,3000}?)<\/footer>/gi)].map((f) => htmlToText(f[1] ?? '').text).join('\n');
    const m = /<h1\b[^>]{0,300}>([\s\S]{0,400}?)<\/h1>/i.exec(text);
    if (m) h1 = htmlToText(m[1] ?? '').text.replace(/\s+/g, ' ').trim() || null;
    const html = htmlToText(text);
    text = html.text;
    htmlTitle = html.title;
  }
  if (text.trim().length === 0) {
    throw new UserError('EMPTY_LISTING', 'the listing has no readable text once its HTML markup is removed', 400);
  }
  if (text.length > MAX_LISTING_TEXT) {
    // A saved page can hold megabytes of text; the listing is in its first few kilobytes.
    text = text.slice(0, MAX_LISTING_TEXT);
    warnings.push(`the listing has more than ${MAX_LISTING_TEXT.toLocaleString('en')} characters of text; only the first ${MAX_LISTING_TEXT.toLocaleString('en')} were read`);
  }
  const { title, company, location } = titleAndCompany(text, htmlTitle, h1, declared ?? undefined, footer);
  const { language, mixed } = detectLanguages(text);
  const isSupported = (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
  if (mixed) warnings.push(`the listing mixes ${languageName(language)} and ${languageName(mixed)}; it was read as ${languageName(language)}, so parts in ${languageName(mixed)} may be missed`);
  return { text, title, company, location, language, isSupported, warnings, isTelecommute: declared?.isTelecommute ?? false };
}

// A paragraph under the company's heading, or after its blurb with no heading of its own, that
// speaks to the reader of the work ("You'll catalogue new deposits in CALM", "je schrijft scripts
// in Python", "vous gérez", "du arbeitest") or names the team's stack is the job's, not the
// company's: its tools are the job's tools.
const TO_THE_READER: Record<string, RegExp> = {
  en: /(?<![\p{L}'’])(?:you|you['’]ll|you['’]re|you['’]d|your)(?![\p{L}'’])|^(?:our|the) (?:stack|tools)\b/iu,
  nl: /(?<![\p{L}])(?:je|jij|jouw)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:vous|tu)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*)(?![\p{L}])|(?<![\p{L}])Sie (?:arbeiten|betreuen|übernehmen|verantworten|planen|steuern|führen|pflegen|koordinieren|erstellen|dokumentieren|warten|bedienen|nutzen|arbeitest)(?![\p{L}])/u,
  es: /(?<![\p{L}])(?:tú|usted|tus?|te)(?![\p{L}])|\p{L}{3,}(?:arás|erás|irás)(?![\p{L}])/iu,
};

function sentencesOfTheJob(line: string, language: string): string {
  const reader = TO_THE_READER[language];
  if (reader === undefined) return '';
  return line
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .filter((s) => reader.test(s))
    .join(' ');
}

// "Azure Kubernetes Service. Je denkt mee": a name read across a full stop ends at it.
function beforeSentenceEnd(name: string): string {
  const stop = /[.!?]\s+\p{Lu}/u.exec(name);
  if (!stop) return name;
  const cut = name.slice(0, stop.index).trim();
  return cut.length >= 2 ? cut : '';
}

function requirementsOf(lines: ReturnType<typeof splitSections>): ListingRequirement[] {
  return extractRequirements(lines).map((r) => ({ ...r, skills: uniqueSkills(r.text) }));
}

/**
 * The skills with the rules' names written in full (vendor added, kind of system dropped) and the
 * brand-and-model names added; a rule's name that is a model's name with a kind after it ("Leica
 * GS18 GNSS") or its bare code ("TS16") gives way to the model's name.
 */
function withModels(text: string, skills: readonly string[], ctx: ToolContext): string[] {
  const ruled = skills.filter((s) => skillKind(s) === null);
  const full = fullNames(text, ruled, ctx);
  const renamed = skills.map((s) => (skillKind(s) === null ? (full[ruled.indexOf(s)] ?? s) : s));
  const models = brandModels(text, ctx).filter((m) => canonicalSkill(m) === null && !renamed.some((s) => s.toLowerCase() === m.toLowerCase()));
  const out = renamed.filter((s) => skillKind(s) !== null || !models.some((m) => s.startsWith(`${m} `) && /^[\p{Lu}\d]{2,6}$/u.test(s.slice(m.length + 1)) || m.endsWith(` ${s}`)));
  return [...new Set([...out, ...models])];
}

/**
 * Analyse a job listing pasted as text or HTML: title and company, the requirements (each
 * required or preferred, with the skills it names, normalised against the taxonomy), the
 * manager-role call with its signals, workplace, culture signals, years of experience asked and
 * requested materials. A listing in another language is said so in `warnings`, and nothing is
 * invented for it. Throws a UserError for an empty or oversized listing.
 * @example analyzeListing('Data Analyst\nRequirements:\n- 3+ years of SQL\n- Tableau a plus').requirements.length // 2
 */
export function analyzeListing(input: string): ListingAnalysis {
  const { text, title, company, location, language, isSupported, warnings, isTelecommute } = readListing(input);
  const base = { title, company, location, language, warnings, requestedMaterials: { items: [] as string[], formats: [] as string[] } };
  if (!isSupported) {
    warnings.push(`the listing seems to be in ${languageName(language)} (${language}); only English, German, French, Spanish and Dutch listings are analysed, so no requirements, skills or signals were extracted`);
    return {
      ...base,
      isManagerRole: false,
      managerSignals: [],
      workplace: null,
      requirements: [],
      skills: [],
      cultureSignals: [],
      cultureEvidence: [],
      yearsOfExperience: null,
    };
  }
  const lines = splitSections(text);
  const requirements = requirementsOf(lines);
  // Skills of the job: requirements first, then duties, intro and sections under headings we do
  // not know ("Your tasks", "Buscamos": pasted listings use many); not the company blurb or
  // benefits ("health insurance" is not a skill asked for).
  const jobLines = lines
    .filter((l) => l.section !== 'benefits')
    .map((l) => (l.section === 'company' ? { ...l, text: sentencesOfTheJob(l.text, language) } : l))
    .filter((l) => l.text !== '');
  const jobText = jobLines.map((l) => l.text).join('\n');
  const found = [...new Set([...requirements.flatMap((r) => r.skills), ...uniqueSkills(jobText)])];
  const shaped = [...found, ...extraTools(jobText, found)];
  // The context rules read tasks and requirements as bullets: a line under a duties or
  // requirements heading counts as one even when it was pasted without its bullet.
  const taskText = jobLines
    .map((l) => (l.isBullet || l.section === 'duties' || l.section === 'required' || l.section === 'preferred' ? `- ${l.text}` : l.text))
    .join('\n');
  const ctx = { language, notTools: [company ?? '', location ?? '', title ?? ''] };
  const context = [...shaped, ...toolsFromContext(taskText, shaped, ctx)];
  const cued = [...context, ...toolsAfterCue(taskText, context, ctx)];
  const named = [...cued, ...toolsAfterArticle(taskText, cued, ctx)];
  const listed = withModels(jobText, [...named, ...toolsFromLists(taskText, named, ctx)], ctx);
  const dropped = new Set([...vendorsOnlyInProducts(jobText, listed), ...noiseTools(splitElisions(jobText), listed, jobText.split('\n'))]);
  // The employer's own name ("FitWerk" of "FitWerk Sportclubs GmbH") is no tool the rules read.
  const employer = (company ?? '').toLowerCase();
  for (const s of listed) if (skillKind(s) === null && employer !== '' && (employer === s.toLowerCase() || employer.startsWith(`${s.toLowerCase()} `))) dropped.add(s);
  const skills = [...new Set(listed.filter((s) => !dropped.has(s)).map(beforeSentenceEnd).filter(Boolean))];
  const manager = callManagerRole(title, text);
  const culture = detectCulture(text);
  if (requirements.length === 0) warnings.push('no requirements were found: the listing has no qualifications section and no sentence that asks for experience, a degree or a skill');
  return {
    ...base,
    isManagerRole: manager.isManagerRole,
    managerSignals: manager.managerSignals,
    // A page that declares the job remote is remote when its text does not say otherwise; a
    // listing silent about remote work is worked on site.
    workplace: detectWorkplace(text, isTelecommute),
    requirements,
    skills,
    cultureSignals: culture.map((c) => c.signal),
    cultureEvidence: culture,
    yearsOfExperience: yearsOfExperience(requirements),
    requestedMaterials: requestedMaterials(text),
  };
}

/**
 * Only what matching stories reads of a listing (its requirements and the manager-role call), the
 * same as `analyzeListing` gives, without the job's other skills, culture, workplace or materials:
 * the Diagnosis reads every stored listing this way. Throws as `analyzeListing` does.
 * @example analyzeListingForMatch('Data Analyst\nRequirements:\n- 3+ years of SQL').requirements[0]?.skills // ['SQL']
 */
export function analyzeListingForMatch(input: string): Pick<ListingAnalysis, 'requirements' | 'isManagerRole'> {
  const { text, title, isSupported } = readListing(input);
  if (!isSupported) return { requirements: [], isManagerRole: false };
  return { requirements: requirementsOf(splitSections(text)), isManagerRole: callManagerRole(title, text).isManagerRole };
}
