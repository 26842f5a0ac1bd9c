#!/usr/bin/env node
// Runs the bundled CLI (apps/cli/dist, built by `npm install` and `npm test`, or by hand with
// `node apps/cli/scripts/build.mjs`). Without a bundle, or with SECONDROUND_CLI_FROM_SOURCE=1, it
// runs the TypeScript sources through tsx instead (slower to start, always current).
import { fstatSync, readFileSync, writeSync } from 'node:fs';

// Benchmarks read the peak memory of a whole command run from here.
if (process.env.SECONDROUND_REPORT_RSS === '1') process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));

/**
 * `secondround [COMMAND…] --help` into a pipe, printed from the help texts written at bundle time
 * from the real command definitions (dist/help.json; `bundle.test.ts` checks each one equals what
 * commander prints), without loading commander: scripts that ask for help pay Node's start only.
 * On a terminal commander wraps to its width, so it runs as usual.
 */
// Asked of file descriptor 1 itself: `process.stdout` would build a stream for one write.
function isTerminalOrUnknown() {
  try {
    return fstatSync(1).isCharacterDevice();
  } catch {
    return true;
  }
}

function pipedHelp(args) {
  if (process.env.SECONDROUND_CLI_FROM_SOURCE === '1' || isTerminalOrUnknown()) return null;
  if (args.length === 0 || !['--help', '-h'].includes(args.at(-1))) return null;
  const path = args.slice(0, -1);
  if (!path.every((a) => /^[a-z][a-z-]*$/.test(a))) return null;
  try {
    const texts = JSON.parse(readFileSync(new URL('../dist/help.json', import.meta.url), 'utf8'));
    return Object.hasOwn(texts, path.join(' ')) ? texts[path.join(' ')] : null;
  } catch {
    return null;
  }
}

async function loadMain() {
  if (process.env.SECONDROUND_CLI_FROM_SOURCE !== '1') {
    try {
      return (await import('../dist/main.js')).main;
    } catch (e) {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/main.js')) throw e;
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main.ts')).main;
}

/** Write the text to stdout directly; a closed pipe ends quietly, a full one hands the rest to the stream. */
function writeAll(text) {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (e) {
    if (e.code === 'EPIPE') return;
    if (e.code !== 'EAGAIN') throw e;
    process.stdout.write(bytes.subarray(done));
  }
}

const help = pipedHelp(process.argv.slice(2));
if (help !== null) writeAll(help);
else {
  // A closed pipe (`secondround … | head`) ends the output quietly instead of with a stack trace.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const main = await loadMain();
  process.exitCode = await main(process.argv);
}
