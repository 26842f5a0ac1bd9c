import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betaCdf, betaQuantile, logGamma } from './beta';

// Reference values computed with SciPy 1.17 (scipy.stats.beta.ppf / .cdf).
const QUANTILES: Array<[number, number, number, number]> = [
  [2, 5, 0.1, 0.09259525891312873],
  [2, 5, 0.9, 0.5103163065514917],
  [0.5, 0.5, 0.3, 0.2061073738537634],
  [1.2, 5.8, 0.1, 0.028731019103721125],
  [1.2, 5.8, 0.9, 0.3612374571804898],
  [30, 70, 0.5, 0.2986619743086956],
  [0.4, 3.6, 0.1, 0.0007092742562728519],
  [100, 900, 0.9, 0.11231456282516589],
  [0.01, 1, 0.5, 7.888609052210105e-31],
  [1.2, 4.8, 0.5, 0.16590270191018022],
];

describe('Beta distribution', () => {
  it('matches known quantiles', () => {
    for (const [a, b, p, want] of QUANTILES) {
      expect(Math.abs(betaQuantile(p, a, b) - want) / want).toBeLessThan(1e-9);
    }
  });

  it('matches known distribution-function values', () => {
    expect(betaCdf(0.3, 1.2, 5.8)).toBeCloseTo(0.8342328318506355, 12);
    expect(betaCdf(0.3, 1.2, 6.8)).toBeCloseTo(0.8812776831479103, 12);
    expect(betaCdf(0.4, 2, 3)).toBeCloseTo(0.5248, 12);
    expect(betaCdf(0.2, 0.5, 0.5)).toBeCloseTo(0.2951672353008665, 12);
  });

  it('has closed forms where they exist', () => {
    expect(betaQuantile(0.37, 1, 1)).toBeCloseTo(0.37, 12); // uniform
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 12); // F(x) = x²
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 12); // symmetric
    expect(betaQuantile(0.3, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * 0.3) / 2) ** 2, 12); // arcsine
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 9);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
  });

  it('handles the ends and refuses bad parameters', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
    expect(() => betaQuantile(0.5, 0, 1)).toThrow(RangeError);
    expect(() => betaQuantile(1.5, 1, 1)).toThrow(RangeError);
  });

  // Shapes from 0.3 up: the funnel's priors start at 4 × 8% = 0.32. Below that, for U shapes the
  // answer sits within a few ulps of 0 or 1 where a double cannot resolve the distribution
  // function finely (there the result still agrees with SciPy to the last representable digits).
  it('quantile inverts the distribution function (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 200, noNaN: true }),
        fc.double({ min: 0.3, max: 200, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b, p) => {
          const x = betaQuantile(p, a, b);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          // Either the distribution function hits p closely, or p lies between its values a few
          // ulps either side of x (near 0 or 1 a double cannot get closer).
          const d = Math.max(8e-15 * Math.min(x, 1 - x), 2e-15);
          const close = Math.abs(betaCdf(x, a, b) - p) < 1e-9;
          const bracketed = betaCdf(Math.max(0, x - d), a, b) <= p + 1e-12 && betaCdf(Math.min(1, x + d), a, b) >= p - 1e-12;
          expect(close || bracketed).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is monotone in p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (a, b) => {
        expect(betaQuantile(0.1, a, b)).toBeLessThanOrEqual(betaQuantile(0.5, a, b));
        expect(betaQuantile(0.5, a, b)).toBeLessThanOrEqual(betaQuantile(0.9, a, b));
      }),
    );
  });
});
