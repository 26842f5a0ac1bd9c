import type { DiagnosisApplication, DiagnosisInterview } from './input';
import type { Stage } from '../model/stage';

/*
 * Synthetic searches for the tests (written by us, no real data). Dates are relative to NOW so a
 * test reads as a story: "applied 60 days ago, first interview 50 days ago, rejected 40 days ago".
 */
export const NOW = new Date('2026-06-01T12:00:00Z');

export function daysAgo(n: number): string {
  return new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

export function instantDaysAgo(n: number, hour = 10): string {
  const d = new Date(NOW.getTime() - n * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

type Step = [Stage, number] | [Stage, number, string];

/** An application from its history: `[stage, daysAgo, reason?]` steps. */
export function app(id: string, steps: Step[], extra: Partial<DiagnosisApplication> = {}): DiagnosisApplication {
  return {
    id,
    company: `Company ${id}`,
    role: 'Analyst',
    events: steps.map(([stage, ago, reason], i) => ({ id: `${id}-e${i}`, stage, date: daysAgo(ago), reason: reason ?? null, createdAt: `2026-01-01T00:00:0${i}Z` })),
    interviews: [],
    ...extra,
  };
}

/** A round-1 interview `ago` days back, one hour long, with one interviewer. */
export function roundOne(id: string, ago: number, extra: Partial<DiagnosisInterview> = {}): DiagnosisInterview {
  return {
    id,
    round: 1,
    kind: 'behavioural',
    startsAt: instantDaysAgo(ago, 10),
    endsAt: instantDaysAgo(ago, 11),
    interviewers: [{ name: 'Dana Reyes' }],
    ...extra,
  };
}

/** A first round that stalled: applied, round 1, rejected. */
export function stalledFirstRound(id: string, extra: Partial<DiagnosisApplication> = {}, reason?: string): DiagnosisApplication {
  return app(id, [['applied', 80], ['round1', 60], reason ? ['rejected', 50, reason] : ['rejected', 50]], {
    interviews: [roundOne(`${id}-i1`, 60)],
    ...extra,
  });
}

/** A first round that advanced to round 2 (and is still open there). */
export function advancedFirstRound(id: string, extra: Partial<DiagnosisApplication> = {}): DiagnosisApplication {
  return app(id, [['applied', 80], ['round1', 60], ['round2', 5]], { interviews: [roundOne(`${id}-i1`, 60)], ...extra });
}
