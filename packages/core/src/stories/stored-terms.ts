import { readKeptJson } from '../listing/stored';
import type { StoryTerms } from './terms';

// Reading terms kept with a story loads neither the stemmer nor the skill index: `terms.ts` writes them.

/**
 * Terms kept with a story (`storyTerms` as JSON) as read back: undefined when written by another
 * `ANALYSER_VERSION`, missing or not of the kept shape, so the caller works them out again.
 * @example readStoredStoryTerms('{"tf":[["sql",2]],"length":2}', ANALYSER_VERSION)?.length // 2
 */
export function readStoredStoryTerms(json: string | null, version: number | null): StoryTerms | undefined {
  const value = readKeptJson(json, version);
  // STALE (a symbol) is no object either.
  if (typeof value !== 'object' || value === null) return undefined;
  const { tf, length } = value as { tf?: unknown; length?: unknown };
  if (!Number.isInteger(length) || (length as number) < 0 || !Array.isArray(tf)) return undefined;
  for (const entry of tf) if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !Number.isInteger(entry[1]) || entry[1] < 1) return undefined;
  return value as StoryTerms;
}
