import { describe, expect, it } from 'vitest';
import { BASE_RATE_KEYS, DEFAULT_BASE_RATES, SOURCE_FIGURES as F, baseRateSchema } from './base-rates';
import { buildFunnel } from './funnel';
import { resolveSettings } from './settings';

const pct = (x: number) => `${Math.round(x * 100)}%`;

describe('typical rates follow from what their sources state', () => {
  it('first → second is Zippia’s per-opening counts: midpoints 4.5 of 17, extremes 3 of 24 and 6 of 10', () => {
    const r = DEFAULT_BASE_RATES.firstToSecond;
    expect(r.typical).toBeCloseTo(4.5 / 17, 3);
    expect(r.low).toBeCloseTo(3 / 24, 3);
    expect(r.high).toBeCloseTo(6 / 10, 3);
    expect(r.label).toContain('26%');
    expect(r.label).toContain('12.5% to 60%');
    expect(F.zippiaFirstInterviews).toEqual([10, 24]);
    expect(F.zippiaSecondInterviews).toEqual([3, 6]);
  });

  it('never uses a referred-candidate rate as the upper bound of an average', () => {
    expect(DEFAULT_BASE_RATES.screen.high).toBe(0.35);
    expect(DEFAULT_BASE_RATES.finalToOffer.high).toBe(0.24);
    for (const key of BASE_RATE_KEYS) {
      expect(DEFAULT_BASE_RATES[key].high).not.toBe(0.52);
      expect(DEFAULT_BASE_RATES[key].high).not.toBe(0.36);
    }
  });

  it('where two sources disagree (applications → interview), the band spans both and says so', () => {
    const r = DEFAULT_BASE_RATES.applied;
    expect(r.low).toBe(F.careerPlugApplicantToInterview);
    expect(r.high).toBeCloseTo(F.jobviteInterviewedPerOpening / F.jobviteApplicantsPerOpening, 3);
    expect(r.sources).toHaveLength(2);
    expect(r.label).toMatch(/disagree/);
    expect(r.derivation).toMatch(/disagree/);
  });

  it('every band names its sources with a year and a web link, and none cites a repository file', () => {
    for (const key of BASE_RATE_KEYS) {
      const r = baseRateSchema.parse(DEFAULT_BASE_RATES[key]);
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.url).toMatch(/^https:\/\//);
        expect(s.year).toBeGreaterThan(2010);
        expect(s.name).not.toMatch(/\.md\b/);
      }
      expect(r.year).toBe(Math.max(...r.sources.map((s) => s.year)));
      expect(r.low).toBeLessThanOrEqual(r.typical);
      expect(r.typical).toBeLessThanOrEqual(r.high);
      expect(r.label).toMatch(/average/);
      expect(r.label).toContain(pct(r.typical === r.low && r.low === r.high ? r.typical : r.low === r.typical ? r.low : r.high));
    }
  });

  it('the band shown with the funnel is the documented one, with its sources and how it was derived', () => {
    const steps = buildFunnel([], { rates: resolveSettings().rates, priorWeight: 4 });
    const byRate = { applied: 'applied', screen: 'screen', firstToSecond: 'round1', finalToOffer: 'final' } as const;
    for (const key of BASE_RATE_KEYS) {
      const step = steps.find((s) => s.id === byRate[key])!;
      const doc = DEFAULT_BASE_RATES[key];
      expect(step.typical).toEqual({ rate: doc.typical, low: doc.low, high: doc.high, source: doc.source, year: doc.year, label: doc.label, sources: doc.sources, derivation: doc.derivation });
    }
  });

  it('a figure the person sets replaces the sources rather than borrowing their names', () => {
    const r = resolveSettings({ baseRates: { firstToSecond: { typical: 0.5 } } }).rates.firstToSecond;
    expect(r.sources).toEqual([]);
    expect(r.source).toBe('your setting');
  });
});
