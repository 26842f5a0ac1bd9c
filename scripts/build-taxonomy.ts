/**
 * Regenerates `packages/core/src/taxonomy/skills.json` from the ESCO and O*NET extracts in
 * `/work/shared/data/taxonomies` (or the folder given as the first argument) plus our own list
 * (`ours-skills.ts`). The generated file is checked in; nothing at run time or in tests needs the
 * source files. Run: `npx tsx scripts/build-taxonomy.ts [DATA_DIR]`.
 *
 * What goes in, and why:
 * - ours first, so their clean names ("SQL", "Excel") become canonical when a source spells them
 *   otherwise ("Structured query language SQL", "Microsoft Excel");
 * - ESCO transversal and ICT skills and the ESCO skill hierarchy groups, with their alternative
 *   labels (single-word alternatives are left out: "lead", "try", "choose" would match anywhere);
 * - O*NET 29.2 Technology Skills examples named by at least two occupations or marked hot / in
 *   demand (about 2,700 of 8,800: the rest are niche products that add noise, not recall), and
 *   those whose name is one word of its own ("XGBoost": it cannot be read as anything else), with
 *   acronym and vendor-less aliases ("Atlassian JIRA" → "JIRA");
 * - developer tools and software services named by the detection rules of
 *   `@specfy/stack-analyser` (extract in `scripts/taxonomy-data/stack-analyser/`, MIT).
 * An entry whose alias key is already taken merges into the skill that holds it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { OURS_SKILLS } from '../packages/core/src/taxonomy/ours-skills';
import { phraseKey, tokenize } from '../packages/core/src/taxonomy/normalize';
import type { SkillKind, TaxonomyFile, TaxonomySkill } from '../packages/core/src/taxonomy/types';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dataDir = process.argv[2] ?? '/work/shared/data/taxonomies';
const outFile = join(root, 'packages/core/src/taxonomy/skills.json');
const MAX_ALIAS_TOKENS = 6;

// Vendors whose name in front of a product can go ("Microsoft Excel" is also "Excel").
const VENDORS = [
  'The MathWorks', 'Dassault Systemes', 'Red Hat', 'Microsoft', 'Oracle', 'IBM', 'Autodesk', 'Adobe', 'SAP', 'Apache',
  'Google', 'Apple', 'Siemens', 'ESRI', 'Bentley', 'Cadence', 'Corel', 'Trimble', 'Cisco', 'Symantec', 'Amazon',
  'Atlassian', 'Intuit', 'Salesforce', 'VMware', 'Infor', 'Sage', 'Epic Systems', 'Facebook', 'Meta',
];
// Alternative labels that read as ordinary phrases in listings, not as a skill being asked for.
const ALIAS_BLOCKLIST = new Set(['use data', 'share information', 'make efforts', 'focus on work', 'keep on', 'carry on', 'make choices', 'make decision', 'mentor others', 'train others']);

const english = loadEnglishWords();
const skills: TaxonomySkill[] = [];
const keyOwner = new Map<string, number>();
const exactOwner = new Map<string, number>();

const speller = nspell(dictionary);

/** Whether a word (any case, plural too) is an ordinary English word, by the Hunspell dictionary. */
function isEnglish(word: string): boolean {
  const w = word.toLowerCase();
  return english.has(w) || speller.correct(w);
}

function loadEnglishWords(): Set<string> {
  const dic = readFileSync(join(root, 'node_modules/dictionary-en/index.dic'), 'utf8');
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const w = line.split('/')[0] ?? '';
    if (w && w === w.toLowerCase()) words.add(w);
  }
  return words;
}

/** A one-word alias that is also an ordinary English word ("Slack", "Access") must match its case. */
function isAmbiguousWord(alias: string): boolean {
  const toks = tokenize(alias);
  return toks.length === 1 && (isEnglish(alias) || alias.length <= 2);
}

interface Candidate {
  name: string;
  source: TaxonomySkill['s'];
  aliases: string[];
  exact: string[];
  /** Ours: only the aliases marked `=` match by case. */
  curated?: boolean;
  /** Ours say it by hand (`~` marks a competence); O*NET and stack-analyser name tools, ESCO skills. */
  kind: SkillKind;
}

