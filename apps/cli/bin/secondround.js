#!/usr/bin/env node
// Runs the bundled CLI (apps/cli/dist, built by `npm install` and `npm test`, or by hand with
// `node apps/cli/scripts/build.mjs`). Without a bundle, or with SECONDROUND_CLI_FROM_SOURCE=1, it
// runs the TypeScript sources through tsx instead (slower to start, always current).
import { fstatSync, readFileSync, writeSync } from 'node:fs';

// Benchmarks read the peak memory of a whole command run from here.
if (process.env.SECONDROUND_REPORT_RSS === '1') process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));

/**
 * `secondround [COMMAND…] --help` printed from the help written at bundle time from the real
 * command definitions, without loading commander: scripts that ask for help pay Node's start only.
 * Into a pipe commander wraps at 80 columns: dist/help.json holds those texts. On a terminal it
 * wraps to the terminal's width: dist/help-templates.json holds each help with its items and
 * description left open, laid out by dist/help-layout.js the way commander lays them out.
 * `bundle.test.ts` checks both against commander's own output for every command, at several widths.
 */
// Asked of file descriptor 1 itself: `process.stdout` would build a stream for one write.
// A terminal (or another character device) is 'device'; null when it cannot be told.
function outputKind() {
  try {
    return fstatSync(1).isCharacterDevice() ? 'device' : 'pipe';
  } catch {
    return null;
  }
}

/**
 * The width of the terminal on stdout as `process.stdout.columns` gives it, or undefined when
 * stdout is not a terminal. Building `process.stdout` on a terminal loads node:tty and node:net
 * (~5 ms, a third of what `--help` on a terminal cost over Node's start), so the window size is
 * asked of a TTY handle of Node's own, which is what that stream does; the stream is the fallback
 * should that handle be unavailable.
 */
function terminalColumns() {
  // `process.binding` is a documented deprecation (DEP0111) that Node warns about only when asked
  // to warn of pending ones: then the stream is used, so help never prints a warning.
  const pending = process.env.NODE_PENDING_DEPRECATION === '1' || [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--pending-deprecation'));
  if (!pending) {
    try {
      const { TTY, isTTY } = process.binding('tty_wrap');
      if (!isTTY(1)) return undefined;
      const handle = new TTY(1, {});
      const size = [];
      const failed = handle.getWindowSize(size);
      handle.close();
      if (!failed && Number.isInteger(size[0]) && size[0] > 0) return size[0];
    } catch {
      // Fall back to the stream below.
    }
  }
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

async function storedHelp(args) {
  if (process.env.SECONDROUND_CLI_FROM_SOURCE === '1') return null;
  if (args.length === 0 || !['--help', '-h'].includes(args.at(-1))) return null;
  const path = args.slice(0, -1);
  if (!path.every((a) => /^[a-z][a-z-]*$/.test(a))) return null;
  const key = path.join(' ');
  const kind = outputKind();
  try {
    if (kind === 'pipe') {
      const texts = JSON.parse(readFileSync(new URL('../dist/help.json', import.meta.url), 'utf8'));
      return Object.hasOwn(texts, key) ? texts[key] : null;
    }
    if (kind === 'device') {
      const templates = JSON.parse(readFileSync(new URL('../dist/help-templates.json', import.meta.url), 'utf8'));
      if (!Object.hasOwn(templates, key)) return null;
      const { renderHelp } = await import('../dist/help-layout.js');
      // The width commander reads: a terminal's columns; none (80) for another device.
      return renderHelp(templates[key], terminalColumns());
    }
  } catch {
    return null;
  }
  return null;
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

const help = await storedHelp(process.argv.slice(2));
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
