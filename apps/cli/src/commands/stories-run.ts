import { analyzeListing, loadLanguageDetector, matchStories, MAX_LISTING_BYTES, parseStories } from '@secondround/core';
import { printJson, printLine, readTextFile } from '../io';

export async function runStoriesMatch(opts: { listing: string; stories: string; json?: boolean }): Promise<void> {
  await loadLanguageDetector();
  const analysis = analyzeListing(await readTextFile(opts.listing, MAX_LISTING_BYTES - 1));
  const parsed = parseStories(await readTextFile(opts.stories, MAX_STORIES_BYTES));
  for (const p of parsed.problems) process.stderr.write(`secondround: warning: ${p.message}\n`);
  const result = matchStories(analysis, parsed.stories);
  if (opts.json) {
    printJson({ ...result, problems: parsed.problems.map((p) => p.message), warnings: analysis.warnings });
    return;
  }
  for (const w of analysis.warnings) printLine(`! ${w}`);
  const titles = new Map(parsed.stories.map((s) => [s.id, s.title]));
  printLine(`${analysis.title ?? 'Listing'}: ${result.coverage.length - result.uncovered.length} of ${result.coverage.length} requirements covered by your ${parsed.stories.length} stories`);
  for (const c of result.coverage) {
    const who = c.storyIds.map((id) => `"${titles.get(id) ?? id}"`).join(', ');
    printLine(`  ${c.storyIds.length ? '✓' : '✗'} [${c.kind}] ${c.requirement}${who ? ` ← ${who} (${c.score.toFixed(2)})` : ''}`);
  }
  if (result.leadershipWarning) printLine('! This is not a manager role, but most matched stories are about leading people: pick stories about your own work.');
}

/** Story files above this are refused: 500 long stories fit in well under 5 MB. */
const MAX_STORIES_BYTES = 5 * 1024 * 1024;
