import { describe, expect, it } from 'vitest';
import { chooseCompany, domainSpells, isCapitalsHeading, listingDomains, trimCandidate } from './company-choice';
import { companiesFromLegalLines } from './company';
import { titleAndCompany } from './meta';

// The company is chosen among every name the rules see, scored by what each is: how many places of
// the page name it, its legal form, the listing's domain; names of a kind never the employer set aside.
describe('the scored choice among candidates', () => {
  it('takes the first offered name when nothing else tells them apart', () => {
    expect(chooseCompany([{ name: 'Acme Foods', source: 'aboveTitle' }, { name: 'Brightside Labs', source: 'prose' }], '')).toBe('Acme Foods');
    expect(chooseCompany([], '')).toBeNull();
  });

  it('prefers a name two places write over one written once, in the five languages', () => {
    expect(chooseCompany([{ name: 'Laborum', source: 'aboveTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'underTitle' }, { name: 'Minera Cerro Aguirre SpA', source: 'prose' }], '')).toBe('Minera Cerro Aguirre SpA');
    expect(chooseCompany([{ name: 'Jobbörse Nord', source: 'aboveTitle' }, { name: 'Hafenbäckerei Lüders', source: 'underTitle' }, { name: 'Hafenbäckerei Lüders', source: 'prose' }], '')).toBe('Hafenbäckerei Lüders');
    expect(chooseCompany([{ name: 'Emploi Ouest', source: 'aboveTitle' }, { name: 'Fromagerie Bréval', source: 'copyright' }, { name: 'Fromagerie Bréval', source: 'prose' }], '')).toBe('Fromagerie Bréval');
    expect(chooseCompany([{ name: 'Werkzoeken Noord', source: 'aboveTitle' }, { name: 'Bakkerij Smulders', source: 'underTitle' }, { name: 'Bakkerij Smulders', source: 'prose' }], '')).toBe('Bakkerij Smulders');
    expect(chooseCompany([{ name: 'Jobs North', source: 'aboveTitle' }, { name: 'Kestrel Plastics', source: 'box' }, { name: 'Kestrel Plastics', source: 'copyright' }], '')).toBe('Kestrel Plastics');
  });

  it('counts two readings of one line as one place', () => {
    expect(chooseCompany([{ name: 'Acme Foods', source: 'aboveTitle' }, { name: 'Leipzig Mitte', source: 'underTitle' }, { name: 'Leipzig Mitte', source: 'weak' }, { name: 'Leipzig Mitte', source: 'dot' }], '')).toBe('Acme Foods');
  });

  it('prefers a name with its legal form, or one the listing\'s domain spells', () => {
    expect(chooseCompany([{ name: 'Marta Ruiz', source: 'prose' }, { name: 'Notaría Ibáñez Soler', source: 'sender' }], 'De: Notaría Ibáñez Soler <rrhh@notariaibanezsoler.es>')).toBe('Notaría Ibáñez Soler');
    expect(chooseCompany([{ name: 'Personalverantwortung', source: 'prose' }, { name: 'Kötter Immobilien e.K.', source: 'legalLine' }], 'Von: Sabine Kötter <s.koetter@immo-koetter.de>')).toBe('Kötter Immobilien e.K.');
  });

  it('counts a legal form written beside the title, not the footer\'s (a platform\'s footer has one too)', () => {
    expect(chooseCompany([{ name: 'Universitätsbibliothek Oberrhein', source: 'underTitle' }, { name: 'New Work SE', source: 'copyright' }], '')).toBe('Universitätsbibliothek Oberrhein');
    expect(chooseCompany([{ name: 'Jobat', source: 'aboveTitle' }, { name: 'Orgelmakerij Van Reeth bv', source: 'underTitle' }], '')).toBe('Orgelmakerij Van Reeth bv');
    expect(chooseCompany([{ name: 'Laborum Chile', source: 'aboveTitle' }, { name: 'Ferrocarriles del Valle Central SpA', source: 'underTitle' }], '')).toBe('Ferrocarriles del Valle Central SpA');
  });

  it('reads a name with its legal form in lower case and without it as one name', () => {
    expect(chooseCompany([{ name: 'Eventbureau Zomerlicht bv', source: 'underTitle' }, { name: 'Eventbureau Zomerlicht', source: 'prose' }], '')).toBe('Eventbureau Zomerlicht bv');
    expect(chooseCompany([{ name: 'Hoveniersbedrijf De Vlasbloem bv', source: 'underTitle' }, { name: 'Rijbewijs BE', source: 'prose' }], '')).toBe('Hoveniersbedrijf De Vlasbloem bv');
  });
});

describe('a candidate rejected by its kind', () => {
  it('is a page heading in capitals, in the five languages', () => {
    expect(isCapitalsHeading("OFFRE D'EMPLOI")).toBe(true);
    expect(isCapitalsHeading('WAREHOUSE MANAGER')).toBe(true);
    expect(isCapitalsHeading('STELLENANGEBOT')).toBe(true);
    expect(isCapitalsHeading('OFERTA DE EMPLEO')).toBe(true);
    expect(isCapitalsHeading('VACATURE')).toBe(true);
    expect(isCapitalsHeading('CLINIQUE DU VAL DE LEYSSE')).toBe(false);
    expect(isCapitalsHeading('BISCUITERIE DES MAUGES')).toBe(false);
    expect(isCapitalsHeading('Offre Martin')).toBe(false);
    expect(chooseCompany([{ name: "OFFRE D'EMPLOI", source: 'prose' }, { name: 'Étude Martin-Lefèvre', source: 'sender' }], '')).toBe('Étude Martin-Lefèvre');
  });

  it('is a reference or a town with a mode of work, whichever source offers it', () => {
    expect(chooseCompany([{ name: 'Stellenangebot ID 1294471', source: 'aboveTitle' }, { name: 'Verkehrsbetriebe Saarbrücken-Land', source: 'sender' }], '')).toBe('Verkehrsbetriebe Saarbrücken-Land');
    expect(chooseCompany([{ name: 'BARCELONA O REMOTO', source: 'aboveTitle' }, { name: 'Aquanova Digital S.L.', source: 'copyright' }], '')).toBe('Aquanova Digital S.L.');
  });
});

describe('a candidate trimmed of what a rule carried over', () => {
  it('drops a leading preposition the listing does not write with the name, in the five languages', () => {
    expect(trimCandidate('Bij Froukje Mode', 'Froukje Mode heeft 14 winkels.')).toBe('Froukje Mode');
    expect(trimCandidate('Bei Radhaus Kiefer', 'Radhaus Kiefer ist ein Fachgeschäft.')).toBe('Radhaus Kiefer');
    expect(trimCandidate('Chez Fromagerie Bréval', 'Fromagerie Bréval affine ses fromages.')).toBe('Fromagerie Bréval');
    expect(trimCandidate('En Ciclos Norte', 'Ciclos Norte repara bicicletas.')).toBe('Ciclos Norte');
    expect(trimCandidate('At Spoke Street Cycles', 'Spoke Street Cycles is a workshop.')).toBe('Spoke Street Cycles');
    // A name that opens with the word ("En Marcha Logística") keeps it when the listing writes it so.
    expect(trimCandidate('En Marcha Logística', 'Trabaja con En Marcha Logística.')).toBe('En Marcha Logística');
  });

  it('drops a trailing bracket that says what the company does, not a town\'s', () => {
    expect(trimCandidate('Northgate Secure Services Ltd (operating HMP Carrowmoor under contract)', '')).toBe('Northgate Secure Services Ltd');
    expect(trimCandidate('Windkracht Energie (leverancier van groene stroom)', '')).toBe('Windkracht Energie');
    expect(trimCandidate('Saltmarsh Quay Marina (Lymington)', '')).toBe('Saltmarsh Quay Marina (Lymington)');
  });
});

describe('the listing\'s domain and legal lines', () => {
  it('reads the domains of its addresses and whether they spell a name', () => {
    expect(listingDomains('Mail jobs@acme-foods.de or see https://www.stepstone.de/jobs')).toEqual(['acme-foods']);
    expect(domainSpells('StepStone', 'acme-foods')).toBe(false);
    expect(domainSpells('Kötter Immobilien e.K.', 'immo-koetter')).toBe(true);
    expect(domainSpells('Étude Martin-Lefèvre', 'etude-martinlefevre')).toBe(true);
    expect(domainSpells('Marta Ruiz', 'notariaibanezsoler')).toBe(false);
  });

  it('reads a footer\'s legal line, in the five languages', () => {
    expect(companiesFromLegalLines('Kötter Immobilien e.K. · Hammer Straße 41 · 48153 Münster')).toEqual(['Kötter Immobilien e.K.']);
    expect(companiesFromLegalLines('Bakkerij Smulders B.V. | KvK 17023344')).toEqual(['Bakkerij Smulders B.V.']);
    expect(companiesFromLegalLines('Fromagerie Bréval SAS – 12 rue du Port, 29200 Brest')).toEqual(['Fromagerie Bréval SAS']);
    expect(companiesFromLegalLines('Ciclos Norte S.L. · CIF B48123456 · Bilbao')).toEqual(['Ciclos Norte S.L.']);
    expect(companiesFromLegalLines('© 2026 Kestrel Plastics Ltd · Registered in England No. 08812234')).toEqual(['Kestrel Plastics Ltd']);
    expect(companiesFromLegalLines('Senior Engineer GmbH · 2026')).toEqual([]);
  });
});

describe('the listing\'s company from the scored choice', () => {
  it('takes the sender an e-mail\'s domain spells over a signer\'s name', () => {
    const mail = 'De: Notaría Ibáñez Soler <rrhh@notariaibanezsoler.es>\nAsunto: Oficial de notaría\n\nNotaría Ibáñez Soler – Zaragoza\n\nOficial de Notaría\n\nBuscamos oficial con experiencia.\n\nMarta Ruiz – Administración\nMarta Ruiz es la persona de contacto.';
    expect(titleAndCompany(mail, null).company).toBe('Notaría Ibáñez Soler');
  });
});
