import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// Append-only: never edit this file after it lands; add a new migration instead.
//
// Until now recording an interview did not move the card: an application with a round-1
// interview on record could still read "Applied". From now on recording round N adds a round-N
// stage event dated on the interview's day (in the interview's own zone). This gives databases
// written before that the same events, so their boards and histories derive the same way. The
// rules are copied here, not imported, so this migration keeps doing what it did when it landed.

const PROGRESS = ['saved', 'applied', 'screen', 'round1', 'round2', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'offer', 'accepted'];

function stageForRound(round: number): string {
  return round <= 0 ? 'screen' : `round${Math.min(Math.floor(round), 8)}`;
}

function localDay(instant: string, timeZone: string): string {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

interface InterviewRow {
  owner_id: string;
  application_id: string;
  round: number;
  starts_at: string;
  time_zone: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  const interviews = (await db
    .selectFrom('interviews')
    .select(['owner_id', 'application_id', 'round', 'starts_at', 'time_zone'])
    .orderBy('application_id')
    .orderBy('round')
    .orderBy('starts_at')
    .execute()) as InterviewRow[];
  if (interviews.length === 0) return;
  const events = (await db.selectFrom('stage_events').select(['application_id', 'stage']).execute()) as Array<{ application_id: string; stage: string }>;
  const furthest = new Map<string, number>();
  for (const e of events) {
    const rank = PROGRESS.indexOf(e.stage);
    if (rank >= 0) furthest.set(e.application_id, Math.max(furthest.get(e.application_id) ?? -1, rank));
  }
  const now = new Date().toISOString();
  for (const iv of interviews) {
    const stage = stageForRound(Number(iv.round));
    const rank = PROGRESS.indexOf(stage);
    if ((furthest.get(iv.application_id) ?? -1) >= rank) continue;
    await db
      .insertInto('stage_events')
      .values({ id: randomUUID(), owner_id: iv.owner_id, application_id: iv.application_id, stage, date: localDay(iv.starts_at, iv.time_zone), reason: null, created_at: now })
      .execute();
    furthest.set(iv.application_id, rank);
  }
}
