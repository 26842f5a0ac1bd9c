import { describe, expect, it } from 'vitest';
import { classifyApplication, dayNumber, isNotYouReason } from './outcomes';
import { diagnosisInputFromBackup } from './from-backup';
import { diagnosisInputSchema } from './input';
import { resolveSettings } from './settings';
import { NOW, app, roundOne } from './test-fixtures';

const opts = { nowDay: dayNumber(NOW.toISOString())!, waitingDays: 21 };

describe('classifyApplication', () => {
  it('counts the furthest stage reached: a rejection after round 1 reached round 1', () => {
    const o = classifyApplication(app('x', [['applied', 60], ['round1', 40], ['rejected', 30]]), opts);
    expect(o.transitions).toEqual({ applied: 'advanced', round1: 'not_advanced' });
    expect(o.status).toBe('stopped');
  });

  it('reads interviews as invitations: a round-2 interview on record means round 1 was passed', () => {
    const o = classifyApplication(app('x', [['applied', 60]], { interviews: [{ ...roundOne('i', 5), round: 2 }] }), opts);
    expect(o.transitions).toMatchObject({ applied: 'advanced', round1: 'advanced', round2: 'open' });
  });

  it('treats an offer after round 2 as passing round 2 and the final round', () => {
    const o = classifyApplication(app('x', [['applied', 60], ['round1', 50], ['round2', 40], ['offer', 30]]), opts);
    expect(o.transitions).toMatchObject({ round2: 'advanced', final: 'advanced' });
    expect(o.transitions.round3).toBeUndefined();
    expect(o.status).toBe('offer');
  });

  it('keeps withdrawn and saved-only applications out of the rates', () => {
    expect(classifyApplication(app('x', [['applied', 60], ['round1', 50], ['withdrawn', 40]]), opts).transitions.round1).toBe('withdrawn');
    expect(classifyApplication(app('y', [['saved', 60]]), opts).status).toBe('not_applied');
  });
});

describe('isNotYouReason', () => {
  it('matches the employer changing plans, not ordinary rejections', () => {
    for (const r of ['Position cancelled', 'role on hold', 'budget cuts', 'Filled internally', 'hiring freeze', 'Needs changed', 'no longer hiring for this role']) {
      expect(isNotYouReason(r), r).toBe(true);
    }
    for (const r of ['went with another candidate', 'not a fit', 'more experience needed', null]) expect(isNotYouReason(r), String(r)).toBe(false);
  });
});

describe('diagnosisInputFromBackup', () => {
  it('groups events, interviews and interviewers under their application, later parts absent', () => {
    const input = diagnosisInputFromBackup({
      applications: [{ id: 'a', company: 'Acme', role: 'Dev', listingText: null, listingUrl: null, source: null, location: null, workplace: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, createdAt: 'x', updatedAt: 'x' }],
      stageEvents: [{ id: 'e', applicationId: 'a', stage: 'round1', date: '2026-01-02', reason: null, createdAt: 'x' }],
      interviews: [{ id: 'i', applicationId: 'a', round: 1, kind: 'technical', startsAt: '2026-01-02T10:00:00.000Z', endsAt: '2026-01-02T11:00:00.000Z', timeZone: 'UTC', format: 'video', location: null, notes: null, createdAt: 'x', updatedAt: 'x' }],
      interviewers: [{ id: 'p', interviewId: 'i', name: 'Dana', title: null, email: null, pronunciation: null, notes: null, createdAt: 'x' }],
    });
    expect(diagnosisInputSchema.safeParse(input).success).toBe(true);
    const a = input.applications[0]!;
    expect(a.events).toHaveLength(1);
    expect(a.interviews[0]!.interviewers).toEqual([{ id: 'p', name: 'Dana' }]);
    expect('prep' in a.interviews[0]!).toBe(false);
    expect(input.references).toBeUndefined();
  });
});

describe('resolveSettings', () => {
  it('merges base-rate overrides and marks them as the person’s own', () => {
    const s = resolveSettings({ baseRates: { firstToSecond: { typical: 0.5 } } });
    expect(s.rates.firstToSecond).toMatchObject({ typical: 0.5, high: 0.5, source: 'your setting' });
    expect(s.rates.screen.label).toMatch(/average/);
    expect(() => resolveSettings({ waitingDays: 0 })).toThrow();
  });
});

describe('base rates', () => {
  it('carry a source, a year and the word "average" for the UI', () => {
    const { rates } = resolveSettings();
    for (const r of Object.values(rates)) {
      expect(r.label).toMatch(/average/);
      expect(r.source.length).toBeGreaterThan(5);
      expect(r.low).toBeLessThanOrEqual(r.typical);
      expect(r.typical).toBeLessThanOrEqual(r.high);
    }
  });
});
