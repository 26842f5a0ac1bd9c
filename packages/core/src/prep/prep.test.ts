import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREP_QUESTIONS, QUESTION_GROUPS } from './questions';
import { prepReadiness, type PrepSheetInput } from './readiness';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const FULL: PrepSheetInput = {
  interviewers: [{ name: 'Siobhan Ng', pronunciation: 'shi-VAWN', title: 'Head of Data', notes: '' }],
  companyNotes: words(80),
  whyThisJob: words(20),
  whyThisCompany: words(20),
  answers: PREP_QUESTIONS.filter((q) => q.isCore).map((q) => ({ questionId: q.id, answer: words(30) })),
  questionsToAsk: ['a?', 'b?', 'c?'],
  storyIds: ['s1', 's2', 's3'],
};

describe('question bank', () => {
  it('has about 40 questions in groups, with unique ids', () => {
    expect(PREP_QUESTIONS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(PREP_QUESTIONS.map((q) => q.id)).size).toBe(PREP_QUESTIONS.length);
    for (const g of QUESTION_GROUPS) expect(PREP_QUESTIONS.some((q) => q.group === g)).toBe(true);
  });
});

describe('prepReadiness', () => {
  it('scores an empty sheet 0 and lists everything missing', () => {
    const r = prepReadiness({});
    expect(r.score).toBe(0);
    expect(r.missing.map((m) => m.code).sort()).toEqual(['CORE_ANSWERS_MISSING', 'FEW_QUESTIONS_TO_ASK', 'FEW_STORIES', 'NO_INTERVIEWERS', 'NO_PRONUNCIATION', 'NO_WHY_COMPANY', 'NO_WHY_JOB', 'THIN_COMPANY_NOTES']);
  });

  it('scores a complete sheet 100 with nothing missing', () => {
    expect(prepReadiness(FULL)).toEqual({ score: 100, missing: [] });
  });

  it('names the interviewer whose pronunciation is missing', () => {
    const r = prepReadiness({ ...FULL, interviewers: [{ name: 'Nguyen Van A' }] });
    expect(r.score).toBe(95);
    expect(r.missing[0]?.message).toMatch(/Nguyen Van A/);
  });

  it('never lowers the score when a part is filled in', () => {
    const parts = Object.keys(FULL) as Array<keyof PrepSheetInput>;
    fc.assert(
      fc.property(fc.subarray(parts), fc.constantFrom(...parts), (have, add) => {
        const sheet = Object.fromEntries(have.map((k) => [k, FULL[k]])) as PrepSheetInput;
        const more = { ...sheet, [add]: FULL[add] } as PrepSheetInput;
        expect(prepReadiness(more).score).toBeGreaterThanOrEqual(prepReadiness(sheet).score);
      }),
    );
  });
});
