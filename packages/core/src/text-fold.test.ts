import { describe, expect, it } from 'vitest';
import { fold, foldPlain, unaccentLower } from './text-fold';

describe('text folds', () => {
  it('unaccentLower drops accents and keeps spaces and punctuation', () => {
    expect(unaccentLower('Pâtisserie Müller & Fils')).toBe('patisserie muller & fils');
    expect(unaccentLower('NOTARÍA IBÁÑEZ')).toBe('notaria ibanez');
  });
  it('foldPlain keeps letters and digits only, umlauts as plain vowels', () => {
    expect(foldPlain('Kötter Immobilien')).toBe('kotterimmobilien');
    expect(foldPlain("L'Île-d'Yeu 24")).toBe('liledyeu24');
  });
  it('fold spells German umlauts and ß out, as a domain does', () => {
    expect(fold('Kötter')).toBe('koetter');
    expect(fold('Straße Süd')).toBe('strassesued');
    expect(fold('Énergie')).toBe('energie');
  });
});
