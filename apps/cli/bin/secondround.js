#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx secondround` works right after `npm install`.
import { register } from 'tsx/esm/api';

// A closed pipe (`secondround … | head`) ends the output quietly instead of with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
register();
// Benchmarks read the peak memory of a whole command run from here.
if (process.env.SECONDROUND_REPORT_RSS === '1') process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
