// Sentences written for these tests (none from bench/data/mail): a town the message places the
// meeting in, where no zone is written, read as the zone that town keeps rather than its
// neighbour's on the same clock; the names other languages give a town; a town beside an
// abbreviation of its own clock; and the look-alikes left alone.
import { describe, expect, it } from 'vitest';
import { zoneOf } from './zones';
import { keepsClock, townMention } from '../places/zone-towns';

const zone = (text: string, language: string, domain = 'example.com', offset: number | null = null) => zoneOf(text, language, domain, offset);

describe('a town the message places the meeting in', () => {
  it.each([
    ['en', 'Come to our office at 14 Rue Neuve, 1000 Brussels, on Monday 7 December at 10am.', 'Europe/Brussels'],
    ['en', 'Please come by the shop on Friday at noon. We are at 410 W Roosevelt St, Phoenix.', 'America/Phoenix'],
    ['en', 'The panel meets on Tuesday at 2pm in our Montevideo studio, in Montevideo.', 'America/Montevideo'],
    ['de', 'Wir erwarten Sie am Donnerstag um 10 Uhr in unserem Büro in Graz, Herrengasse 9.', 'Europe/Vienna'],
    ['de', 'Das Telefonat ist am Montag um 15 Uhr.\n\nFreundliche Grüsse\nGlasbläserei Meier AG, Winterthur', 'Europe/Zurich'],
    ['de', 'Treffpunkt: Montag, 14 Uhr, Mariahilfer Straße 20, 1070 Wien.', 'Europe/Vienna'],
    ['fr', 'Nous vous attendons mardi à 9 h à notre atelier de Genève, quai du Mont-Blanc 3.', 'Europe/Zurich'],
    ['fr', 'Rendez-vous le jeudi 10 décembre à 11 h, avenue Louise 54, 1050 Bruxelles.', 'Europe/Brussels'],
    ['es', 'Te esperamos el lunes a las 10 en nuestra oficina de Montevideo, calle Colonia 1200.', 'America/Montevideo'],
    ['es', 'La entrevista será el martes a las 12:00 en nuestra sede en Bruselas.', 'Europe/Brussels'],
    ['nl', 'We verwachten je woensdag om 14 uur op ons kantoor in Antwerpen.', 'Europe/Brussels'],
    ['nl', 'Het gesprek is donderdag om 10 uur in Zürich, bij onze vestiging aan de Bahnhofstrasse.', 'Europe/Zurich'],
  ])('%s: %s', (language, text, expected) => {
    expect(zone(text, language)).toBe(expected);
  });

  it('reads a town by the names the five languages give it', () => {
    for (const [name, expected] of [['Brüssel', 'Europe/Brussels'], ['Bruxelles', 'Europe/Brussels'], ['Wien', 'Europe/Vienna'], ['Viena', 'Europe/Vienna'], ['Wenen', 'Europe/Vienna'], ['Genf', 'Europe/Zurich'], ['Ginebra', 'Europe/Zurich'], ['Zúrich', 'Europe/Zurich']] as const) {
      expect(townMention(`Das Gespräch findet in ${name} statt.`)?.zone).toBe(expected);
    }
  });

  it('reads a clock its town keeps as the town\'s own zone, and a clock it does not as written', () => {
    expect(zone('Video call on Monday at 4pm AEST with our team in Cairns.', 'en')).toBe('Australia/Brisbane');
    expect(zone('Interview am Montag um 10 Uhr MEZ in unserem Büro in Linz.', 'de', 'firma.de')).toBe('Europe/Vienna');
    expect(zone('Interview at 10:00 CET; our main office is in Lisbon.', 'en')).toBe('Europe/Berlin');
    expect(keepsClock('America/Phoenix', 'America/Denver', 'MT')).toBe(false);
    expect(keepsClock('Europe/Zurich', 'Europe/Berlin', 'CET')).toBe(true);
  });

  it('reads Central European time by its name in the five languages', () => {
    expect(zone('Monday 4:00 PM – 5:00 PM (Central European Time)', 'en', 'ats.example')).toBe('Europe/Berlin');
    expect(zone('Montag, 16:00 Uhr (Mitteleuropäische Zeit)', 'en', 'firma.at')).toBe('Europe/Vienna');
    expect(zone("lundi à 16 h (heure d'Europe centrale)", 'fr', 'ats.example')).toBe('Europe/Paris');
    expect(zone('lunes a las 16:00 (hora de Europa central)', 'es', 'ats.example')).toBe('Europe/Madrid');
    expect(zone('maandag om 16.00 uur (Midden-Europese tijd)', 'nl', 'ats.example')).toBe('Europe/Amsterdam');
  });

  it('reads a place written in another language beside its clock ("Moskauer Zeit", "Ortszeit Kairo", "tijd op Bonaire")', () => {
    expect(zone('Passt Ihnen Montag um 12 Uhr Moskauer Zeit?', 'de')).toBe('Europe/Moscow');
    expect(zone('Neuer Termin: Montag, 14:00 Uhr Ortszeit Kairo.', 'de')).toBe('Africa/Cairo');
    expect(zone('dinsdag om 15.00 uur (tijd op Bonaire) via Google Meet', 'nl')).toBe('America/Kralendijk');
    expect(zone('woensdag om 10.00 uur Arubaanse tijd', 'nl')).toBe('America/Aruba');
  });
});

describe('look-alikes of a town left alone', () => {
  it.each([
    // A person's name after a comma, its first word a town ("Kemi" is a Finnish one).
    ['en', 'Our call is on Monday at 11:30am with our Creative Director, Kemi Adeyemi.', 'Europe/London'],
    // A greeting names a person, not a place.
    ['en', 'Interview on Friday at 3pm.\nThanks, Victoria', 'Europe/London'],
    // A common word that is also a town ("in March", "Reading").
    ['en', 'Your interview is on 12 March at 10am, reading time about an hour.', 'Europe/London'],
    // A word of the language after "in" that is no town.
    ['de', 'Wir sehen uns am Montag um 10 Uhr in Ruhe bei einem Kaffee.', 'Europe/Berlin'],
    ['fr', "Rendez-vous lundi à 10 h au service de Recrutement.", 'Europe/Paris'],
    ['es', 'Te esperamos el lunes a las 10 en la oficina de Recursos Humanos.', 'Europe/Madrid'],
    ['nl', 'We zien je maandag om 10 uur op Kantoor, Team Werving.', 'Europe/Amsterdam'],
  ])('%s: %s', (language, text, expected) => {
    expect(zone(text, language, 'example.com', 0)).toBe(expected);
  });

  it('leaves a town whose clock the Date header contradicts: the next town is read', () => {
    // Palermo is a town in Sicily and a quarter of Buenos Aires; a -0300 header says which.
    expect(zone('Te esperamos el viernes a las 18 hs en nuestras oficinas de Palermo, Gorriti 4820, Buenos Aires.', 'es', 'example.com', -180)).toBe('America/Argentina/Buenos_Aires');
  });
});
