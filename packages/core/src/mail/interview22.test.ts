// Sentences written for these tests (none from bench/data/mail): a time moved on the same day
// ("from … to …", "von … auf …", "avancé de … à …", "de las … a las …", "van … naar …"), the
// military clock in each language, the Flemish "10.30u", and the day written only in the subject.
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';

const at = (text: string, language: string, subject = '', date = '2026-12-01T09:00:00+01:00', offsetMinutes = 60) =>
  extractInterview({ text, calendars: [], date, language, senderDomain: 'example.org', offsetMinutes, subject });

describe('a time moved on the same day', () => {
  it('takes the new time, not the one given up, in the five languages', () => {
    expect(at('About Friday 11 December: we have to shift your call from 9:30 to 14:00, sorry for the change.', 'en', '', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-11', time: '14:00' });
    expect(at('Der Termin am Dienstag, 8. Dezember, wird von 9:00 auf 11:30 Uhr verlegt.', 'de')).toMatchObject({ date: '2026-12-08', time: '11:30' });
    expect(at('Votre rendez-vous du jeudi 10 décembre est avancé de 16 h à 9 h 15.', 'fr')).toMatchObject({ date: '2026-12-10', time: '09:15' });
    expect(at('Tu entrevista del lunes 14 de diciembre se ha adelantado de las 18:00 a las 12:30.', 'es')).toMatchObject({ date: '2026-12-14', time: '12:30' });
    expect(at('Je gesprek op woensdag 16 december wordt vervroegd van 15.00 naar 10.45 uur.', 'nl')).toMatchObject({ date: '2026-12-16', time: '10:45' });
  });
});

describe('clock times as offices write them', () => {
  it('reads the military clock with the word of any of the five languages', () => {
    expect(at('La entrevista será el jueves 10 de diciembre a las 0930 horas.', 'es')).toMatchObject({ date: '2026-12-10', time: '09:30' });
    expect(at('Das Gespräch findet am Montag, 14. Dezember, um 1500 Uhr statt.', 'de')).toMatchObject({ date: '2026-12-14', time: '15:00' });
    expect(at("L'entretien aura lieu le mardi 15 décembre à 1030 heures.", 'fr')).toMatchObject({ date: '2026-12-15', time: '10:30' });
  });

  it('reads a Flemish dotted time with its "u"', () => {
    expect(at('We verwachten je maandag 7 december om 14.45u op de werf.', 'nl')).toMatchObject({ date: '2026-12-07', time: '14:45' });
  });
});

describe('the day written in the subject only', () => {
  it('dates the body’s time by the subject when the body names no day', () => {
    expect(at('Please be at the front desk at 1330 hrs and ask for Morag.', 'en', 'Site visit Thu 17 Dec', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-17', time: '13:30' });
    expect(at('wir freuen uns, Sie um 9:30 Uhr bei uns im Werk zu begrüßen.', 'de', 'Kennenlernen am 15.12.2026')).toMatchObject({ date: '2026-12-15', time: '09:30' });
    expect(at('Je vous attends à 11h au premier étage.', 'fr', 'Rendez-vous le 9/12')).toMatchObject({ date: '2026-12-09', time: '11:00' });
  });

  it('keeps the body’s own day over the subject’s', () => {
    expect(at('Could we meet on Monday 14 December at 10am instead?', 'en', 'Interview Wed 9 Dec', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-14', time: '10:00' });
  });
});
