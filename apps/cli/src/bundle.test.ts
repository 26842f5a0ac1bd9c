import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildCli } from '../scripts/build.mjs';
import { renderHelp, type HelpTemplate } from './help-layout';
import { commandPaths, liveHelp } from './main';

/** Every file a module loads before it runs: its static imports, transitively (dynamic ones are left out). */
function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gms)) queue.push(join(dirname(file), m[1] ?? m[2]!));
  }
  return seen;
}

describe('the bundled CLI', () => {
  const out = mkdtempSync(join(tmpdir(), 'secondround-cli-bundle-'));

  it('starts without loading the domain, the taxonomy, the language model or the database', async () => {
    await buildCli(out);
    const loaded = [...staticClosure(join(out, 'main.js')).values()].join('\n');
    // esbuild marks where each bundled module starts with a `// path` comment.
    const modules = [...loaded.matchAll(/^\/\/ ((?:node_modules|packages|apps)\/\S+)$/gm)].map((m) => m[1]!);
    expect(modules.some((m) => m.startsWith('node_modules/commander/'))).toBe(true);
    const heavy = modules.filter((m) => /^(packages\/(store|importers)|apps\/server)\/|node_modules\/(wink-|nspell|dictionary-en|kysely|zod|chrono-node|pg|@modelcontextprotocol)\b|packages\/core\/src\/(taxonomy|social|listing|diagnosis)\//.test(m));
    expect(heavy).toEqual([]);
    expect(loaded).not.toMatch(/better-sqlite3/);
    // Each command's code is a chunk of its own, loaded when the command runs.
    expect(loaded).toMatch(/import\("\.\/chunks\/diagnose-run-[\w-]+\.js"\)/);
    // The skill taxonomy is JSON text handed to JSON.parse, which V8 reads faster than an object
    // literal, and only when a field of it is first read (commands read the prebuilt skill index).
    const chunks = readdirSync(join(out, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'chunks', f), 'utf8'));
    const taxonomy = chunks.find((text) => /^\/\/ packages\/core\/src\/taxonomy\/skills\.json$/m.test(text));
    expect(taxonomy).toMatch(/=> \w+ \?\?= JSON\.parse\(/);
    expect(taxonomy).toMatch(/get "skills"\(\) \{/);
    // zod's 64 error-message locales are left out; English, which zod sets itself, stays.
    const zodLocales = [...chunks.join('\n').matchAll(/^\/\/ node_modules\/zod\/v4\/locales\/(\S+)$/gm)].map((m) => m[1]);
    expect(zodLocales).toEqual(['en.js']);
    // `note check` (scripts run it once per file) and `diagnose` load no server code: the server's
    // index, with its HTTP app, IMAP, mail and PostgreSQL driver, once came in with the speller.
    for (const command of ['note-run', 'diagnose-run']) {
      const chunk = readdirSync(join(out, 'chunks')).find((f) => new RegExp(`^${command}-[\\w-]+\\.js$`).test(f))!;
      const closure = [...staticClosure(join(out, 'chunks', chunk)).values()].join('\n');
      const server = [...closure.matchAll(/^\/\/ ((?:node_modules|packages|apps)\/\S+)$/gm)].map((m) => m[1]!).filter((m) => /^apps\/server\/src\/(?!speller\.ts$)|^node_modules\/(hono|@hono|imapflow|nodemailer|pg)\//.test(m));
      expect(server, command).toEqual([]);
    }
    // `diagnose` reads the analyses kept with the listings: the listing rules (large Unicode regular
    // expressions built at load) come in only for a listing without one, from a chunk of their own.
    const diagnose = readdirSync(join(out, 'chunks')).find((f) => /^diagnose-run-[\w-]+\.js$/.test(f))!;
    const diagnoseModules = [...[...staticClosure(join(out, 'chunks', diagnose)).values()].join('\n').matchAll(/^\/\/ ((?:node_modules|packages|apps)\/\S+)$/gm)].map((m) => m[1]!);
    expect(diagnoseModules).toContain('packages/core/src/diagnosis/diagnose.ts');
    expect(diagnoseModules.filter((m) => m.startsWith('packages/core/src/listing/')).sort()).toEqual(['packages/core/src/listing/head.ts', 'packages/core/src/listing/stored.ts']);
  }, 120_000);

  it('prints the help of every command from the bundle the binary runs', () => {
    const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const command of ['serve', 'export', 'import', 'demo', 'diagnose', 'note', 'timeline', 'listing', 'stories', 'social', 'mcp']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('writes the help of every command exactly as commander prints it, and the binary prints that', async () => {
    if (!existsSync(join(out, 'help.json'))) await buildCli(out);
    const texts = JSON.parse(readFileSync(join(out, 'help.json'), 'utf8')) as Record<string, string>;
    const paths = commandPaths();
    expect(Object.keys(texts).sort()).toEqual(paths.map((p) => p.join(' ')).sort());
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(texts[path.join(' ')], path.join(' ') || 'root').toBe(await liveHelp(path));
    // The binary prints the same, for the root, a command and a subcommand, with -h or --help.
    for (const args of [['--help'], ['diagnose', '-h'], ['listing', 'analyze', '--help']]) {
      const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(await liveHelp(args.slice(0, -1)));
    }
    // Anything else (an option before --help, an unknown command) still goes through commander.
    const withOption = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'diagnose', '--json', '--help'], { encoding: 'utf8' });
    expect(withOption.stdout).toBe(await liveHelp(['diagnose']));
    const unknown = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'nosuch', '--help'], { encoding: 'utf8' });
    expect(unknown.stdout).toBe(await liveHelp([]));
  }, 120_000);

  it('lays out the help of every command for a terminal of any width exactly as commander does', async () => {
    if (!existsSync(join(out, 'help-templates.json'))) await buildCli(out);
    const templates = JSON.parse(readFileSync(join(out, 'help-templates.json'), 'utf8')) as Record<string, HelpTemplate>;
    const paths = commandPaths();
    expect(Object.keys(templates).sort()).toEqual(paths.map((p) => p.join(' ')).sort());
    // Below 40 columns commander stops wrapping; 57 and 61 fall inside descriptions and terms.
    for (const path of paths) {
      for (const width of [20, 40, 57, 61, 80, 120, 200, undefined]) {
        expect(renderHelp(templates[path.join(' ')]!, width), `${path.join(' ') || 'root'} at ${width ?? 'no'} columns`).toBe(await liveHelp(path, width));
      }
    }
  }, 120_000);

  // `script` gives the binary a real terminal of the width `stty` sets (util-linux, on Debian by default).
  it.skipIf(!existsSync('/usr/bin/script'))('prints the help on a terminal at the terminal\'s width', async () => {
    for (const [width, args] of [[57, ['listing', 'analyze', '--help']], [132, ['--help']], [44, ['note', 'check', '-h']]] as const) {
      const r = spawnSync('/usr/bin/script', ['-qec', `stty cols ${width} rows 50 && exec ${process.execPath} apps/cli/bin/secondround.js ${args.join(' ')}`, '/dev/null'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout.replace(/\r\n/g, '\n'), `${args.join(' ')} at ${width} columns`).toBe(await liveHelp(args.slice(0, -1), width));
    }
    // Without building process.stdout, which loads node:tty and node:net (~5 ms): the window size
    // comes from a TTY handle, and the layout is one file with no imports.
    const loads = 'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(2,"tty="+process.moduleLoadList.includes("NativeModule tty")+" net="+process.moduleLoadList.includes("NativeModule net")))';
    const r = spawnSync('/usr/bin/script', ['-qec', `stty cols 70 rows 50 && exec ${process.execPath} --import '${loads}' apps/cli/bin/secondround.js --help`, '/dev/null'], { encoding: 'utf8' });
    expect(r.stdout.replace(/\r\n/g, '\n')).toBe(`${await liveHelp([], 70)}tty=false net=false`);
    expect(readFileSync('apps/cli/dist/help-layout.js', 'utf8')).not.toMatch(/^import /m);
    // Asked to warn of pending deprecations (the TTY handle comes from one), help prints no warning.
    const warned = spawnSync('/usr/bin/script', ['-qec', `stty cols 70 rows 50 && exec ${process.execPath} --pending-deprecation apps/cli/bin/secondround.js --help`, '/dev/null'], { encoding: 'utf8' });
    expect(warned.stdout.replace(/\r\n/g, '\n')).toBe(await liveHelp([], 70));
    // Asked by the environment instead, at another width: the stream's width all the same.
    const asked = spawnSync('/usr/bin/script', ['-qec', `stty cols 61 rows 50 && NODE_PENDING_DEPRECATION=1 exec ${process.execPath} apps/cli/bin/secondround.js --help`, '/dev/null'], { encoding: 'utf8' });
    expect(asked.stdout.replace(/\r\n/g, '\n')).toBe(await liveHelp([], 61));
  }, 120_000);

  it('runs diagnose from its own CommonJS bundle, without the listing rules or the server', async () => {
    if (!existsSync(join(out, 'main.js'))) await buildCli(out);
    const name = readdirSync(out).find((f) => /^diagnose-[\w-]+\.cjs$/.test(f))!;
    expect(readFileSync(join(out, 'main.js'), 'utf8')).toContain(JSON.stringify(name));
    const modules = [...readFileSync(join(out, name), 'utf8').matchAll(/^\/\/ ((?:node_modules|packages|apps)\/\S+)$/gm)].map((m) => m[1]!);
    expect(modules).toContain('packages/core/src/diagnosis/diagnose.ts');
    expect(modules.filter((m) => m.startsWith('packages/core/src/listing/')).sort()).toEqual(['packages/core/src/listing/head.ts', 'packages/core/src/listing/stored.ts']);
    expect(modules.filter((m) => /^apps\/server\/|^node_modules\/(hono|@hono|imapflow|nodemailer|pg|wink-nlp|eld|tinyld)\b/.test(m))).toEqual([]);
    // Nor the skill index, the tokeniser or the stemmer: story matching reads the terms kept with
    // the stories and with the listings' requirements (a story without them sends the command to
    // the ES module bundle, as a listing without an analysis does).
    expect(modules.filter((m) => m.startsWith('packages/core/src/taxonomy/') || m.startsWith('node_modules/wink-'))).toEqual([]);
    expect(readFileSync(join(out, name), 'utf8')).not.toContain('"names":["Python"');
    // The domain's zod schemas are built on first use, not when the bundle loads (it carries every
    // record's schemas with the store; a diagnosis parses few): none is built by a top-level `var`.
    const text = readFileSync(join(out, name), 'utf8');
    expect(text.match(/^var \w+ = (external_exports|z)\.[^\n]*$/gm)).toBeNull();
    expect(text.match(/^var \w+Schema = \w+\.(extend|partial|omit|pick)\([^\n]*$/gm)).toBeNull();
    expect(text.match(/^var \w+ = lazySchema\d* *\(\(\) =>/gm)?.length).toBeGreaterThan(100);
    // One bundle per build: its name carries its content hash, which names its cache.
    expect(name).toMatch(/^diagnose-[A-Z0-9]{8}\.cjs$/);
  }, 120_000);

  it('prints the same Diagnosis without the code cache, on the run that writes it and on the run that reads it', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'secondround-diagnose-')), 'demo.db');
    const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, ['apps/cli/bin/secondround.js', '--data', db, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env } });
    expect(cli(['demo']).status).toBe(0);
    const cacheDir = join('apps/cli/dist/.code-cache');
    rmSync(cacheDir, { recursive: true, force: true });
    const plain = cli(['diagnose'], { SECONDROUND_CODE_CACHE: '0' });
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toMatch(/^Diagnosis: \d+ applications sent/);
    expect(existsSync(cacheDir)).toBe(false);
    const cold = cli(['diagnose']);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
    const warm = cli(['diagnose']);
    expect([cold.stdout, cold.stderr, cold.status]).toEqual([plain.stdout, '', 0]);
    expect([warm.stdout, warm.stderr, warm.status]).toEqual([plain.stdout, '', 0]);
    // node:crypto (~15 ms to load) is not loaded by a diagnosis: the bundle loads it when one of
    // its exports is first read, and nothing diagnose runs reads one.
    const loadsCrypto = 'data:text/javascript,process.on("exit",()=>process.stderr.write("crypto="+process.moduleLoadList.includes("NativeModule crypto")))';
    const watched = spawnSync(process.execPath, ['--import', loadsCrypto, 'apps/cli/bin/secondround.js', '--data', db, 'diagnose'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    expect([watched.stdout, watched.stderr]).toEqual([plain.stdout, 'crypto=false']);
    // Listings whose kept analysis an older version of the rules wrote: the bundle, which has no
    // listing rules, stops, and the ES module bundle runs the command and keeps new analyses.
    const sqlite = new Database(db);
    expect(sqlite.prepare('UPDATE applications SET listing_analysis_version = 1 WHERE listing_text IS NOT NULL').run().changes).toBeGreaterThan(10);
    const stale = cli(['diagnose']);
    expect([stale.stdout, stale.stderr, stale.status]).toEqual([plain.stdout, '', 0]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM applications WHERE listing_analysis_version = 1').get()).toEqual({ n: 0 });
    // Stories whose kept terms an older version wrote: the same, for the skill index.
    expect(sqlite.prepare('UPDATE stories SET match_terms_version = 1').run().changes).toBeGreaterThan(3);
    const staleTerms = cli(['diagnose']);
    expect([staleTerms.stdout, staleTerms.stderr, staleTerms.status]).toEqual([plain.stdout, '', 0]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM stories WHERE match_terms_version = 1').get()).toEqual({ n: 0 });
    sqlite.close();
    // A user's mistake, raised by the bundle's own copy of the domain, is still one line and exit 1.
    const bad = cli(['diagnose', '--waiting-days', 'soon']);
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([1, '', 'secondround: --waiting-days must be a whole number of days from 1 to 365, got "soon"\n']);
  }, 120_000);

  it('proofreads a note from the bundle with the app\'s dictionaries and word list', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'secondround-note-')), 'note.txt');
    writeFileSync(file, 'Hi Wilhelmina,\n\nThanks for the chat this arvo. Radhika showed me the pricing models. Thnak you again.\n\nKit\n');
    const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'note', 'check', file, '--interviewer', 'Wilhelmina Ashcroft', '--company', 'Bramblecote', '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { problems: Array<{ code: string; start: number; end: number }> };
    const text = readFileSync(file, 'utf8');
    // "arvo" is in SCOWL's list only; Radhika opens a sentence but is a name; "Thnak" is one slip from "thank".
    expect(result.problems.filter((p) => p.code === 'SPELLING').map((p) => text.slice(p.start, p.end))).toEqual(['Thnak']);
  }, 120_000);
});
