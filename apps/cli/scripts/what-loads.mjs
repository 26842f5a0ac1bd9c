#!/usr/bin/env node
// What a command loads before it runs, from the metafile esbuild wrote with the bundle
// (apps/cli/dist/meta.json): the entry's static imports, then the command's chunk and its static
// imports, each source module with the bytes it adds, grouped by package or folder.
// Run: node apps/cli/scripts/what-loads.mjs diagnose-run [--modules] [--dist DIR]
// (the name is the command module's file name in apps/cli/src/commands, without `.ts`).
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? resolve(args[distAt + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const command = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dist');
const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8'));
// Output paths in the metafile are relative to the working directory of the build.
const outputs = meta.outputs;
const byName = (re) => Object.keys(outputs).find((o) => o.endsWith('.js') && re.test(posix.basename(o)));

/** The outputs `start` loads before it runs: its static imports, transitively. */
function closure(start, into = new Set()) {
  const queue = [start];
  while (queue.length) {
    const out = queue.pop();
    if (into.has(out)) continue;
    into.add(out);
    for (const imp of outputs[out].imports) if (imp.kind === 'import-statement' && !imp.external) queue.push(imp.path);
  }
  return into;
}

const main = byName(/^main\.js$/);
const loaded = closure(main);
// `lazyAction` loads the action wrapper (io) with every command.
for (const extra of ['io', command].filter(Boolean)) {
  const out = byName(new RegExp(`^${extra}-[A-Z0-9]+\\.js$`));
  if (!out) throw new Error(`no chunk named ${extra}-HASH.js in ${dist}`);
  closure(out, loaded);
}

const group = (path) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (m) return m[1];
  return path.replace(/^(\.\.\/)+/, '').replace(/\/[^/]+$/, '');
};
const groups = new Map();
const modules = [];
let total = 0;
for (const out of loaded) {
  for (const [path, { bytesInOutput }] of Object.entries(outputs[out].inputs)) {
    total += bytesInOutput;
    modules.push([path, bytesInOutput, posix.basename(out)]);
    groups.set(group(path), (groups.get(group(path)) ?? 0) + bytesInOutput);
  }
}
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
console.log(`${command ?? 'the entry alone'}: ${loaded.size} files, ${kb(total).trim()} of code`);
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(bytes)}  ${name}`);
if (args.includes('--modules')) {
  console.log('\nmodules:');
  for (const [path, bytes, out] of modules.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(bytes)}  ${path}  (${out})`);
}
