import { isClosingStage, stageRank, type ClosingStage, type ProgressStage, type Stage } from '../model/stage';

/** The least an event needs for the derivation: which stage, on which day, entered when. */
export interface StageEventLike {
  stage: Stage;
  date: string;
  createdAt: string;
}

export interface DerivedStage {
  /** Stage of the latest event: where the card sits on the board. Null with no events. */
  current: Stage | null;
  /** Furthest progress stage ever reached: a rejection after round 1 still reached round 1. */
  furthest: ProgressStage | null;
  /** The closing outcome when the latest event closes the application. */
  outcome: ClosingStage | null;
  /** Day of the latest event. */
  since: string | null;
}

/**
 * Order events as they happened: by day, then by when they were entered, then by funnel rank,
 * so that a correction entered later on the same day wins and imported rows keep funnel order.
 * @example sortEvents([{ stage: 'round1', date: '2026-01-02', createdAt: 'x' }, { stage: 'applied', date: '2026-01-01', createdAt: 'x' }])[0].stage // 'applied'
 */
export function sortEvents<T extends StageEventLike>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      compare(a.date, b.date) || compare(a.createdAt, b.createdAt) || stageRank(a.stage) - stageRank(b.stage),
  );
}

/**
 * Derive an application's position from its history; nothing here is ever stored.
 * @example deriveStage([{ stage: 'round1', date: '2026-01-05', createdAt: 'a' }, { stage: 'rejected', date: '2026-01-09', createdAt: 'b' }])
 * // { current: 'rejected', furthest: 'round1', outcome: 'rejected', since: '2026-01-09' }
 */
export function deriveStage(events: readonly StageEventLike[]): DerivedStage {
  if (events.length === 0) return { current: null, furthest: null, outcome: null, since: null };
  const sorted = sortEvents(events);
  const last = sorted[sorted.length - 1]!;
  let furthest: ProgressStage | null = null;
  for (const e of sorted) {
    if (isClosingStage(e.stage)) continue;
    if (furthest === null || stageRank(e.stage) > stageRank(furthest)) furthest = e.stage;
  }
  return {
    current: last.stage,
    furthest,
    outcome: isClosingStage(last.stage) ? last.stage : null,
    since: last.date,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
