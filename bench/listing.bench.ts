/**
 * Listing analysis and story matching: speed and quality. Run: `npx tsx bench/listing.bench.ts`.
 * Prints the taxonomy load time (target < 300 ms), p50 of analysis + matching against 50 stories
 * per listing after warm-up (target < 20 ms), and the quality on the labelled test split
 * (bench/data/listings/test, never tuned on) next to a naive baseline (title word for the
 * manager call, exact canonical names for skills), as a ratio.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const t0 = performance.now();
const taxonomy = await import('../packages/core/src/taxonomy/index');
const tImport = performance.now() - t0;
const t1 = performance.now();
const index = taxonomy.buildSkillIndex();
const tIndex = performance.now() - t1;
const { analyzeListing, scoreListings, qualityRates, ListingLabelSchema } = await import('../packages/core/src/listing/index');
const { matchStories } = await import('../packages/core/src/stories/index');
type Story = import('../packages/core/src/stories/index').Story;
type ListingAnalysis = import('../packages/core/src/listing/index').ListingAnalysis;

const dataDir = join(import.meta.dirname, 'data/listings');

function load(split: string): Array<{ id: string; text: string; label: unknown }> {
  const dir = join(dataDir, split);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, unknown>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8'), label: labels[id] }));
}

// 50 synthetic stories across fields, some about leading people, made from fixed parts so the
// run is the same every time.
const TOPICS: Array<[string, string, string]> = [
  ['Python', 'PostgreSQL', 'cut query latency'], ['AWS', 'Terraform', 'moved deploys to infrastructure as code'], ['customer service', 'cash handling', 'calmed a queue of angry customers'],
  ['patient care', 'medication administration', 'caught a dosing error'], ['lesson planning', 'classroom management', 'turned around a noisy class'], ['Excel', 'financial modeling', 'rebuilt the forecast'],
  ['Salesforce', 'negotiation', 'saved a renewal'], ['welding', 'blueprint reading', 'fixed a failed weld inspection'], ['SQL', 'Tableau', 'built the weekly dashboard'], ['project management', 'budgeting', 'delivered a build under budget'],
];
const stories: Story[] = Array.from({ length: 50 }, (_, i) => {
  const [a, b, what] = TOPICS[i % TOPICS.length]!;
  const leads = i % 4 === 0;
  return {
    id: `s${String(i).padStart(2, '0')}`,
    title: `${what} (${i})`,
    situation: `At my job number ${i % 7}, we had a problem that needed ${a} and ${b}.`,
    task: `I was asked to ${what} within ${2 + (i % 5)} weeks.`,
    action: leads ? `As the team lead I delegated work to my team of ${3 + (i % 5)}, hired a contractor and ran one-on-ones while we used ${a}.` : `I used ${a} and ${b} myself, tested the change and wrote it up.`,
    result: `The result: ${10 + i}% better than before, and the team adopted it.`,
    skills: [a, b],
    tags: [leads ? 'leadership' : 'technical'],
  };
});

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

const all = [...load('train'), ...load('test')];
for (let round = 0; round < 3; round++) for (const l of all) matchStories(analyzeListing(l.text), stories);
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const l of all) {
    const s = performance.now();
    matchStories(analyzeListing(l.text), stories);
    times.push(performance.now() - s);
  }
}

function baseline(text: string): ListingAnalysis {
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  const lower = text.toLowerCase();
  const skills = index.names.filter((n) => n.length > 2 && lower.includes(n.toLowerCase()));
  return { ...analyzeListing(text), isManagerRole: /manager|director|head of|supervisor|lead/i.test(first), skills };
}

const test = load('test').map((l) => ({ ...l, label: ListingLabelSchema.parse(l.label) }));
const ours = qualityRates(scoreListings(test.map((l) => ({ id: l.id, analysis: analyzeListing(l.text), label: l.label }))));
const base = qualityRates(scoreListings(test.map((l) => ({ id: l.id, analysis: baseline(l.text), label: l.label }))));
const train = load('train').map((l) => ({ ...l, label: ListingLabelSchema.parse(l.label) }));
const oursTrain = qualityRates(scoreListings(train.map((l) => ({ id: l.id, analysis: analyzeListing(l.text), label: l.label }))));

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);
console.log(`taxonomy: ${index.names.length} skills; module import (JSON + wink stemmer model) ${tImport.toFixed(0)} ms, index build ${tIndex.toFixed(0)} ms, total ${(tImport + tIndex).toFixed(0)} ms (target < 300 ms)`);
console.log(`analysis + matching against ${stories.length} stories: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms per listing over ${times.length} runs of ${all.length} listings (target p50 < 20 ms)`);
console.log(`quality on the test split (${test.length} listings, never tuned on):`);
console.log(`  isManagerRole accuracy  ours ${pct(ours.managerAccuracy)}  baseline ${pct(base.managerAccuracy)}  ratio ${ratio(ours.managerAccuracy, base.managerAccuracy)}  (target >= 90%)`);
console.log(`  skill recall            ours ${pct(ours.skillRecall)}  baseline ${pct(base.skillRecall)}  ratio ${ratio(ours.skillRecall, base.skillRecall)}  (target >= 80%)`);
console.log(`  requirement recall      ours ${pct(ours.requirementRecall)}  (kind right for ${pct(ours.requirementKindAccuracy)} of those found; found/predicted ${pct(ours.requirementPrecisionProxy)})  (target >= 80%)`);
console.log(`  workplace accuracy      ours ${pct(ours.workplaceAccuracy)}`);
console.log(`train split (${train.length}, tuned on): manager ${pct(oursTrain.managerAccuracy)}, requirement recall ${pct(oursTrain.requirementRecall)}, skill recall ${pct(oursTrain.skillRecall)}, workplace ${pct(oursTrain.workplaceAccuracy)}`);
