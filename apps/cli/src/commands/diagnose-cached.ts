// The entry of `secondround diagnose`'s CommonJS bundle, run through V8's code cache (see
// `code-cache.ts` and `scripts/build.mjs`). It carries its own copy of the domain, so it wraps the
// action in its own `runAction`: a UserError of this copy is a user's mistake to that one only.
// Imported first: modules run in import order, and the domain's schemas must be built after it.
import '../zod-jitless';
import type { Command } from 'commander';
import { runAction } from '../io';
import { runDiagnose as run } from './diagnose-run';

// Thrown by the bundle's stand-ins for the modules that load the listing rules (scripts/build.mjs).
const NEEDS_LISTING_RULES = 'SECONDROUND_NEEDS_LISTING_RULES';

/**
 * The diagnose action. 'needs-listing-rules' when some listing has no current analysis: this
 * bundle has no listing rules, and stopped before writing or printing anything.
 */
export async function runDiagnose(opts: { json?: boolean; waitingDays?: string }, cmd: Command): Promise<'done' | 'needs-listing-rules'> {
  let needsRules = false;
  await runAction(async () => {
    try {
      await run(opts, cmd);
    } catch (e) {
      if ((e as { code?: unknown })?.code !== NEEDS_LISTING_RULES) throw e;
      needsRules = true;
    }
  })();
  return needsRules ? 'needs-listing-rules' : 'done';
}
