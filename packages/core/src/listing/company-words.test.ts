import { describe, expect, it } from 'vitest';
import { companyFromProse, withFullName } from './company';
import { chooseCompany } from './company-choice';
import { isPageHeading, isSentenceWords } from './company-words';

// A name is what it is, not where it stands: the words a sentence opens with (an article, a field's
// label, a word the listing writes in lower case elsewhere) and a page's heading about job adverts
// are the language's own words, in every language; a name made of ordinary words stays a name.
describe("a sentence's own words are no name", () => {
  it('an article or a quantifier with at most one word after it, in the five languages', () => {
    expect(isSentenceWords('Some', '')).toBe(true);
    expect(isSentenceWords('Many', '')).toBe(true);
    expect(isSentenceWords('Eine Führungsaufgabe', '')).toBe(true);
    expect(isSentenceWords('Jede Schicht', '')).toBe(true);
    expect(isSentenceWords('Chaque équipe', '')).toBe(true);
    expect(isSentenceWords('Plusieurs', '')).toBe(true);
    expect(isSentenceWords('Cada turno', '')).toBe(true);
    expect(isSentenceWords('Algunos', '')).toBe(true);
    expect(isSentenceWords('Elke ploeg', '')).toBe(true);
    expect(isSentenceWords('Enkele', '')).toBe(true);
  });

  it("a field's label, in the five languages", () => {
    expect(isSentenceWords('Arbeitsort', '')).toBe(true);
    expect(isSentenceWords('Einsatzort', '')).toBe(true);
    expect(isSentenceWords('Location', '')).toBe(true);
    expect(isSentenceWords('Rémunération', '')).toBe(true);
    expect(isSentenceWords('Horario', '')).toBe(true);
    expect(isSentenceWords('Standplaats', '')).toBe(true);
  });

  it('one word the listing writes elsewhere in lower case', () => {
    expect(isSentenceWords('Visits', 'Visits are booked by the office. You make tuning visits to homes.')).toBe(true);
    expect(isSentenceWords('Flexibel', 'Flexibel ist hier vieles: die Zeiten sind flexibel.')).toBe(true);
    expect(isSentenceWords('Livraisons', 'Livraisons est notre métier : les livraisons partent à 6 h.')).toBe(true);
    expect(isSentenceWords('Turnos', 'Turnos es la palabra clave: los turnos rotan cada semana.')).toBe(true);
    expect(isSentenceWords('Diensten', 'Diensten zijn flexibel en de diensten worden per week gepland.')).toBe(true);
  });

  it('keeps a name made of ordinary words', () => {
    expect(isSentenceWords('Some Like It Hot Catering', '')).toBe(false);
    expect(isSentenceWords('Some Like It Hot', 'Some Like It Hot is a caterer.')).toBe(false);
    expect(isSentenceWords('Visit Flanders', 'Visit Flanders is the tourist board. We visit towns.')).toBe(false);
    expect(isSentenceWords('Eine Welt Laden Kassel', '')).toBe(false);
    expect(isSentenceWords('Une Autre Histoire Traiteur', '')).toBe(false);
    expect(isSentenceWords('Brightwell', 'Brightwell is a bakery. Email jobs@brightwell.co.uk or see brightwell.co.uk/jobs.')).toBe(false);
    expect(isSentenceWords('Kestrel', 'Kestrel builds drones.')).toBe(false);
  });

  it("the listing's prose gives no name where a sentence opens with them, in the five languages", () => {
    expect(companyFromProse('Night Team Leader\n\nSome are essential to the site; others help us.\n')).toBeNull();
    expect(companyFromProse('Piano Tuner\n\nVisits are booked through the office. Tuning visits take a morning.\n')).toBeNull();
    expect(companyFromProse('Teamleitung\n\nEine Führungsaufgabe ist das nicht: du planst die Dienste.\n')).toBeNull();
    expect(companyFromProse('Teamleitung\n\nArbeitsort ist die Leitstelle in Kassel.\n')).toBeNull();
    expect(companyFromProse("Chef d'équipe\n\nRémunération est fixée selon la grille de la convention.\n")).toBeNull();
    expect(companyFromProse('Jefe de turno\n\nHorario es de lunes a viernes, de 8 a 15 h.\n')).toBeNull();
    expect(companyFromProse('Jefe de turno\n\nAlgunos son fijos y otros rotan.\n')).toBeNull();
    expect(companyFromProse('Ploegleider\n\nStandplaats is Utrecht, vlak bij het station.\n')).toBeNull();
    expect(companyFromProse('Ploegleider\n\nEnkele zijn vast, andere wisselen.\n')).toBeNull();
    expect(companyFromProse('Piano Tuner\n\nHallworth Pianos is a family firm. Visits are booked through the office.\n')).toBe('Hallworth Pianos');
  });
});

