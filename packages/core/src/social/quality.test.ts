import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanText } from './scanner';
import { FINDING_CATEGORIES } from './types';

// Regression guard on the labelled test split (bench/data/social, never tuned on).
const file = fileURLToPath(new URL('../../../../bench/data/social/test.jsonl', import.meta.url));
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; categories: string[] });

describe('quality on the labelled test split', () => {
  it('has enough labelled posts', () => {
    expect(rows.length).toBeGreaterThan(150);
  });
  it.each(FINDING_CATEGORIES)('%s: precision ≥ 0.8 and recall ≥ 0.45', (category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of rows) {
      const got = scanText(r.text).some((m) => m.category === category);
      const want = r.categories.includes(category);
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    expect(tp / Math.max(1, tp + fp)).toBeGreaterThanOrEqual(0.8);
    expect(tp / Math.max(1, tp + fn)).toBeGreaterThanOrEqual(0.45);
  });
});
