import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { generateDemo } from './generate';

describe('demo references and work-style profile', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const demo = generateDemo(now);

  it('records a profile, three references and where each was given, never dated after today', () => {
    expect(demo.workProfiles).toHaveLength(1);
    expect(demo.references?.map((r) => r.name)).toEqual(['Dana Whitfield', 'Marcus Oyelaran', 'Priya Natarajan']);
    expect(demo.referenceUses!.length).toBeGreaterThanOrEqual(6);
    for (const u of demo.referenceUses!) {
      for (const d of [u.givenOn, u.briefedOn, u.checkedOn]) if (d) expect(d <= '2026-11-25').toBe(true);
    }
  });

  it('gives the culture-fit and references cards evidence, not "not recorded yet"', () => {
    const result = diagnose(diagnosisInputFromBackup(demo), { now });
    for (const id of ['culture-fit', 'references']) {
      const card = result.reasons.find((r) => r.id === id)!;
      expect(card.evidence.join(' '), id).not.toMatch(/not recorded yet/i);
      expect(card.evidence.length, id).toBeGreaterThan(0);
    }
    expect(result.reasons.find((r) => r.id === 'references')!.evidence[0]).toContain('Priya Natarajan');
  });
});
