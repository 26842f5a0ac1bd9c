import { describe, expect, it } from 'vitest';
import { detectWorkplace } from './workplace';

describe('detectWorkplace: a count of office or home days a week is hybrid', () => {
  it('reads the days in each language, whichever side they are counted from', () => {
    expect(detectWorkplace('Based in our Leeds office, with two days a week working from home.')).toBe('hybrid');
    expect(detectWorkplace('Mobiles Arbeiten bis zu 3 Tage pro Woche, sonst im Büro.')).toBe('hybrid');
    expect(detectWorkplace('Poste basé à Nantes, télétravail 2 jours par semaine.')).toBe('hybrid');
    expect(detectWorkplace('Oficina en Sevilla; 1 día de teletrabajo por semana.')).toBe('hybrid');
    expect(detectWorkplace('Op kantoor in Gouda, 2 dagen per week thuiswerken.')).toBe('hybrid');
  });
  it('leaves a five-day week and a part-time count alone', () => {
    expect(detectWorkplace('In the office five days a week at our Leeds site.')).toBe('onsite');
    expect(detectWorkplace('Part-time, 3 days a week.')).toBeNull();
  });
});

describe('detectWorkplace: remote offered as a choice, or with rare visits, is remote', () => {
  it('reads "remote or the office" and "office or remote"', () => {
    expect(detectWorkplace('Remote from anywhere in Spain, or our Madrid office if you prefer.')).toBe('remote');
    expect(detectWorkplace('Arbeitsort: Köln oder remote.')).toBe('remote');
    expect(detectWorkplace('Location: Austin, TX (Remote OK)')).toBe('remote');
  });
  it('reads mostly-remote work and visits once a month or rarer', () => {
    expect(detectWorkplace('Du arbeitest überwiegend mobil, gelegentlich in Kassel.')).toBe('remote');
    expect(detectWorkplace('Teletrabajo con una visita a la oficina de Vigo 1 vez al mes.')).toBe('remote');
    expect(detectWorkplace('Remote, with a trip to the Lisbon hub once a quarter.')).toBe('remote');
  });
  it('keeps a line that names the hybrid week first as hybrid', () => {
    expect(detectWorkplace('Hybride: deels bij de klant, deels thuis of op ons kantoor.')).toBe('hybrid');
  });
});

describe('detectWorkplace: a place of work named in German, French, Spanish or Dutch is on site', () => {
  it('reads "an unserem Standort" and "in de winkel"', () => {
    expect(detectWorkplace('Ein unbefristeter Arbeitsplatz an unserem Standort Kassel.')).toBe('onsite');
    expect(detectWorkplace('Je werkt in de winkel, ook op zaterdag.')).toBe('onsite');
    expect(detectWorkplace('Vous travaillez dans notre magasin de Tours.')).toBe('onsite');
  });
});
