import { randomFillSync } from 'node:crypto';

// Random bytes drawn a page at a time: one call to the system's generator per id costs about
// 30 µs here, against about 1 µs for a whole randomUUID() (which pools the same way).
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
function randomTake(n: number): Buffer {
  if (poolAt + n > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += n;
  return pool.subarray(poolAt - n, poolAt);
}
function randomCounterSeed(): number {
  return randomTake(2).readUInt16BE(0) & 0x7ff;
}

/**
 * A source of time-ordered ids (UUID version 7, RFC 9562): 48 bits of milliseconds, a 12-bit
 * counter within the millisecond (method 1 of the RFC, seeded at random in its lower half), then
 * 62 random bits. Ids from one source sort, as strings, in the order they were made, even within
 * one millisecond or when the clock steps back: lists ordered by `createdAt` then `id` come back
 * in insertion order though two rows share a `createdAt` (quick add, an import's batch). Ids from
 * two processes in the same millisecond sort at random between them, which no list can tell apart.
 */
export function idSource(now: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const ms = now();
    if (ms > lastMs) {
      lastMs = ms;
      counter = randomCounterSeed();
    } else if (counter < 0xfff) {
      counter += 1;
    } else {
      // 4,096 ids in one millisecond: borrow the next one rather than repeat an order.
      lastMs += 1;
      counter = randomCounterSeed();
    }
    const time = lastMs.toString(16).padStart(12, '0');
    const tail = randomTake(8).toString('hex');
    const variant = ((parseInt(tail[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-${(0x7000 | counter).toString(16)}-${variant}${tail.slice(1, 4)}-${tail.slice(4)}`;
  };
}

/**
 * A new id. UUIDs need no coordination, so several app processes can write at once; version 7
 * sorts by creation, so `id` is the tiebreaker of every list in insertion order.
 */
export const newId: () => string = idSource();

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
