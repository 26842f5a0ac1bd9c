/**
 * The labelled listing splits and how a split is scored: one place for bench/listing.bench.ts (one
 * split, per language, with speed) and bench/halves.ts (many splits, pooled). Importing this module
 * runs nothing; the language detector is loaded by whoever measures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ListingLabelSchema, analyzeListing, qualityRates, scoreListings, toolsOf, type ListingLabel } from '../../packages/core/src/listing/index';
import { canonicalSkill, skillKind } from '../../packages/core/src/taxonomy/matcher';

/** Every listing split the benches read, by name: its folder under bench/data. */
export const LISTING_SPLITS: Record<string, string> = { 'hand2-test': 'listings-hand2/test', 'hand3-test': 'listings-hand3/test', 'hand4-test': 'listings-hand4/test', 'hand5-test': 'listings-hand5/test', 'hand6-test': 'listings-hand6/test', 'hand7-test': 'listings-hand7/test', 'hand8-test': 'listings-hand8/test', 'hand9-test': 'listings-hand9/test', 'hand10-test': 'listings-hand10/test', 'hand11-test': 'listings-hand11/test', 'hand12-test': 'listings-hand12/test', 'hand13-test': 'listings-hand13/test', 'hand14-test': 'listings-hand14/test', 'hand15-test': 'listings-hand15/test', 'hand16-test': 'listings-hand16/test', 'hand17-test': 'listings-hand17/test', 'hand18-test': 'listings-hand18/test', 'hand19-test': 'listings-hand19/test', 'hand20-test': 'listings-hand20/test', train10: 'listings-train10/train', train11: 'listings-train11/train', train12: 'listings-train12/train', train13: 'listings-train13/train', train14: 'listings-train14/train', train15: 'listings-train15/train', train16: 'listings-train16/train', train17: 'listings-train17/train', train20: 'listings-train20/train', train19: 'listings-train19/train', train18: 'listings-train18/train', 'hand-test': 'listings-hand/test', 'hand-train': 'listings-hand/train', test: 'listings/test', train: 'listings/train' };

/**
 * Listing splits written to be measured once, unseen, and not yet measured: the bench reads them
 * only when asked for by name, and they belong to neither half of bench/halves.ts. A split leaves
 * this list when it has been measured (and joins a half).
 */
export const UNSEEN_LISTING_SPLITS: ReadonlySet<string> = new Set<string>([]);

/** The listing splits measured already: every split but the unseen ones. */
export function measuredListingSplits(): string[] {
  return Object.keys(LISTING_SPLITS).filter((s) => !UNSEEN_LISTING_SPLITS.has(s));
}

export const LISTING_DATA = join(import.meta.dirname, '../data');

/** The regex a tracker would write for "is this a manager's post": on the first 200 characters. */
export const LISTING_BASELINE = /manager|head|lead|director/i;

export interface LabelledListing {
  id: string;
  text: string;
  label: ListingLabel;
}

/** A split's listings, ids in order, labels from every labels*.json of its folder. */
export function loadListingSplit(which: string): LabelledListing[] {
  const dir = join(LISTING_DATA, LISTING_SPLITS[which] ?? which);
  const labels: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((f) => /^labels.*\.json$/.test(f))) Object.assign(labels, JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return Object.keys(labels)
    .sort()
    .map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8'), label: ListingLabelSchema.parse(labels[id]) }));
}

/** The files of a split that differ from its SHA256SUMS (none when it has no SHA256SUMS). */
export function changedListingFiles(which: string): string[] {
  const dir = join(LISTING_DATA, LISTING_SPLITS[which] ?? which);
  const sums = join(dir, 'SHA256SUMS');
  if (!existsSync(sums)) return [];
  return readFileSync(sums, 'utf8').split('\n').filter(Boolean).filter((l) => {
    const [hash, name] = l.split(/\s+/);
    return createHash('sha256').update(readFileSync(join(dir, name ?? ''))).digest('hex') !== hash;
  });
}

export type AnalysedListing = LabelledListing & { analysis: ReturnType<typeof analyzeListing> };

export function analyseListings(items: LabelledListing[]): AnalysedListing[] {
  return items.map((i) => ({ ...i, analysis: analyzeListing(i.text) }));
}

/** The rules' rates on a group, the baseline's, whether both kinds of role are there, and the misses. */
export function scoreListingGroup(group: AnalysedListing[]) {
  const scored = scoreListings(group.map((i) => ({ id: i.id, analysis: i.analysis, label: i.label })));
  const ours = qualityRates(scored);
  const base = qualityRates(scoreListings(group.map((i) => ({ id: i.id, analysis: { ...i.analysis, isManagerRole: LISTING_BASELINE.test(i.text.slice(0, 200)) }, label: i.label }))));
  // Balanced accuracy needs both kinds of role: a group with no leader (or only leaders) has none.
  const bothKinds = group.some((i) => i.label.isManagerRole) && group.some((i) => !i.label.isManagerRole);
  // The hand-written sets label no requirement text.
  const reqLabelled = group.some((i) => i.label.requirements.length > 0);
  return { ours, base, bothKinds, reqLabelled, misses: scored.misses };
}

/**
 * Tools precision: of what the analysis gives as tools (taxonomy entries of kind `tool` and the
 * names the module, product-shape and cue rules read; see `toolsOf`), how many the labels name.
 * General competences (kind `skill`: "coaching", "teamwork") are not tools and are not counted.
 */
export function listingToolsPrecision(group: AnalysedListing[]) {
  let predicted = 0, right = 0, extraPredicted = 0, extraRight = 0;
  const wrong: string[] = [];
  for (const i of group) {
    const labelled = new Set(i.label.skills.flatMap((s) => [s.toLowerCase(), (canonicalSkill(s) ?? s).toLowerCase()]));
    for (const s of toolsOf(i.analysis.skills)) {
      predicted++;
      const ok = labelled.has(s.toLowerCase());
      if (ok) right++;
      if (skillKind(s) === null) {
        extraPredicted++;
        if (ok) extraRight++;
      }
      if (!ok) wrong.push(`tool not labelled: ${i.id}: ${s}${skillKind(s) === null ? ' (rules)' : ''}`);
    }
  }
  return { predicted, right, extraPredicted, extraRight, precision: predicted ? right / predicted : 0, wrong };
}
