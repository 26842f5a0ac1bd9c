import { describe, expect, it } from 'vitest';
import { CARDINALS, COUNT_WORDS } from './number-words';
import { timesAsDigits } from './mail/times';
import { callManagerRole } from './listing/manager';

describe('number words', () => {
  it('gives one to twelve in each language, a word at the index of its value less one', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'nl']) expect(CARDINALS[lang]).toHaveLength(12);
    expect(CARDINALS.de!.indexOf('zehn') + 1).toBe(10);
    expect(CARDINALS.nl!.indexOf('twaalf') + 1).toBe(12);
  });

  it('leaves out of the headcount words those that are as often another word, and repeats none', () => {
    for (const w of ['one', 'eins', 'une', 'una', 'een', 'onze', 'once']) expect(COUNT_WORDS).not.toContain(w);
    for (const w of ['two', 'zwölf', 'douze', 'quince', 'twintig']) expect(COUNT_WORDS).toContain(w);
    expect(new Set(COUNT_WORDS).size).toBe(COUNT_WORDS.length);
  });

  it('is the one table the mail clock and the listing headcount read', () => {
    expect(timesAsDigits('Kun je vrijdag om half negen komen?')).toBe('Kun je vrijdag om 8:30 komen?');
    expect(callManagerRole('Coördinator', 'Je stuurt twaalf monteurs aan.').isManagerRole).toBe(true);
    expect(callManagerRole('Coördinator', 'Je stuurt onze monteurs aan.').isManagerRole).toBe(false);
  });
});
