import { z } from 'zod';
import { canonicalSkill } from '../taxonomy/matcher';
import type { ListingAnalysis } from './analyze';

/** What a person wrote down about one listing, to measure the analysis against. */
export const ListingLabelSchema = z.object({
  isManagerRole: z.boolean(),
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  requirements: z.array(z.object({ text: z.string(), kind: z.enum(['required', 'preferred']) })),
  skills: z.array(z.string()),
  // Labelled on the generated set (bench/data/listing-gen); absent on the older hand-written one.
  title: z.string().optional(),
  company: z.string().optional(),
  location: z.string().optional(),
  language: z.string().optional(),
  board: z.string().optional(),
  format: z.string().optional(),
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
  /** Predicted requirements that hold a labelled one (for precision). */
  requirementsPredictedRight: number;
  /** Manager call as a confusion matrix, for balanced accuracy. */
  managerTP: number;
  managerFP: number;
  managerTN: number;
  managerFN: number;
  titlesLabelled: number;
  titlesExact: number;
  companiesLabelled: number;
  companiesExact: number;
  /** Per listing, what was missed (for reading, not scoring). */
  misses: Array<{ id: string; manager?: string; title?: string; company?: string; workplace?: string; requirements: string[]; skills: string[] }>;
}

/** Same text once spaces are collapsed (NBSP included) and case folded. */
function sameText(a: string | null, b: string): boolean {
  const norm = (x: string): string => x.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return a !== null && norm(a) === norm(b);
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
    requirementKindCorrect: 0, requirementsPredicted: 0, skillsLabelled: 0, skillsFound: 0, requirementsPredictedRight: 0,
    managerTP: 0, managerFP: 0, managerTN: 0, managerFN: 0, titlesLabelled: 0, titlesExact: 0, companiesLabelled: 0, companiesExact: 0, misses: [],
  };
  for (const { id, analysis, label } of items) {
    q.listings++;
    const miss = { id, requirements: [] as string[], skills: [] as string[] } as ListingQuality['misses'][number];
    if (analysis.isManagerRole === label.isManagerRole) q.managerCorrect++;
    else miss.manager = `expected ${label.isManagerRole}, signals: ${analysis.managerSignals.join('; ')}`;
    if (label.isManagerRole) {
      if (analysis.isManagerRole) q.managerTP++;
      else q.managerFN++;
    } else if (analysis.isManagerRole) q.managerFP++;
    else q.managerTN++;
    if (analysis.workplace === label.workplace) q.workplaceCorrect++;
    else miss.workplace = `${analysis.workplace} for ${label.workplace}`;
    if (label.title !== undefined) {
      q.titlesLabelled++;
      if (sameText(analysis.title, label.title)) q.titlesExact++;
      else miss.title = `"${analysis.title}" for "${label.title}"`;
    }
    if (label.company !== undefined) {
      q.companiesLabelled++;
      if (sameText(analysis.company, label.company)) q.companiesExact++;
      else miss.company = `"${analysis.company}" for "${label.company}"`;
    }
    q.requirementsPredicted += analysis.requirements.length;
    for (const p of analysis.requirements) if (label.requirements.some((r) => overlap(r.text, p.text) >= 0.6 && overlap(p.text, r.text) >= 0.5)) q.requirementsPredictedRight++;
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
    if (miss.manager || miss.title || miss.company || miss.workplace || miss.requirements.length || miss.skills.length) q.misses.push(miss);
  }
  return q;
}

/**
 * The headline rates of a {@link ListingQuality}, as fractions.
 * @example qualityRates(scoreListings([])).managerAccuracy // 0
 */
export function qualityRates(q: ListingQuality): Record<'managerAccuracy' | 'managerBalancedAccuracy' | 'titleExact' | 'companyExact' | 'requirementPrecision' | 'workplaceAccuracy' | 'requirementRecall' | 'requirementKindAccuracy' | 'requirementPrecisionProxy' | 'skillRecall', number> {
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    managerBalancedAccuracy: (div(q.managerTP, q.managerTP + q.managerFN) + div(q.managerTN, q.managerTN + q.managerFP)) / 2,
    titleExact: div(q.titlesExact, q.titlesLabelled),
    companyExact: div(q.companiesExact, q.companiesLabelled),
    requirementPrecision: div(q.requirementsPredictedRight, q.requirementsPredicted),
    managerAccuracy: div(q.managerCorrect, q.listings),
    workplaceAccuracy: div(q.workplaceCorrect, q.listings),
    requirementRecall: div(q.requirementsFound, q.requirementsLabelled),
    requirementKindAccuracy: div(q.requirementKindCorrect, q.requirementsFound),
    requirementPrecisionProxy: div(q.requirementsFound, q.requirementsPredicted),
    skillRecall: div(q.skillsFound, q.skillsLabelled),
  };
}
