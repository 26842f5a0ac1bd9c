// Sentences written for these tests (none from bench/data/mail): a moved interview that names its
// old slot, a zone said by a city or a region, and a site given as the place, in the five languages.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';

const read = (text: string, subject: string, address = 'hr@brinkhoven.example', date = '2026-12-01T09:00:00+01:00') =>
  classifyMail({ from: { name: 'Brinkhoven', address }, subject, date: new Date(date).toISOString(), text }).interview;
const when = (text: string, subject: string) => {
  const i = read(text, subject);
  return i ? `${i.date} ${i.time}` : null;
};

describe('a moved interview', () => {
  it('takes the new slot, not the one given up', () => {
    expect(when('We have to move your interview: instead of Monday 7 December at 10:00 we will now meet on Wednesday 9 December at 14:30.', 'Interview moved')).toBe('2026-12-09 14:30');
    expect(when('Our call was scheduled for Tuesday 8 December at 9:00. The new time is Friday 11 December at 16:00.', 'Change of time: your interview')).toBe('2026-12-11 16:00');
    expect(when('Leider müssen wir das Gespräch verschieben: anstatt am Montag, 7.12. um 9 Uhr treffen wir uns am Donnerstag, 10.12., um 15:30 Uhr.', 'Terminverschiebung Vorstellungsgespräch')).toBe('2026-12-10 15:30');
    expect(when('Nous devons déplacer votre entretien, initialement fixé au mardi 8 décembre à 10h. Il aura lieu le jeudi 10 décembre à 14h15.', 'Report de votre entretien')).toBe('2026-12-10 14:15');
    expect(when('Tenemos que mover tu entrevista: en vez del martes 8 a las 10:00, te esperamos el miércoles 9 de diciembre a las 16:00.', 'Cambio de entrevista')).toBe('2026-12-09 16:00');
    expect(when('We moeten het gesprek verzetten. In plaats van maandag 7 december om 10:00 uur spreken we elkaar op dinsdag 8 december om 13:30 uur.', 'Nieuw tijdstip gesprek')).toBe('2026-12-08 13:30');
  });

  it('keeps a planned slot when nothing is moved', () => {
    expect(when("L'entretien est prévu le lundi 7 décembre à 9h. Merci de confirmer avant le vendredi 4 décembre.", 'Entretien')).toBe('2026-12-07 09:00');
    expect(when('Das Gespräch findet statt am Dienstag, 8.12., um 11:00 Uhr in unserem Büro.', 'Einladung zum Gespräch')).toBe('2026-12-08 11:00');
  });
});

describe('a zone said by a place', () => {
  it('gives the place its own zone', () => {
    expect(read('Could we talk on Thursday, December 10 at 11am Ottawa time? Join: https://meet.google.com/abc-defg-hij', 'Interview', 'hr@brinkhoven.example', '2026-12-01T09:00:00-05:00')?.zone).toBe('America/Toronto');
    expect(read('Phone interview on Thu Dec 10, 9:30 PST (Vancouver). We will call you.', 'Interview', 'hr@brinkhoven.example', '2026-12-01T09:00:00-08:00')?.zone).toBe('America/Vancouver');
    expect(read('Interview Friday 12/11 at 2pm Mountain (Phoenix), at our depot.', 'Interview', 'hr@brinkhoven.example', '2026-12-01T09:00:00-07:00')?.zone).toBe('America/Phoenix');
    expect(read('Wij nodigen u uit voor een gesprek op 15-12-2026 om 11:00 uur (Surinaamse tijd) via Zoom: https://zoom.us/j/123456789', 'Uitnodiging gesprek')?.zone).toBe('America/Paramaribo');
    expect(read('Nous vous proposons une entrevue le jeudi 10 décembre à 10 h (heure de Québec).', 'Entrevue')?.zone).toBe('America/Toronto');
  });
});

describe('a site given as the place', () => {
  it('reads it as in person', () => {
    expect(read('Wij ontvangen u graag op woensdag 9 december om 10u op onze site in Gent voor een gesprek.', 'Uitnodiging gesprek')?.format).toBe('onsite');
    expect(read('Kom op dinsdag 8 december om 14:00 naar Handelskaai 12 voor een gesprek.', 'Uitnodiging gesprek')?.format).toBe('onsite');
    expect(read('Wir laden Sie am Mittwoch, 9.12., um 10 Uhr zu einem Gespräch an unserem Standort Ulm ein.', 'Einladung')?.format).toBe('onsite');
  });
});
