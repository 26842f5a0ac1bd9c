import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnose } from './diagnose';
import { diagnosisInputSchema, type DiagnosisApplication } from './input';
import { diagnosisResultSchema } from './result';
import { NOW, app, advancedFirstRound, stalledFirstRound } from './test-fixtures';

function step(result: ReturnType<typeof diagnose>, id: string) {
  const s = result.funnel.find((f) => f.id === id);
  if (!s) throw new Error(`no funnel step ${id}`);
  return s;
}

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNaN);
  if (value && typeof value === 'object') return Object.values(value).some(hasNaN);
  return false;
}

const roundOneStall = (): DiagnosisApplication[] => [
  ...Array.from({ length: 9 }, (_, i) => stalledFirstRound(`s${i}`)),
  advancedFirstRound('a0'),
];

describe('diagnose: searches with known answers', () => {
  it('finds a clear round-1 stall', () => {
    const r = diagnose({ applications: roundOneStall() }, { now: NOW });
    const r1 = step(r, 'round1');
    expect(r1).toMatchObject({ decided: 10, advanced: 1, notAdvanced: 9 });
    expect(r1.rate).toBeCloseTo(0.1, 10);
    expect(r1.probBelowTypical!).toBeGreaterThan(0.85);
    expect(r.tooEarly).toBe(false);
    expect(r.stallPoint?.transition).toBe('round1');
    expect(r.stallPoint?.sentence).toMatch(/first interview: 1 of 10 first interviews led to a second \(10%\)/);
    expect(r.stallPoint?.sentence).toMatch(/average of 26% across employers/);
    expect(diagnosisResultSchema.safeParse(r).success).toBe(true);
  });

  it('finds a screen stall', () => {
    const apps = [
      ...Array.from({ length: 10 }, (_, i) => app(`sc${i}`, [['applied', 90], ['screen', 70], ['rejected', 60]])),
      app('ok1', [['applied', 90], ['screen', 70], ['round1', 60], ['round2', 40]]),
    ];
    const r = diagnose({ applications: apps }, { now: NOW });
    expect(step(r, 'screen')).toMatchObject({ decided: 11, advanced: 1 });
    expect(r.stallPoint?.transition).toBe('screen');
    expect(r.stallPoint?.sentence).toMatch(/recruiter screen/);
  });

  it('says it is too early with two first rounds only, without blaming', () => {
    const r = diagnose({ applications: [stalledFirstRound('s1'), stalledFirstRound('s2')] }, { now: NOW });
    expect(r.tooEarly).toBe(true);
    expect(r.stallPoint).toBeNull();
    expect(r.tooEarlyMessage).toMatch(/only 2 first interviews have an outcome/);
    expect(r.tooEarlyMessage).toMatch(/prove nothing/);
  });

  it('keeps cancelled positions apart: not you', () => {
    const reasons = ['Position cancelled', 'Role on hold', 'Budget cut', 'Filled internally', 'Hiring freeze', 'Our needs changed'];
    const apps = [...reasons.map((why, i) => stalledFirstRound(`c${i}`, {}, why)), advancedFirstRound('a0')];
    apps.push(app('pc', [['applied', 80], ['round1', 60], ['position_closed', 50]]));
    const r = diagnose({ applications: apps }, { now: NOW });
    const r1 = step(r, 'round1');
    expect(r1).toMatchObject({ decided: 1, advanced: 1, notAdvanced: 0, notYou: 7 });
    expect(r.notYou.count).toBe(7);
    expect(r.notYou.byTransition).toEqual({ round1: 7 });
    expect(r.notYou.message).toMatch(/not you/);
    expect(r.stallPoint).toBeNull();
    expect(r.reasons.find((x) => x.id === 'needs-changed')?.status).toBe('evidence');
  });

  it('counts open and silent applications by the waiting time', () => {
    const apps = [
      app('recent', [['applied', 40], ['round1', 10]]), // inside 21 days: open
      app('silent', [['applied', 80], ['round1', 30]]), // 30 days of silence: not advanced
    ];
    const r = diagnose({ applications: apps }, { now: NOW });
    expect(step(r, 'round1')).toMatchObject({ open: 1, notAdvanced: 1, decided: 1 });
    const longer = diagnose({ applications: apps }, { now: NOW, settings: { waitingDays: 45 } });
    expect(step(longer, 'round1')).toMatchObject({ open: 2, decided: 0, rate: null });
  });

  it('leaves an application that skipped the screen out of the screen step', () => {
    const r = diagnose({ applications: [app('direct', [['applied', 80], ['round1', 60], ['rejected', 50]])] }, { now: NOW });
    expect(step(r, 'screen').entered).toBe(0);
    expect(step(r, 'applied')).toMatchObject({ advanced: 1 });
    expect(step(r, 'round1')).toMatchObject({ notAdvanced: 1 });
  });

  it('names the fix place and ranks reasons by score', () => {
    const apps = roundOneStall().map((a) =>
      a.id.startsWith('s')
        ? { ...a, interviews: a.interviews.map((i) => ({ ...i, thankYous: [{ interviewerName: 'Dana Reyes', sentAt: null, problems: [] }] })) }
        : { ...a, interviews: a.interviews.map((i) => ({ ...i, thankYous: [{ interviewerName: 'Dana Reyes', sentAt: i.endsAt, problems: [] }] })) },
    );
    const r = diagnose({ applications: apps }, { now: NOW });
    expect(r.reasons[0]?.id).toBe('thank-you');
    expect(r.reasons[0]?.fix.href).toBe('/compose');
    for (let i = 1; i < r.reasons.length; i++) expect(r.reasons[i - 1]!.score).toBeGreaterThanOrEqual(r.reasons[i]!.score);
  });

  it('refuses an unreadable "now" as a user error', () => {
    expect(() => diagnose({ applications: [] }, { now: 'yesterday' })).toThrow(/not a valid date/);
  });
});

