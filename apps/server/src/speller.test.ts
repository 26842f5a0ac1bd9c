import { describe, expect, it } from 'vitest';
import { loadSpeller, readSoftwareTerms } from './speller';

describe('the English speller', () => {
  it('reads the software terms as plain words, without the list format marks', async () => {
    const terms = await readSoftwareTerms();
    expect(terms.length).toBeGreaterThan(2000);
    expect(terms.map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['protobuf', 'kubectl', 'cron']));
    expect(terms.filter((t) => /[*!~+\s]/.test(t))).toEqual([]);
  });

  it('knows software terms and still refuses their misspellings', async () => {
    const speller = await loadSpeller();
    for (const w of ['protobuf', 'kubectl', 'cron', 'timeframe', 'colour', 'organize']) expect(speller.correct(w), w).toBe(true);
    for (const w of ['protobuff', 'kubctl', 'recieve', 'tommorow']) expect(speller.correct(w), w).toBe(false);
    expect(speller.isNearCommon?.('tommorow')).toBe(true);
  }, 60_000);
});
