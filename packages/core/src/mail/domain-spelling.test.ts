import { describe, expect, it } from 'vitest';
import { fold, gluedFrom, spells } from './domain-spelling';

describe('domain spelling', () => {
  it('folds accents and umlauts the way domains write them', () => {
    expect(fold('Mühlbach Énergie')).toBe('muehlbachenergie');
  });
  it('spells a domain from whole words, initials and joiners', () => {
    expect(spells(['Morrow', '&', 'Pike'], 0, 'morrowandpike')).toBe(3);
    expect(spells(['Hospital', 'San', 'Rafael', 'de', 'Lugo'], 0, 'hsanrafaellugo')).toBe(5);
    expect(spells(['Morrow', '&', 'Pike'], 0, 'pikeandmorrow')).toBeNull();
  });
  it('finds the words a glued domain is made of, in any order, with a short ending', () => {
    expect(gluedFrom(['oakhurst', 'veterinary', 'partners'].map(fold), 'oakhurstvets')).toEqual(new Set([0, 1]));
    expect(gluedFrom(['het', 'baken'].map(fold), 'xyzqr')).toBeNull();
  });
});
