// A regression guard on the labelled training split (bench/data/listings/train: the generated
// listings in five languages and the older hand-written ones). The test split is measured by
// bench/listing.bench.ts only, so no test here is tuned on it. Reads the fixtures with node:fs:
// a test, not product code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeListing, type ListingAnalysis } from './analyze';
import { ListingLabelSchema, qualityRates, scoreListings, type ListingLabel } from './evaluate';
import { loadLanguageDetector } from './language';
import { splitSections } from './sections';

const dir = join(import.meta.dirname, '../../../../bench/data/listings/train');

function load(): Array<{ id: string; text: string; label: ListingLabel }> {
  const labels: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((f) => /^labels.*\.json$/.test(f))) Object.assign(labels, JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return Object.keys(labels).map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8'), label: ListingLabelSchema.parse(labels[id]) }));
}

describe('listing analysis quality on the training split', () => {
  beforeAll(async () => {
    await loadLanguageDetector();
  });

  it('keeps the manager call, title, workplace, tools and requirements (recall and precision) up', () => {
    const items = load();
    expect(items.length).toBeGreaterThanOrEqual(200);
    const r = qualityRates(scoreListings(items.map((i) => ({ id: i.id, analysis: analyzeListing(i.text), label: i.label }))));
    expect(r.managerBalancedAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.titleExact).toBeGreaterThanOrEqual(0.9);
    expect(r.workplaceAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.skillRecall).toBeGreaterThanOrEqual(0.88);
    expect(r.requirementRecall).toBeGreaterThanOrEqual(0.95);
    expect(r.requirementPrecision).toBeGreaterThanOrEqual(0.8);
    // It analyses 229 listings: 18 s on a quiet machine, over 30 s in a clean-clone run beside two
    // others. A quality test, not a timing one (speed lives in bench/listing.bench.ts).
  }, 120_000);

  it('fails an analysis that marks every line a requirement', () => {
    const items = load().slice(0, 60);
    const everyLine = (text: string): ListingAnalysis => ({
      ...analyzeListing(text),
      requirements: splitSections(text).map((l) => ({ text: l.text, kind: 'required' as const, skills: [] })),
    });
    const r = qualityRates(scoreListings(items.map((i) => ({ id: i.id, analysis: everyLine(i.text), label: i.label }))));
    expect(r.requirementPrecision).toBeLessThan(0.8);
  });
});
