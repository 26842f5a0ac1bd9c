import { isClosingStage, stageForRound, stageRank, type Stage } from '../model/stage';
import { civilDayAt, civilIso } from '../timeline/civil-day';

/**
 * The day an interview happens where the person is: the day its stage event carries.
 * @example interviewDay({ startsAt: '2026-09-16T02:00:00.000Z', timeZone: 'America/Los_Angeles' }) // '2026-09-15'
 */
export function interviewDay(interview: { startsAt: string; timeZone: string }): string {
  return civilIso(civilDayAt(new Date(interview.startsAt), interview.timeZone));
}

/**
 * The stage event that recording an interview adds: round N on the interview's own day, so the
 * card follows the facts. None when the history already reached that round or a later one, so
 * a past interview entered late never moves a card backwards.
 * @example roundEventFor({ round: 1, startsAt: '2026-09-15T09:00:00Z', timeZone: 'UTC' }, [{ stage: 'applied' }])
 * // { stage: 'round1', date: '2026-09-15', reason: null }
 */
export function roundEventFor(
  interview: { round: number; startsAt: string; timeZone: string },
  events: ReadonlyArray<{ stage: Stage }>,
): { stage: Stage; date: string; reason: null } | null {
  const stage = stageForRound(interview.round);
  const reached = events.some((e) => !isClosingStage(e.stage) && stageRank(e.stage) >= stageRank(stage));
  if (reached) return null;
  return { stage, date: interviewDay(interview), reason: null };
}
