import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitConcurrency } from './limit';

describe('limitConcurrency', () => {
  it('never runs more than n tasks at once, runs every task, and keeps their results and errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { minLength: 1, maxLength: 20 }), async (n, tasks) => {
        const limit = limitConcurrency(n);
        let running = 0;
        let most = 0;
        const results = await Promise.allSettled(
          tasks.map(([ms, fails], i) =>
            limit(async () => {
              running++;
              most = Math.max(most, running);
              await new Promise((r) => setTimeout(r, ms));
              running--;
              if (fails) throw new Error(`task ${i}`);
              return i;
            }),
          ),
        );
        expect(most).toBeLessThanOrEqual(n);
        expect(most).toBe(Math.min(n, tasks.length));
        results.forEach((r, i) => expect(r).toEqual(tasks[i]![1] ? { status: 'rejected', reason: new Error(`task ${i}`) } : { status: 'fulfilled', value: i }));
      }),
      { numRuns: 30 },
    );
  });
});
