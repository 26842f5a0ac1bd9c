import { describe, expect, it } from 'vitest';
import { zoneOf } from './zones';

describe('a place or an abbreviation the text names beside the time beats the sender\'s country', () => {
  // Melbourne is a tz database zone of its own; Alaska and Newfoundland are the regions CLDR's
  // zone names write; AKST and NST their abbreviations; "heure de l'Est" is Canada's French.
  it.each([
    ['en', 'Tuesday 15/12 at 10.30am (Melbourne time, AEDT).', 'heritage.org.au', 'Australia/Melbourne'],
    ['en', 'Monday 12/14 at 11:30 AM Alaska time. We will call you.', 'avalanche.com', 'America/Anchorage'],
    ['en', 'Wednesday, December 16, 2026 at 1:15 PM Newfoundland Time', 'candidates.workablemail.com', 'America/St_Johns'],
    ['en', 'Friday at 9:00 AKST on the phone.', 'example.co.uk', 'America/Anchorage'],
    ['de', 'Donnerstag, 17.12., 15:00 Uhr (Melbourne Zeit)', 'beispiel.de', 'Australia/Melbourne'],
    ['fr', 'le vendredi 18 décembre à 10 h (heure de l\'Est).', 'laiterie.coop', 'America/Toronto'],
    ['fr', 'mardi 15 décembre à 14 h, heure de Terre-Neuve', 'peche.fr', 'America/St_Johns'],
    ['es', 'el martes 15 de diciembre a las 10:00, hora de Alaska', 'empresa.es', 'America/Anchorage'],
    ['nl', 'dinsdag 15 december om 10:00 uur (Melbourne tijd)', 'bedrijf.nl', 'Australia/Melbourne'],
  ])('%s: %s', (language, text, domain, zone) => {
    expect(zoneOf(text, language, domain, null)).toBe(zone);
  });

  it('keeps Sydney for Sydney and New York for Eastern time in English', () => {
    expect(zoneOf('Tuesday at 10am Sydney time', 'en', 'example.com', null)).toBe('Australia/Sydney');
    expect(zoneOf('Tuesday at 10am Eastern Time', 'en', 'example.com', null)).toBe('America/New_York');
  });
});
