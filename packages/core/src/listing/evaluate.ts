import { z } from 'zod';
import { canonicalSkill } from '../taxonomy/matcher';
import type { ListingAnalysis } from './analyze';

/** What a person wrote down about one listing, to measure the analysis against. */
export const ListingLabelSchema = z.object({
  isManagerRole: z.boolean(),
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  requirements: z.array(z.object({ text: z.string(), kind: z.enum(['required', 'preferred']) })),
  skills: z.array(z.string()),
});
export type ListingLabel = z.infer<typeof ListingLabelSchema>;

/** Counts over a labelled set; the rates are derived from them. */
export interface ListingQuality {
  listings: number;
  managerCorrect: number;
  workplaceCorrect: number;
  requirementsLabelled: number;
  requirementsFound: number;
  requirementKindCorrect: number;
  requirementsPredicted: number;
  skillsLabelled: number;
  skillsFound: number;
  /** Per listing, what was missed (for reading, not scoring). */
  misses: Array<{ id: string; manager?: string; requirements: string[]; skills: string[] }>;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []);
}

/** The share of a labelled requirement's words that a predicted one holds. */
function overlap(label: string, predicted: string): number {
  const l = wordSet(label);
  const p = wordSet(predicted);
  let common = 0;
  for (const w of l) if (p.has(w)) common++;
  return l.size === 0 ? 0 : common / l.size;
}

/** The predicted requirement that best holds a labelled one: found at 60% of its words or more. */
function bestMatch<T extends { text: string }>(label: string, predicted: T[]): T | undefined {
  let best: T | undefined;
  let bestScore = 0.6 - 1e-9;
  for (const p of predicted) {
    const s = overlap(label, p.text);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Compare analyses with their labels: manager-role accuracy, workplace accuracy, requirement
 * recall (and whether each found one has the right kind) and skill recall, with the misses.
 * @example scoreListings([]).listings // 0
 */
export function scoreListings(items: Array<{ id: string; analysis: ListingAnalysis; label: ListingLabel }>): ListingQuality {
  const q: ListingQuality = {
    listings: 0, managerCorrect: 0, workplaceCorrect: 0, requirementsLabelled: 0, requirementsFound: 0,
    requirementKindCorrect: 0, requirementsPredicted: 0, skillsLabelled: 0, skillsFound: 0, misses: [],
  };
  for (const { id, analysis, label } of items) {
    q.listings++;
    const miss = { id, requirements: [] as string[], skills: [] as string[] } as ListingQuality['misses'][number];
    if (analysis.isManagerRole === label.isManagerRole) q.managerCorrect++;
    else miss.manager = `expected ${label.isManagerRole}, signals: ${analysis.managerSignals.join('; ')}`;
    if (analysis.workplace === label.workplace) q.workplaceCorrect++;
    q.requirementsPredicted += analysis.requirements.length;
    for (const r of label.requirements) {
      q.requirementsLabelled++;
      const hit = bestMatch(r.text, analysis.requirements);
      if (hit) {
        q.requirementsFound++;
        if (hit.kind === r.kind) q.requirementKindCorrect++;
        else miss.requirements.push(`kind ${hit.kind} for ${r.kind}: ${r.text}`);
      } else miss.requirements.push(r.text);
    }
    const predicted = new Set(analysis.skills.map((s) => s.toLowerCase()));
    for (const s of label.skills) {
      q.skillsLabelled++;
      const canonical = canonicalSkill(s);
      if (predicted.has(s.toLowerCase()) || (canonical !== null && predicted.has(canonical.toLowerCase()))) q.skillsFound++;
      else miss.skills.push(s);
    }
    if (miss.manager || miss.requirements.length || miss.skills.length) q.misses.push(miss);
  }
  return q;
}

/**
 * The headline rates of a {@link ListingQuality}, as fractions.
 * @example qualityRates(scoreListings([])).managerAccuracy // 0
 */
export function qualityRates(q: ListingQuality): Record<'managerAccuracy' | 'workplaceAccuracy' | 'requirementRecall' | 'requirementKindAccuracy' | 'requirementPrecisionProxy' | 'skillRecall', number> {
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    managerAccuracy: div(q.managerCorrect, q.listings),
    workplaceAccuracy: div(q.workplaceCorrect, q.listings),
    requirementRecall: div(q.requirementsFound, q.requirementsLabelled),
    requirementKindAccuracy: div(q.requirementKindCorrect, q.requirementsFound),
    requirementPrecisionProxy: div(q.requirementsFound, q.requirementsPredicted),
    skillRecall: div(q.skillsFound, q.skillsLabelled),
  };
}
