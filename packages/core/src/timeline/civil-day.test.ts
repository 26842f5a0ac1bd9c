import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { civilDay, civilDayAt, civilIso } from './civil-day';

/** The day as the zone's own offset gives it (how civilDayAt reads every zone but UTC). */
function dayThroughZone(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return civilDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

describe('civilDayAt', () => {
  // First in this file: the zone library keeps each zone's formatter once built.
  it('builds no time zone formatter for UTC', () => {
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(civilIso(civilDayAt(new Date('2026-11-02T03:30:00Z'), 'UTC'))).toBe('2026-11-02');
      expect(built).not.toHaveBeenCalled();
      civilDayAt(new Date('2026-11-02T03:30:00Z'), 'America/Chicago');
      expect(built).toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it('gives the UTC day without a time zone formatter, as the zone itself gives it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(civilDayAt(new Date(ms), 'UTC')).toBe(dayThroughZone(new Date(ms), 'UTC'));
      }),
    );
    expect(civilIso(civilDayAt(new Date('2026-03-01T23:59:59.999Z'), 'UTC'))).toBe('2026-03-01');
    expect(civilIso(civilDayAt(new Date('1969-12-31T23:00:00Z'), 'UTC'))).toBe('1969-12-31');
    expect(civilDayAt(new Date(NaN), 'UTC')).toBeNaN();
    expect(dayThroughZone(new Date(NaN), 'UTC')).toBeNaN();
  });

  it('reads other zones through their offset on that day', () => {
    // 03:30 UTC is still the evening before in Chicago, and already morning in Tokyo.
    const instant = new Date('2026-11-02T03:30:00Z');
    expect(civilIso(civilDayAt(instant, 'America/Chicago'))).toBe('2026-11-01');
    expect(civilIso(civilDayAt(instant, 'Asia/Tokyo'))).toBe('2026-11-02');
    expect(civilDayAt(instant, 'Europe/Berlin')).toBe(dayThroughZone(instant, 'Europe/Berlin'));
  });
});
