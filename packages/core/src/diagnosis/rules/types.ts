import type { DiagnosisApplication, DiagnosisInput, DiagnosisInterview } from '../input';
import type { ApplicationOutcome } from '../outcomes';
import type { ReasonResult } from '../result';

/** One application's first round (round 1), as the rules compare them. */
export interface FirstRoundCase {
  app: DiagnosisApplication;
  /** The latest round-1 interview on record, or null when only the stage was recorded. */
  interview: DiagnosisInterview | null;
  /** When that interview ended, as milliseconds since the epoch (null if unreadable). */
  endsAtMs: number | null;
}

/** What every rule sees: the input and the first rounds split by what followed them. */
export interface RuleContext {
  input: DiagnosisInput;
  outcomes: readonly ApplicationOutcome[];
  /** First rounds that led nowhere (rejected, or no answer after the waiting time). */
  stalled: readonly FirstRoundCase[];
  /** First rounds followed by a second round or an offer. */
  advanced: readonly FirstRoundCase[];
  /** The application where acting helps next (an open one, latest first), for fix links. */
  focusApplicationId: string | null;
  /** The next first interview on the calendar (round 1, not yet started), for the prep fix; null if none is booked. */
  nextFirstRound: { applicationId: string; interviewId: string } | null;
  thankYouHours: number;
}

/** One reason of the ARCHITECTURE table, as a rule over the records. */
export interface DiagnosisRule {
  id: string;
  title: string;
  evaluate(ctx: RuleContext): ReasonResult;
}
