import type { Command } from 'commander';
import { generateDemo } from '@secondround/core';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

export async function runDemo(opts: { replace?: boolean; json?: boolean }, cmd: Command): Promise<void> {
  const demo = generateDemo(new Date());
  const result = await withStore(cmd, (store) => store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, demo, { replace: opts.replace === true })));
  if (opts.json) printJson(result);
  else printLine(`Seeded a demo search: ${result.applications} applications, ${result.interviews} interviews, ${result.interviewers} interviewers. Run \`secondround serve\` (or npm start) to look around.`);
}
