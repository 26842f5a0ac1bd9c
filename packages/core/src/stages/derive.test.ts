import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_STAGES, type Stage } from '../model/stage';
import { diagnose } from '../diagnosis/diagnose';
import { deriveStage, factualEvents, sortEvents } from './derive';
import { roundEventFor } from './round-event';
import { generateDemo } from '../demo/generate';

const NOW = '2026-11-30T12:00:00.000Z';

describe('deriveStage', () => {
  it('reads a history entered after the fact: the saved event of the day of entry does not win', () => {
    const events = [
      { stage: 'saved' as const, date: '2026-11-30', createdAt: '2026-11-30T09:00:00Z' },
      { stage: 'applied' as const, date: '2026-09-01', createdAt: '2026-11-30T09:01:00Z' },
      { stage: 'round1' as const, date: '2026-09-15', createdAt: '2026-11-30T09:02:00Z' },
      { stage: 'rejected' as const, date: '2026-09-27', createdAt: '2026-11-30T09:03:00Z' },
    ];
    expect(deriveStage(events)).toEqual({ current: 'rejected', furthest: 'round1', outcome: 'rejected', since: '2026-09-27' });
  });

  it('keeps a card saved while saving is all that happened', () => {
    expect(deriveStage([{ stage: 'saved', date: '2026-11-30', createdAt: 'a' }]).current).toBe('saved');
    expect(factualEvents([{ stage: 'saved', date: '2026-11-30', createdAt: 'a' }])).toHaveLength(1);
  });

  it('puts a same-day rejection after the round it ended, whichever was typed first', () => {
    const typedBackwards = [
      { stage: 'rejected' as const, date: '2026-10-02', createdAt: '1' },
      { stage: 'round1' as const, date: '2026-10-02', createdAt: '2' },
    ];
    expect(deriveStage(typedBackwards).current).toBe('rejected');
    expect(sortEvents(typedBackwards).map((e) => e.stage)).toEqual(['round1', 'rejected']);
  });
});

const stageArb = fc.constantFrom(...ALL_STAGES);
const dayArb = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 7, 1) + n * 86_400_000).toISOString().slice(0, 10));
const historyArb = fc.array(fc.record({ stage: stageArb, date: dayArb }), { minLength: 1, maxLength: 8 });

/** The same dated facts entered in another order: ids travel with the facts, entry times do not. */
function entered(history: Array<{ stage: Stage; date: string }>, order: number[]) {
  return order.map((i, k) => ({
    id: `e${i}`,
    stage: history[i]!.stage,
    date: history[i]!.date,
    // Reasons follow the fact, so two identical facts carry the same words.
    reason: history[i]!.stage === 'rejected' ? `no, on ${history[i]!.date}` : null,
    createdAt: `2026-11-30T10:00:${String(k).padStart(2, '0')}.000Z`,
  }));
}

describe('order of entry', () => {
  it('any order of entry of the same dated events gives the same stage, outcome and Diagnosis', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h.map((_, i) => i), { minLength: h.length, maxLength: h.length }))),
        ([history, shuffled]) => {
          const inOrder = entered(history, history.map((_, i) => i));
          const reordered = entered(history, shuffled);
          expect(deriveStage(reordered)).toEqual(deriveStage(inOrder));
          const input = (events: typeof inOrder) => ({ applications: [{ id: 'a', company: 'Acme', role: 'Analyst', events, interviews: [] }] });
          const a = diagnose(input(inOrder), { now: NOW });
          const b = diagnose(input(reordered), { now: NOW });
          expect(b.funnel).toEqual(a.funnel);
          expect(b.tooEarly).toBe(a.tooEarly);
          expect(b.stallPoint).toEqual(a.stallPoint);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a saved event dated the day of entry never changes stage, outcome or Diagnosis of a real history', () => {
    fc.assert(
      fc.property(historyArb, dayArb, (history, savedOn) => {
        const real = entered(history.filter((e) => e.stage !== 'saved'), history.filter((e) => e.stage !== 'saved').map((_, i) => i));
        fc.pre(real.length > 0);
        const withSaved = [...real, { id: 'saved', stage: 'saved' as const, date: savedOn, reason: null, createdAt: '2026-11-30T09:00:00.000Z' }];
        expect(deriveStage(withSaved)).toEqual(deriveStage(real));
        const input = (events: typeof withSaved) => ({ applications: [{ id: 'a', company: 'Acme', role: 'Analyst', events, interviews: [] }] });
        expect(diagnose(input(withSaved), { now: NOW }).funnel).toEqual(diagnose(input(real), { now: NOW }).funnel);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the demo agrees', () => {
  it('holds, for every interview, the round event that recording it would add', () => {
    const demo = generateDemo(new Date(NOW));
    const missing = demo.interviews.filter((iv) => roundEventFor(iv, demo.stageEvents.filter((e) => e.applicationId === iv.applicationId)) !== null);
    expect(demo.interviews.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('progress only moves forward', () => {
  it('keeps the card at round 2 when a round-1 event is dated after it, and a closing event still closes it', () => {
    const events = [
      { stage: 'applied' as const, date: '2026-11-30', createdAt: 'a' },
      { stage: 'round2' as const, date: '2026-11-30', createdAt: 'c' },
      { stage: 'round1' as const, date: '2026-12-01', createdAt: 'b' },
    ];
    expect(deriveStage(events)).toEqual({ current: 'round2', furthest: 'round2', outcome: null, since: '2026-11-30' });
    expect(deriveStage([...events, { stage: 'rejected', date: '2026-11-30', createdAt: 'd' }])).toMatchObject({ current: 'rejected', outcome: 'rejected' });
    // Progress past the furthest after a rejection reopens the application.
    expect(deriveStage([...events, { stage: 'rejected', date: '2026-12-02', createdAt: 'd' }, { stage: 'offer', date: '2026-12-09', createdAt: 'e' }])).toMatchObject({ current: 'offer', outcome: null });
  });
});
