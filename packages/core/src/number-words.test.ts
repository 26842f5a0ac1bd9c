import { describe, expect, it } from 'vitest';
import { CARDINALS, COUNT_WORDS, countWordsOf } from './number-words';
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

describe('countWordsOf: the count words of some languages, for a headcount pattern', () => {
  it('gives each language\'s counts without the words that are as often another word', () => {
    expect(countWordsOf('en').split('|')).toEqual(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty']);
    expect(countWordsOf('fr', 'es').split('|')).not.toContain('onze');
    expect(countWordsOf('de', 'nl').split('|').filter((w) => w === 'acht')).toHaveLength(1);
  });
  it('is what the manager call reads a team\'s headcount with, past the old shorter lists', () => {
    expect(callManagerRole('Coordinador', 'Coordinarás un equipo de siete personas.').isManagerRole).toBe(true);
    expect(callManagerRole('Werkstattkoordinator', 'Sie leiten ein Team von sieben Monteuren.').managerSignals).toContain('leiten ein Team von sieben');
    expect(callManagerRole('Coordinateur atelier', 'Vous pilotez une équipe de neuf personnes.').managerSignals).toContain('pilotez une équipe de neuf');
  });
});
