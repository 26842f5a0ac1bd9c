import { describe, expect, it } from 'vitest';
import { chooseCompany } from './company-choice';
import { FIELD_COMPANY } from './company-words';
import { companiesFromLegalLines, companyFromCopyright, companyFromLine } from './company';
import { titleAndCompany } from './meta';

// Where a listing writes its employer, and what a rule may carry over that is never the employer.
describe('a field label that names the employer twice', () => {
  it('is read with the slash between its two labels', () => {
    expect(FIELD_COMPANY.exec('Stelle: Rettungssanitäter\nDienstherr/Arbeitgeber: Caritasverband Oberland e. V.')?.[1]).toBe('Caritasverband Oberland e. V.');
    expect(FIELD_COMPANY.exec('Entreprise / Employeur : Transports Morvan SARL')?.[1]).toBe('Transports Morvan SARL');
    expect(FIELD_COMPANY.exec('Empresa/Empleador: Frutas Llobregat S.L.')?.[1]).toBe('Frutas Llobregat S.L.');
    expect(FIELD_COMPANY.exec('Werkgever / Organisatie: Stichting Duinrand')?.[1]).toBe('Stichting Duinrand');
    expect(FIELD_COMPANY.exec('Company / Employer: Harrowgate Mills Ltd')?.[1]).toBe('Harrowgate Mills Ltd');
  });
  it('still needs a label of the employer', () => {
    expect(FIELD_COMPANY.exec('Standort/Ort: Anklam')).toBeNull();
  });
});

describe('a legal form written before the name, as French does', () => {
  it('names the employer beside its site', () => {
    expect(companyFromLine('Port de plaisance de Loctudy – SAS Loctudy Nautisme', '')).toEqual({ name: 'SAS Loctudy Nautisme', strong: true });
    expect(companyFromLine('SARL Boulangerie Riou · Brest', '')).toEqual({ name: 'SARL Boulangerie Riou', strong: true });
    expect(companyFromLine('Camping des Pins – EURL Les Pins de Mimizan', '')?.name).toBe('EURL Les Pins de Mimizan');
  });
  it('counts as one name with the same name written without its form', () => {
    expect(chooseCompany([{ name: 'Halles de Bretagne', source: 'aboveTitle' }, { name: 'SAS Moulin Kerbriant', source: 'underTitle' }, { name: 'Moulin Kerbriant', source: 'prose' }], '')).toBe('SAS Moulin Kerbriant');
  });
  it('is no form when the word is a word of the name', () => {
    expect(companyFromLine('Sasha Bakery · Leeds', '')?.name).not.toMatch(/^SAS\b/);
  });
});

describe('a footer line with the copyright sign', () => {
  it('names its owner without a year, and without what the footer adds after a dash', () => {
    expect(companyFromCopyright('Contact\n© Jardins du Layon SAS – Mentions légales – Plan du site')).toBe('Jardins du Layon SAS');
    expect(companyFromCopyright('© Hafenbetriebe Lütjensee GmbH – Impressum – Datenschutz')).toBe('Hafenbetriebe Lütjensee GmbH');
    expect(companyFromCopyright('© Greenmantle Moorland Trust 2026')).toBe('Greenmantle Moorland Trust');
    expect(companyFromCopyright('© 2026 Viveros del Ebro S.L. - Aviso legal')).toBe('Viveros del Ebro S.L.');
  });
  it("is the board's owner when the line goes on to name the board", () => {
    expect(companyFromCopyright('© Adevinta Spain S.L.U. – InfoJobs · Aviso legal · Cookies')).toBeNull();
    expect(companyFromCopyright('© 2026 DPG Media B.V. · Nationale Vacaturebank · Privacy')).toBeNull();
    expect(companyFromCopyright('© Acme Ltd | Careers | Privacy')).toBe('Acme Ltd');
  });
  it('is a credit, not an owner, inside a line without a year', () => {
    expect(companyFromCopyright('Photo © Julien Marchal\nNous recrutons.')).toBeNull();
    expect(companyFromCopyright('Kaart: © OpenStreetMap-bijdragers')).toBeNull();
  });
  it("is read from a saved page's footer", () => {
    const text = 'Chef de rayon végétal (H/F)\nJardinerie de Saumur\n\nLes Jardins du Layon, c’est 6 jardineries. Notre jardinerie de Saumur recrute son chef de rayon.';
    const page = (footer: string): string | null => titleAndCompany(text, 'Chef de rayon végétal (H/F) - Jardins du Layon', 'Chef de rayon végétal (H/F)', undefined, footer).company;
    // The page title and the footer name one employer: two places against the site's one.
    expect(page('© Jardins du Layon SAS – Mentions légales')).toBe('Jardins du Layon SAS');
    expect(page('')).toBe('Jardinerie de Saumur');
  });
});

