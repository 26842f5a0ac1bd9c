import { describe, expect, it } from 'vitest';
import { germanSpellings, otherLanguageTerms } from './lexicon/other-languages';
import { detectScanLanguage } from './language';
import { scanItem, scanText } from './scanner';

const categories = (text: string) => [...new Set(scanText(text).map((m) => m.category))].sort();

describe('the social audit in German, French, Spanish and Dutch', () => {
  it('flags swearing in each language, with obfuscations undone as in English', () => {
    expect(categories('Du bist so ein Arschl0ch.')).toContain('profanity');
    expect(categories('SCHEISSE, alles kaputt.')).toContain('profanity');
    expect(categories("T'es vraiment un c0nnard, toi.")).toContain('profanity');
    expect(categories('Eres un hijo de p*ta, de verdad.')).toContain('profanity');
    expect(categories('Wat een klootzak is die buurman toch.')).toContain('profanity');
  });

  it('leaves the innocent words of each language alone', () => {
    for (const text of [
      'Rinderschwanz mit Rotwein, drei Stunden geschmort.',
      'Das Dorf Fucking in Österreich heißt seit 2021 Fugging.',
      'Kunst und Kultur am Wochenende in Wien.',
      'Estoy con mi hermano y con mis primos en la reunión familiar.',
      'Un baiser sur la joue et une gerbe de fleurs pour la fête.',
      'Il faut changer la pédale du vélo.',
      'Zondag de hond uitlaten en daarna naaien aan de nieuwe jurk.',
      'Mijn nicht komt morgen logeren.',
    ]) expect(categories(text), text).toEqual([]);
  });

  it('reads a term only in posts of its language (French "con" is an insult, Spanish "con" means "with")', () => {
    expect(categories('Quel con, ce type au guichet de la poste.')).toContain('profanity');
    expect(categories('Cenamos con amigos del trabajo, muy buena noche.')).toEqual([]);
  });

  it('counts swearing about the job as bad-mouthing, and says which language the post is in', () => {
    const [first, ...rest] = scanItem({ id: '1', platform: 'x', kind: 'post', date: null, url: null, text: 'Die Firma ist ein Saftladen und mein Chef ein Arschloch.' });
    const all = [first, ...rest];
    expect(all.map((f) => f?.category).sort()).toEqual(['badmouthing', 'profanity']);
    expect(all.every((f) => f?.language === 'de')).toBe(true);
    expect(scanItem({ id: '2', platform: 'x', kind: 'post', date: null, url: null, text: 'this is bullsh1t' })[0]?.language).toBe('en');
  });

  it('detects the five languages on ordinary sentences', () => {
    expect(detectScanLanguage('Wir haben heute im Team die neue Version veröffentlicht.')).toBe('de');
    expect(detectScanLanguage("Nous avons publié aujourd'hui la nouvelle version avec l'équipe.")).toBe('fr');
    expect(detectScanLanguage('Hoy publicamos la nueva versión con todo el equipo.')).toBe('es');
    expect(detectScanLanguage('Vandaag hebben we met het team de nieuwe versie uitgebracht.')).toBe('nl');
    expect(detectScanLanguage('Today we shipped the new version with the whole team.')).toBe('en');
  });

  it('reads German words typed without ß or umlauts', () => {
    expect(germanSpellings('scheiße')).toEqual(['scheiße', 'scheisse']);
    expect(otherLanguageTerms('de').some((t) => t.term === 'moese')).toBe(true);
  });
});