function add(c: Candidate): void {
  const keys: string[] = [];
  const exact: string[] = [];
  for (const alias of [c.name, ...c.aliases]) {
    const key = phraseKey(alias);
    const n = key.split(' ').length;
    if (!key || n > MAX_ALIAS_TOKENS || ALIAS_BLOCKLIST.has(alias.toLowerCase())) continue;
    if (c.exact.includes(alias) || (!c.curated && isAmbiguousWord(alias))) {
      if (!exact.includes(alias)) exact.push(alias);
    } else if (!keys.includes(key)) keys.push(key);
  }
  for (const e of c.exact) if (!exact.includes(e)) exact.push(e);
  const owners = new Set<number>();
  for (const k of [...keys, phraseKey(c.name)]) {
    const o = keyOwner.get(k);
    if (o !== undefined) owners.add(o);
  }
  for (const e of exact) {
    const o = exactOwner.get(e);
    if (o !== undefined) owners.add(o);
  }
  let idx: number;
  if (owners.size > 0) {
    idx = Math.min(...owners);
  } else {
    idx = skills.length;
    skills.push({ n: c.name, s: c.source, a: [], k: [], c: [], t: c.kind });
  }
  const skill = skills[idx]!;
  // Our hand-marked kind stands; otherwise a product source makes an ESCO concept a tool.
  if (!skill.s.startsWith('ours') && c.kind === 'tool') skill.t = 'tool';
  if (skill.s !== c.source && !skill.s.includes(c.source)) skill.s = `${skill.s}+${c.source}`;
  for (const alias of c.aliases) if (alias !== skill.n && !skill.a.includes(alias) && !ALIAS_BLOCKLIST.has(alias.toLowerCase())) skill.a.push(alias);
  if (c.name !== skill.n && !skill.a.includes(c.name)) skill.a.push(c.name);
  for (const k of keys) {
    if (keyOwner.has(k)) continue;
    keyOwner.set(k, idx);
    skill.k.push(k);
  }
  for (const e of exact) {
    if (exactOwner.has(e)) continue;
    exactOwner.set(e, idx);
    skill.c.push(e);
  }
}

// "planning lessons" is "lesson planning", "reading blueprints" is "blueprint reading": our
// two-word skills also match in the other word order (when that order is not another skill's).
function addReversedKeys(): void {
  skills.forEach((skill, idx) => {
    if (!skill.s.startsWith('ours')) return;
    for (const k of [...skill.k]) {
      const parts = k.split(' ');
      if (parts.length !== 2) continue;
      const rev = `${parts[1]} ${parts[0]}`;
      if (keyOwner.has(rev)) continue;
      keyOwner.set(rev, idx);
      skill.k.push(rev);
    }
  });
}

function addOurs(): void {
  for (const line of OURS_SKILLS) {
    const kind: SkillKind = line.startsWith('~') ? 'skill' : 'tool';
    const parts = line.replace(/^~/, '').split('|');
    const first = parts[0]!;
    const name = first.replace(/^=/, '');
    const rest = parts.slice(1);
    const exact = rest.filter((a) => a.startsWith('=')).map((a) => a.slice(1));
    if (first.startsWith('=')) exact.push(name);
    const aliases = rest.filter((a) => !a.startsWith('='));
    add({ name, source: 'ours', aliases, exact, curated: true, kind });
  }
}

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data;
}

function splitLabels(s: string | undefined): string[] {
  return (s ?? '')
    .split(/\s*\|\s*|\n/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

function addEsco(): void {
  const dir = join(dataDir, 'esco');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    for (const row of readCsv(join(dir, file))) {
      const name = (row.preferredLabel ?? '').trim();
      const uri = row.conceptUri ?? '';
      if (!name) continue;
      if (file.startsWith('skillGroups')) {
        if (uri.includes('isced-f') && !/\/isced-f\/\d{4}$/.test(uri)) continue;
        if (/not elsewhere classified|not further defined|inter-disciplinary|programmes/.test(name)) continue;
      }
      const multiWord = (x: string): boolean => tokenize(x).length > 1;
      if (!multiWord(name) && isEnglish(name)) continue;
      const aliases = [...splitLabels(row.altLabels), ...splitLabels(row.hiddenLabels)].filter(multiWord);
      add({ name, source: 'esco', aliases, exact: [], kind: 'skill' });
    }
  }
}

function onetAliases(example: string): { aliases: string[]; exact: string[] } {
  const aliases: string[] = [];
  const exact: string[] = [];
  let base = example.replace(/\s+software$/i, '').trim();
  // "Alteryx software" is "Alteryx"; "Project software" is not "Project".
  if (base && base !== example && (tokenize(base).length > 1 || !isEnglish(base))) aliases.push(base);
  const words = base.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/^[A-Z][A-Z0-9]{1,7}$/.test(last) && words.length > last.length) {
    const long = words.slice(words.length - 1 - last.length, -1);
    const initials = long.map((w) => w[0] ?? '').join('').toUpperCase();
    if (initials === last.replace(/\d/g, '').slice(0, long.length)) {
      aliases.push(long.join(' '));
      if (isEnglish(last) || last.length <= 2) exact.push(last);
      else aliases.push(last);
      base = words.slice(0, -1).join(' ');
    }
  }
  for (const v of VENDORS) {
    if (base.startsWith(`${v} `)) {
      const rest = base.slice(v.length + 1).trim();
      // Keep "Dynamics CRM" or "JIRA", not "Web Services" or "Project": those read as plain words.
      const brandish = rest.split(/\s+/).some((w) => !isEnglish(w) || /[A-Z].*[A-Z]|\d/.test(w));
      if (brandish && rest.length > 2) aliases.push(rest);
      break;
    }
  }
  // "MS Teams", "MS Access": listings shorten the vendor of a Microsoft product.
  if (base.startsWith('Microsoft ') && base.length > 'Microsoft '.length + 2) aliases.push(`MS ${base.slice('Microsoft '.length)}`);
  // "Microsoft Azure DevOps Services" is asked for as "Azure DevOps"; "Web Services" stays.
  for (const a of [...aliases]) {
    const m = /^(.+\s(\S+))\s+Services$/.exec(a);
    if (m && (!isEnglish(m[2] ?? '') || /[a-z][A-Z]/.test(m[2] ?? '')) && !aliases.includes(m[1] ?? '')) aliases.push(m[1] ?? '');
  }
  return { aliases, exact };
}

