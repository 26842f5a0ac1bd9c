import type { Command } from 'commander';
import { generateDemo } from '@secondround/core';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine, runAction } from '../io';

/** `secondround demo`: seed a realistic synthetic search so every screen has something to show. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('seed a realistic synthetic search of about 40 applications (refuses a database that already has records, unless --replace)')
    .option('--replace', 'delete your current records first')
    .option('--json', 'print a JSON summary')
    .action(
      runAction(async (opts: { replace?: boolean; json?: boolean }, cmd: Command) => {
        const demo = generateDemo(new Date());
        const result = await withStore(cmd, (store) => store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, demo, { replace: opts.replace === true })));
        if (opts.json) printJson(result);
        else printLine(`Seeded a demo search: ${result.applications} applications, ${result.interviews} interviews, ${result.interviewers} interviewers. Run \`secondround serve\` (or npm start) to look around.`);
      }),
    );
}
