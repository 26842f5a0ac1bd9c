import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationInputSchema, interviewInputSchema, stageEventInputSchema, type Backup } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const day = fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const stage = fc.constantFrom('applied', 'screen', 'round1', 'round2', 'offer', 'rejected', 'no_answer', 'position_closed');
const appArb = fc.record({
  company: text,
  role: text,
  notes: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  events: fc.array(fc.record({ stage, date: day, reason: fc.option(text, { nil: undefined }) }), { maxLength: 4 }),
  interviews: fc.array(fc.record({ round: fc.integer({ min: 0, max: 4 }), people: fc.array(text, { maxLength: 2 }) }), { maxLength: 2 }),
});

function strip(b: Backup) {
  const { exportedAt: _e, ...rest } = b;
  return rest;
}

describe('backup round trip (property)', () => {
  it('export, import into an empty database, export again gives the same content', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(appArb, { maxLength: 6 }), async (apps) => {
        const a = await openStore({ file: ':memory:' });
        const b = await openStore({ file: ':memory:' });
        try {
          for (const x of apps) {
            const app = await a.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: x.company, role: x.role, notes: x.notes }));
            for (const e of x.events) await a.events.add(LOCAL_OWNER_ID, app.id, stageEventInputSchema.parse(e));
            for (const iv of x.interviews) {
              const created = await a.interviews.create(LOCAL_OWNER_ID, app.id, interviewInputSchema.parse({ round: iv.round, kind: 'other', startsAt: '2026-01-05T10:00:00Z', endsAt: '2026-01-05T11:00:00Z', timeZone: 'Asia/Kolkata', format: 'video' }));
              for (const name of iv.people) await a.interviews.addInterviewer(LOCAL_OWNER_ID, created!.id, { name: name.trim(), title: null, email: null, pronunciation: null, notes: null });
            }
          }
          const first = await a.backup.export(LOCAL_OWNER_ID);
          await b.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, JSON.parse(JSON.stringify(first)) as Backup));
          const second = await b.backup.export(LOCAL_OWNER_ID);
          expect(strip(second)).toEqual(strip(first));
        } finally {
          await a.close();
          await b.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
