import { randomUUID } from 'node:crypto';

/** A new random id. UUIDs need no coordination, so several app processes can write at once. */
export function newId(): string {
  return randomUUID();
}

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
