// The Diagnosis reads stored listings with analyzeListingForMatch, which skips what matching does
// not read; it must give the very requirements and manager call analyzeListing gives, on every
// listing of the labelled training split (five languages, HTML and text) and on bad input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeListing, analyzeListingForMatch } from './analyze';

const dir = join(import.meta.dirname, '../../../../bench/data/listings/train');

describe('analyzeListingForMatch', () => {
  it('gives the requirements and manager call of the full analysis', () => {
    const files = readdirSync(dir).filter((f) => !f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(200);
    const texts = [...files.map((f) => readFileSync(join(dir, f), 'utf8')), 'Wir suchen eine Teamleitung\nAnforderungen:\n- 5 Jahre Erfahrung mit SQL', '募集要項\n- SQLの経験3年以上'];
    for (const text of texts) {
      const full = analyzeListing(text);
      expect(analyzeListingForMatch(text)).toEqual({ requirements: full.requirements, isManagerRole: full.isManagerRole });
    }
    // Two analyses of 200 listings: about 6 s alone, over 30 s on a loaded machine.
  }, 120_000);

  it('refuses what analyzeListing refuses, with the same error', () => {
    const codeOf = (fn: () => unknown): string => {
      try {
        fn();
        return 'none';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    for (const bad of ['   ', '%PDF-1.7 …', 'https://jobs.example.org/123', '<p> </p>']) {
      const code = codeOf(() => analyzeListing(bad));
      expect(code).not.toBe('none');
      expect(codeOf(() => analyzeListingForMatch(bad))).toBe(code);
    }
  });
});
