import { CLOSING_STAGES, stageLabel, type Stage } from '@secondround/core';

export interface BoardColumn {
  id: string;
  title: string;
  /** The stage a card dropped here records; null for Closed, which asks for the outcome. */
  dropStage: Stage | null;
  holds(stage: Stage | null): boolean;
}

const single = (stage: Stage): BoardColumn => ({ id: stage, title: stageLabel(stage), dropStage: stage, holds: (s) => s === stage });
const LATER_ROUNDS: readonly string[] = ['round3', 'round4', 'round5', 'round6', 'round7', 'round8'];

/** One column per stage; rounds 3 and later share a column, and every closing outcome sits in Closed. */
export const BOARD_COLUMNS: BoardColumn[] = [
  { ...single('saved'), holds: (s) => s === 'saved' || s === null },
  single('applied'),
  single('screen'),
  single('round1'),
  single('round2'),
  { id: 'round3', title: 'Round 3+', dropStage: 'round3', holds: (s) => s !== null && LATER_ROUNDS.includes(s) },
  single('offer'),
  single('accepted'),
  { id: 'closed', title: 'Closed', dropStage: null, holds: (s) => s !== null && (CLOSING_STAGES as readonly string[]).includes(s) },
];

/** Today as YYYY-MM-DD in the person's own time zone (the browser's). */
export function todayLocal(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The column a stage sits in. */
export function columnOf(stage: Stage | null): BoardColumn | undefined {
  return BOARD_COLUMNS.find((c) => c.holds(stage));
}
