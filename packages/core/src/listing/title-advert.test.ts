import { describe, expect, it } from 'vitest';
import { notEmployerKind } from './company-words';
import { cleanTitle } from './meta';
import { stripSuffixes } from './title-shape';

// Probe titles and lines of our own, in the five languages: what a page writes around a title to say
// it is a job advert, how the shifts are paid, that the post is wanted, and where the advert was
// published, is none of the title or the employer.
describe("a label that names the page as a job advert is not the title's", () => {
  it('goes before the title, whatever stands around it', () => {
    expect(cleanTitle('Recrutement : Régisseur général / Régisseuse générale')).toBe('Régisseur général / Régisseuse générale');
    expect(cleanTitle('Recrutement\u00a0: Agent de piste')).toBe('Agent de piste');
    expect(cleanTitle("Offre d'emploi : Thanatopracteur")).toBe('Thanatopracteur');
    expect(cleanTitle('Convocatoria de empleo: Jefe/a de Maquinaria')).toBe('Jefe/a de Maquinaria');
    expect(cleanTitle('Oferta de trabajo: Protésico dental')).toBe('Protésico dental');
    expect(cleanTitle('Stellenausschreibung: Bestattungsfachkraft')).toBe('Bestattungsfachkraft');
    expect(cleanTitle('Wir suchen: Zahntechniker')).toBe('Zahntechniker');
    expect(cleanTitle('Vacature: Procesoperator afvalwater')).toBe('Procesoperator afvalwater');
    expect(cleanTitle('Job posting: Stage Technician')).toBe('Stage Technician');
    expect(cleanTitle("**We're hiring:** Bike Mechanic")).toBe('Bike Mechanic');
  });
  it('leaves a title whose own words hold a colon, and labels that are not about the advert', () => {
    expect(cleanTitle('Vacancy Manager')).toBe('Vacancy Manager');
    expect(cleanTitle('Head of Recruitment: EMEA')).toBe('Head of Recruitment: EMEA');
    expect(cleanTitle('Recruitment Coordinator')).toBe('Recruitment Coordinator');
  });
});

describe('how the shifts are paid goes like the hours', () => {
  it('after a dash or in brackets, in the five languages', () => {
    expect(stripSuffixes('Stage Technician (Casual)')).toBe('Stage Technician');
    expect(stripSuffixes('Healthcare Assistant – Bank')).toBe('Healthcare Assistant');
    expect(stripSuffixes('Bar Supervisor - Zero Hours')).toBe('Bar Supervisor');
    expect(stripSuffixes('Servicekraft (auf Abruf)')).toBe('Servicekraft');
    expect(stripSuffixes('Agent de piste (vacataire)')).toBe('Agent de piste');
    expect(stripSuffixes('Camarero/a (por horas)')).toBe('Camarero/a');
    expect(stripSuffixes('Fietsenmaker (oproepkracht)')).toBe('Fietsenmaker');
  });
  it('keeps a title that is nothing but such a word, and a word inside the role', () => {
    expect(stripSuffixes('Aushilfe')).toBe('Aushilfe');
    expect(stripSuffixes('Relief Manager')).toBe('Relief Manager');
    expect(stripSuffixes('Casual Dining Supervisor')).toBe('Casual Dining Supervisor');
    expect(stripSuffixes('Relationship Manager – Private Bank')).toBe('Relationship Manager – Private Bank');
  });
});

describe('the word for "wanted" goes with its exclamation mark', () => {
  it('in German and Dutch', () => {
    expect(stripSuffixes('Bestatter / Bestatterin gesucht!')).toBe('Bestatter / Bestatterin');
    expect(stripSuffixes('Zahntechniker dringend gesucht!!')).toBe('Zahntechniker');
    expect(stripSuffixes('Fietsenmaker gezocht!')).toBe('Fietsenmaker');
  });
});

describe('where the advert was published is no employer', () => {
  it('in the five languages', () => {
    for (const name of ['Publicado en Milanuncios', 'Posted on Gumtree', 'Published via Indeed', 'Veröffentlicht auf Kleinanzeigen', 'Publié sur Leboncoin', 'Geplaatst op Marktplaats', 'Gepubliceerd op Werk.nl']) {
      expect(notEmployerKind(name), name).toBe(true);
    }
  });
  it('leaves a name that only begins like it, and one with its legal form', () => {
    expect(notEmployerKind('Posthuma Drukkerij')).toBe(false);
    expect(notEmployerKind('Publicaciones Turia S.L.')).toBe(false);
  });
});
