/**
 * Run at most `n` of the given tasks at a time; the rest wait their turn in order. Password
 * hashing uses it: each argon2 verification takes a core for tens of milliseconds, and a flood of
 * sign-ins running four at once (libuv's thread pool) left a 2-core server no core for anyone
 * else's requests (bench/login-flood.bench.ts).
 * @example const one = limitConcurrency(1); await Promise.all([one(a), one(b)]) // b starts after a ends
 */
export function limitConcurrency(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
