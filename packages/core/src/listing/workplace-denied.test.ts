import { describe, expect, it } from 'vitest';
import { detectWorkplace } from './workplace';

describe('detectWorkplace: home working named and said not to be on offer', () => {
  it('reads home or remote work denied later in its clause as on site, in five languages', () => {
    expect(detectWorkplace('Mobiles Arbeiten ist in dieser Funktion wegen der Arbeit im Labor nicht vorgesehen.')).toBe('onsite');
    expect(detectWorkplace('Home working is not offered for this post.')).toBe('onsite');
    expect(detectWorkplace('Le télétravail n’est pas prévu sur ce poste de magasinier.')).toBe('onsite');
    expect(detectWorkplace('El teletrabajo no está contemplado en este puesto de recepción.')).toBe('onsite');
    expect(detectWorkplace('Thuiswerken is bij deze functie in de werkplaats niet voorzien.')).toBe('onsite');
  });

  it('leaves home working alone when the denial is of something else, after a comma or a conjunction', () => {
    expect(detectWorkplace('Homeoffice an zwei Tagen pro Woche, ein Dienstwagen ist nicht vorgesehen.')).toBe('hybrid');
    expect(detectWorkplace('Working from home two days a week, and relocation is not offered.')).toBe('hybrid');
    expect(detectWorkplace('Télétravail deux jours par semaine, la voiture de fonction n’est pas prévue.')).toBe('hybrid');
    expect(detectWorkplace('Dos días de teletrabajo a la semana, pero el coche de empresa no está previsto.')).toBe('hybrid');
    expect(detectWorkplace('Twee dagen per week thuiswerken, maar een leaseauto is niet voorzien.')).toBe('hybrid');
  });
});

describe('detectWorkplace: home working now and then, with a word or two between', () => {
  it('reads an occasional day at home as hybrid, in five languages', () => {
    expect(detectWorkplace('Werkplek: ons depot in Gouda; af en toe een dag thuiswerken voor de planning kan.')).toBe('hybrid');
    expect(detectWorkplace('Arbeitsort: unser Depot in Kassel; gelegentlich einen Tag Homeoffice für die Planung.')).toBe('hybrid');
    expect(detectWorkplace('Based at our depot; occasionally also some home working for the planning.')).toBe('hybrid');
    expect(detectWorkplace('Poste basé au dépôt ; de temps en temps quelques jours télétravaillés pour la planification.')).toBe('hybrid');
    expect(detectWorkplace('Puesto en nuestro almacén; de vez en cuando algunos días en remoto para la planificación.')).toBe('hybrid');
  });

  it('does not read a visit to someone else’s home as home working', () => {
    expect(detectWorkplace('Je werkt in onze werkplaats en af en toe bij klanten thuis.')).toBe('onsite');
    expect(detectWorkplace('Sie arbeiten in unserer Werkstatt und gelegentlich bei Kunden zu Hause.')).toBe('onsite');
  });
});

const SILENT = [
  'Bookkeeper',
  'A family firm of builders merchants in the valley.',
  'You keep the purchase and sales ledgers.',
  'You run the monthly payroll for forty people.',
  'You prepare the VAT returns.',
  'You answer supplier queries by phone and mail.',
  'You chase the customers who pay late and keep the bank reconciliations up to date.',
  'Apply with your CV and a short note on your experience.',
].join('\n');

describe('detectWorkplace: a board’s list of other jobs is not the listing', () => {
  it('reads a listing silent on remote work as on site though the jobs listed under it are remote', () => {
    expect(detectWorkplace(`${SILENT}\nSimilar jobs\nData Analyst · Remote\nFilter: Full-time · Part-time · Remote`)).toBe('onsite');
    expect(detectWorkplace(`${SILENT}\nÄhnliche Stellenangebote\nArbeitszeit: Vollzeit · Heim-/Telearbeit`)).toBe('onsite');
    expect(detectWorkplace(`${SILENT}\nOffres similaires\nComptable · Télétravail complet`)).toBe('onsite');
    expect(detectWorkplace(`${SILENT}\nOfertas similares\nAdministrativo · Teletrabajo`)).toBe('onsite');
    expect(detectWorkplace(`${SILENT}\nVergelijkbare vacatures\nBoekhouder · Thuiswerken`)).toBe('onsite');
  });

  it('still reads the listing’s own remote word', () => {
    expect(detectWorkplace(`${SILENT}\nThis role is fully remote.\nSimilar jobs\nCook · On-site`)).toBe('remote');
  });
});
