import { z } from 'zod';

/**
 * Stages an application moves through. Rounds are numbered (`round1`…`round8`); a
 * closing stage ends the application with an outcome. The current stage is always
 * derived from the append-only events, never stored.
 */
export const PROGRESS_STAGES = [
  'saved',
  'applied',
  'screen',
  'round1',
  'round2',
  'round3',
  'round4',
  'round5',
  'round6',
  'round7',
  'round8',
  'offer',
  'accepted',
] as const;

export const CLOSING_STAGES = ['rejected', 'withdrawn', 'position_closed', 'no_answer', 'offer_declined'] as const;

export const ALL_STAGES = [...PROGRESS_STAGES, ...CLOSING_STAGES] as const;

export const progressStageSchema = z.enum(PROGRESS_STAGES);
export const closingStageSchema = z.enum(CLOSING_STAGES);
export const stageSchema = z.enum(ALL_STAGES);

export type ProgressStage = z.infer<typeof progressStageSchema>;
export type ClosingStage = z.infer<typeof closingStageSchema>;
export type Stage = z.infer<typeof stageSchema>;

const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screen: 'Screen',
  round1: 'Round 1',
  round2: 'Round 2',
  round3: 'Round 3',
  round4: 'Round 4',
  round5: 'Round 5',
  round6: 'Round 6',
  round7: 'Round 7',
  round8: 'Round 8',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  position_closed: 'Position closed',
  no_answer: 'No answer',
  offer_declined: 'Offer declined',
};

/**
 * A person-facing label for a stage.
 * @example stageLabel('round2') // 'Round 2'
 */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/**
 * Whether a stage closes the application (an outcome rather than progress).
 * @example isClosingStage('rejected') // true
 */
export function isClosingStage(stage: Stage): stage is ClosingStage {
  return (CLOSING_STAGES as readonly string[]).includes(stage);
}

/**
 * Position of a progress stage in the funnel; closing stages rank after every progress stage
 * so that, on the same day, a rejection sorts after the round it ended.
 * @example stageRank('round1') < stageRank('round2') // true
 */
export function stageRank(stage: Stage): number {
  const progress = (PROGRESS_STAGES as readonly string[]).indexOf(stage);
  return progress >= 0 ? progress : PROGRESS_STAGES.length + (CLOSING_STAGES as readonly string[]).indexOf(stage);
}

/**
 * The stage for an interview round number (0 is the recruiter screen).
 * @example stageForRound(2) // 'round2'
 */
export function stageForRound(round: number): ProgressStage {
  if (round <= 0) return 'screen';
  const capped = Math.min(Math.floor(round), 8);
  return `round${capped}` as ProgressStage;
}

/**
 * The interview round a stage stands for (screen is 0), or null for stages that are not rounds.
 * @example roundOfStage('round3') // 3
 */
export function roundOfStage(stage: Stage): number | null {
  if (stage === 'screen') return 0;
  const m = /^round(\d+)$/.exec(stage);
  return m ? Number(m[1]) : null;
}
