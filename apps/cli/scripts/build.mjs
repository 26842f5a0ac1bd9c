#!/usr/bin/env node
// Bundles the CLI into apps/cli/dist with esbuild: one small entry that knows every command's
// options, and one chunk per command loaded only when that command runs, so `--help` reads no
// domain code, taxonomy, language model or database driver.
// Run by the root `prepare` script (npm install / npm ci) and by `npm test` before the suites;
// `--if-stale` skips the build when no source is newer than the bundle.
import { mkdtemp, readFile, readdir, stat, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(cliDir, '../..');
const outdir = join(cliDir, 'dist');
const stamp = join(outdir, 'main.js');

/** Source folders the bundle is made of (the web app is served from its own build, not bundled). */
const SOURCES = ['apps/cli/src', 'apps/server/src', 'packages/core/src', 'packages/store/src', 'packages/importers/src'].map((d) => join(root, d));

async function newestSource(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(path));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

/** True when the bundle exists and no source, lock file or this script is newer. */
export async function isBundleFresh() {
  const built = await stat(stamp).then((s) => s.mtimeMs, () => 0);
  if (!built) return false;
  const inputs = await Promise.all([...SOURCES.map(newestSource), stat(join(root, 'package-lock.json')).then((s) => s.mtimeMs, () => 0), stat(fileURLToPath(import.meta.url)).then((s) => s.mtimeMs)]);
  return Math.max(...inputs) <= built;
}

/**
 * Modules that find files beside themselves (`new URL('x', import.meta.url)`: the English
 * dictionary, the social worker's sources, the web build) keep their own location in the bundle.
 */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(m?js|ts)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Large JSON data (the skill taxonomy, 390 KB) as one string handed to JSON.parse: V8 reads a
 * string literal and JSON much faster than the same data written as a JavaScript object, which
 * every command that loads the taxonomy paid for at start. Only default imports are used.
 * An object is parsed when one of its top-level fields is first read, not at import: commands
 * that match skills read the prebuilt skill index instead, and most never read the taxonomy.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 50_000) return undefined;
      const data = JSON.parse(text);
      const literal = JSON.stringify(JSON.stringify(data));
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return { contents: `export default JSON.parse(${literal});`, loader: 'js' };
      const getters = Object.keys(data).map((key) => `get ${JSON.stringify(key)}() { return read()[${JSON.stringify(key)}]; }`);
      return { contents: `let parsed;\nconst read = () => (parsed ??= JSON.parse(${literal}));\nexport default { ${getters.join(', ')} };`, loader: 'js' };
    });
  },
};

/**
 * zod's main module and its core re-export all 64 error-message locales (`z.locales`), which
 * esbuild keeps whole: 364 KB of the 755 KB zod chunk that every command using zod compiled at
 * start. Nothing here calls `z.config(z.locales.…())`; English, which zod sets itself, stays.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core)[\\/](external|index)\.js$/.test(args.importer)) return undefined;
      return { path: join(args.resolveDir, '../locales/en.js'), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

const COMMON = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Native addons, and esbuild itself (the social worker bundles its own code at run time).
  external: ['better-sqlite3', '@node-rs/argon2', 'esbuild', 'pg-native'],
  // Bundled CommonJS packages may call require(); ESM output has none of its own.
  banner: { js: "import { createRequire as __srCreateRequire } from 'node:module'; const require = __srCreateRequire(import.meta.url);" },
  plugins: [keepImportMetaUrl, jsonAsString, zodEnglishOnly],
};

/**
 * Data the bundle carries, worked out by the project's own code at bundle time: what the real MCP
 * server answers to `initialize` and `tools/list` (its tools' JSON schemas built from zod), which
 * `secondround mcp` answers before loading the SDK; and the skill index built from the taxonomy,
 * which commands that match skills (`diagnose` among them) read instead of building it.
 */
