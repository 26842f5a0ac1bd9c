import { z } from 'zod';
import { LEADERSHIP_STORY_THRESHOLD, leadershipWeight } from './leadership';
import type { Story } from './schema';
import { skillTerm } from './skill-term';
import { storyTerms, textTerms, type MatchTerms, type StoryTerms } from './terms';

/** The `stories match --json` contract, plus each story's leadership weight. */
export const StoryMatchSchema = z.object({
  coverage: z.array(z.object({ requirement: z.string(), kind: z.enum(['required', 'preferred']), storyIds: z.array(z.string()), score: z.number() })),
  uncovered: z.array(z.string()),
  leadershipWarning: z.boolean(),
  stories: z.array(z.object({ id: z.string(), leadershipWeight: z.number() })),
});
export type StoryMatch = z.infer<typeof StoryMatchSchema>;

/**
 * The part of a listing analysis that matching needs. A requirement's `terms`, when given, are
 * `textTerms(text)` kept with the listing's analysis, read instead of working them out again.
 */
export interface MatchableListing {
  isManagerRole: boolean;
  requirements: Array<{ text: string; kind: 'required' | 'preferred'; skills: string[]; terms?: MatchTerms | undefined }>;
}

// BM25 constants as in Robertson & Zaragoza, "The Probabilistic Relevance Framework" (2009).
const K1 = 1.2;
const B = 0.75;
// A story covers a requirement from this share of the best score it could reach; tuned by hand on
// the fixtures in match.test.ts (a story must share a skill or two topic words, not one).
const COVER_THRESHOLD = 0.2;
const MAX_STORIES_PER_REQUIREMENT = 3;
const SKILL_WEIGHT = 2;

/**
 * Match STAR stories to a listing's requirements with BM25 over word stems and canonical skill
 * names (so "Postgres" in a story meets "PostgreSQL" in a listing): for each requirement the best
 * stories (up to 3) with a score from 0 to 1, the requirements no story covers, and
 * `leadershipWarning` when the role does not manage people but half or more of the stories the
 * person would pick (those that cover a requirement, or the whole bank when none covers) are
 * about leading people. The result does not depend on the order of the stories.
 * @example matchStories({ isManagerRole: false, requirements: [{ text: 'SQL', kind: 'required', skills: ['SQL'] }] }, []).uncovered // ['SQL']
 */
export function matchStories(listing: MatchableListing, stories: Story[]): StoryMatch {
  return storyMatcher()(listing, stories);
}

interface Doc {
  id: string;
  tf: Map<string, number>;
  length: number;
}

/**
 * `matchStories` for many listings at once (the Diagnosis matches every application's listing):
 * each story's terms and leadership weight, and each requirement's terms, are worked out once per
 * story object and requirement text and reused, so the same stories met again cost only the BM25
 * sums. `kept` holds terms kept with the stories (`storyTerms` of each, by story id), read instead
 * of working them out. Same results as `matchStories`; stories are read as unchanging while the
 * matcher lives.
 * @example storyMatcher()({ isManagerRole: false, requirements: [{ text: 'SQL', kind: 'required', skills: ['SQL'] }] }, []).uncovered // ['SQL']
 */
export function storyMatcher(kept?: ReadonlyMap<string, StoryTerms>): (listing: MatchableListing, stories: Story[]) => StoryMatch {
  const docs = new WeakMap<Story, Doc>();
  const leadership = new WeakMap<Story, number>();
  const requirementTerms = new Map<string, MatchTerms>();
  const docOf = (story: Story): Doc => {
    let doc = docs.get(story);
    if (!doc) {
      const terms = kept?.get(story.id) ?? storyTerms(story);
      docs.set(story, (doc = { id: story.id, tf: new Map(terms.tf), length: terms.length }));
    }
    return doc;
  };
  const weightOf = (story: Story): number => {
    let w = leadership.get(story);
    if (w === undefined) leadership.set(story, (w = leadershipWeight([story.title, story.situation, story.task, story.action, story.result].join('\n'))));
    return w;
  };
  const termsOf = (req: MatchableListing['requirements'][number]): MatchTerms => {
    if (req.terms) return req.terms;
    let terms = requirementTerms.get(req.text);
    if (!terms) requirementTerms.set(req.text, (terms = textTerms(req.text)));
    return terms;
  };
  return (listing, stories) => matchWith(listing, stories, docOf, weightOf, termsOf);
}

function matchWith(
  listing: MatchableListing,
  stories: Story[],
  docOf: (story: Story) => Doc,
  weightOf: (story: Story) => number,
  termsOf: (req: MatchableListing['requirements'][number]) => MatchTerms,
): StoryMatch {
  const docs = stories.map(docOf);
  const n = docs.length;
  const df = new Map<string, number>();
  let totalLength = 0;
  for (const d of docs) {
    totalLength += d.length;
    for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const avgdl = n === 0 ? 1 : Math.max(1, totalLength / n);
  const idf = (t: string): number => {
    const f = df.get(t) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };
  const coverage = listing.requirements.map((req) => {
    const { words, skills } = termsOf(req);
    const weights = new Map<string, number>();
    for (const w of words) weights.set(w, 1);
    for (const s of [...skills, ...req.skills.map(skillTerm)]) weights.set(s, SKILL_WEIGHT);
    let best = 0;
    for (const [t, w] of weights) best += w * idf(t) * (K1 + 1);
    const scored = docs
      .map((d) => {
        let raw = 0;
        let hits = 0;
        let skillHit = false;
        for (const [t, w] of weights) {
          const f = d.tf.get(t) ?? 0;
          if (f === 0) continue;
          hits++;
          if (t.startsWith('skill:')) skillHit = true;
          raw += (w * idf(t) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avgdl));
        }
        const score = best > 0 ? raw / best : 0;
        return { id: d.id, score, ok: score >= COVER_THRESHOLD && (skillHit || hits >= 2) };
      })
      .filter((s) => s.ok)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, MAX_STORIES_PER_REQUIREMENT);
    return { requirement: req.text, kind: req.kind, storyIds: scored.map((s) => s.id), score: Math.round((scored[0]?.score ?? 0) * 1000) / 1000 };
  });
  const weights = new Map(stories.map((s) => [s.id, weightOf(s)]));
  // The stories the person would pick; when none covers a requirement, the whole bank.
  const covered = [...new Set(coverage.flatMap((c) => c.storyIds))];
  const used = covered.length > 0 ? covered : stories.map((s) => s.id);
  const leaning = used.filter((id) => (weights.get(id) ?? 0) >= LEADERSHIP_STORY_THRESHOLD).length;
  return {
    coverage,
    uncovered: coverage.filter((c) => c.storyIds.length === 0).map((c) => c.requirement),
    leadershipWarning: !listing.isManagerRole && used.length > 0 && leaning * 2 >= used.length,
    stories: [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => ({ id: s.id, leadershipWeight: Math.round((weights.get(s.id) ?? 0) * 100) / 100 })),
  };
}
