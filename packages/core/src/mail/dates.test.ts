// Dates and zones written for these tests: which way round a numeric date is read, and the zone
// a message names in words, an abbreviation or a city.
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';
import { numericDateOrder, zoneOf } from './zones';

const at = (text: string, opts: { language?: string; senderDomain?: string; offsetMinutes?: number | null } = {}) => {
  const i = extractInterview({ text, calendars: [], date: '2026-11-20T09:00:00Z', language: opts.language ?? 'en', senderDomain: opts.senderDomain ?? 'hollis.example', offsetMinutes: opts.offsetMinutes ?? null });
  return `${i.date} ${i.time}`;
};

describe('numeric dates in English', () => {
  it('reads month first only on American evidence, and day first on evidence from elsewhere', () => {
    expect(at('Could we do a call on 12/3 at 10:00 ET?')).toBe('2026-12-03 10:00');
    expect(at('Could we do a call on 3/12 at 10:00?', { senderDomain: 'hollis.co.uk' })).toBe('2026-12-03 10:00');
    expect(numericDateOrder('see you then', 'hollis.example', -300)).toBe('month-first');
    expect(numericDateOrder('see you then', 'hollis.example', 60)).toBe('day-first');
  });

  it('lets a day over 12 or a named weekday decide, and leaves an undecided date unread', () => {
    expect(at('The interview is on 15/12 at 14:00.')).toBe('2026-12-15 14:00');
    expect(at('The interview is on Thursday 3/12 at 14:00.')).toBe('2026-12-03 14:00');
    expect(at('The interview is on 3/12 at 14:00.')).not.toBe('2026-03-12 14:00');
  });

  it('reads clock times however they are written', () => {
    expect(at('Can you come in on Friday 4 December at half ten?')).toBe('2026-12-04 10:30');
    expect(at('Your interview is on 9 December at 1530 hrs.')).toBe('2026-12-09 15:30');
    expect(at('Gesprek op woensdag 9/12 om 14u45.', { language: 'nl' })).toBe('2026-12-09 14:45');
  });
});

describe('zones', () => {
  it('reads abbreviations, cities named as zones and UTC offsets next to a city', () => {
    expect(zoneOf('at 9:00 AEST', 'en', 'x.example', null)).toBe('Australia/Sydney');
    expect(zoneOf('a las 10:00 (hora de Lima)', 'es', 'x.example', null)).toBe('America/Lima');
    expect(zoneOf('à 15h (heure de Montréal)', 'fr', 'x.example', null)).toBe('America/Toronto');
    expect(zoneOf('om 10:00 (Belgische tijd)', 'nl', 'x.example', null)).toBe('Europe/Brussels');
    expect(zoneOf('el lunes a las 9:30 (hora canaria)', 'es', 'x.example', null)).toBe('Atlantic/Canary');
    expect(zoneOf('um 10.30 Uhr (MEZ)', 'de', 'hotel.ch', null)).toBe('Europe/Zurich');
    expect(zoneOf('um 10.30 Uhr (MEZ)', 'de', 'firma.de', null)).toBe('Europe/Berlin');
    expect(zoneOf('à 10h30 (CET)', 'fr', 'cabinet.be', null)).toBe('Europe/Brussels');
    expect(zoneOf('at 2pm SGT', 'en', 'x.example', null)).toBe('Asia/Singapore');
  });

  it('falls back on the sender country, then the Date header', () => {
    expect(zoneOf('at 10:00', 'en', 'hollis.co.nz', null)).toBe('Pacific/Auckland');
    expect(zoneOf('a las 10:00', 'es', 'hollis.example', -300)).toBe('America/Bogota');
  });
});
