// Sentences written for these tests (none from bench/data/mail): days of the month in words, a
// moved meeting whose old slot comes first, a weekday confirmed by its date further on, and a
// reply's attribution line with the writer after the verb.
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';

const at = (text: string, language: string, date = '2026-12-01T09:00:00+01:00', offsetMinutes = 60) =>
  extractInterview({ text, calendars: [], date, language, senderDomain: 'example.org', offsetMinutes });

describe('the interview a message names', () => {
  it('reads a day of the month written in words', () => {
    expect(at('Wir laden Sie am Mittwoch, dem neunten Dezember, um 10 Uhr zum Gespräch ein.', 'de')).toMatchObject({ date: '2026-12-09', time: '10:00' });
    expect(at('Nous vous attendons le vendredi onze décembre à 14h pour un entretien.', 'fr')).toMatchObject({ date: '2026-12-11', time: '14:00' });
    expect(at('Te esperamos el martes quince de diciembre a las 11:00 para la entrevista.', 'es')).toMatchObject({ date: '2026-12-15', time: '11:00' });
    expect(at('Could you join us on Monday the fourteenth of December at 3pm for an interview?', 'en', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-14', time: '15:00' });
  });

  it('gives up the slot a moving verb follows in its sentence', () => {
    expect(at('Ons gesprek van dinsdag 8 december om 11.00 uur moeten we helaas verzetten. Nieuw tijdstip: vrijdag 11 december om 14.00 uur.', 'nl')).toMatchObject({ date: '2026-12-11', time: '14:00' });
    expect(at('Your interview on Monday 7 December at 10:00 has to be moved. Could you do Wednesday 9 December at 16:00 instead?', 'en', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-09', time: '16:00' });
  });

  it('dates a weekday named alone by the date written for it further on', () => {
    expect(at('Thursday at 2pm works for us, I will call you then. To confirm: Thursday 10 December.', 'en', '2026-12-01T09:00:00Z', 0)).toMatchObject({ date: '2026-12-10', time: '14:00' });
  });

  it('leaves out a reply attribution whose writer follows the verb', () => {
    expect(at('Prima, dan spreken we elkaar vrijdag 11 december om 10 uur.\n\nOp di 1 dec 2026 om 20:10 schreef Sam Veld <sam@example.org>:\n> Vrijdag kan ik ook.', 'nl')).toMatchObject({ date: '2026-12-11', time: '10:00' });
  });
});
