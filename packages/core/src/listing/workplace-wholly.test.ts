import { describe, expect, it } from 'vitest';
import { detectWorkplace } from './workplace';

describe('detectWorkplace: the listing says the whole job is done at the place, over a board tag', () => {
  it('reads a word of totality before the place as on site, in five languages', () => {
    expect(detectWorkplace('Leipzig · Vollzeit · Hybrid\n\nDie Stelle ist vollständig vor Ort in unserer Halle.')).toBe('onsite');
    expect(detectWorkplace('Lille · CDI · Télétravail partiel\n\nLe poste est entièrement en présentiel, dans notre entrepôt.')).toBe('onsite');
    expect(detectWorkplace('Sevilla · Jornada completa · Híbrido\n\nEl puesto es 100 % presencial en nuestro almacén.')).toBe('onsite');
    expect(detectWorkplace('Utrecht · 32 uur · Hybride\n\nDe functie is volledig op locatie, in ons depot.')).toBe('onsite');
    expect(detectWorkplace('Leeds · Full-time · Hybrid\n\nPlease note this role is fully on-site at our depot, and remote work is something we cannot offer here.')).toBe('onsite');
  });

  it('leaves a word of totality that is not about the place, and "only" office days', () => {
    expect(detectWorkplace('Hybrides Arbeiten: nur montags im Büro, sonst im Homeoffice.')).toBe('hybrid');
    expect(detectWorkplace('Télétravail possible, le bureau est entièrement rénové.')).toBe('hybrid');
    expect(detectWorkplace('Modelo híbrido: la oficina está completamente equipada.')).toBe('hybrid');
    expect(detectWorkplace('Hybride werken; ons kantoor is volledig vernieuwd.')).toBe('hybrid');
  });
});

describe('detectWorkplace: home working said to be absent with "there is none"', () => {
  it('reads the absence as on site over a board tag, in five languages', () => {
    expect(detectWorkplace('Magdeburg · Vollzeit · Hybrid\n\nArbeitsort ist unsere Halle. Homeoffice gibt es in dieser Rolle nicht.')).toBe('onsite');
    expect(detectWorkplace('Magdeburg · Vollzeit · Hybrid\n\nEs gibt kein Homeoffice, die Arbeit findet an der Anlage statt.')).toBe('onsite');
    expect(detectWorkplace("Nantes · CDI · Hybride\n\nIl n'y a pas de possibilité de télétravail sur ce poste d'atelier.")).toBe('onsite');
    expect(detectWorkplace('Valencia · Híbrido\n\nEn este puesto no hay teletrabajo: trabajarás en el taller.')).toBe('onsite');
    expect(detectWorkplace('Gent · Hybride\n\nEr is geen thuiswerken mogelijk in deze functie op de werf.')).toBe('onsite');
    expect(detectWorkplace('Leeds · Hybrid\n\nThere is no home working in this workshop role.')).toBe('onsite');
  });

  it('leaves an absence of something else and a fixed day that is absent', () => {
    expect(detectWorkplace('Homeoffice gibt es zwei Tage pro Woche, einen Dienstwagen gibt es nicht.')).toBe('hybrid');
    expect(detectWorkplace('Es gibt keine festen Homeoffice-Tage: hybrides Arbeiten nach Absprache.')).toBe('hybrid');
    expect(detectWorkplace("Télétravail deux jours par semaine ; il n'y a pas de voiture de fonction.")).toBe('hybrid');
    expect(detectWorkplace('Teletrabajo dos días a la semana; no hay coche de empresa.')).toBe('hybrid');
    expect(detectWorkplace('Twee dagen per week thuiswerken; er is geen leaseauto.')).toBe('hybrid');
  });
});