describe('a legal line in Markdown bold', () => {
  it('names the employer with its legal form', () => {
    expect(companiesFromLegalLines('**Hamble Point Boatyards Ltd** · Registered in England 04411220 · [Privacy](#)')).toEqual(['Hamble Point Boatyards Ltd']);
    expect(companiesFromLegalLines('__Werft Lütjens GmbH__ | Amtsgericht Kiel HRB 4411')).toEqual(['Werft Lütjens GmbH']);
  });
});

describe("a board's company line: a name, its town and the mode of work", () => {
  it('names the company though its name holds a trade word', () => {
    expect(companyFromLine('Arrieta Asesores Tributarios · Bilbao · Híbrido', '')?.name).toBe('Arrieta Asesores Tributarios');
    expect(companyFromLine('Kanzlei Brenner Steuerberater · Münster · Hybrid', '')?.name).toBe('Kanzlei Brenner Steuerberater');
  });
  it('is not the title line in the same shape', () => {
    expect(companyFromLine('Senior Tax Adviser · Bilbao · Hybrid', '')).toBeNull();
  });
});

describe("the tracker's or the board's name before the employer's", () => {
  it('leaves the employer', () => {
    expect(companyFromLine('Lever · Colisud', 'Lever · Colisud\nColisud livre des colis.')?.name).toBe('Colisud');
    expect(companyFromLine('StepStone | Brandt Logistik GmbH', '')?.name).toBe('Brandt Logistik GmbH');
  });
});

describe('a candidate that is never the employer, whichever rule found it', () => {
  const choose = (name: string, other: string): string | null => chooseCompany([{ name, source: 'aboveTitle' }, { name: other, source: 'prose' }], '');
  it("is the word for the advert itself, in any case", () => {
    expect(choose('Stellenangebot', 'Johanniter Regionalverband Ost')).toBe('Johanniter Regionalverband Ost');
    expect(choose('Offre d’emploi', 'Ambulances Morvan')).toBe('Ambulances Morvan');
    expect(choose('Vacature', 'Zorgvervoer Twente')).toBe('Zorgvervoer Twente');
  });
  it('is a contract or a mode of work alone', () => {
    expect(choose('CDI', 'Capitainerie de Port-Haliguen')).toBe('Capitainerie de Port-Haliguen');
    expect(choose('Remote', 'Northwind Kennels')).toBe('Northwind Kennels');
  });
  it('is a job with an inclusive gender ending', () => {
    expect(choose('Agent·e de comptoir', 'Loca Sud Véhicules')).toBe('Loca Sud Véhicules');
    expect(choose('Técnico/a de mantenimiento', 'Talleres Iruña')).toBe('Talleres Iruña');
    expect(choose('Mechaniker*in', 'Autohaus Brenner')).toBe('Autohaus Brenner');
    expect(choose('Conseiller(ère) funéraire', 'Pompes Funèbres Gaudin')).toBe('Pompes Funèbres Gaudin');
  });
  it('keeps names with dots and slashes that are no gender ending', () => {
    expect(choose('Ruiz y Cía. S.L.', 'x')).toBe('Ruiz y Cía. S.L.');
    expect(choose('Schmidt/Partner Steuerberatung', 'x')).toBe('Schmidt/Partner Steuerberatung');
  });
});
