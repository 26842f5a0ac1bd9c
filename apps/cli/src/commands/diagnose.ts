import type { Command } from 'commander';
import { lazyAction } from '../lazy';

// Set by the bundle (scripts/build.mjs): the file name of this command's CommonJS bundle in dist,
// and dist's URL (written by each bundled file's banner). Undefined when run from the sources.
declare const SECONDROUND_DIAGNOSE_BUNDLE: string | undefined;
declare const __srDistUrl: string;

/** `secondround diagnose [--json] [--waiting-days N]`: where the search stalls, and why. */
export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('Where your search stalls compared with typical rates, and which reasons your records point to')
    .option('--json', 'print the diagnosis as one JSON object')
    .option('--waiting-days <n>', 'days without news before an application counts as not advanced (default 21)')
    .action(
      lazyAction(async () => {
        if (typeof SECONDROUND_DIAGNOSE_BUNDLE === 'string') return cachedDiagnose(SECONDROUND_DIAGNOSE_BUNDLE);
        // zod compiles a fast parser with \`new Function\` for each object schema on its first parse,
        // which a process that parses each schema a few times never pays back. Read once per
        // construction, so it is set before the domain's schemas are built. Same answers either way.
        (await import('zod')).config({ jitless: true });
        return (await import('./diagnose-run')).runDiagnose;
      }),
    );
}

/**
 * The bundled CLI runs `diagnose` from a CommonJS bundle of its own through V8's code cache
 * (`code-cache.ts`): compiling its 1.8 MB of code was the largest part of a run. The cache is
 * written after the first run; SECONDROUND_CODE_CACHE=0 runs the same bundle without it. That
 * bundle has no listing rules: when a listing has no current analysis (after an update of the
 * rules), it stops before any output and the command runs from the ES module bundle, which keeps
 * the new analyses, so the next run takes the short way again.
 */
async function cachedDiagnose(name: string) {
  const [{ loadCachedBundle }, { fileURLToPath }] = await Promise.all([import('../code-cache'), import('node:url')]);
  const bundle = loadCachedBundle(fileURLToPath(new URL(name, __srDistUrl)), { useCache: process.env.SECONDROUND_CODE_CACHE !== '0' });
  const cached = (bundle.exports as typeof import('./diagnose-cached')).runDiagnose;
  return async (...args: Parameters<typeof cached>) => {
    const outcome = await cached(...args);
    bundle.save();
    // zod's jitless setting, set by the bundle, is kept on globalThis and holds here too.
    if (outcome === 'needs-listing-rules') await (await import('./diagnose-run')).runDiagnose(...args);
  };
}
