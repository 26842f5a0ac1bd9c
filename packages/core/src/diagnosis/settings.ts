import { z } from 'zod';
import { BASE_RATE_KEYS, DEFAULT_BASE_RATES, baseRateSchema, type BaseRateKey, type BaseRates } from './base-rates';

const baseRateOverride = baseRateSchema.partial();

/** What a person may change about the diagnosis. Every field has a default. */
export const diagnosisSettingsSchema = z.object({
  /** Days without news after the last event before an application counts as not advanced. */
  waitingDays: z.number().int().min(1).max(365).default(21),
  /** Weight of the prior in pseudo-observations: modest, so a handful of real cases outweighs it. */
  priorWeight: z.number().gt(0).max(100).default(4),
  /** Decided cases a transition needs before it can be named the stall point. */
  minDecided: z.number().int().min(1).max(100).default(3),
  /** Probability of being below typical needed to name a stall point. */
  stallThreshold: z.number().gt(0.5).lt(1).default(0.8),
  /** A thank-you later than this many hours after the interview's end counts as late. */
  thankYouHours: z.number().gt(0).max(24 * 14).default(24),
  baseRates: z
    .object({
      applied: baseRateOverride.optional(),
      screen: baseRateOverride.optional(),
      firstToSecond: baseRateOverride.optional(),
      finalToOffer: baseRateOverride.optional(),
    })
    .default({}),
});
export type DiagnosisSettingsInput = z.input<typeof diagnosisSettingsSchema>;
export type DiagnosisSettings = z.output<typeof diagnosisSettingsSchema>;

/**
 * Settings with defaults filled in and base-rate overrides merged over the published figures.
 * A band is widened to contain an overridden typical rate so the UI never shows one outside it.
 * @example resolveSettings({ waitingDays: 30 }).rates.screen.typical // 0.35
 */
export function resolveSettings(input: DiagnosisSettingsInput = {}): DiagnosisSettings & { rates: BaseRates } {
  const settings = diagnosisSettingsSchema.parse(input);
  const rates = {} as BaseRates;
  for (const key of BASE_RATE_KEYS) {
    const merged = { ...DEFAULT_BASE_RATES[key], ...(settings.baseRates[key] ?? {}) };
    const over = settings.baseRates[key];
    if (over && (over.typical !== undefined || over.low !== undefined || over.high !== undefined) && over.source === undefined) {
      merged.source = 'your setting';
      merged.label = `your own figure: ${Math.round(merged.typical * 100)}% (an average you chose)`;
      // The published band belongs to the published figure: a figure of one's own is its own band.
      if (over.low === undefined) merged.low = merged.typical;
      if (over.high === undefined) merged.high = merged.typical;
      merged.sources = [];
      merged.derivation = 'A figure you set yourself in the Diagnosis settings.';
    }
    merged.low = Math.min(merged.low, merged.typical);
    merged.high = Math.max(merged.high, merged.typical);
    rates[key] = merged;
  }
  return { ...settings, rates };
}
