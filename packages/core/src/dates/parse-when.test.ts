import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWhen } from './parse-when';

// Monday 30 November 2026, 12:00 UTC.
const now = new Date('2026-11-30T12:00:00Z');

describe('parseWhen', () => {
  it('reads 1/12 by the person’s locale, in their zone', () => {
    expect(parseWhen('1/12 10am', { now, timeZone: 'Europe/London', locale: 'en-GB' })).toMatchObject({ ok: true, startsAt: '2026-12-01T10:00:00.000Z', date: '2026-12-01', time: '10:00' });
    // In the US 1/12 is 12 January: the nearest one is next year's.
    expect(parseWhen('1/12 10am', { now, timeZone: 'America/New_York', locale: 'en-US' })).toMatchObject({ ok: true, startsAt: '2027-01-12T15:00:00.000Z', date: '2027-01-12' });
  });

  it('reads relative days from the person’s own day and zone', () => {
    expect(parseWhen('next Tue 3pm', { now, timeZone: 'Europe/Berlin', locale: 'de-DE' })).toMatchObject({ ok: true, date: '2026-12-08', time: '15:00', startsAt: '2026-12-08T14:00:00.000Z' });
    // 20:00 on Sunday the 29th in Los Angeles: "tomorrow" is Monday the 30th there.
    const sundayEvening = new Date('2026-11-30T04:00:00Z');
    expect(parseWhen('tomorrow 9:30am', { now: sundayEvening, timeZone: 'America/Los_Angeles', locale: 'en-US' })).toMatchObject({ ok: true, date: '2026-11-30', startsAt: '2026-11-30T17:30:00.000Z' });
  });

  it('takes a past day without a year when it is the nearer one, and keeps the zone offset of that day', () => {
    // 15 September is nearer last September than next; New York was on daylight time then.
    expect(parseWhen('Sep 15 2pm', { now, timeZone: 'America/New_York', locale: 'en-US' })).toMatchObject({ ok: true, startsAt: '2026-09-15T18:00:00.000Z' });
  });

  it('says what is missing or wrong instead of guessing', () => {
    expect(parseWhen('1/12/1901 10am', { now, timeZone: 'UTC', locale: 'en-GB' })).toEqual({ ok: false, code: 'DATE_OUT_OF_RANGE', message: 'The day typed is dated 1 Dec 1901, more than 10 years ago: check the year.' });
    expect(parseWhen('next Tue', { now, timeZone: 'UTC' })).toMatchObject({ ok: false, code: 'NO_TIME', message: 'Add a time to “next Tue”, e.g. “next Tue 10am”.' });
    expect(parseWhen('soonish', { now, timeZone: 'UTC' })).toMatchObject({ ok: false, code: 'NO_DATE' });
    expect(parseWhen('1/12 10am', { now, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, code: 'BAD_TIME_ZONE' });
  });

  it('gives back the wall-clock time typed, in any zone, for any day of the coming year (property)', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 360 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45), fc.constantFrom(...zones), (ahead, hour, minute, timeZone) => {
        const d = new Date(now.getTime() + ahead * 86_400_000);
        const iso = d.toISOString().slice(0, 10);
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        // A time the clocks skip when summer time starts ("2027-03-28 02:30" in Berlin) is no wall-clock
        // time of that day: it is moved on by the hour skipped (the test below), not given back as typed.
        fc.pre(exists(iso, time, timeZone));
        const got = parseWhen(`${iso} ${time}`, { now, timeZone });
        expect(got).toMatchObject({ ok: true, date: iso, time });
        if (got.ok) expect(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(got.startsAt))).toBe(time);
      }),
      { numRuns: 150 },
    );
  });

  it('moves a time the clocks skip when summer time starts on by the hour skipped, as calendars do', () => {
    expect(parseWhen('2027-03-28 02:30', { now, timeZone: 'Europe/Berlin' })).toMatchObject({ ok: true, date: '2027-03-28', time: '03:30', startsAt: '2027-03-28T01:30:00.000Z' });
    expect(parseWhen('2027-03-14 02:15', { now, timeZone: 'America/New_York' })).toMatchObject({ ok: true, date: '2027-03-14', time: '03:15' });
    expect(exists('2027-03-28', '02:30', 'Europe/Berlin')).toBe(false);
    expect(exists('2027-03-28', '03:30', 'Europe/Berlin')).toBe(true);
  });
});

/** Whether some instant reads as this day and time on the zone's clocks (not so inside a summer-time gap). */
function exists(iso: string, time: string, timeZone: string): boolean {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, mi);
  // Every offset a zone has used, in quarter hours from -14 h to +14 h.
  for (let q = -56; q <= 56; q++) {
    const parts = Object.fromEntries(format.formatToParts(new Date(asUtc - q * 900_000)).map((p) => [p.type, p.value]));
    if (`${parts.year}-${parts.month}-${parts.day}` === iso && `${parts.hour}:${parts.minute}` === time) return true;
  }
  return false;
}
