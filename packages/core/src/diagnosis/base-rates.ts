import { z } from 'zod';

/**
 * Typical pass rates per funnel transition, as data. Every figure is an average across
 * employers; the UI must say "average" wherever one appears, and the person may override any of
 * them in settings. `typical` is the value the prior is centred on and the person's rate is
 * compared with; `low`–`high` is the band shown. Each band is derived from the figures its
 * sources state (kept in `sources[].figure`, with the source's name, year and link), and
 * `derivation` says in words how; `base-rates.test.ts` recomputes every band from those figures.
 */
export const rateSourceSchema = z.object({
  name: z.string(),
  year: z.number().int(),
  url: z.string().url(),
  /** What the source states, in its own terms. */
  figure: z.string(),
});
export type RateSource = z.infer<typeof rateSourceSchema>;

export const baseRateSchema = z.object({
  typical: z.number().gt(0).lt(1),
  low: z.number().gt(0).lt(1),
  high: z.number().gt(0).lt(1),
  /** Short citation shown beside the band: the sources' names. */
  source: z.string(),
  /** The most recent year among the sources. */
  year: z.number().int(),
  /** Always contains the word "average": these are averages across employers, not targets. */
  label: z.string(),
  sources: z.array(rateSourceSchema),
  /** How the band follows from the sources' figures, in plain words. */
  derivation: z.string(),
});
export type BaseRate = z.infer<typeof baseRateSchema>;

export const BASE_RATE_KEYS = ['applied', 'screen', 'firstToSecond', 'finalToOffer'] as const;
export type BaseRateKey = (typeof BASE_RATE_KEYS)[number];
export type BaseRates = Record<BaseRateKey, BaseRate>;

/** The published figures every band below is computed from (a test recomputes them). */
export const SOURCE_FIGURES = {
  // Jobvite, "7 Benchmark Metrics to Help You Master Your Recruiting Funnel" (2014 data): 59
  // applications per opening, of which 7 are interviewed (12%). Employer-side: per applicant.
  jobviteApplicantsPerOpening: 59,
  jobviteInterviewedPerOpening: 7,
  // CareerPlug Recruiting Metrics Report 2025 (2024 hiring data, 60,000 small businesses): the
  // applicant-to-interview ratio was 3%. Also employer-side, but on the mass-applied job boards a
  // person applying broadly meets, so it is the lower end of what a person sees.
  careerPlugApplicantToInterview: 0.03,
  // Ashby talent-trends benchmarks (2024): 35% of candidates pass the recruiter screen, 24% the
  // onsite (final) round. Ashby also states 52% and 36% for referred candidates: those are a
  // different population (a referral), so they are NOT used as upper bounds of the average.
  ashbyScreenPass: 0.35,
  ashbyOnsitePass: 0.24,
  // Zippia interview statistics (2023): per opening, 10–24 first interviews, 3–6 second.
  zippiaFirstInterviews: [10, 24] as const,
  zippiaSecondInterviews: [3, 6] as const,
} as const;

const F = SOURCE_FIGURES;
const mid = (r: readonly [number, number]) => (r[0] + r[1]) / 2;

const JOBVITE: RateSource = {
  name: 'Jobvite recruiting funnel benchmarks',
  year: 2014,
  url: 'https://www2.jobvite.com/blog/recruiting-process/7-benchmark-metrics-to-help-you-master-your-recruiting-funnel/',
  figure: `${F.jobviteInterviewedPerOpening} of ${F.jobviteApplicantsPerOpening} applicants per opening are interviewed`,
};
const CAREERPLUG: RateSource = {
  name: 'CareerPlug Recruiting Metrics Report',
  year: 2025,
  url: 'https://www.careerplug.com/recruiting-metrics-and-kpis/',
  figure: 'applicant-to-interview ratio 3% (2024 hiring data)',
};
const ASHBY_SCREEN: RateSource = {
  name: 'Ashby talent trends report',
  year: 2024,
  url: 'https://www.ashbyhq.com/talent-trends-report',
  figure: '35% of candidates pass the recruiter screen (54M applications)',
};
const ASHBY_ONSITE: RateSource = {
  name: 'Ashby talent trends report',
  year: 2024,
  url: 'https://www.ashbyhq.com/talent-trends-report',
  figure: '24% of candidates pass the onsite (final) round',
};
const ZIPPIA: RateSource = {
  name: 'Zippia job interview statistics',
  year: 2023,
  url: 'https://www.zippia.com/advice/job-interview-statistics/',
  figure: 'per opening: 10–24 first interviews, 3–6 second interviews',
};

const jobviteRate = F.jobviteInterviewedPerOpening / F.jobviteApplicantsPerOpening;

export const DEFAULT_BASE_RATES: BaseRates = {
  // Two sources that disagree (3% and 12%): the band spans them and the typical rate is their
  // midpoint. Note that a higher typical rate makes a stall here easier to flag, not harder.
  applied: {
    typical: (F.careerPlugApplicantToInterview + jobviteRate) / 2,
    low: F.careerPlugApplicantToInterview,
    high: jobviteRate,
    source: 'CareerPlug 2025; Jobvite 2014',
    year: 2025,
    label: 'average across employers: 3–12% of applications lead to an interview, a recruiter screen included (the sources disagree)',
    sources: [CAREERPLUG, JOBVITE],
    derivation: 'The two sources disagree: CareerPlug finds 3% of applicants interviewed, Jobvite 12% (7 of 59). The shaded range covers both; the middle, about 7%, is what yours is compared with.',
  },
  // One published figure, so the band is that figure alone.
  screen: {
    typical: F.ashbyScreenPass,
    low: F.ashbyScreenPass,
    high: F.ashbyScreenPass,
    source: 'Ashby 2024',
    year: 2024,
    label: 'average across employers: 35% pass the recruiter screen',
    sources: [ASHBY_SCREEN],
    derivation: 'Ashby publishes a single average, 35%. (Its 52% is for referred candidates only, so it is not used here.)',
  },
  // Zippia's counts per opening: second / first at the midpoints (4.5 / 17 ≈ 26%) is the typical
  // rate; the extremes (3 / 24 ≈ 12% and 6 / 10 = 60%) are the band.
  firstToSecond: {
    typical: mid(F.zippiaSecondInterviews) / mid(F.zippiaFirstInterviews),
    low: F.zippiaSecondInterviews[0] / F.zippiaFirstInterviews[1],
    high: F.zippiaSecondInterviews[1] / F.zippiaFirstInterviews[0],
    source: 'Zippia 2023',
    year: 2023,
    label: 'average across employers: about 26% of first interviews lead to a second (anywhere from 12.5% to 60%)',
    sources: [ZIPPIA],
    derivation: 'Zippia counts 10–24 first and 3–6 second interviews per opening. At the middle of both ranges that is 4.5 of 17, about 26%; at the extremes anything from 3 of 24 (12%) to 6 of 10 (60%).',
  },
  finalToOffer: {
    typical: F.ashbyOnsitePass,
    low: F.ashbyOnsitePass,
    high: F.ashbyOnsitePass,
    source: 'Ashby 2024',
    year: 2024,
    label: 'average across employers: 24% of final rounds lead to an offer',
    sources: [ASHBY_ONSITE],
    derivation: 'Ashby publishes a single average, 24% of onsite (final) rounds passed. (Its 36% is for referred candidates only, so it is not used here.)',
  },
};

export const BASE_RATES_NOTE =
  'Typical rates are averages across employers and industries (Jobvite, CareerPlug, Ashby, Zippia); yours may differ for good reasons. Override them in settings if you know better figures for your field.';
