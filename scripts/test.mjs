#!/usr/bin/env node
// `npm test`: type-check, then every suite (unit, store on SQLite and PostgreSQL, API, end to end
// in Chromium). A missing PostgreSQL or Chromium skips that suite with a loud warning on a
// developer's machine; with SECONDROUND_REQUIRE_ALL_SUITES=1 (CI) it is a failure instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

const requireAll = process.env.SECONDROUND_REQUIRE_ALL_SUITES === '1';
const pgUrl = process.env.SECONDROUND_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const chromiumPath = process.env.SECONDROUND_CHROMIUM ?? '/usr/bin/chromium';
const env = { ...process.env, SECONDROUND_TEST_PG_URL: pgUrl };
const missing = [];

function loud(lines) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
}

async function canReachPostgres() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function hasLocalPostgres() {
  return existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
}

// PostgreSQL: use the one at SECONDROUND_TEST_PG_URL, or start the throwaway test server.
if (!(await canReachPostgres()) && !process.env.SECONDROUND_TEST_PG_URL && hasLocalPostgres()) {
  spawnSync('bash', ['scripts/start-test-postgres.sh'], { stdio: 'inherit' });
}
if (!(await canReachPostgres())) {
  env.SECONDROUND_SKIP_PG = '1';
  missing.push(`PostgreSQL suite SKIPPED: no server at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')} (install PostgreSQL, or set SECONDROUND_TEST_PG_URL)`);
}
// Test databases left by runs killed before their clean-up (older than an hour).
if (env.SECONDROUND_SKIP_PG !== '1') spawnSync(process.execPath, ['scripts/drop-stale-test-databases.mjs'], { stdio: 'inherit', env });

// IMAP: Debian's Dovecot on loopback (scripts/start-test-imap.sh), for the mail-sync tests.
const imapPort = Number(process.env.SECONDROUND_TEST_IMAP_PORT ?? 31143);
async function canReachImap() {
  const { createConnection } = await import('node:net');
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: imapPort });
    socket.setTimeout(3000, () => { socket.destroy(); resolve(false); });
    socket.once('data', (d) => { socket.destroy(); resolve(/^\* OK/.test(String(d))); });
    socket.once('error', () => resolve(false));
  });
}
if (!(await canReachImap())) spawnSync('bash', ['scripts/start-test-imap.sh'], { stdio: 'inherit', env });
if (!(await canReachImap())) {
  env.SECONDROUND_SKIP_IMAP = '1';
  missing.push(`IMAP (mail sync) suite SKIPPED: no Dovecot at 127.0.0.1:${imapPort} (apt-get install dovecot-imapd; scripts/start-test-imap.sh starts it)`);
}

// Chromium: Debian's package at /usr/bin/chromium (or SECONDROUND_CHROMIUM).
if (!existsSync(chromiumPath)) {
  env.SECONDROUND_SKIP_BROWSER = '1';
  missing.push(`Browser (end-to-end) suite SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium, or set SECONDROUND_CHROMIUM)`);
}

if (missing.length) {
  loud([...missing, requireAll ? 'SECONDROUND_REQUIRE_ALL_SUITES=1: a skipped suite is a failure.' : 'The other suites still run; CI runs them all.']);
  if (requireAll) process.exit(1);
}

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

if (run('type-check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']) !== 0) {
  console.log('\n0 passed, 1 failed (type-check)');
  process.exit(1);
}
// Tests start the CLI by its real binary, which runs the bundle: rebuild it when a source changed.
if (run('bundle the CLI (when a source changed)', process.execPath, ['apps/cli/scripts/build.mjs', '--if-stale']) !== 0) {
  console.log('\n0 passed, 1 failed (CLI bundle)');
  process.exit(1);
}
if (!env.SECONDROUND_SKIP_BROWSER && run('build the web app for the browser suite', process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'apps/web', '--logLevel', 'warn']) !== 0) {
  console.log('\n0 passed, 1 failed (web build)');
  process.exit(1);
}

mkdirSync('.test-results', { recursive: true });
const status = run('vitest (unit, integration, end to end)', process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/vitest.json', ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + report.numTodoTests;
} catch {
  failed = Math.max(failed, 1);
}
if (missing.length) loud(missing);
if (requireAll && skipped > 0) {
  loud([`${skipped} tests were skipped, and SECONDROUND_REQUIRE_ALL_SUITES=1 requires every suite to run.`]);
  failed += skipped;
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
