import { describe, expect, it } from 'vitest';
import { backupProblems, backupSchema } from '../backup/backup';
import { deriveStage } from '../stages/derive';
import { generateDemo } from './generate';

describe('generateDemo', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const demo = generateDemo(now);

  it('is a valid, consistent backup of about 40 applications', () => {
    expect(backupSchema.safeParse(demo).success).toBe(true);
    expect(backupProblems(demo)).toEqual([]);
    expect(demo.applications.length).toBeGreaterThanOrEqual(38);
    expect(demo.applications.length).toBeLessThanOrEqual(45);
  });

  it('is the same for the same seed and never dates history in the future', () => {
    expect(generateDemo(now)).toEqual(demo);
    for (const e of demo.stageEvents) expect(e.date <= '2026-11-25').toBe(true);
  });

  it('shows a round-1 stall, a cancelled position, open applications and upcoming interviews', () => {
    const byApp = new Map<string, typeof demo.stageEvents>();
    for (const e of demo.stageEvents) byApp.set(e.applicationId, [...(byApp.get(e.applicationId) ?? []), e]);
    const derived = [...byApp.values()].map((events) => deriveStage(events));
    expect(derived.filter((d) => d.furthest === 'round1' && d.outcome === 'rejected').length).toBeGreaterThanOrEqual(6);
    expect(derived.some((d) => d.outcome === 'position_closed')).toBe(true);
    expect(derived.some((d) => d.outcome === null)).toBe(true);
    expect(demo.interviews.some((i) => i.startsAt > now.toISOString())).toBe(true);
    expect(demo.interviewers.length).toBeGreaterThan(20);
  });
});