async function bundleData(build) {
  const tmp = await mkdtemp(join(cliDir, '.mcp-manifest-'));
  try {
    await build({ ...COMMON, entryPoints: { manifest: join(cliDir, 'src/mcp/manifest.ts'), 'skill-index': join(cliDir, 'src/skill-index-data.ts') }, outdir: tmp, splitting: true });
    await writeFile(join(tmp, 'package.json'), '{ "type": "module" }\n');
    const { describeMcpServer } = await import(pathToFileURL(join(tmp, 'manifest.js')).href);
    const { skillIndexJson } = await import(pathToFileURL(join(tmp, 'skill-index.js')).href);
    return { manifest: JSON.stringify(await describeMcpServer()), skillIndex: skillIndexJson() };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * `diagnose` as one CommonJS file, which `src/code-cache.ts` runs through V8's code cache (ES
 * modules take none on Node 20). Its name carries its content hash, so a cache is kept per build.
 * It carries no listing rules and no skill index: the modules that load them (for a listing or a
 * story without current kept analysis or terms) are replaced by ones that throw NEEDS_LISTING_RULES
 * before anything is written or printed, and the command then runs from the ES module bundle
 * instead (`commands/diagnose.ts`), which keeps what was missing.
 */
export const NEEDS_LISTING_RULES = 'SECONDROUND_NEEDS_LISTING_RULES';
async function buildDiagnose(build, into, skillIndex) {
  const withoutListingRules = {
    name: 'without-listing-rules',
    setup(b) {
      b.onResolve({ filter: /^\.\/(diagnose-analyse|listing-analyser|story-terms-writer)$/ }, (args) => ({ path: args.path, namespace: 'without-listing-rules' }));
      b.onLoad({ filter: /.*/, namespace: 'without-listing-rules' }, () => ({
        contents: `throw Object.assign(new Error('this bundle carries no listing rules'), { code: ${JSON.stringify(NEEDS_LISTING_RULES)} });`,
        loader: 'js',
      }));
      // Story matching's term rules (the tokeniser, the stemmer and the 400 KB skill index), which
      // the matcher calls only for a story or requirement without kept terms: there, the stand-ins throw.
      b.onResolve({ filter: /^\.\/terms$/ }, (args) => (/[\\/]packages[\\/]core[\\/]src[\\/]stories[\\/][^\\/]+\.ts$/.test(args.importer) ? { path: args.path, namespace: 'without-term-rules' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'without-term-rules' }, () => ({
        contents: `const needsRules = () => { throw Object.assign(new Error('this bundle carries no skill index'), { code: ${JSON.stringify(NEEDS_LISTING_RULES)} }); };\nexport const storyTerms = needsRules;\nexport const textTerms = needsRules;`,
        loader: 'js',
      }));
    },
  };
  // node:crypto takes ~15 ms to load (its ESM facade and OpenSSL's bindings), and diagnose never
  // calls it: the store's id and token helpers import it. In this bundle it is loaded when one of
  // its exports is first read; every export stays, as a getter of the real module.
  const cryptoNames = Object.keys(await import('node:crypto')).filter((k) => k !== 'default');
  const lazyCrypto = {
    name: 'lazy-node-crypto',
    setup(b) {
      b.onResolve({ filter: /^(node:)?crypto$/ }, (args) => (args.namespace === 'lazy-node-crypto' ? undefined : { path: 'node:crypto', namespace: 'lazy-node-crypto' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-node-crypto' }, () => ({
        contents: `let real;\nconst load = () => (real ??= require('node:crypto'));\nmodule.exports = { ${cryptoNames.map((k) => `get ${k}() { return load().${k}; }`).join(', ')} };`,
        loader: 'js',
      }));
    },
  };
  const lazySchemas = await lazyDomainSchemas();
  const { metafile } = await build({
    ...COMMON,
    format: 'cjs',
    // The CommonJS wrapper of `code-cache.ts` hands in `require`.
    banner: {},
    plugins: [withoutListingRules, lazyCrypto, lazySchemas, ...COMMON.plugins],
    metafile: true,
    entryPoints: { diagnose: join(cliDir, 'src/commands/diagnose-cached.ts') },
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    outdir: into,
    define: { SECONDROUND_SKILL_INDEX: JSON.stringify(skillIndex) },
  });
  return posix.basename(Object.keys(metafile.outputs).find((o) => o.endsWith('.cjs')));
}

/**
 * In the diagnose bundle, each zod schema a domain module defines at its top level is built on its
 * first use (`src/lazy-schema.ts`), not when the module runs: `const X = z.…`, a schema made from
 * another (`const Y = XSchema.extend(…)`, `.partial()`, …), and a module's own object of fields
 * read only by such schemas.
 */
const LAZY_SCHEMA = join(cliDir, 'src/lazy-schema.ts');
const SCHEMA_FROM_SCHEMA = new Set(['extend', 'partial', 'omit', 'pick', 'merge', 'required', 'strict', 'optional', 'nullable', 'nullish', 'array', 'or', 'and', 'refine', 'superRefine', 'transform', 'default', 'catch', 'describe', 'meta', 'min', 'max', 'length', 'brand', 'readonly']);
export async function lazyDomainSchemas() {
  const { default: ts } = await import('typescript');
  const chainRoot = (e) => {
    while (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isIdentifier(e) ? e.text : undefined;
  };
  const outerMethod = (e) => (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : undefined);
  /** The top-level consts of `file` to build lazily, as [start, end] of their initializers. */
  function lazySpans(file) {
    const decls = [];
    for (const st of file.statements) {
      if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
      const exported = st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) decls.push({ name: d.name.text, init: d.initializer, exported });
    }
    const lazy = new Set();
    const uses = (name) => {
      const found = [];
      const visit = (n) => {
        if (ts.isIdentifier(n) && n.text === name && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) found.push(n);
        ts.forEachChild(n, visit);
      };
      visit(file);
      return found;
    };
    const inLazy = (node) => decls.some((d) => lazy.has(d) && node.pos >= d.init.pos && node.end <= d.init.end);
    for (let changed = true; changed; ) {
      changed = false;
      for (const d of decls) {
        if (lazy.has(d)) continue;
        const root = ts.isCallExpression(d.init) ? chainRoot(d.init) : undefined;
        const fromSchema = root !== undefined && SCHEMA_FROM_SCHEMA.has(outerMethod(d.init)) && (decls.some((o) => lazy.has(o) && o.name === root) || /Schema$/.test(root));
        const fieldsOfSchemas = !d.exported && ts.isObjectLiteralExpression(d.init) && uses(d.name).length > 0 && uses(d.name).every(inLazy);
        if (root === 'z' || fromSchema || fieldsOfSchemas) {
          lazy.add(d);
          changed = true;
        }
      }
    }
    return decls.filter((d) => lazy.has(d)).map((d) => [d.init.getStart(file), d.init.end]);
  }
  return {
    name: 'lazy-domain-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!/^import \{ z \} from 'zod';$/m.test(text)) return undefined;
        const spans = lazySpans(ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
        if (spans.length === 0) return undefined;
        let out = text;
        for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}__srLazySchema(() => (${out.slice(start, end)}))${out.slice(end)}`;
        return { contents: `import { lazySchema as __srLazySchema } from ${JSON.stringify(LAZY_SCHEMA)};\n${out}`, loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** Bundle into `into` (apps/cli/dist unless a test asks for another folder). */
export async function buildCli(into = outdir) {
  const { build } = await import('esbuild');
  const { manifest, skillIndex } = await bundleData(build);
  await rm(into, { recursive: true, force: true });
  const diagnoseBundle = await buildDiagnose(build, into, skillIndex);
  const { metafile } = await build({
    ...COMMON,
    // Where dist is, for files it holds beside the ES module bundle (the diagnose bundle).
    banner: { js: `${COMMON.banner.js} const __srDistUrl = new URL(import.meta.url.includes('/chunks/') ? '../' : './', import.meta.url).href;` },
    metafile: true,
    entryPoints: { main: join(cliDir, 'src/main.ts') },
    outdir: into,
    splitting: true,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    define: { SECONDROUND_MCP_MANIFEST: JSON.stringify(manifest), SECONDROUND_SKILL_INDEX: JSON.stringify(skillIndex), SECONDROUND_DIAGNOSE_BUNDLE: JSON.stringify(diagnoseBundle) },
  });
  // The terminal's help layout as one file with no imports and no banner (it imports nothing): in
  // the split build it came with a shared chunk and two createRequire calls, ~4 ms of `--help`.
  await build({ ...COMMON, banner: {}, plugins: [], entryPoints: { 'help-layout': join(cliDir, 'src/help-layout.ts') }, outdir: into });
  await writeFile(join(into, 'package.json'), '{ "type": "module" }\n');
  // What each chunk is made of, for `scripts/what-loads.mjs` (never read by the CLI itself).
  await writeFile(join(into, 'meta.json'), JSON.stringify(metafile));
  // Every command's help as commander prints it to a pipe, from the bundle just built: the binary
  // prints `secondround [COMMAND…] --help` from this without loading commander.
  const { pipedHelpTexts, helpTemplates } = await import(pathToFileURL(join(into, 'main.js')).href);
  await writeFile(join(into, 'help.json'), JSON.stringify(await pipedHelpTexts()));
  // On a terminal, the same help laid out to its width by dist/help-layout.js.
  await writeFile(join(into, 'help-templates.json'), JSON.stringify(await helpTemplates()));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && (await isBundleFresh())) process.exit(0);
  const started = Date.now();
  await buildCli();
  if (!process.argv.includes('--quiet')) console.log(`CLI bundled into apps/cli/dist in ${Date.now() - started} ms`);
}