// Arbitrary searches: each application a random path through the funnel.
const stageArb = fc.constantFrom('applied', 'screen', 'round1', 'round2', 'round3', 'offer', 'rejected', 'no_answer', 'position_closed', 'withdrawn') as fc.Arbitrary<
  'applied' | 'screen' | 'round1' | 'round2' | 'round3' | 'offer' | 'rejected' | 'no_answer' | 'position_closed' | 'withdrawn'
>;
const appArb = (i: number) =>
  fc
    .record({
      steps: fc.array(fc.tuple(stageArb, fc.integer({ min: 0, max: 200 })), { minLength: 0, maxLength: 5 }),
      reason: fc.constantFrom(undefined, 'budget cut', 'went with someone else'),
      interviewRounds: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    })
    .map(({ steps, reason, interviewRounds }) => {
      const a = app(
        `app${i}`,
        steps.map(([s, d]) => (reason && (s === 'rejected' || s === 'no_answer') ? [s, d, reason] : [s, d])) as Parameters<typeof app>[1],
      );
      a.interviews = interviewRounds.map((round, k) => ({
        id: `app${i}-i${k}`,
        round,
        startsAt: `2026-0${1 + k}-10T10:00:00Z`,
        endsAt: `2026-0${1 + k}-10T11:00:00Z`,
        interviewers: [],
        thankYous: k % 2 ? [{ interviewerName: 'X', sentAt: `2026-0${1 + k}-12T10:00:00Z`, problems: [] }] : undefined,
      }));
      return a;
    });
const searchArb = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => appArb(i))));

describe('diagnose: properties', () => {
  it('gives the same answer whatever the order of records', () => {
    fc.assert(
      fc.property(searchArb, fc.integer(), (apps, seed) => {
        const shuffled = shuffle(
          apps.map((a) => ({ ...a, events: shuffle(a.events, seed), interviews: shuffle(a.interviews, seed + 1) })),
          seed + 2,
        );
        expect(diagnose({ applications: shuffled }, { now: NOW })).toEqual(diagnose({ applications: apps }, { now: NOW }));
      }),
      { numRuns: 60 },
    );
  });

  it('never lowers the round-1 stall evidence when a stalled first round is added', () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        const before = step(diagnose({ applications: apps }, { now: NOW }), 'round1').probBelowTypical!;
        const after = step(diagnose({ applications: [...apps, stalledFirstRound('added')] }, { now: NOW }), 'round1').probBelowTypical!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('has no NaN, valid intervals containing the estimate, and a valid shape', () => {
    fc.assert(
      fc.property(searchArb, (apps) => {
        const r = diagnose({ applications: apps }, { now: NOW });
        expect(hasNaN(r)).toBe(false);
        expect(diagnosisResultSchema.safeParse(r).success).toBe(true);
        for (const s of r.funnel) {
          expect(s.interval.low).toBeGreaterThanOrEqual(0);
          expect(s.interval.high).toBeLessThanOrEqual(1);
          expect(s.interval.low).toBeLessThanOrEqual(s.estimate);
          expect(s.estimate).toBeLessThanOrEqual(s.interval.high);
          expect(s.decided).toBe(s.advanced + s.notAdvanced);
          expect(s.entered).toBe(s.decided + s.open + s.notYou + s.withdrawn);
        }
        for (const reason of r.reasons) {
          expect(reason.score).toBeGreaterThanOrEqual(0);
          expect(reason.score).toBeLessThanOrEqual(1);
          expect(reason.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles an empty search without NaN or crash', () => {
    const r = diagnose(diagnosisInputSchema.parse({ applications: [] }), { now: NOW });
    expect(hasNaN(r)).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/NaN|null,"estimate":null/);
    expect(r.tooEarly).toBe(true);
    expect(r.funnel.map((s) => s.id)).toEqual(['applied', 'screen', 'round1', 'final']);
    expect(r.reasons).toHaveLength(9);
    expect(r.reasons.every((x) => x.score === 0)).toBe(true);
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed | 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) | 0;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
