import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArchived, matchesFilter, normalizeTags, tagsSchema, type FilterableApplication } from './board';

const app = (over: Partial<FilterableApplication> = {}): FilterableApplication => ({ company: 'Acme', role: 'Data Analyst', source: 'LinkedIn', tags: ['remote'], priority: 'normal', stageSince: '2026-11-01', ...over });
const anyStage = () => true;

describe('isArchived', () => {
  it('archives a closed application once the set number of days has passed, never an open one', () => {
    expect(isArchived({ outcome: 'rejected', stageSince: '2026-10-01' }, '2026-10-30', 30)).toBe(false);
    expect(isArchived({ outcome: 'rejected', stageSince: '2026-10-01' }, '2026-10-31', 30)).toBe(true);
    expect(isArchived({ outcome: null, stageSince: '2020-01-01' }, '2026-10-31', 30)).toBe(false);
    expect(isArchived({ outcome: 'withdrawn', stageSince: '2026-10-25' }, '2026-10-31', 7)).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('combines text, source, tags, priority and dates with AND, ignoring case', () => {
    expect(matchesFilter(app(), { text: 'ANALYST' }, anyStage)).toBe(true);
    expect(matchesFilter(app(), { text: 'remote' }, anyStage)).toBe(true);
    expect(matchesFilter(app(), { text: 'nurse' }, anyStage)).toBe(false);
    expect(matchesFilter(app(), { sources: ['linkedin'] }, anyStage)).toBe(true);
    expect(matchesFilter(app({ source: null }), { sources: ['LinkedIn'] }, anyStage)).toBe(false);
    expect(matchesFilter(app(), { tags: ['Remote', 'fintech'] }, anyStage)).toBe(true);
    expect(matchesFilter(app(), { tags: ['fintech'] }, anyStage)).toBe(false);
    expect(matchesFilter(app({ priority: 'high' }), { priorities: ['high'] }, anyStage)).toBe(true);
    expect(matchesFilter(app(), { priorities: ['high'] }, anyStage)).toBe(false);
    expect(matchesFilter(app(), { since: '2026-11-01', until: '2026-11-01' }, anyStage)).toBe(true);
    expect(matchesFilter(app(), { since: '2026-11-02' }, anyStage)).toBe(false);
    expect(matchesFilter(app({ stageSince: null }), { until: '2026-11-02' }, anyStage)).toBe(false);
    expect(matchesFilter(app(), { stages: ['closed'] }, (s) => s.includes('applied'))).toBe(false);
  });

  it('never lets more through when a filter is added (property)', () => {
    const apps = fc.record({
      company: fc.string(), role: fc.string(), source: fc.option(fc.constantFrom('LinkedIn', 'Referral', 'Indeed'), { nil: null }),
      tags: fc.array(fc.constantFrom('remote', 'fintech', 'dream'), { maxLength: 3 }), priority: fc.constantFrom('low', 'normal', 'high' as const),
      stageSince: fc.option(fc.constantFrom('2026-01-01', '2026-06-01', '2026-11-01'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(apps, { maxLength: 30 }), fc.constantFrom('LinkedIn', 'Referral'), fc.constantFrom('remote', 'dream'), (list, source, tag) => {
        const a = list.filter((x) => matchesFilter(x, { sources: [source] }, anyStage));
        const b = list.filter((x) => matchesFilter(x, { sources: [source], tags: [tag] }, anyStage));
        return b.every((x) => a.includes(x)) && b.length <= a.length;
      }),
    );
  });
});

describe('tags', () => {
  it('trims, drops duplicates ignoring case, and bounds count and length', () => {
    expect(normalizeTags([' Remote', 'remote', 'fintech', ''])).toEqual(['Remote', 'fintech']);
    expect(tagsSchema.parse(['a', 'A', ' b '])).toEqual(['a', 'b']);
    expect(tagsSchema.safeParse(['x'.repeat(31)]).success).toBe(false);
    expect(tagsSchema.safeParse(Array.from({ length: 11 }, (_, i) => String(i))).success).toBe(false);
  });
});