function addOnet(): void {
  const text = readFileSync(join(dataDir, 'onet-29.2', 'Technology Skills.txt'), 'utf8');
  const occupations = new Map<string, Set<string>>();
  const hot = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const [code, example, , , isHot, inDemand] = line.split('\t');
    if (!code || !example) continue;
    const set = occupations.get(example) ?? new Set<string>();
    set.add(code);
    occupations.set(example, set);
    if (isHot === 'Y' || inDemand?.trim() === 'Y') hot.add(example);
  }
  // A product with a name of its own ("XGBoost", "Hootsuite") is asked for as that name and reads
  // as nothing else, so it goes in even when only one occupation names it.
  const ownName = (e: string): boolean => {
    const bare = e.replace(/\s+software$/i, '');
    return tokenize(bare).length === 1 && bare.length > 2 && !isEnglish(bare) && !speller.correct(bare);
  };
  const chosen = [...occupations.keys()].filter((e) => (occupations.get(e)?.size ?? 0) >= 2 || hot.has(e) || ownName(e)).sort();
  for (const example of chosen) {
    const { aliases, exact } = onetAliases(example);
    if (tokenize(example).length === 1 && isAmbiguousWord(example)) exact.push(example);
    // "Alteryx software" is shown as "Alteryx".
    const bare = example.replace(/\s+software$/i, '');
    const name = bare !== example && tokenize(bare).length === 1 && aliases.includes(bare) ? bare : example;
    add({ name, source: 'onet', aliases: name === example ? aliases : [example, ...aliases.filter((a) => a !== name)], exact, kind: 'tool' });
  }
}

/**
 * Developer tools and software services from the detection rules of `@specfy/stack-analyser`
 * (MIT; extract and licence in `scripts/taxonomy-data/stack-analyser/`): PagerDuty, Optimizely,
 * GitLab CI and the like, which O*NET and ESCO do not name. A one-word name that is an ordinary
 * English word ("Monday", "Ghost") is left out: it would match the word, not the product.
 */
function addStackAnalyser(): void {
  const file = join(root, 'scripts/taxonomy-data/stack-analyser/techs.tsv');
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const name = line.split('\t')[0]?.trim() ?? '';
    if (name.length <= 2) continue;
    const single = tokenize(name).length === 1;
    // Hunspell knows proper nouns too ("Monday", "Apple"): such a name reads as the word.
    if (single && (isEnglish(name) || speller.correct(name))) continue;
    // "Testing Library", "Cloud Storage": every word ordinary, so the phrase is not the product.
    if (!single && name.split(/\s+/).every((w) => isEnglish(w) && !/[a-z][A-Z]|\d/.test(w))) continue;
    // "AWS Opensearch" is "Opensearch" beside "AWS", which is a skill of its own: a listing that
    // says "AWS SQS" asks for both. "AWS Lambda" would be the plain word "Lambda": left out.
    const vendor = /^(?:AWS|Azure|Google|Cloud|Atlassian|Microsoft)\s+(.+)$/.exec(name);
    const product = vendor ? (vendor[1] ?? '') : name;
    if (vendor && (product.length <= 2 || (tokenize(product).length === 1 && (isEnglish(product) || speller.correct(product))))) continue;
    add({ name: product, source: 'stack-analyser', aliases: [], exact: [], kind: 'tool' });
  }
}

addOurs();
addReversedKeys();
addEsco();
addOnet();
addStackAnalyser();
const file: TaxonomyFile = {
  version: 1,
  sources: ['ours', 'ESCO (European Commission)', 'O*NET 29.2 (U.S. Department of Labor, CC BY 4.0)', '@specfy/stack-analyser 1.27.3 rules (MIT)'],
  skills: skills.filter((s) => s.k.length > 0 || s.c.length > 0),
};
const json = JSON.stringify(file);
writeFileSync(outFile, `${json}\n`);
process.stdout.write(`wrote ${file.skills.length} skills, ${(json.length / 1024).toFixed(0)} KB to ${outFile}\n`);
