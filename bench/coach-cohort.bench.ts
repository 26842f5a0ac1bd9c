/**
 * The coach's cohort view (issue 14) over a caseload: N people who share with one coach, each with
 * 40 applications and their histories, on SQLite in memory. The cohort computes each person's own
 * Diagnosis from their records, so it is printed against one person's Diagnosis times N: the
 * ratio says whether anything beyond the per-person reads costs time.
 * Run: npx tsx bench/coach-cohort.bench.ts [people…]   (default: 10 50 200)
 */
import { performance } from 'node:perf_hooks';
import type { Stage } from '@secondround/core';
import { openStore, type BulkApplication } from '@secondround/store';
import { cohortFor } from '../apps/server/src/services/coach';
import { diagnosisOf } from '../apps/server/src/services/diagnosis';

const NOW = new Date('2026-06-01T12:00:00Z');
const APPS_PER_PERSON = 40;
const RUNS = 5;

function day(offset: number): string {
  return new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** A search of 40 applications; every other person stalls at the first interview. */
function search(seed: number): BulkApplication[] {
  return Array.from({ length: APPS_PER_PERSON }, (_, i) => {
    const start = 40 + ((i * 7 + seed) % 200);
    const path: Array<[Stage, number]> = [['applied', start]];
    const k = (i + seed) % 6;
    if (k >= 2) path.push(['round1', start - 10]);
    // Every other person stalls at the first interview: one in ten moves on, against about a third.
    const movesOn = seed % 2 === 0 ? i % 10 === 0 : k === 4;
    if (k >= 2 && k !== 5) path.push(movesOn ? ['round2', start - 20] : ['rejected', start - 20]);
    return { application: { company: `Company ${i}`, role: 'Analyst' } as BulkApplication['application'], events: path.map(([stage, ago]) => ({ stage, date: day(ago) }) as BulkApplication['events'][number]) };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const people of sizes.length ? sizes : [10, 50, 200]) {
  const store = await openStore({ file: ':memory:' });
  const coach = (await store.users.create('coach@example.com', null))!;
  const ids: string[] = [];
  for (let p = 0; p < people; p++) {
    const person = (await store.users.create(`person${p}@example.com`, null))!;
    await store.transaction((tx) => tx.bulk.insert(person.id, search(p)));
    await store.coach.share(person.id, 'coach@example.com');
    ids.push(person.id);
  }
  const cohortTimes: number[] = [];
  const oneTimes: number[] = [];
  let summary = '';
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    summary = (await cohortFor(store, coach.id, NOW)).summary;
    cohortTimes.push(performance.now() - t);
    t = performance.now();
    await diagnosisOf(store, ids[r % ids.length]!, { now: NOW });
    oneTimes.push(performance.now() - t);
  }
  const cohort = median(cohortTimes);
  const one = median(oneTimes);
  console.log(`${people} people × ${APPS_PER_PERSON} applications: cohort ${cohort.toFixed(0)} ms median of ${RUNS}; one Diagnosis ${one.toFixed(1)} ms, × ${people} = ${(one * people).toFixed(0)} ms (ratio ${(cohort / (one * people)).toFixed(2)})`);
  console.log(`  ${summary}`);
  await store.close();
}
