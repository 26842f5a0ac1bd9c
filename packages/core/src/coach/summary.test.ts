import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { generateDemo } from '../demo/generate';
import { COHORT_SUMMARY_KEY, cohortSummaryOf, readCohortSummary } from './summary';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('cohort summary', () => {
  // Summaries are kept across builds: when a change of the Diagnosis alters what the demo's
  // summary holds, change COHORT_SUMMARY_KEY with it (and this pin), so kept ones are recomputed.
  it("pins the demo's summary to the current key", () => {
    const s = cohortSummaryOf(diagnose(diagnosisInputFromBackup(generateDemo(NOW)), { now: NOW }));
    const pinned = `${s.key} ${s.stallPoint?.transition ?? 'none'} ${s.tooEarly} ${s.reasons.map((r) => `${r.id}:${r.status}`).join(',')}`;
    expect(pinned).toBe('diagnosis-1 round1 false social-media:evidence,thank-you:evidence,wrong-story:evidence,first-interview:evidence,instructions:evidence,culture-fit:evidence,references:evidence,needs-changed:evidence,too-persistent:clear');
  });

  it('reads back what it keeps, and nothing kept under another key or unreadable', () => {
    const s = cohortSummaryOf({ stallPoint: { transition: 'round1', label: 'Round 1 → round 2' }, tooEarly: false, reasons: [{ id: 'thank_you', title: 'Thank-you', status: 'evidence' }] });
    expect(readCohortSummary(JSON.stringify(s))).toEqual(s);
    expect(readCohortSummary(JSON.stringify({ ...s, key: `${COHORT_SUMMARY_KEY}-old` }))).toBeNull();
    expect(readCohortSummary('{')).toBeNull();
    expect(readCohortSummary(null)).toBeNull();
  });
});
