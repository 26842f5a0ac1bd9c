import { z } from 'zod';
import { TRANSITION_IDS } from '../diagnosis/outcomes';
import type { DiagnosisResult } from '../diagnosis/result';
import { pct } from '../diagnosis/stall';

/**
 * People a cohort needs before shares are shown as percentages. Below it the view gives counts
 * and says "too few to tell", as the Diagnosis does for one person's few cases: two people out
 * of three stalling at the same step is an anecdote, not a pattern across a caseload.
 */
export const MIN_COHORT_PEOPLE = 5;

const share = z.number().min(0).max(1).nullable();

export const cohortStallSchema = z.object({
  transition: z.string(),
  label: z.string(),
  people: z.number().int(),
  /** people / everyone in the cohort; null below MIN_COHORT_PEOPLE (too few to tell). */
  share,
  names: z.array(z.string()),
});

export const cohortReasonSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** People whose own Diagnosis shows evidence for this reason. */
  people: z.number().int(),
  /** People whose records could show it at all (the rule had data). */
  withData: z.number().int(),
  /** people / withData; null when fewer than MIN_COHORT_PEOPLE have data (too few to tell). */
  share,
  names: z.array(z.string()),
});

export const cohortSchema = z.object({
  people: z.number().int(),
  minPeople: z.number().int(),
  tooFewToTell: z.boolean(),
  summary: z.string(),
  stalls: z.array(cohortStallSchema),
  tooEarly: z.object({ people: z.number().int(), names: z.array(z.string()) }),
  reasons: z.array(cohortReasonSchema),
  /** People who share with the coach but were left out of this view (over the server's cap). */
  notShown: z.number().int(),
});
export type Cohort = z.infer<typeof cohortSchema>;

/**
 * One person of the cohort: a name to show and their own Diagnosis, computed as they see it (a
 * whole `DiagnosisResult`, or the `CohortSummary` kept of it: only these fields are read).
 */
export interface CohortMember {
  name: string;
  diagnosis: {
    stallPoint: Pick<NonNullable<DiagnosisResult['stallPoint']>, 'transition' | 'label'> | null;
    tooEarly: boolean;
    reasons: ReadonlyArray<Pick<DiagnosisResult['reasons'][number], 'id' | 'title' | 'status'>>;
  };
}

const WHERE: Record<string, string> = {
  applied: 'getting a screen or an interview',
  screen: 'the recruiter screen',
  round1: 'the first interview',
  final: 'the final round',
};

/**
 * Across the people who shared with a coach: where each one's applications stop (the stall point
 * of their own Diagnosis, or "too early to tell" when it names none) and which reasons show
 * evidence for the most people. Shares are given only from MIN_COHORT_PEOPLE people on; below
 * that the summary says it is too few to tell. Order is stable: most people first, then funnel
 * order (stalls) or id (reasons), so the same cohort always reads the same.
 * @example cohortView([]).summary // 'Nobody has shared their records with you yet.'
 */
export function cohortView(members: readonly CohortMember[]): Cohort {
  const n = members.length;
  const tooFewToTell = n < MIN_COHORT_PEOPLE;
  const byStall = new Map<string, { label: string; names: string[] }>();
  const early: string[] = [];
  const byReason = new Map<string, { title: string; names: string[]; withData: number }>();
  for (const m of members) {
    const stall = m.diagnosis.stallPoint;
    if (stall === null) early.push(m.name);
    else {
      const entry = byStall.get(stall.transition) ?? { label: stall.label, names: [] };
      entry.names.push(m.name);
      byStall.set(stall.transition, entry);
    }
    for (const r of m.diagnosis.reasons) {
      const entry = byReason.get(r.id) ?? { title: r.title, names: [], withData: 0 };
      if (r.status !== 'no_data') entry.withData += 1;
      if (r.status === 'evidence') entry.names.push(m.name);
      byReason.set(r.id, entry);
    }
  }
  const order = (t: string) => {
    const i = (TRANSITION_IDS as readonly string[]).indexOf(t);
    return i < 0 ? TRANSITION_IDS.length : i;
  };
  const stalls = [...byStall.entries()]
    .map(([transition, e]) => ({ transition, label: e.label, people: e.names.length, share: tooFewToTell ? null : e.names.length / n, names: sorted(e.names) }))
    .sort((a, b) => b.people - a.people || order(a.transition) - order(b.transition));
  const reasons = [...byReason.entries()]
    .filter(([, e]) => e.names.length > 0)
    .map(([id, e]) => ({ id, title: e.title, people: e.names.length, withData: e.withData, share: e.withData < MIN_COHORT_PEOPLE ? null : e.names.length / e.withData, names: sorted(e.names) }))
    .sort((a, b) => b.people - a.people || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { people: n, minPeople: MIN_COHORT_PEOPLE, tooFewToTell, summary: summarize(n, stalls, early.length), stalls, tooEarly: { people: early.length, names: sorted(early) }, reasons, notShown: 0 };
}

function summarize(n: number, stalls: ReadonlyArray<{ transition: string; label: string; people: number }>, early: number): string {
  if (n === 0) return 'Nobody has shared their records with you yet.';
  const people = (k: number) => `${k} ${k === 1 ? 'person' : 'people'}`;
  if (n < MIN_COHORT_PEOPLE) {
    return `Too few to tell: ${people(n)} shared with you, and a pattern across people needs at least ${MIN_COHORT_PEOPLE}. The counts below are each person's own Diagnosis, not a trend.`;
  }
  const top = stalls[0];
  if (!top) return `Too early to tell for all ${n} people: no one's Diagnosis names a stall point yet.`;
  const tied = stalls.filter((s) => s.people === top.people).length > 1;
  const where = WHERE[top.transition] ?? top.label;
  const head = tied ? `No single stall point stands out: ${people(top.people)} ${top.people === 1 ? 'stalls' : 'stall'} at ${where}, and as many at another step` : `The most common stall point is ${where}: ${top.people} of ${n} people (${pct(top.people / n)})`;
  return `${head}. ${early === 0 ? 'Every person has a stall point.' : `For ${early} of ${n} it is too early to tell.`}`;
}

function sorted(names: readonly string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
