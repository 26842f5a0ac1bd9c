import { describe, expect, it } from 'vitest';
import { brandsAfterNoun } from './tool-brand-lists';

const ctx = (language: string) => ({ language, notTools: [] as string[] });

describe('brandsAfterNoun', () => {
  it('reads two makers or more listed after the noun of what they make', () => {
    expect(brandsAfterNoun('- Mantenimiento de ascensores Vardor, Kellix y Montrel', new Set(), ctx('es'))).toEqual(['Vardor', 'Kellix', 'Montrel']);
    expect(brandsAfterNoun('- Install boilers from Halvane and Corbex', new Set(), ctx('en'))).toEqual(['Halvane', 'Corbex']);
  });
  it('reads no list in German, where every noun is capitalised, nor a list of customers', () => {
    expect(brandsAfterNoun('- Wartung der Anlagen Vardor und Kellix', new Set(), ctx('de'))).toEqual([]);
    expect(brandsAfterNoun('- Visit customers Vardor, Kellix and Montrel', new Set(), ctx('en'))).toEqual([]);
  });
});
