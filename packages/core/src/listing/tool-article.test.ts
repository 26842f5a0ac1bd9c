import { describe, expect, it } from 'vitest';
import { toolsAfterArticle } from './tool-article';

const ctx = (language: string) => ({ language, notTools: [] as string[] });

describe('toolsAfterArticle', () => {
  it('reads a name after a preposition of means and an article, in French, Spanish and Dutch', () => {
    expect(toolsAfterArticle('- Impresión en lona con la Vantra', [], ctx('es'))).toEqual(['Vantra']);
    expect(toolsAfterArticle('- Je stikt op de Kormax en de Brodex, niet met de hand.', [], ctx('nl'))).toEqual(['Kormax', 'Brodex']);
    expect(toolsAfterArticle('- Aangifte doen met de Fiscovia', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterArticle('- Entretien avec le Trésorier et le Secrétaire', [], ctx('fr'))).toEqual([]);
    expect(toolsAfterArticle("- Découpe des lettres sur la Trovik et pliage", [], ctx('fr'))).toEqual(['Trovik']);
  });
  it('reads no place, no ordinary word, no word after a possessive and no compound of a lower-case word', () => {
    expect(toolsAfterArticle('- Wij leveren op de Veluwe en in Utrecht', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterArticle('- Reunión con la Dirección cada lunes; la dirección decide', [], ctx('es'))).toEqual([]);
    expect(toolsAfterArticle('Door te solliciteren ga je akkoord met onze Voorwaarden.', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterArticle('Wat is je salaris? Bereken het met het Salariswijzer', [], ctx('nl'))).toEqual([]);
  });
  it('reads nothing in English or German, where other rules read the means of a task', () => {
    expect(toolsAfterArticle('- Sew on the Kormax.', [], ctx('en'))).toEqual([]);
    expect(toolsAfterArticle('- Nähen auf der Kormax.', [], ctx('de'))).toEqual([]);
  });
});
