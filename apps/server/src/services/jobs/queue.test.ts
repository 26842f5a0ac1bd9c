import { describe, expect, it, vi } from 'vitest';
import { inProcessQueue, JOB_ATTEMPTS } from './queue';

describe('the in-process job runner (SQLite)', () => {
  it('runs the jobs of a kind one at a time, in the order sent', async () => {
    const q = inProcessQueue();
    await q.define('a');
    const seen: string[] = [];
    let running = 0;
    await q.work('a', async (d) => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(String(d.n));
      running -= 1;
    });
    for (const n of [1, 2, 3]) await q.send('a', { n });
    await vi.waitFor(() => expect(seen).toEqual(['1', '2', '3']));
    await q.stop();
  });

  it('keeps jobs sent before a worker starts, and queues a waiting key once', async () => {
    const q = inProcessQueue();
    await q.define('a');
    await q.send('a', { n: 1 }, { singletonKey: 'k' });
    await q.send('a', { n: 2 }, { singletonKey: 'k' });
    await q.send('a', { n: 3 }, { singletonKey: 'other' });
    const seen: unknown[] = [];
    await q.work('a', async (d) => void seen.push(d.n));
    await vi.waitFor(() => expect(seen).toEqual([1, 3]));
    await q.stop();
    await expect(q.send('nope', {})).rejects.toThrow('not defined');
  });

  it(`tries a failing job ${JOB_ATTEMPTS} times, reports it, and goes on with the next`, async () => {
    const errors: string[] = [];
    const q = inProcessQueue({ retryDelayMs: 1, onError: (name, e) => errors.push(`${name}: ${(e as Error).message}`) });
    await q.define('a');
    let tries = 0;
    const done: unknown[] = [];
    await q.work('a', async (d) => {
      if (d.fail) {
        tries += 1;
        throw new Error('refused');
      }
      done.push(d.n);
    });
    await q.send('a', { fail: true });
    await q.send('a', { n: 2 });
    await vi.waitFor(() => expect(done).toEqual([2]));
    expect(tries).toBe(JOB_ATTEMPTS);
    expect(errors).toEqual(['a: refused']);
    await q.stop();
  });

  it('queues a periodic job at once and then on its interval, and stops', async () => {
    const q = inProcessQueue();
    await q.define('tick');
    let n = 0;
    await q.work('tick', async () => void (n += 1));
    await q.every('tick', 20);
    await vi.waitFor(() => expect(n).toBeGreaterThanOrEqual(3));
    await q.stop();
    const after = n;
    await new Promise((r) => setTimeout(r, 60));
    expect(n).toBe(after);
  });
});
