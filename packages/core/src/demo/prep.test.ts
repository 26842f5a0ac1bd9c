import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { generateDemo } from './generate';

describe('demo preparation records', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const demo = generateDemo(now);

  it('has a story bank, prep sheets and debriefs, with debriefs only for interviews that began', () => {
    expect(demo.stories?.length).toBeGreaterThanOrEqual(8);
    expect(demo.prepSheets?.length).toBeGreaterThan(10);
    const starts = new Map(demo.interviews.map((i) => [i.id, i.startsAt]));
    for (const d of demo.debriefs ?? []) expect(starts.get(d.interviewId)! < now.toISOString()).toBe(true);
    // The upcoming first round has a prep sheet started, for the prep page to show.
    const upcoming = demo.interviews.filter((i) => i.round === 1 && i.startsAt > now.toISOString());
    expect(upcoming.every((i) => demo.prepSheets!.some((p) => p.interviewId === i.id))).toBe(true);
  });

  it('gives the diagnosis evidence on the first interview and on the stories told', () => {
    const result = diagnose(diagnosisInputFromBackup(demo), { now, settings: {} });
    const first = result.reasons.find((r) => r.id === 'first-interview')!;
    const story = result.reasons.find((r) => r.id === 'wrong-story')!;
    expect(first.status).toBe('evidence');
    expect(first.evidence.join(' ')).toMatch(/Prep sheet thin .* that stalled/);
    expect(first.evidence.join(' ')).toMatch(/Questions fumbled/);
    expect(story.status).toBe('evidence');
    expect(story.evidence.join(' ')).toMatch(/Leadership stories picked .* for [1-9]/);
  });
});
