import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import type { DiagnosisApplication, MaterialsRecord } from '../input';
import { NOW, advancedFirstRound, stalledFirstRound } from '../test-fixtures';

function withMaterials(a: DiagnosisApplication, m: MaterialsRecord): DiagnosisApplication {
  return { ...a, materials: m };
}

const v1 = { sha256: 'a'.repeat(64), name: 'cv-2025.pdf' };
const v2 = { sha256: 'b'.repeat(64), name: 'cv-2026.pdf' };

describe('instructions rule: materials', () => {
  it('reads the reason given when marked submitted with a problem, and compares resume versions with the small-sample caution', () => {
    const apps = [
      withMaterials(stalledFirstRound('s1'), { requested: ['resume / cv', 'cover letter'], sent: ['resume / cv'], formatsOk: true, submittedWithProblems: true, reason: 'the portal took one file only', resume: v1 }),
      withMaterials(stalledFirstRound('s2'), { requested: ['resume / cv'], sent: ['resume / cv'], formatsOk: true, resume: v1 }),
      withMaterials(stalledFirstRound('s3'), { requested: ['resume / cv'], sent: ['resume / cv'], formatsOk: false, resume: v1 }),
      withMaterials(advancedFirstRound('a1'), { requested: ['resume / cv'], sent: ['resume / cv'], formatsOk: true, resume: v2 }),
      withMaterials(advancedFirstRound('a2'), { requested: ['resume / cv'], sent: ['resume / cv'], formatsOk: true, resume: v2 }),
    ];
    const r = diagnose({ applications: apps }, { now: NOW }).reasons.find((x) => x.id === 'instructions')!;
    const text = r.evidence.join('\n');
    expect(text).toContain('Requested but not sent: cover letter.');
    expect(text).toContain('Marked submitted with something missing or off: 1 of the first rounds that stalled (you said: "the portal took one file only").');
    expect(text).toContain('Resume versions: "cv-2025.pdf" (aaaaaaa) went to 3 first rounds that stalled and 0 that advanced; "cv-2026.pdf" (bbbbbbb) went to 0 first rounds that stalled and 2 that advanced. With 5 first rounds in all, this is a hint, not proof.');
    expect(r.status).toBe('evidence');
    expect(r.fix.href).toMatch(/^\/applications\/.+\/materials$|^\/board$/);
  });

  it('gives no version line with a single resume version', () => {
    const apps = [withMaterials(stalledFirstRound('s1'), { requested: [], sent: [], formatsOk: true, resume: v1 }), withMaterials(advancedFirstRound('a1'), { requested: [], sent: [], formatsOk: true, resume: v1 })];
    const r = diagnose({ applications: apps }, { now: NOW }).reasons.find((x) => x.id === 'instructions')!;
    expect(r.evidence.join('\n')).not.toContain('Resume versions');
  });
});
