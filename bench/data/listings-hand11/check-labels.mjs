// Checks the eleventh hand-written listing split without analysing it: labels.json parses, every label
// names a file that exists and every listing has a label, the fields have the bench's shapes, and each
// labelled company and tool is written in its listing. Run: node bench/data/listings-hand11/check-labels.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'test');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => /^h11-(en|de|fr|es|nl)-\d{3}\.(txt|md|html)$/.test(f));
// Tools labelled in a normalised form that is not written as such (none in this set).
const NORMALISED = {};
const ENTITIES = { amp: '&', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', middot: '·', oacute: 'ó', iacute: 'í', aacute: 'á', ntilde: 'ñ', auml: 'ä', ouml: 'ö', uuml: 'ü', eacute: 'é', euml: 'ë', euro: '€', pound: '£' };
const decode = (s) => s.replace(/\u00a0/g, ' ').replace(/&([a-z]+);/g, (m, e) => ENTITIES[e] ?? m);
const problems = [];
for (const f of files) if (!(f in labels)) problems.push(`${f}: no label`);
for (const [id, label] of Object.entries(labels)) {
  if (!files.includes(id)) { problems.push(`${id}: labelled but no such file`); continue; }
  const text = decode(readFileSync(join(dir, id), 'utf8'));
  if (typeof label.title !== 'string' || label.title === '') problems.push(`${id}: title`);
  if (typeof label.isManagerRole !== 'boolean') problems.push(`${id}: isManagerRole`);
  if (!['remote', 'hybrid', 'onsite'].includes(label.workplace)) problems.push(`${id}: workplace`);
  if (label.language !== id.slice(4, 6)) problems.push(`${id}: language ${label.language}`);
  if (!Array.isArray(label.skills) || new Set(label.skills).size !== label.skills.length) problems.push(`${id}: skills`);
  if (!Array.isArray(label.requirements)) problems.push(`${id}: requirements`);
  if (label.company !== undefined && !text.includes(label.company)) problems.push(`${id}: company "${label.company}" not in the text`);
  for (const s of label.skills ?? []) if (!text.includes(s) && !(NORMALISED[id] ?? []).includes(s)) problems.push(`${id}: tool "${s}" not in the text`);
}
const count = (pred) => Object.entries(labels).filter(pred).length;
console.log(`${files.length} listings, ${Object.keys(labels).length} labels, ${count(([, l]) => l.isManagerRole)} lead people`);
for (const lang of ['en', 'de', 'fr', 'es', 'nl']) console.log(`  ${lang}: ${count(([id]) => id.startsWith(`h11-${lang}`))} listings, ${count(([id, l]) => id.startsWith(`h11-${lang}`) && l.isManagerRole)} lead people`);
for (const p of problems) console.log(p);
process.exit(problems.length === 0 ? 0 : 1);