describe("a page's heading about job adverts is no name", () => {
  it('in the five languages, in several wordings', () => {
    expect(isPageHeading('Gelijkaardige vacatures')).toBe(true);
    expect(isPageHeading('Bekijk ook deze vacatures')).toBe(true);
    expect(isPageHeading('Ces offres pourraient vous intéresser')).toBe(true);
    expect(isPageHeading('Autres offres dans la région')).toBe(true);
    expect(isPageHeading('Stellenangebote im öffentlichen Dienst')).toBe(true);
    expect(isPageHeading('Passende Stellen in deiner Nähe')).toBe(true);
    expect(isPageHeading('Ofertas de empleo parecidas')).toBe(true);
    expect(isPageHeading('Más vacantes cerca de ti')).toBe(true);
    expect(isPageHeading('Recommended jobs for you')).toBe(true);
    expect(isPageHeading('Other openings nearby')).toBe(true);
  });

  it('keeps a name that holds such a word', () => {
    expect(isPageHeading('Jobs & Talents GmbH')).toBe(false);
    expect(isPageHeading('Vacatures in de Zorg B.V.')).toBe(false);
    expect(isPageHeading('Stellenwerk Hamburg')).toBe(false);
    expect(isPageHeading('Emplois Québec')).toBe(false);
    expect(isPageHeading('Offres de Service du Nord')).toBe(false);
  });

  it('is set aside among the names the rules saw', () => {
    expect(chooseCompany([{ name: 'Gelijkaardige vacatures', source: 'aboveTitle' }, { name: 'Wasserij Noord', source: 'prose' }], '')).toBe('Wasserij Noord');
    expect(chooseCompany([{ name: 'Ces offres pourraient vous intéresser', source: 'aboveTitle' }], '')).toBeNull();
  });
});

describe('the fullest form of a name the listing writes with its legal form', () => {
  it('is the name, in the five languages', () => {
    expect(withFullName('Sentinel Shield', 'Sentinel Shield is hiring.\nPosted by Sentinel Shield Security Services Ltd')).toBe('Sentinel Shield Security Services Ltd');
    expect(withFullName('Brandt', 'Brandt sucht Verstärkung.\nBrandt & Söhne Kältetechnik GmbH · Hafenstraße 4')).toBe('Brandt & Söhne Kältetechnik GmbH');
    expect(withFullName('Voz Directa', 'Voz Directa busca teleoperadores.\nVoz Directa Contact, S.L. · Sector: Call center')).toBe('Voz Directa Contact, S.L.');
    expect(withFullName('Maison Riou', 'Maison Riou recrute.\nMaison Riou Boulangerie Artisanale SAS')).toBe('Maison Riou Boulangerie Artisanale SAS');
    expect(withFullName('Polderwerk', 'Polderwerk zoekt een monteur.\nPolderwerk Installatietechniek B.V. | KvK 1234')).toBe('Polderwerk Installatietechniek B.V.');
    expect(withFullName('Some Like It Hot', 'Some Like It Hot is a caterer.\nSome Like It Hot Catering Ltd, Bristol')).toBe('Some Like It Hot Catering Ltd');
  });

  it('keeps the name where the words after it are a place or a job, or it has no legal form', () => {
    expect(withFullName('Acme', 'Acme is hiring.\n© Acme Berlin GmbH')).toBe('Acme');
    expect(withFullName('Fjellgear', 'Fjellgear is hiring.\n© Fjellgear UK Ltd')).toBe('Fjellgear');
    expect(withFullName('Fjellgear', 'Fjellgear sucht.\nFjellgear Deutschland GmbH')).toBe('Fjellgear');
    expect(withFullName('Fjellgear', 'Fjellgear busca.\nFjellgear España, S.L.')).toBe('Fjellgear');
    expect(withFullName('Visit Flanders', 'Visit Flanders is hiring.\nVisit Flanders Brussel NV')).toBe('Visit Flanders');
    expect(withFullName('Northpoint', 'Northpoint Contact Solutions runs call centres.')).toBe('Northpoint');
    expect(withFullName('Kestrel', 'Kestrel is hiring a Project Manager Ltd')).toBe('Kestrel');
  });
});
