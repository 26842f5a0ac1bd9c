// Sentences written for these tests (none from bench/data/mail): a zone named by a place the hand
// list of zones.ts does not hold (a tz database city, a country with one zone, its adjective), an
// offset off the whole hour, a sender's country domain; noon as the hour; a slot table with the
// person's choice marked; and the joiner words every name pattern reads from one list.
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';
import { timesAsDigits } from './times';
import { zoneOf } from './zones';
import { GLUED_LINE, JOINERS, joinerWords } from './domain-spelling';

const zone = (text: string, language = 'en', domain = 'example.com', offset: number | null = 0) => zoneOf(text, language, domain, offset);

describe('a zone named by a place', () => {
  it('reads a country or a tz city beside the word for its clock, in the five languages', () => {
    expect(zone('We will call you at 3 pm Uganda time on Friday.')).toBe('Africa/Kampala');
    expect(zone('The panel meets at 10:00 Montevideo time.')).toBe('America/Montevideo');
    expect(zone('Das Gespräch beginnt um 9 Uhr Ortszeit Nepal.', 'de')).toBe('Asia/Kathmandu');
    expect(zone("L'entretien aura lieu à 15 h, heure de la Martinique.", 'fr')).toBe('America/Martinique');
    expect(zone('La llamada será a las 11:00 hora de Honduras.', 'es')).toBe('America/Tegucigalpa');
    expect(zone('We bellen je om 14.00 uur Nairobi-tijd.', 'nl')).toBe('Africa/Nairobi');
    expect(zone('The call is at 9am St. John\'s time.')).toBe('America/St_Johns');
  });

  it('reads a place written as its adjective', () => {
    expect(zone('Expect our call at 4pm Tanzanian time.')).toBe('Africa/Dar_es_Salaam');
    expect(zone('La videollamada es a las 10:00, hora paraguaya.', 'es')).toBe('America/Asuncion');
    expect(zone('Het gesprek is om 10.00 uur Jamaicaanse tijd.', 'nl')).toBe('America/Jamaica');
  });

  it('reads an offset off the whole hour as the one country that keeps it', () => {
    expect(zone('Slot: 11:30 (UTC+05:45)')).toBe('Asia/Kathmandu');
    expect(zone('Interview at 2:00 pm GMT-3:30')).toBe('America/St_Johns');
  });

  it('takes the country of a sender with no zone written, but not a domain sold to anyone', () => {
    expect(zone('See you on Monday at 10:00.', 'en', 'hr.example.co.tz', 180)).toBe('Africa/Dar_es_Salaam');
    expect(zone('See you on Monday at 10:00.', 'en', 'startup.io', 0)).toBe('Europe/London');
  });

  it('does not take a word for a season or a length of time for a place', () => {
    expect(zone('Around Christmas time we are closed; see you at 10:00.', 'en', 'example.co.uk')).toBe('Europe/London');
    expect(zone('This is a part time role; the call is at 10:00 Eastern.')).toBe('America/New_York');
  });
});

describe('noon as the hour', () => {
  it('writes noon as 12:00 after a word for "at", in the five languages', () => {
    expect(timesAsDigits('Can you come at noon on Friday?')).toBe('Can you come at 12:00 on Friday?');
    expect(timesAsDigits('Rendez-vous jeudi à midi.')).toBe('Rendez-vous jeudi à 12:00.');
    expect(timesAsDigits('Te esperamos el lunes a mediodía.')).toBe('Te esperamos el lunes a 12:00.');
    expect(timesAsDigits('Treffen wir uns um 12 Mittag?')).toBe('Treffen wir uns um 12:00?');
    expect(timesAsDigits('at 12 noon sharp')).toBe('at 12:00 sharp');
    // The meal and the afternoon stay words.
    expect(timesAsDigits('Nous déjeunerons à midi et demi')).toBe('Nous déjeunerons à 12:00 et demi');
    expect(timesAsDigits('in de middag')).toBe('in de middag');
  });

  it('dates an interview at noon', () => {
    const r = extractInterview({ text: 'Nous vous recevons le mercredi 9 décembre à midi (UTC+01:00) dans nos bureaux.', calendars: [], date: '2026-12-01T09:00:00+01:00', language: 'fr', senderDomain: 'example.fr', offsetMinutes: 60 });
    expect(r).toMatchObject({ date: '2026-12-09', time: '12:00' });
  });
});

describe('a slot table with the chosen slot marked', () => {
  const at = (text: string, language: string) => extractInterview({ text, calendars: [], date: '2026-12-01T09:00:00+01:00', language, senderDomain: 'example.org', offsetMinutes: 60 });
  it('takes the marked slot, not the first', () => {
    expect(at('Slots offered:\nMon 7 Dec 2026 09:00\nWed 9 Dec 2026 14:00 (selected)\nFri 11 Dec 2026 10:00\nSee you then.', 'en')).toMatchObject({ date: '2026-12-09', time: '14:00' });
    expect(at('Termine:\n08.12.2026 10:00\n10.12.2026 13:30 ausgewählt\n14.12.2026 09:00', 'de')).toMatchObject({ date: '2026-12-10', time: '13:30' });
    expect(at('Franjas:\nmartes 8 de diciembre 10:00\njueves 10 de diciembre 16:00 — elegida\nviernes 11 de diciembre 9:00', 'es')).toMatchObject({ date: '2026-12-10', time: '16:00' });
  });
});

describe('the joiner words of a name', () => {
  it('are one list that every name pattern reads', () => {
    expect(joinerWords().split('|')).toEqual(['&', 'and', 'und', 'et', 'y', 'de', 'del', 'la', 'van', 'der', 'den', 'du', 'des', 'of']);
    expect(JOINERS.test('Und')).toBe(true);
    expect(JOINERS.test('le')).toBe(true);
    expect(GLUED_LINE.test("Bakkerij 't Stoepje")).toBe(true);
    expect(GLUED_LINE.test('Grivel et Fils')).toBe(true);
    expect(GLUED_LINE.test('Grivel le Fils')).toBe(false);
  });
});

describe('the employer behind a tracker that names only itself or a team', () => {
  it('reads the employer from where the person applied, on whose behalf, or whose team signs', async () => {
    const { companyFromSender } = await import('./company');
    expect(companyFromSender('Personio', 'no-reply@personio.de', 'danke für Ihre Bewerbung bei der Lindqvist Kältetechnik GmbH. Wir melden uns.')).toBe('Lindqvist Kältetechnik');
    expect(companyFromSender('Recruitee', 'notifications@recruitee.com', 'Namens Brouwerij De Kromme Haring danken we je voor je interesse.')).toBe('Brouwerij De Kromme Haring');
    expect(companyFromSender('Equipo de Talento', 'noreply@smartrecruiters.com', 'Gracias por tu interés.\n\nEquipo de Talento de Aceites Montoro')).toBe('Aceites Montoro');
    expect(companyFromSender('Greenhouse', 'no-reply@greenhouse.io', 'Thanks for applying to Quarry Lane Robotics! We will be in touch.')).toBe('Quarry Lane Robotics');
  });
});
