import { describe, expect, it } from 'vitest';
import { draftReferenceBrief, referenceWarnings } from './brief';
import { referenceDiagnosisParts } from './diagnosis';
import { referenceFormSchema } from './schema';

describe('reference records', () => {
  it('requires a name and how well they know the work, and checks the e-mail', () => {
    expect(referenceFormSchema.safeParse({ name: ' ', knowsWork: 3 }).success).toBe(false);
    expect(referenceFormSchema.safeParse({ name: 'Ana' }).error?.issues[0]?.message).toContain('1 to 5');
    expect(referenceFormSchema.safeParse({ name: 'Ana', knowsWork: 6 }).success).toBe(false);
    expect(referenceFormSchema.safeParse({ name: 'Ana', knowsWork: 4, email: 'not-an-address' }).success).toBe(false);
    expect(referenceFormSchema.parse({ name: 'Ana', knowsWork: 4, email: '' }).email).toBeNull();
    expect(referenceFormSchema.safeParse({ name: 'x'.repeat(201), knowsWork: 4 }).success).toBe(false);
  });
});

describe('referenceWarnings', () => {
  const ref = { name: 'Bo Lind', knowsWork: 4, witnessedStoryIds: ['s1'] };
  it('flags one who barely knows the work', () => {
    expect(referenceWarnings({ ...ref, knowsWork: 2 }, null).map((w) => w.code)).toEqual(['BARELY_KNOWS_WORK']);
  });
  it('flags a check before the brief, and a brief still to send', () => {
    expect(referenceWarnings(ref, { briefedOn: null, checkedOn: '2026-10-02' }).map((w) => w.code)).toEqual(['NOT_BRIEFED_BEFORE_CHECK']);
    expect(referenceWarnings(ref, { briefedOn: '2026-10-05', checkedOn: '2026-10-02' }).map((w) => w.code)).toEqual(['NOT_BRIEFED_BEFORE_CHECK']);
    expect(referenceWarnings(ref, { briefedOn: '2026-10-01', checkedOn: '2026-10-02' })).toEqual([]);
    expect(referenceWarnings(ref, { briefedOn: null, checkedOn: null }).map((w) => w.code)).toEqual(['NOT_BRIEFED_YET']);
  });
});

describe('draftReferenceBrief', () => {
  it('names the role, the key requirements, the witnessed stories and what the manager wants to hear', () => {
    const b = draftReferenceBrief({
      reference: { name: 'Ana Ruiz', relationship: 'manager', context: null },
      company: 'Northwind',
      role: 'Data Analyst',
      requirements: [
        { text: '3+ years of SQL', kind: 'required' },
        { text: 'Tableau', kind: 'preferred' },
      ],
      isManagerRole: false,
      stories: [{ title: 'Cut the month-end close from 5 days to 2', result: 'Finance closed 3 days sooner.' }],
      senderName: 'Sam Patel',
    });
    expect(b.subject).toBe('Reference for the Data Analyst role at Northwind');
    expect(b.body).toMatch(/^Hi Ana,/);
    expect(b.body).toContain('- 3+ years of SQL');
    expect(b.body).not.toContain('Tableau');
    expect(b.body).toContain('Cut the month-end close from 5 days to 2: Finance closed 3 days sooner.');
    expect(b.body).toContain('What the hiring manager will want to hear');
    expect(b.body.trimEnd().endsWith('Sam Patel')).toBe(true);
  });
});

describe('referenceDiagnosisParts', () => {
  it('is undefined when nothing is recorded, and joins names to uses', () => {
    expect(referenceDiagnosisParts({})).toBeUndefined();
    const parts = referenceDiagnosisParts({
      references: [{ id: 'r1', name: 'Ana', knowsWork: 2 }],
      referenceUses: [
        { applicationId: 'a1', referenceId: 'r1', briefedOn: null, checkedOn: '2026-10-01' },
        { applicationId: 'a2', referenceId: 'r1', briefedOn: '2026-10-01', checkedOn: null },
      ],
    });
    expect(parts).toEqual([
      { name: 'Ana', applicationId: 'a1', checkHappened: true, knowsWork: 2, briefedBeforeCheck: false },
      { name: 'Ana', applicationId: 'a2', checkHappened: false, knowsWork: 2 },
    ]);
  });
});
