// Checks a hand-written listing split without analysing it: labels.json parses, every label names a
// file that exists and every listing has a label, the fields have the bench's shapes, and each
// labelled company and tool is written in its listing (after the HTML entities the set's writer
// used are decoded). Each set's own check-labels.mjs calls this with its file prefix.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dir the split's folder (with labels.json)
 * @param {string} prefix the file-name prefix, e.g. "h11"
 * @param {{ normalised?: Record<string, string[]>, entities?: Record<string, string> }} options
 *   tools labelled in a normalised form not written as such; the entities to decode
 */
export function checkListingLabels(dir, prefix, { normalised = {}, entities = { amp: '&', nbsp: ' ' } } = {}) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => new RegExp(`^${prefix}-(en|de|fr|es|nl)-\\d{3}\\.(txt|md|html)$`).test(f));
  const decode = (s) => s.replace(/\u00a0/g, ' ').replace(/&([a-z]+);/g, (m, e) => entities[e] ?? m);
  const problems = [];
  for (const f of files) if (!(f in labels)) problems.push(`${f}: no label`);
  for (const [id, label] of Object.entries(labels)) {
    if (!files.includes(id)) { problems.push(`${id}: labelled but no such file`); continue; }
    const text = decode(readFileSync(join(dir, id), 'utf8'));
    if (typeof label.title !== 'string' || label.title === '') problems.push(`${id}: title`);
    if (typeof label.isManagerRole !== 'boolean') problems.push(`${id}: isManagerRole`);
    if (!['remote', 'hybrid', 'onsite'].includes(label.workplace)) problems.push(`${id}: workplace`);
    if (label.language !== id.slice(prefix.length + 1, prefix.length + 3)) problems.push(`${id}: language ${label.language}`);
    if (!Array.isArray(label.skills) || new Set(label.skills).size !== label.skills.length) problems.push(`${id}: skills`);
    if (!Array.isArray(label.requirements)) problems.push(`${id}: requirements`);
    if (label.company !== undefined && !text.includes(label.company)) problems.push(`${id}: company "${label.company}" not in the text`);
    for (const s of label.skills ?? []) if (!text.includes(s) && !(normalised[id] ?? []).includes(s)) problems.push(`${id}: tool "${s}" not in the text`);
  }
  const count = (pred) => Object.entries(labels).filter(pred).length;
  console.log(`${files.length} listings, ${Object.keys(labels).length} labels, ${count(([, l]) => l.isManagerRole)} lead people`);
  for (const lang of ['en', 'de', 'fr', 'es', 'nl']) console.log(`  ${lang}: ${count(([id]) => id.startsWith(`${prefix}-${lang}`))} listings, ${count(([id, l]) => id.startsWith(`${prefix}-${lang}`) && l.isManagerRole)} lead people`);
  for (const p of problems) console.log(p);
  process.exit(problems.length === 0 ? 0 : 1);
}
