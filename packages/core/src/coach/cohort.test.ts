import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnose } from '../diagnosis/diagnose';
import type { DiagnosisApplication } from '../diagnosis/input';
import { NOW, advancedFirstRound, app, stalledFirstRound } from '../diagnosis/test-fixtures';
import { cohortSchema, cohortView, MIN_COHORT_PEOPLE, type CohortMember } from './cohort';

const roundOneStall = (): DiagnosisApplication[] => [...Array.from({ length: 9 }, (_, i) => stalledFirstRound(`s${i}`)), advancedFirstRound('a0')];
const screenStall = (): DiagnosisApplication[] => [
  ...Array.from({ length: 10 }, (_, i) => app(`sc${i}`, [['applied', 90], ['screen', 70], ['rejected', 60]])),
  app('ok1', [['applied', 90], ['screen', 70], ['round1', 60], ['round2', 40]]),
];
const tooEarly = (): DiagnosisApplication[] => [stalledFirstRound('e1'), stalledFirstRound('e2')];
const cancelled = (): DiagnosisApplication[] => [stalledFirstRound('c1', {}, 'Position cancelled'), advancedFirstRound('c2')];

function member(name: string, apps: DiagnosisApplication[]): CohortMember {
  return { name, diagnosis: diagnose({ applications: apps }, { now: NOW }) };
}

describe('cohortView', () => {
  it('says nobody shared yet on an empty cohort', () => {
    const c = cohortView([]);
    expect(c).toMatchObject({ people: 0, tooFewToTell: true, stalls: [], reasons: [], tooEarly: { people: 0, names: [] } });
    expect(c.summary).toBe('Nobody has shared their records with you yet.');
  });

  it('gives counts but no shares, and says too few to tell, below the minimum', () => {
    const c = cohortView([member('ana@example.com', roundOneStall()), member('ben@example.com', roundOneStall()), member('cy@example.com', tooEarly())]);
    expect(c.tooFewToTell).toBe(true);
    expect(c.summary).toMatch(/^Too few to tell: 3 people shared with you, and a pattern across people needs at least 5\./);
    expect(c.stalls).toEqual([{ transition: 'round1', label: 'Round 1 → round 2', people: 2, share: null, names: ['ana@example.com', 'ben@example.com'] }]);
    expect(c.tooEarly).toEqual({ people: 1, names: ['cy@example.com'] });
    for (const r of c.reasons) expect(r.share).toBeNull();
    expect(JSON.stringify(c)).not.toMatch(/%/);
  });

  it('names the most common stall point with its share once there are enough people', () => {
    const members = [
      member('a', roundOneStall()),
      member('b', roundOneStall()),
      member('c', roundOneStall()),
      member('d', screenStall()),
      member('e', tooEarly()),
      member('f', tooEarly()),
    ];
    const c = cohortView(members);
    expect(c.tooFewToTell).toBe(false);
    expect(c.stalls.map((s) => [s.transition, s.people, s.share])).toEqual([
      ['round1', 3, 0.5],
      ['screen', 1, 1 / 6],
    ]);
    expect(c.summary).toBe('The most common stall point is the first interview: 3 of 6 people (50%). For 2 of 6 it is too early to tell.');
    expect(cohortSchema.safeParse(c).success).toBe(true);
  });

  it('says when no stall point stands out, and when it is too early for everyone', () => {
    const tied = cohortView([member('a', roundOneStall()), member('b', screenStall()), member('c', tooEarly()), member('d', tooEarly()), member('e', tooEarly())]);
    expect(tied.summary).toBe('No single stall point stands out: 1 person stalls at the recruiter screen, and as many at another step. For 3 of 5 it is too early to tell.');
    expect(tied.stalls.map((s) => s.transition)).toEqual(['screen', 'round1']);
    const early = cohortView(Array.from({ length: MIN_COHORT_PEOPLE }, (_, i) => member(`p${i}`, tooEarly())));
    expect(early.summary).toBe("Too early to tell for all 5 people: no one's Diagnosis names a stall point yet.");
  });

  it('counts a reason for the people whose own Diagnosis has evidence for it, with a share only when enough had data', () => {
    const c = cohortView([member('a', cancelled()), member('b', cancelled()), member('c', roundOneStall())]);
    const needs = c.reasons.find((r) => r.id === 'needs-changed');
    expect(needs).toMatchObject({ people: 2, withData: 3, share: null, names: ['a', 'b'] });
    expect(c.reasons.every((r) => r.people > 0)).toBe(true);
    const big = cohortView([...Array.from({ length: 4 }, (_, i) => member(`x${i}`, cancelled())), member('y', roundOneStall())]);
    expect(big.reasons.find((r) => r.id === 'needs-changed')).toMatchObject({ people: 4, withData: 5, share: 0.8 });
  });

  it('reads the same whatever order the people come in, and never counts more people than there are', () => {
    const pool = [member('a', roundOneStall()), member('b', screenStall()), member('c', tooEarly()), member('d', cancelled()), member('e', roundOneStall()), member('f', cancelled())];
    fc.assert(
      fc.property(fc.shuffledSubarray(pool), (subset) => {
        const c = cohortView(subset);
        const reversed = cohortView([...subset].reverse());
        expect(reversed).toEqual(c);
        expect(c.stalls.reduce((s, x) => s + x.people, 0) + c.tooEarly.people).toBe(subset.length);
        for (const r of c.reasons) expect(r.people).toBeLessThanOrEqual(r.withData);
      }),
      { numRuns: 60 },
    );
  });
});
