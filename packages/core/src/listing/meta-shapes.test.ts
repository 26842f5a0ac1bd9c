import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { SIMILAR_JOBS } from './chrome';
import { hiringSentenceTitle } from './title-shape';

describe('titles written as a hiring sentence', () => {
  it('reads the job after the opening words in the five languages', () => {
    expect(analyzeListing("# We're hiring: Kennel Assistant\n\nPaws & Co Boarding Ltd\n\nYou will walk and feed the dogs.").title).toBe('Kennel Assistant');
    expect(analyzeListing('Orgelwerkstatt Kehl\n\nWir suchen dich als Orgelbauer*in für unsere Werkstatt\n\nDu intonierst Pfeifen.').title).toBe('Orgelbauer');
    expect(analyzeListing('Verrerie du Lac\n\nNous recrutons un·e Souffleur·se de verre\n\nVous travaillez le verre à la canne.').title).toBe('Souffleur de verre');
    expect(analyzeListing('Apicultura Sierra Norte, S.L.\n\nBuscamos un/a Apicultor/a para nuestras colmenas de la sierra de Madrid durante la temporada\n\nCuidarás 400 colmenas.').title).toBe('Apicultor/a');
    expect(analyzeListing('Zeilschool De Vlieter\n\nWij zoeken een Zeilinstructeur voor onze zomerkampen\n\nJe geeft les op het IJsselmeer.').title).toBe('Zeilinstructeur');
  });
  it('leaves prose that only opens like one', () => {
    expect(hiringSentenceTitle('We are looking for an experienced engineer to join our team.')).toBeNull();
    expect(hiringSentenceTitle('Data Analyst')).toBeNull();
  });
});

describe('segments after the role that are not the role', () => {
  it('drops the tags after two bars and a district after a dash', () => {
    expect(analyzeListing('Glazenwasser | Schoonmaak | Regio Utrecht\nHelder Glas B.V.\n\nJe lapt ramen.').title).toBe('Glazenwasser');
    expect(analyzeListing('Postbote (m/w/d) – Zustellbezirk Nord 12\nBriefdienst Hanse GmbH\n\nSie stellen Briefe zu.').title).toBe('Postbote');
  });
  it('drops the days a week and a practice or park the job is at', () => {
    expect(analyzeListing('Fysiotherapeut – Sportpraktijk, 3 dagen\nFysio Oost\n\nJe behandelt sporters.').title).toBe('Fysiotherapeut');
    expect(analyzeListing("Animateur – Parc d'attractions\nFamiland SAS\n\nVous animez les spectacles.").title).toBe('Animateur');
  });
  it('reads the employer after a dash when the role ends in its hours', () => {
    const a = analyzeListing('Hovenier (24 uur) - Tuincentrum De Linde\nZwolle · MBO\n\nTuincentrum De Linde zoekt een hovenier.\nJe onderhoudt tuinen.');
    expect(a.title).toBe('Hovenier');
    expect(a.company).toBe('Tuincentrum De Linde');
  });
});

describe('lines that name another job', () => {
  it('skips the signature of the person who forwards a mail', () => {
    const mail = 'From: Tom Hale <tom@fenwick.co.uk>\nSubject: Conveyancing Assistant post\n\nHi,\nsee below.\nTom\n\nTom Hale | Office Manager\nFenwick Solicitors LLP\n\nCONVEYANCING ASSISTANT\nYou will prepare completion statements.';
    expect(analyzeListing(mail).title).toBe('Conveyancing Assistant');
  });
  it('knows a similar-jobs heading with its list on the same line, and "more jobs like this"', () => {
    expect(SIMILAR_JOBS.test('Vergelijkbare vacatures: Bakker · Verkoper')).toBe(true);
    expect(SIMILAR_JOBS.test('Meer jobs zoals deze')).toBe(true);
    expect(SIMILAR_JOBS.test('Más ofertas como esta')).toBe(true);
    const a = analyzeListing('Nationale Vacaturebank\nBanketbakker\nBakkerij Smit B.V. · Deventer\n\nJe bakt taarten.\n\nJe werkt in ploegen.\nSoortgelijke vacatures: Teamleider bakkerij · Bedrijfsleider\nAllround bakker - Broodhuys');
    expect(a.title).toBe('Banketbakker');
  });
});
