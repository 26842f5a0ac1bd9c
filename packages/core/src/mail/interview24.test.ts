// Sentences written for these tests (none from bench/data/mail): a dotted time with the hour word
// of its language ("18.30 hs"), a date written with dashes after a weekday, a tracker's own video
// room, and the format said by where to go ("bei uns in …", a meeting point) or by a call the
// sender will make ("le llamaré", "I'll ring your mobile", "Ich rufe Sie … an").
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';

const at = (text: string, language: string, date = '2026-12-01T09:00:00+01:00', offsetMinutes = 60) =>
  extractInterview({ text, calendars: [], date, language, senderDomain: 'example.org', offsetMinutes });

describe('dates and times as they are written', () => {
  it('reads a dotted time before its hour word', () => {
    expect(at('Fecha: jueves 10/12\nHorario: 17.45 hs', 'es', '2026-12-01T09:00:00-03:00', -180)).toMatchObject({ date: '2026-12-10', time: '17:45' });
    expect(at('La entrevista es el martes 15 de diciembre a las 10.15 horas.', 'es')).toMatchObject({ date: '2026-12-15', time: '10:15' });
  });

  it('reads a day and month with a dash after a weekday, and leaves a range of hours alone', () => {
    expect(at('We spreken elkaar graag op dinsdag 15-12 om 9u45.', 'nl')).toMatchObject({ date: '2026-12-15', time: '09:45' });
    expect(at('Je gesprek is op 15-12-2026 om 14.00 uur.', 'nl')).toMatchObject({ date: '2026-12-15', time: '14:00' });
    expect(at('Bellen kan tussen 9-11 uur. Je gesprek is op donderdag 17 december om 14.00 uur.', 'nl')).toMatchObject({ date: '2026-12-17', time: '14:00' });
  });
});

describe('the format', () => {
  it('is onsite where the message says where to go', () => {
    expect(at('Gern sehen wir Sie am Dienstag, 15.12., um 10:00 Uhr bei uns in Lüneburg.', 'de').format).toBe('onsite');
    expect(at('Rendez-vous le mardi 15 décembre à 10 h, chez nous à Annecy.', 'fr').format).toBe('onsite');
    expect(at('Dinsdag 15 december om 10:00 uur, bij ons in Deventer.', 'nl').format).toBe('onsite');
    expect(at('Kennenlernen am Freitag, 11. Dezember, um 8 Uhr. Treffpunkt ist die Pforte.', 'de').format).toBe('onsite');
  });

  it('is a phone call where the sender says they will call', () => {
    expect(at('Le propongo una primera llamada el martes 15 de diciembre a las 12:00. Le llamaré al número de su candidatura.', 'es').format).toBe('phone');
    expect(at('Could we do Tuesday 15 December at 11am instead? I’ll ring your mobile as before.', 'en', '2026-12-01T09:00:00Z', 0).format).toBe('phone');
    expect(at('Dann bleibt es bei Dienstag, 15.12., 11:00 Uhr. Ich rufe Sie auf Ihrem Handy an.', 'de').format).toBe('phone');
  });

  it('is video with a tracker’s own video room as the link', () => {
    const r = at('Ihr Gespräch: Montag, 14.12., 15:00 Uhr. Raum: https://brunnhold.personio.de/video/abc-12', 'de');
    expect(r).toMatchObject({ format: 'video', link: 'https://brunnhold.personio.de/video/abc-12' });
    expect(at('Termin: Freitag, 4.12., 15:00 Uhr. Link: https://brunnhold.personio.de/meet/x9', 'de').link).toBe('https://brunnhold.personio.de/meet/x9');
  });
});
