import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { generateDemo } from '../demo/generate';
import { groupSocialFindings, isPresenceDone, presenceStatus, socialAuditStateFromBackup } from './audit';
import { presenceChecklist } from './presence';
import type { SocialFindingRecord } from './records';
import { FINDING_CATEGORIES } from './types';

const findingArb = fc.record({
  id: fc.uuid(),
  auditId: fc.constant('a'),
  platform: fc.constantFrom('x' as const, 'linkedin' as const),
  itemId: fc.string({ minLength: 1, maxLength: 5 }),
  date: fc.option(fc.integer({ min: 2005, max: 2030 }).map((y) => `${y}-06-01T00:00:00.000Z`), { nil: null }),
  url: fc.constant(null),
  kind: fc.constant('post' as const),
  category: fc.constantFrom(...FINDING_CATEGORIES),
  terms: fc.array(fc.string(), { maxLength: 3 }),
  excerpt: fc.string(),
  severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
  dealtWith: fc.boolean(),
  dealtWithAt: fc.constant(null),
}) satisfies fc.Arbitrary<SocialFindingRecord>;

describe('social audit records', () => {
  it('groups every finding exactly once, by category in fixed order and by year newest first', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), (findings) => {
        const groups = groupSocialFindings(findings);
        const flat = groups.flatMap((g) => g.years.flatMap((y) => y.findings.map((f) => f.id)));
        expect(flat.sort()).toEqual(findings.map((f) => f.id).sort());
        const order = groups.map((g) => FINDING_CATEGORIES.indexOf(g.category));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const g of groups) {
          expect(g.open).toBe(g.years.flatMap((y) => y.findings).filter((f) => !f.dealtWith).length);
          const years = g.years.map((y) => y.year);
          const dated = years.filter((y): y is number => y !== null);
          expect(dated).toEqual([...dated].sort((a, b) => b - a));
          if (years.includes(null)) expect(years.at(-1)).toBeNull();
          for (const y of g.years) for (const f of y.findings) expect(f.category).toBe(g.category);
        }
      }),
    );
  });

  it('calls the presence checklist done only when every platform in use is complete', () => {
    const all = (p: 'x' | 'linkedin') => presenceChecklist(p).map((c) => c.id);
    expect(isPresenceDone(presenceStatus([], new Set()))).toBe(false);
    expect(isPresenceDone(presenceStatus([{ platform: 'linkedin', checked: all('linkedin'), updatedAt: null }], new Set()))).toBe(true);
    expect(isPresenceDone(presenceStatus([{ platform: 'linkedin', checked: all('linkedin'), updatedAt: null }], new Set(['x'])))).toBe(false);
    expect(isPresenceDone(presenceStatus([{ platform: 'linkedin', checked: all('linkedin'), updatedAt: null }, { platform: 'x', checked: [...all('x'), 'unknown'], updatedAt: null }], new Set(['x'])))).toBe(true);
  });

  it('tells "not recorded" from "recorded, nothing scanned" for the diagnosis', () => {
    expect(socialAuditStateFromBackup({})).toBeUndefined();
    expect(socialAuditStateFromBackup({ socialAudits: [], socialFindings: [], socialPresence: [] })).toEqual({ scanned: false, openFindings: {}, presenceChecklistDone: false });
    const failedOnly = socialAuditStateFromBackup({ socialAudits: [{ id: 'a', platform: null, fileName: 'f.zip', itemsScanned: 0, findingsCount: 0, truncated: 0, status: 'failed', errorCode: 'ZIP_BOMB', errorMessage: 'm', startedAt: 't', finishedAt: 't' }] });
    expect(failedOnly?.scanned).toBe(false);
  });

  it('gives the demo an audit with open and dealt-with findings and a checklist half done', () => {
    const demo = generateDemo(new Date('2026-11-25T12:00:00Z'));
    expect(demo.socialFindings?.some((f) => f.dealtWith === 1)).toBe(true);
    const state = diagnosisInputFromBackup(demo).socialAudit;
    expect(state).toMatchObject({ scanned: true, presenceChecklistDone: false });
    expect(Object.values(state!.openFindings).reduce((a, b) => a + b, 0)).toBe(4);
  }, 120_000); // builds the whole demo, analysing every demo listing: 4 s alone, 49 s on a loaded machine
});
