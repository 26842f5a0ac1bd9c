import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { cleanTitle } from './meta';
import { withLegalForm } from './company';
import { hiringSentenceTitle, stripGenderEndings } from './title-shape';

describe('gender forms a title keeps and drops', () => {
  it('keeps a slash form as written, in all its spellings', () => {
    expect(stripGenderEndings('Jefe/a de turno')).toBe('Jefe/a de turno');
    expect(cleanTitle('Hufbeschlagschmied/in (m/w/d)')).toBe('Hufbeschlagschmied/in');
    expect(cleanTitle('Directeur / Directrice d\'EHPAD H/F')).toBe('Directeur / Directrice d\'EHPAD');
    expect(cleanTitle('Fischwirt / Fischwirtin - Forellenteichwirtschaft')).toBe('Fischwirt / Fischwirtin');
    expect(cleanTitle('Director/a Financiero/a (CFO)')).toBe('Director/a Financiero/a');
  });
  it('drops a star, colon, middle-dot, bracketed or capital-I ending, keeping the first form', () => {
    expect(stripGenderEndings('Referent*in Presse')).toBe('Referent Presse');
    expect(stripGenderEndings('Produktmanager:in Mobile App')).toBe('Produktmanager Mobile App');
    expect(stripGenderEndings('Développeur·se Full-Stack')).toBe('Développeur Full-Stack');
    expect(stripGenderEndings('Technicien(ne) de maintenance')).toBe('Technicien de maintenance');
    expect(stripGenderEndings('Auxiliar Administrativo(a)')).toBe('Auxiliar Administrativo');
    expect(stripGenderEndings('Qualitätsbeauftragte*r')).toBe('Qualitätsbeauftragte');
    expect(stripGenderEndings('SachbearbeiterIn Einkauf')).toBe('Sachbearbeiter Einkauf');
    expect(stripGenderEndings('LinkedIn Ads Manager')).toBe('LinkedIn Ads Manager');
  });
  it('drops the article a sentence writes between the two forms', () => {
    expect(cleanTitle('Leiterin / einen Leiter der Stadtbibliothek (m/w/d)')).toBe('Leiterin / Leiter der Stadtbibliothek');
  });
  it('reads a hiring sentence past an article written in two forms, keeping the job\'s', () => {
    expect(hiringSentenceTitle('Buscamos un/a Encargado/a de cosecha para el turno de noche')).toBe('Encargado/a de cosecha');
    expect(hiringSentenceTitle('Wir suchen eine/n Glasbläser/in für Laborglas')).toBe('Glasbläser/in für Laborglas');
  });
  it('reads the title of a whole listing with its slash form', () => {
    const a = analyzeListing('Jefe/a de turno – fabricación de envases de vidrio\nVidrieras del Norte S.A.\nBurgos\n\nCoordinarás a un equipo de 12 operarios en el horno y la línea de inspección. Buscamos experiencia en vidrio hueco.');
    expect(a.title).toBe('Jefe/a de turno');
  });
});

describe('hours, contract and language requirement after a title', () => {
  it('drops "in Teilzeit" and its kin in every language after a plain space', () => {
    expect(cleanTitle('Buchhalter in Teilzeit')).toBe('Buchhalter');
    expect(cleanTitle('Comptable à temps partiel')).toBe('Comptable');
    expect(cleanTitle('Contable a media jornada')).toBe('Contable');
    expect(cleanTitle('Boekhouder in deeltijd')).toBe('Boekhouder');
  });
  it('drops the language the job is done in, in brackets or after a dash', () => {
    expect(cleanTitle('Customer Support Specialist (English speaking)')).toBe('Customer Support Specialist');
    expect(cleanTitle('Teamleider Ongediertebestrijding (English speaking)')).toBe('Teamleider Ongediertebestrijding');
    expect(cleanTitle('Kundenberater – deutschsprachig')).toBe('Kundenberater');
    expect(cleanTitle('Téléconseiller (bilingue)')).toBe('Téléconseiller');
    expect(cleanTitle('Agente de reservas (bilingüe)')).toBe('Agente de reservas');
    expect(cleanTitle('Klantenservicemedewerker (Engelstalig)')).toBe('Klantenservicemedewerker');
  });
  it('drops a contract with the shift after it', () => {
    expect(cleanTitle('Warehouse Associate – Full Time Days')).toBe('Warehouse Associate');
  });
});

describe('the legal form written beside the company\'s name', () => {
  it('adds the legal form the listing writes anywhere, with the comma Spanish writes', () => {
    expect(withLegalForm('Kestrel Plastics', 'Kestrel Plastics\nApply now\n© 2026 Kestrel Plastics Ltd · Halesfield')).toBe('Kestrel Plastics Ltd');
    expect(withLegalForm('Áridos del Guadiana', 'Áridos del Guadiana\n…\nÁridos del Guadiana, S.A.')).toBe('Áridos del Guadiana, S.A.');
    expect(withLegalForm('Fietsplan', 'Fietsplan zoekt een manager')).toBe('Fietsplan');
  });
  it('reads a saved page\'s footer for it', () => {
    const html = '<html><head><title>Maintenance Planning Coordinator | Careers | Kestrel Plastics</title></head><body><main><h1>Maintenance Planning Coordinator</h1><p>Kestrel Plastics makes injection-moulded parts in Telford. You will plan the maintenance of 40 presses in SAP PM.</p></main><footer><p>Kestrel Plastics Ltd · Halesfield 9, Telford</p></footer></body></html>';
    expect(analyzeListing(html).company).toBe('Kestrel Plastics Ltd');
  });
  it('reads it past the article of a careers header', () => {
    const a = analyzeListing('Karriere bei der Bootswerft Lütjens\n\nBootsbauer (m/w/d)\nBootswerft Lütjens GmbH · Heiligenhafen\n\nWir bauen und reparieren Segel- und Motorboote aus GFK und Holz.');
    expect(a.company).toBe('Bootswerft Lütjens GmbH');
  });
});
