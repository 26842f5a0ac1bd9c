import type { Command } from 'commander';
import { generateDemo } from '@secondround/core';
import { LOCAL_OWNER_ID, restoredRows } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

export async function runDemo(opts: { replace?: boolean; json?: boolean }, cmd: Command): Promise<void> {
  const demo = generateDemo(new Date());
  const result = await withStore(cmd, async (store) => {
    const counts = await store.transaction(async (tx) => {
      const restored = await tx.backup.restore(LOCAL_OWNER_ID, demo, { replace: opts.replace === true });
      // A restore leaves listings without their kept analysis; the demo is seeded to be looked at.
      await tx.listingAnalyses.refresh(LOCAL_OWNER_ID);
      return restored;
    });
    // As after a restore: the first pages read with the planner's statistics. The demo is already
    // committed, so a failure here only leaves them to later.
    await store.analyzeWritten(restoredRows(counts)).catch(() => undefined);
    return counts;
  });
  if (opts.json) printJson(result);
  else printLine(`Seeded a demo search: ${result.applications} applications, ${result.interviews} interviews, ${result.interviewers} interviewers. Run \`secondround serve\` (or npm start) to look around.`);
}
