/**
 * Writes the labelled listing set (bench/data/listings/{train,test}/g-*.{txt,md,html} and their
 * labels) from the phrase banks of five languages and the chrome of twelve boards. Deterministic:
 * `npx tsx bench/data/listing-gen/make.ts`. About 40% of each language goes to the test split.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOARDS, BOARDS_BY_LANG } from './boards';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import type { Bank, Family, Kind, Lang } from './types';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261130);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number): boolean => rand() < p;
function sample<T>(xs: T[], k: number): T[] {
  const c = [...xs];
  const out: T[] = [];
  while (out.length < k && c.length) out.push(c.splice(Math.floor(rand() * c.length), 1)[0]!);
  return out;
}

const TOOLS: Record<Family, string[]> = {
  eng: ['Java', 'Kotlin', 'Python', 'PostgreSQL', 'Kubernetes', 'Docker', 'AWS', 'Terraform', 'TypeScript', 'React', 'Node.js', 'Kafka', 'Git'],
  data: ['SQL', 'Python', 'dbt', 'Snowflake', 'BigQuery', 'Airflow', 'Looker', 'Power BI', 'Tableau', 'Spark'],
  sales: ['Salesforce', 'HubSpot', 'Excel', 'Pipedrive'],
  support: ['Zendesk', 'Salesforce', 'Jira', 'Excel'],
  product: ['Jira', 'Confluence', 'Figma', 'SQL'],
  finance: ['SAP', 'DATEV', 'Excel', 'Power BI', 'Power Query'],
  marketing: ['HubSpot', 'SEO', 'Figma', 'Shopify', 'Excel'],
};
const MANAGES: Record<Kind, boolean> = { people: true, head: true, teamlead: true, leadx: true, bodyonly: true, senior: false, trap: false };
const MOJIBAKE: Array<[string, string]> = [['é', 'Ã©'], ['è', 'Ã¨'], ['à', 'Ã '], ['ü', 'Ã¼'], ['ö', 'Ã¶'], ['ä', 'Ã¤'], ['ß', 'ÃŸ'], ['ñ', 'Ã±'], ['ó', 'Ã³'], ['í', 'Ã­'], ['á', 'Ã¡'], ['’', 'â€™'], ['–', 'â€“'], ['€', 'â‚¬'], ['ç', 'Ã§'], ['ê', 'Ãª']];

interface Section {
  heading: string | null;
  paras: string[];
  bullets: string[];
}

function fill(s: string, v: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function typo(s: string): string {
  const words = s.split(' ');
  const i = Math.floor(rand() * words.length);
  const w = words[i] ?? '';
  if (w.length < 6 || /[A-Z.]/.test(w)) return s;
  const j = 1 + Math.floor(rand() * (w.length - 3));
  words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(' ');
}

function render(format: 'txt' | 'md' | 'html', chrome: ReturnType<(typeof BOARDS)['linkedin']>, sections: Section[], opts: { urlLines: string[]; cookie: string | null; bullet: string; colon: boolean }): string {
  const { pre, titleBlock, meta, bodyHeading, post } = chrome;
  if (format === 'html') {
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = sections.map((s) => `${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}${s.paras.map((p) => `<p>${esc(p)}</p>`).join('')}${s.bullets.length ? `<ul>${s.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : ''}`).join('\n');
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(chrome.htmlTitle)}</title><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script><style>.job{font-family:sans-serif}</style></head>
<body>${opts.cookie ? `<div class="cookie-banner">${esc(opts.cookie)}<button>OK</button></div>` : ''}<nav>${pre.map((p) => `<span>${esc(p)}</span>`).join(' ')}</nav>
<header class="job-header"><h1>${esc(titleBlock[titleBlock.length - 1] ?? '')}</h1>${titleBlock.length > 1 ? `<div class="company">${esc(titleBlock[0] ?? '')}</div>` : ''}${meta.map((m) => `<div class="meta">${esc(m)}</div>`).join('')}</header>
<main class="job">${bodyHeading ? `<h2>${esc(bodyHeading)}</h2>` : ''}
${body}
</main><aside>${post.map((p) => `<div>${esc(p)}</div>`).join('')}</aside><footer>Impressum · Privacy</footer></body></html>
`;
  }
  const lines: string[] = [...opts.urlLines];
  if (opts.cookie) lines.push(opts.cookie);
  lines.push(...pre);
  if (format === 'md') {
    if (titleBlock.length > 1) lines.push(titleBlock[0] ?? '');
    lines.push(`# ${titleBlock[titleBlock.length - 1]}`, '', ...meta, '');
    if (bodyHeading) lines.push(`## ${bodyHeading}`, '');
    for (const s of sections) {
      if (s.heading) lines.push(chance(0.5) ? `### ${s.heading}` : `**${s.heading}**`, '');
      for (const p of s.paras) lines.push(p, '');
      for (const b of s.bullets) lines.push(`${chance(0.85) ? '-' : '*'} ${b}`);
      if (s.bullets.length) lines.push('');
    }
  } else {
    lines.push(...titleBlock, ...meta, '');
    if (bodyHeading) lines.push(bodyHeading);
    for (const s of sections) {
      if (s.heading) lines.push('', s.heading + (opts.colon ? ':' : ''));
      for (const p of s.paras) lines.push(p);
      for (const b of s.bullets) lines.push(`${opts.bullet}${b}`);
    }
    lines.push('');
  }
  lines.push(...post);
  return lines.join('\n') + '\n';
}

interface Label {
  title: string; company: string; location: string; language: Lang; board: string; format: string;
  isManagerRole: boolean; workplace: 'remote' | 'hybrid' | 'onsite';
  requirements: Array<{ text: string; kind: 'required' | 'preferred' }>; skills: string[];
}

function listing(bank: Bank, role: Bank['roles'][number], idx: number): { text: string; label: Label; ext: string } {
  const [title, kind, family] = role;
  const co = pick(bank.companies);
  const city = pick(bank.cities);
  const board = pick(BOARDS_BY_LANG[bank.lang]);
  const wp = pick(['remote', 'hybrid', 'hybrid', 'onsite', 'onsite'] as const);
  const n = 2 + Math.floor(rand() * 9);
  const shownTitle = title + pick(bank.gender);
  const tools = sample(TOOLS[family], 2 + Math.floor(rand() * 3));
  const v = { co, city, title: shownTitle, n, area: pick(bank.area[family]), tool: tools[0]!, tool2: tools[1]!, boss: pick(bank.bosses) };
  const used = new Set<string>();
  const withTool = (tpl: string, t1: string, t2: string): string => {
    if (tpl.includes('{tool}')) used.add(t1);
    if (tpl.includes('{tool2}')) used.add(t2);
    return fill(tpl, { ...v, tool: t1, tool2: t2 });
  };
  const manages = MANAGES[kind];
  const mgrP = { people: 0.8, head: 0.6, teamlead: 0.7, leadx: 1, bodyonly: 1, senior: 0, trap: 0 }[kind];
  const body: string[] = [];
  if (chance(mgrP)) body.push(fill(pick(bank.mgr), v));
  if (!manages && chance(0.55)) body.push(fill(pick(bank.ic), v));
  if (chance(0.35)) body.push(fill(pick(bank.neutralTeam), v));
  const wpSentence = fill(pick(bank.workplace[wp]), v);
  const wpTag = pick(bank.wpTag[wp]);
  const hasTagBoard = ['linkedin', 'wttj', 'lever', 'ashby'].includes(board);
  const showTag = hasTagBoard && chance(0.7);
  const wpInBody = !showTag || chance(0.6);
  const required = sample(bank.req, 2 + Math.floor(rand() * 2)).map((t, i) => withTool(t, tools[i % tools.length]!, tools[(i + 1) % tools.length]!));
  required.push(...sample(bank.reqSoft, 1 + Math.floor(rand() * 2)));
  const prefTools = TOOLS[family].filter((t) => !tools.includes(t));
  const preferred = sample(bank.pref, Math.floor(rand() * 3)).map((t) => withTool(t, pick(prefTools.length ? prefTools : tools), tools[0]!));
  const short = chance(0.1);
  const sections: Section[] = [];
  const reqLabels: Label['requirements'] = [];
  const intro = fill(pick(bank.intro), v);
  const roleIntro = fill(pick(bank.roleIntro), v);
  const maybeTypo = (s: string): string => (chance(0.12) ? typo(s) : s);
  if (short) {
    const inlineReq = pick(bank.inlineReq);
    const paras = [[roleIntro, ...body].join(' ') + (wpInBody ? ` ${wpSentence}` : ''), `${inlineReq} ${required[0]}. ${cap(required[1] ?? '')}.`];
    reqLabels.push({ text: required[0]!, kind: 'required' }, { text: required[1]!, kind: 'required' });
    if (preferred[0]) {
      paras.push(`${intro} ${pick(bank.inlinePref)} ${preferred[0]}.`);
      reqLabels.push({ text: preferred[0], kind: 'preferred' });
    }
    sections.push({ heading: null, paras, bullets: [] });
  } else {
    const headings = bank.headings;
    if (chance(0.6)) sections.push({ heading: fill(pick(headings.about), v), paras: [intro], bullets: [] });
    else sections.push({ heading: null, paras: [intro], bullets: [] });
    const duties = sample(bank.duties, 3 + Math.floor(rand() * 4)).map((d, i) => maybeTypo(withTool(d, tools[i % tools.length]!, tools[(i + 1) % tools.length]!)));
    const dutyParas = [roleIntro, ...(chance(0.5) ? [body.join(' ')] : [])].filter(Boolean);
    const dutyBullets = [...duties];
    if (!dutyParas.includes(body.join(' ')) && body.length) dutyBullets.splice(1, 0, ...body.map((b) => b.replace(/\.$/, '')));
    sections.push({ heading: fill(pick(headings.duties), v), paras: dutyParas, bullets: dutyBullets });
    sections.push({ heading: pick(headings.req), paras: [], bullets: required });
    for (const r of required) reqLabels.push({ text: r, kind: 'required' });
    const prefMode = preferred.length === 0 ? 'none' : chance(0.65) ? 'section' : 'inline';
    if (prefMode === 'section') {
      sections.push({ heading: pick(headings.pref), paras: [], bullets: preferred });
      for (const p of preferred) reqLabels.push({ text: p, kind: 'preferred' });
    } else if (prefMode === 'inline') {
      sections[sections.length - 1]!.paras.push(`${maybeTypo(fill(pick(bank.neutralTeam), v))} ${pick(bank.inlinePref)} ${preferred[0]}.`);
      reqLabels.push({ text: preferred[0]!, kind: 'preferred' });
    }
    const benefits = sample(bank.benefits, 3 + Math.floor(rand() * 4));
    const wpWhere = chance(0.5);
    sections.push({ heading: pick(headings.benefits), paras: wpInBody && wpWhere ? [wpSentence] : [], bullets: benefits });
    if (wpInBody && !wpWhere) sections[1]!.paras.push(wpSentence);
  }
  const c = bank.chrome;
  const similarJobs = sample(bank.roles.filter((r) => r[0] !== title), 2).map((r) => `${r[0]}${pick(bank.gender)} · ${pick(bank.companies)} · ${pick(bank.cities)}`);
  const chrome = BOARDS[board]!({ lang: bank.lang, title: shownTitle, co, city, wpTag: showTag ? wpTag : null, posted: pick(c.posted), employment: pick(c.employment), apply: pick(c.apply), similar: pick(c.similar), similarJobs, applicants: pick(c.applicants), showMore: pick(c.showMore), n: idx });
  const format = pick(['txt', 'txt', 'txt', 'txt', 'md', 'md', 'html', 'html', 'html'] as const);
  const urlLines = chance(0.35) ? [`URL: ${chrome.url}`, ...(chance(0.6) ? [`Date: 2026-${String(1 + (idx % 11)).padStart(2, '0')}-${String(1 + (idx % 27)).padStart(2, '0')}`] : []), ''] : [];
  let text = render(format, chrome, sections, { urlLines, cookie: chance(0.25) ? pick(c.cookie) : null, bullet: pick(['• ', '- ', '* ', '· ', '']), colon: chance(0.5) });
  if (bank.lang !== 'en' && chance(0.07)) for (const [a, b] of MOJIBAKE) text = text.split(a).join(b);
  if (chance(0.25)) text = text.replace(/ (?=[:%€;!?])|(?<=\d) /g, '\u00a0').replace(/ (?=\()/g, () => (chance(0.5) ? '\u00a0' : ' '));
  if (chance(0.15)) text = text.replace(/\n/g, '\r\n');
  for (const t of TOOLS[family]) if (new RegExp(`(?<![\\w.])${t.replace(/[.+]/g, '\\$&')}(?![\\w])`).test(sections.map((s) => [...s.paras, ...s.bullets].join('\n')).join('\n'))) used.add(t);
  const label: Label = {
    title, company: co, location: city, language: bank.lang, board, format, isManagerRole: manages, workplace: wp,
    requirements: reqLabels, skills: [...used].sort(),
  };
  return { text, label, ext: format };
}

const root = join(import.meta.dirname, '../listings');
const out: Record<'train' | 'test', Record<string, Label>> = { train: {}, test: {} };
const seen = new Set<string>();
for (const bank of [en, de, fr, es, nl]) {
  const roles = [...bank.roles, ...sample(bank.roles, 48 - bank.roles.length)];
  const items = roles.map((r, i) => ({ r, i, key: rand() })).sort((a, b) => a.key - b.key);
  items.forEach(({ r }, j) => {
    const { text, label, ext } = listing(bank, r, j + 1);
    if (seen.has(text)) throw new Error('duplicate listing');
    seen.add(text);
    const split = j < Math.round(items.length * 0.4) ? 'test' : 'train';
    const name = `g-${bank.lang}-${String(j + 1).padStart(3, '0')}.${ext}`;
    mkdirSync(join(root, split), { recursive: true });
    writeFileSync(join(root, split, name), text);
    out[split][name] = label;
  });
}
for (const split of ['train', 'test'] as const) {
  const file = join(root, split, split === 'test' ? 'labels.json' : 'labels.generated.json');
  writeFileSync(file, JSON.stringify(out[split], null, 1) + '\n');
  console.log(split, Object.keys(out[split]).length);
}

