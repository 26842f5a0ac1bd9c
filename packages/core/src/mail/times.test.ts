// Sentences written for these tests (none from bench/data/mail): clock times in words and a
// weekday with a bare day of the month, read in the five languages.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { timesAsDigits, weekdayDaysInFull } from './times';

const at = (text: string, date = '2026-12-01T09:00:00+01:00', subject = 'Interview') => {
  const c = classifyMail({ from: { name: 'Veldhuis Bouw', address: 'hr@veldhuisbouw.example' }, subject, date: new Date(date).toISOString(), text });
  return c.interview ? `${c.interview.date} ${c.interview.time}` : c.kind;
};

describe('times in words', () => {
  it('writes each language’s spelled clock as digits', () => {
    expect(timesAsDigits('a las diez y media de la mañana')).toBe('a las 10:30 de la mañana');
    expect(timesAsDigits('a las cinco de la tarde')).toBe('a las 17:00 de la tarde');
    expect(timesAsDigits('om half tien')).toBe('om 9:30');
    expect(timesAsDigits('gegen halb drei am Nachmittag')).toBe('gegen 14:30 am Nachmittag');
    expect(timesAsDigits('à onze heures et demie')).toBe('à 11:30');
    expect(timesAsDigits('say half ten?')).toBe('say 10:30?');
    expect(timesAsDigits("l'entretien dure deux heures")).toBe("l'entretien dure deux heures");
    expect(timesAsDigits('om kwart voor negen')).toBe('om 8:45');
    expect(timesAsDigits('rond kwart over drie')).toBe('rond 15:15');
    expect(timesAsDigits('um Viertel nach zehn')).toBe('um 10:15');
    expect(timesAsDigits('gegen Viertel vor zwölf')).toBe('gegen 11:45');
  });

  it('reads them in an invitation', () => {
    expect(at('Te esperamos el martes 8 de diciembre a las once y cuarto en nuestra oficina de Sevilla.', undefined, 'Entrevista')).toBe('2026-12-08 11:15');
    expect(at('Kun je donderdag 10 december om half drie bij ons op kantoor langskomen?', undefined, 'Gesprek')).toBe('2026-12-10 14:30');
    expect(at('We zien je graag op woensdag 9 december, kwart over tien, voor een gesprek op ons kantoor.', undefined, 'Uitnodiging')).toBe('2026-12-09 10:15');
    expect(at('Nous vous recevrons le mercredi 9 décembre, de 14 h à 15 h, dans nos locaux.', undefined, 'Entretien')).toBe('2026-12-09 14:00');
  });
});

describe('a weekday with a bare day of the month', () => {
  const write = (d: number, m: number, y: number) => `${y}-${m}-${d}`;
  it('takes the month where that day is that weekday', () => {
    expect(weekdayDaysInFull('Could you do Tuesday 12th at 2pm?', new Date('2026-12-02T12:00:00Z'), write)).toBe('Could you do Tuesday 2027-1-12 at 2pm?');
    expect(weekdayDaysInFull('vrijdag 11 om 10 uur', new Date('2026-12-02T12:00:00Z'), write)).toBe('vrijdag 2026-12-11 om 10 uur');
    expect(weekdayDaysInFull('Monday 14th December', new Date('2026-12-02T12:00:00Z'), write)).toBe('Monday 14th December');
    expect(weekdayDaysInFull('Monday 13th', new Date('2026-12-02T12:00:00Z'), write)).toBe('Monday 13th');
  });

  it('dates the interview by it, not by the weekday alone, and reads no greeting as tomorrow', () => {
    expect(at("Great, let's go for Thursday 17th at 4.15pm at our Leeds office.", '2026-12-03T10:00:00Z')).toBe('2026-12-17 16:15');
    expect(at('Guten Morgen Frau Lenz,\nich bestätige Ihnen den Vorstellungstermin am Dienstag, den 15.12., um 10 Uhr in unserem Büro.', '2026-12-01T08:00:00+01:00', 'Ihr Termin')).toBe('2026-12-15 10:00');
  });
});

describe('a relative day', () => {
  it('is the day after the sender’s own day, whatever zone the reader runs in', () => {
    // 23:30 on Monday in Seattle is already Tuesday in UTC.
    const c = classifyMail({ from: { name: 'Tarrow', address: 'hr@tarrow.example' }, subject: 'Interview', date: '2026-12-01T07:30:00.000Z', offsetMinutes: -480, text: 'Could we do a quick video call tomorrow at 2pm Pacific?' });
    expect(`${c.interview?.date} ${c.interview?.time} ${c.interview?.zone}`).toBe('2026-12-01 14:00 America/Los_Angeles');
    const de = classifyMail({ from: { name: 'Tarrow', address: 'hr@tarrow.example' }, subject: 'Gespräch', date: '2026-11-30T23:30:00.000Z', offsetMinutes: 60, text: 'Können wir morgen um 14.30 Uhr telefonieren?' });
    expect(`${de.interview?.date} ${de.interview?.time}`).toBe('2026-12-02 14:30');
  });
});
