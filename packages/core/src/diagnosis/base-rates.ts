import { z } from 'zod';

/**
 * Typical pass rates per funnel transition, as data. Every figure is an average across
 * employers; the UI must say "average" wherever one appears, and the person may override any of
 * them in settings. `typical` is the value the prior is centred on and the person's rate is
 * compared with; `low`–`high` is the band shown.
 */
export const baseRateSchema = z.object({
  typical: z.number().gt(0).lt(1),
  low: z.number().gt(0).lt(1),
  high: z.number().gt(0).lt(1),
  source: z.string(),
  year: z.number().int(),
  /** Always contains the word "average": these are averages across employers, not targets. */
  label: z.string(),
});
export type BaseRate = z.infer<typeof baseRateSchema>;

export const BASE_RATE_KEYS = ['applied', 'screen', 'firstToSecond', 'finalToOffer'] as const;
export type BaseRateKey = (typeof BASE_RATE_KEYS)[number];
export type BaseRates = Record<BaseRateKey, BaseRate>;

export const DEFAULT_BASE_RATES: BaseRates = {
  // Jobvite, "The Recruiting Funnel, Deconstructed" (2014 data: 7 of 59 applicants, 12%, are
  // interviewed) and the Recruiting Benchmark Reports 2017–2018 (lower since): 8–12% of applicants
  // are invited to an interview (employer-side). Per application a person sends broadly the figure is lower, 2–4%
  // (HiringThing / resutrack 2025–26), so the comparison here is generous to the person.
  applied: {
    typical: 0.1,
    low: 0.08,
    high: 0.12,
    source: 'Jobvite Recruiting Benchmark Reports (applicants invited to interview)',
    year: 2018,
    label: 'average across employers: 8–12% of applications lead to a first interview',
  },
  // Ashby, "Recruiting funnel" benchmarks over 54M applications: 35% of candidates pass the
  // recruiter screen; referred candidates 52%. Centred on the overall figure. Year: the report
  // as cited in ARCHITECTURE.md (Ashby talent-trends data, 2024 edition).
  screen: {
    typical: 0.35,
    low: 0.35,
    high: 0.52,
    source: 'Ashby talent-acquisition benchmarks (54M applications); referred candidates 52%',
    year: 2024,
    label: 'average across employers: 35% pass the recruiter screen (52% when referred)',
  },
  // Zippia per-opening counts: 10–24 first interviews and 3–6 second interviews per opening,
  // so roughly 25–35% of first interviews lead to a second one (Zippia research pages, 2023).
  firstToSecond: {
    typical: 0.3,
    low: 0.25,
    high: 0.35,
    source: 'Zippia hiring statistics (per opening: 10–24 first interviews, 3–6 second)',
    year: 2023,
    label: 'average across employers: 25–35% of first interviews lead to a second',
  },
  // Ashby: 24% of candidates pass the onsite (final) round, 36% when referred.
  finalToOffer: {
    typical: 0.24,
    low: 0.24,
    high: 0.36,
    source: 'Ashby talent-acquisition benchmarks (onsite pass rate); referred candidates 36%',
    year: 2024,
    label: 'average across employers: 24–36% of final rounds lead to an offer',
  },
};

export const BASE_RATES_NOTE =
  'Typical rates are averages across employers and industries (Jobvite, Ashby, Zippia); yours may differ for good reasons. Override them in settings if you know better figures for your field.';
