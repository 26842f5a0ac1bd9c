// Sentences written for these tests: a zone's place and an onsite sign that open or close on an
// accented letter, which `\b` under the `u` flag never borders (word.ts).
import { describe, expect, it } from 'vitest';
import { extractInterview } from './interview';
import { zoneOf } from './zones';

describe('a word that opens or closes on an accented letter is read beside a space', () => {
  it('reads a city or a zone adjective ending or starting so', () => {
    expect(zoneOf("L'entretien aura lieu mardi à 10 h, heure de Yaoundé.", 'fr', 'example.com', 0)).toBe('Africa/Douala');
    expect(zoneOf('Das Gespräch ist am Dienstag um 10 Uhr österreichischer Zeit.', 'de', 'example.com', 0)).toBe('Europe/Vienna');
  });

  it("reads an identity document to bring as a meeting in person ('pièce d'identité')", () => {
    const iv = extractInterview({ text: "L'entretien a lieu mardi 8 décembre à 10 h. Merci de vous munir d'une pièce d'identité.", calendars: [], date: '2026-12-01T09:00:00Z', language: 'fr', senderDomain: 'example.com', offsetMinutes: 0 });
    expect(iv.format).toBe('onsite');
  });
});
