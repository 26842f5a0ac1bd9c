// Checks the ninth hand-written listing split without analysing it: labels.json parses, every label
// names a file that exists and every listing has a label, the fields have the bench's shapes, and each
// labelled company and tool is written in its listing. Run: node bench/data/listings-hand9/check-labels.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'test');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => /^h9-(en|de|fr|es|nl)-\d{3}\.(txt|md|html)$/.test(f));
// Tools labelled in a normalised form that is not written as such (README, "Labels").
const NORMALISED = { 'h9-de-010.txt': ['SAP PSM'], 'h9-nl-009.txt': ['Leica TS16'] };
const problems = [];
for (const f of files) if (!(f in labels)) problems.push(`${f}: no label`);
for (const [id, label] of Object.entries(labels)) {
  if (!files.includes(id)) { problems.push(`${id}: labelled but no such file`); continue; }
  const text = readFileSync(join(dir, id), 'utf8').replace(/\u00a0/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
  if (typeof label.title !== 'string' || label.title === '') problems.push(`${id}: title`);
  if (typeof label.isManagerRole !== 'boolean') problems.push(`${id}: isManagerRole`);
  if (!['remote', 'hybrid', 'onsite'].includes(label.workplace)) problems.push(`${id}: workplace`);
  if (label.language !== id.slice(3, 5)) problems.push(`${id}: language ${label.language}`);
  if (!Array.isArray(label.skills) || new Set(label.skills).size !== label.skills.length) problems.push(`${id}: skills`);
  if (label.company !== undefined && !text.includes(label.company)) problems.push(`${id}: company "${label.company}" not in the text`);
  for (const s of label.skills ?? []) if (!text.includes(s) && !(NORMALISED[id] ?? []).includes(s)) problems.push(`${id}: tool "${s}" not in the text`);
}
const count = (pred) => Object.entries(labels).filter(pred).length;
console.log(`${files.length} listings, ${Object.keys(labels).length} labels, ${count(([, l]) => l.isManagerRole)} lead people`);
for (const p of problems) console.log(p);
process.exit(problems.length === 0 ? 0 : 1);
