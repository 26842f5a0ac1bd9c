#!/usr/bin/env node
// Runs the bundled CLI (apps/cli/dist, built by `npm install` and `npm test`, or by hand with
// `node apps/cli/scripts/build.mjs`). Without a bundle, or with SECONDROUND_CLI_FROM_SOURCE=1, it
// runs the TypeScript sources through tsx instead (slower to start, always current).

// A closed pipe (`secondround … | head`) ends the output quietly instead of with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
// Benchmarks read the peak memory of a whole command run from here.
if (process.env.SECONDROUND_REPORT_RSS === '1') process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));

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

const main = await loadMain();
process.exitCode = await main(process.argv);
