import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';

const read = (text: string, language: string, senderDomain: string) =>
  extractInterview({ text, calendars: [], date: '2026-12-07T09:00:00Z', language, senderDomain, offsetMinutes: 60 });

describe('a call already held, in an "as agreed by phone" clause, is not the format of the meeting', () => {
  it.each([
    ['en', 'harbourline.co.uk', 'As discussed on the phone, we look forward to seeing you at our office, 12 Harbour Road, on Monday 14 December at 10:00.'],
    ['de', 'seilerei-brunner.de', 'Wie telefonisch besprochen, erwarten wir Sie am Montag, 14. Dezember, um 10 Uhr in unserem Büro.'],
    ['fr', 'brabant-energie.be', 'Comme convenu par téléphone, je vous confirme notre rendez-vous le lundi 14 décembre à 16h15 dans nos bureaux (rue Royale 120, 4e étage).'],
    ['es', 'talleres-ruiz.es', 'Como hablamos por teléfono, te esperamos el lunes 14 de diciembre a las 10:00 en nuestras oficinas.'],
    ['nl', 'koelman-installatie.nl', 'Zoals telefonisch afgesproken verwachten we je maandag 14 december om 10.00 uur op ons kantoor.'],
  ])('%s: onsite', (language, domain, text) => {
    expect(read(text, language, domain).format).toBe('onsite');
  });

  it('still reads a phone interview named so as one', () => {
    expect(read('Can we do a phone interview on Monday 14 December at 10:00?', 'en', 'harbourline.co.uk').format).toBe('phone');
    expect(read('Wie telefonisch besprochen: Das Telefoninterview findet am Montag, 14. Dezember, um 10 Uhr statt.', 'de', 'seilerei-brunner.de').format).toBe('phone');
  });
});
