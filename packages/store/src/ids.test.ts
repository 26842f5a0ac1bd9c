import { describe, expect, it } from 'vitest';
import { idSource, newId } from './ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function isSorted(ids: string[]): boolean {
  return ids.every((id, i) => i === 0 || ids[i - 1]! < id);
}

describe('ids', () => {
  it('are version 7 UUIDs whose first 48 bits are the milliseconds they were made in', () => {
    const id = idSource(() => Date.parse('2026-12-01T03:00:00.000Z'))();
    expect(id).toMatch(V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.parse('2026-12-01T03:00:00.000Z'));
  });

  it('sort in the order they were made within one millisecond, past 4,096 of them', () => {
    const next = idSource(() => 1_700_000_000_000);
    const ids = Array.from({ length: 10_000 }, next);
    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(isSorted(ids)).toBe(true);
  });

  it('keep their order when the clock steps back', () => {
    const times = [5_000, 5_001, 4_000, 4_000, 5_001, 6_000, 1];
    const next = idSource(() => times.shift()!);
    const ids = Array.from({ length: 7 }, next);
    expect(isSorted(ids)).toBe(true);
  });

  it('from the shared source, sort in the order they were made', () => {
    const ids = Array.from({ length: 2_000 }, newId);
    expect(isSorted(ids)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
