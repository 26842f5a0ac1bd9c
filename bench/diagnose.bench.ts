/**
 * diagnose() on a synthetic search of 10,000 applications with 30,000 interviews (issue 3: under
 * 200 ms in core). Prints the median time, its ratio to the 200 ms budget, and, as a baseline,
 * the time of the naive count by current status that trackers show (which loses the furthest
 * stage reached), so the cost of reading the whole history is visible as a ratio.
 * Run: npx tsx bench/diagnose.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { deriveStage, diagnose, type DiagnosisApplication, type DiagnosisInput, type Stage } from '@secondround/core';

const NOW = new Date('2026-06-01T12:00:00Z');
const APPS = 10_000;
const INTERVIEWS = 30_000;
const BUDGET_MS = 200;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function day(offset: number): string {
  return new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

function synthetic(): DiagnosisInput {
  const r = rng(42);
  const apps: DiagnosisApplication[] = [];
  let interviewsLeft = INTERVIEWS;
  for (let i = 0; i < APPS; i++) {
    const start = 30 + Math.floor(r() * 300);
    // Spread 30,000 interviews over 10,000 applications: 0–6 each, 3 on average.
    const target = i === APPS - 1 ? interviewsLeft : Math.min(interviewsLeft, Math.floor(r() * 7));
    interviewsLeft -= target;
    const events: DiagnosisApplication['events'] = [{ id: `e${i}-0`, stage: 'applied', date: day(start), reason: null, createdAt: `c${i}` }];
    const interviews: DiagnosisApplication['interviews'] = [];
    for (let k = 0; k < target; k++) {
      const round = Math.min(k, 8);
      const d = Math.max(0, start - 5 - k * 7);
      const startsAt = `${day(d)}T10:00:00.000Z`;
      interviews.push({
        id: `i${i}-${k}`,
        round,
        kind: k === target - 1 && k >= 2 ? 'final' : 'behavioural',
        startsAt,
        endsAt: `${day(d)}T11:00:00.000Z`,
        interviewers: [{ name: 'Dana Reyes' }, { name: 'Sam Ortiz' }],
        prep: r() < 0.5 ? { readiness: r(), missing: r() < 0.5 ? ['why this job'] : [], storiesPicked: 2, hasWhyThisJob: r() < 0.7, hasCompanyNotes: r() < 0.7 } : undefined,
        debrief: r() < 0.5 ? { namesRight: r() < 0.9, researchShown: r() < 0.8, fumbledQuestions: r() < 0.3 ? ['Tell me about yourself'] : [], storiesTold: [], nextSteps: 'within two weeks', feeling: 3 } : undefined,
        thankYous: r() < 0.6 ? [{ interviewerName: 'Dana Reyes', sentAt: r() < 0.7 ? `${day(d)}T15:00:00.000Z` : `${day(Math.max(0, d - 2))}T15:00:00.000Z`, problems: [] }] : undefined,
        followUps: r() < 0.4 ? [{ plannedOn: day(Math.max(0, d - 10)), sentOn: day(Math.max(0, d - 10)), answered: r() < 0.5, statedUntil: day(Math.max(0, d - 12)) }] : undefined,
      });
      events.push({ id: `e${i}-${k + 1}`, stage: (round === 0 ? 'screen' : `round${round}`) as Stage, date: day(d), reason: null, createdAt: `c${i}-${k}` });
    }
    const x = r();
    const last = Math.max(0, start - 10 - target * 7);
    if (x < 0.55) events.push({ id: `e${i}-z`, stage: 'rejected', date: day(last), reason: r() < 0.08 ? 'position on hold' : null, createdAt: `z${i}` });
    else if (x < 0.6) events.push({ id: `e${i}-z`, stage: 'offer', date: day(last), reason: null, createdAt: `z${i}` });
    apps.push({
      id: `app-${String(i).padStart(5, '0')}`,
      company: `Company ${i % 700}`,
      role: 'Analyst',
      events,
      interviews,
      storyCoverage: r() < 0.5 ? { covered: Math.floor(r() * 6), total: 6, leadershipWarning: r() < 0.2 } : undefined,
      materials: r() < 0.3 ? { requested: ['portfolio'], sent: r() < 0.8 ? ['portfolio'] : [], formatsOk: r() < 0.9 } : undefined,
      cultureFit: r() < 0.4 ? { mismatchSignals: r() < 0.3 ? ['fast-paced'] : [] } : undefined,
    });
  }
  return {
    applications: apps,
    references: apps.slice(0, 500).map((a, i) => ({ name: i % 3 ? 'Pat Lee' : 'Sam Ortiz', applicationId: a.id, checkHappened: true })),
    socialAudit: { scanned: true, openFindings: { profanity: 2 }, presenceChecklistDone: false },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT and caches
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const input = synthetic();
const interviewCount = input.applications.reduce((s, a) => s + a.interviews.length, 0);
const ours = time(() => diagnose(input, { now: NOW }), 15);
const baseline = time(() => {
  const counts = new Map<string, number>();
  for (const a of input.applications) {
    const current = deriveStage(a.events.map((e) => ({ stage: e.stage, date: e.date, createdAt: e.createdAt ?? '' }))).current ?? 'none';
    counts.set(current, (counts.get(current) ?? 0) + 1);
  }
  return counts;
}, 15);

const result = diagnose(input, { now: NOW });
console.log(`diagnose: ${input.applications.length} applications, ${interviewCount} interviews`);
console.log(`  median ${ours.toFixed(1)} ms  (budget ${BUDGET_MS} ms: ${(ours / BUDGET_MS).toFixed(2)}× of budget, ${ours < BUDGET_MS ? 'PASS' : 'OVER'})`);
console.log(`  baseline (count by current status only): ${baseline.toFixed(1)} ms; diagnose / baseline = ${(ours / baseline).toFixed(1)}×`);
console.log(`  stall point: ${result.stallPoint?.label ?? 'none (too early)'}; reasons with evidence: ${result.reasons.filter((x) => x.status === 'evidence').map((x) => x.id).join(', ')}`);
