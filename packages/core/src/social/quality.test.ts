import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectScanLanguage } from './language';
import { scanText } from './scanner';
import { SCAN_LANGUAGES } from './types';

/*
 * Regression guard on the held-out posts of each language (bench/data/social/languages: written
 * and hashed before the rules for these languages, never tuned on). The floors are the figures
 * first measured there, rounded down: they guard against losing ground, they are not targets.
 */
type Row = { text: string; lang: string; categories: string[] };
const rows = (lang: string): Row[] =>
  readFileSync(fileURLToPath(new URL(`../../../../bench/data/social/languages/test-${lang}.jsonl`, import.meta.url)), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

const FLOORS: Record<string, { recall: number }> = { en: { recall: 0.85 }, de: { recall: 0.5 }, fr: { recall: 0.4 }, es: { recall: 0.4 }, nl: { recall: 0.5 } };

describe('quality on the held-out posts of each language', () => {
  it('holds no post twice', () => {
    const all = SCAN_LANGUAGES.flatMap((l) => rows(l).map((r) => r.text));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(SCAN_LANGUAGES)('%s: flags the posts it should (recall floor), no clean post, and each flag is a labelled category (precision ≥ 0.8)', (lang) => {
    let want = 0;
    let hit = 0;
    let falseFlags = 0;
    let tp = 0;
    let fp = 0;
    for (const r of rows(lang)) {
      const got = new Set(scanText(r.text).map((m) => m.category));
      if (r.categories.length > 0) {
        want++;
        if (got.size > 0) hit++;
      } else if (got.size > 0) falseFlags++;
      for (const c of got) {
        if (r.categories.includes(c)) tp++;
        else fp++;
      }
    }
    expect(hit / want).toBeGreaterThanOrEqual(FLOORS[lang]!.recall);
    expect(falseFlags).toBe(0);
    expect(tp / Math.max(1, tp + fp)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the language of most posts', () => {
    const all = SCAN_LANGUAGES.flatMap((l) => rows(l));
    const right = all.filter((r) => detectScanLanguage(r.text) === r.lang).length;
    expect(right / all.length).toBeGreaterThanOrEqual(0.8);
  });
});
