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
 * Order events as they happened: by day, then by funnel rank (a rejection on the day of round 1
 * comes after it). When they were entered only breaks ties between the same stage on the same
 * day, so a history typed in any order reads the same: the records follow the facts, not the
 * order of typing.
 * @example sortEvents([{ stage: 'round1', date: '2026-01-02', createdAt: 'x' }, { stage: 'applied', date: '2026-01-01', createdAt: 'x' }])[0].stage // 'applied'
 */
export function sortEvents<T extends StageEventLike>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      compare(a.date, b.date) || stageRank(a.stage) - stageRank(b.stage) || compare(a.createdAt, b.createdAt),
  );
}

/**
 * The events that say where an application is. `saved` only records that the person kept the
 * listing: it is the state before anything happened, so it counts only while nothing else is on
 * record. A history entered after the fact (applied in September, entered in November, when
 * the application was saved) then derives what it describes, whatever the dates.
 * @example factualEvents([{ stage: 'saved', date: '2026-11-30', createdAt: 'b' }, { stage: 'rejected', date: '2026-09-27', createdAt: 'c' }]).map((e) => e.stage) // ['rejected']
 */
export function factualEvents<T extends StageEventLike>(events: readonly T[]): T[] {
  const real = events.filter((e) => e.stage !== 'saved');
  return real.length > 0 ? real : [...events];
}

/**
 * Derive an application's position from its history; nothing here is ever stored. Progress only
 * moves forward: a progress event at or below the furthest stage already reached (round 1 dated
 * after round 2, say a round-1 interview rescheduled past a later move) does not pull the card
 * back; a closing event always counts, and progress after it reopens the application. A wrong
 * move is undone by deleting its event.
 * @example deriveStage([{ stage: 'round1', date: '2026-01-05', createdAt: 'a' }, { stage: 'rejected', date: '2026-01-09', createdAt: 'b' }])
 * // { current: 'rejected', furthest: 'round1', outcome: 'rejected', since: '2026-01-09' }
 */
export function deriveStage(events: readonly StageEventLike[]): DerivedStage {
  if (events.length === 0) return { current: null, furthest: null, outcome: null, since: null };
  let current: StageEventLike | null = null;
  let furthest: ProgressStage | null = null;
  for (const e of sortEvents(factualEvents(events))) {
    if (isClosingStage(e.stage)) {
      current = e;
      continue;
    }
    if (furthest !== null && stageRank(e.stage) <= stageRank(furthest)) continue;
    furthest = e.stage;
    current = e;
  }
  const last = current!;
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
