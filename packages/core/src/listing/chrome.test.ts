// Page chrome by its shape, and titles in each language's grammar. Every line here is our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { isLinkLabel } from './chrome';
import { loadLanguageDetector } from './language';
import { cleanTitle, titleAndCompany } from './meta';
import { splitSections } from './sections';
import { stripGenderForms, stripPlaceTail } from './title-shape';

beforeAll(async () => {
  await loadLanguageDetector();
});

describe('isLinkLabel', () => {
  it('sees navigation, account menus, upsells, keyboard hints and legal lines in five languages', () => {
    for (const line of [
      'Back to search results', 'Return to job list', 'Zurück zu allen Stellen', 'Retour à la liste', 'Volver al listado', 'Terug naar zoekresultaten', 'Ga naar de hoofdinhoud',
      'My applications', 'Your saved jobs', 'Mein Bewerberkonto', 'Mes alertes', 'Mis candidaturas', 'Mijn sollicitaties', 'Present yourself'.replace('Present', 'Introduce'),
      'Try Pro free for 30 days: $0', 'Keyboard navigation menu', 'For Recruiters', 'Pour les entreprises', '© 2027 Hirebase Ltd', 'Alle Rechte vorbehalten', 'Réf. : 99812AB-77',
    ]) expect(isLinkLabel(line), line).toBe(true);
  });
  it('leaves titles and employers alone, even those that start like a menu word', () => {
    for (const line of ['Back Office Assistant', 'Change Manager', 'Account Manager', 'Head of Search', 'Showroom Supervisor', 'Harrowgate Dairy Ltd', 'Open Banking Engineer', 'Candidate Experience Specialist']) {
      expect(isLinkLabel(line), line).toBe(false);
    }
  });
});

describe('title and company past the chrome', () => {
  it('skips a back link and an account menu above the title and takes the company under it', () => {
    const a = titleAndCompany('Terug naar overzicht\nMijn account\n\nTeamleider Klantenservice\nBerkhout Energie B.V.\nAmersfoort\n\nBerkhout Energie levert stroom.', null);
    expect(a).toMatchObject({ title: 'Teamleider Klantenservice', company: 'Berkhout Energie B.V.' });
  });
  it('never takes an upsell or a copyright line of the platform for the employer', () => {
    const a = titleAndCompany('Home\nNetwork\nTry Gold for $1\n\nWarehouse Supervisor\nQuenby Freight · Leeds\n\nQuenby Freight moves chilled food.\n© 2026 Hirebase, Inc. All rights reserved.', null);
    expect(a).toMatchObject({ title: 'Warehouse Supervisor', company: 'Quenby Freight' });
    expect(titleAndCompany('Analista Contable\n\n- Cierres mensuales con SAP\n\n© 2026 Workday, Inc. Todos los derechos reservados.', null).company).toBeNull();
  });
  it('reads the employer from a board link to its other ads', () => {
    expect(titleAndCompany('Alle Stellenangebote von Lindqvist Werkzeugbau GmbH\n\nSchichtführer Fräserei (m/w/d)\nHagen · Vollzeit', null).company).toBe('Lindqvist Werkzeugbau GmbH');
  });
  it('takes the line a breadcrumb names as its page, not an agency banner above it', () => {
    const a = titleAndCompany('SELECTA PERSONAS & TALENTO - Consultoría de RRHH\nOfertas > Logística > Encargado de Almacén\n\nEncargado de Almacén\nUbicación: Zaragoza', null);
    expect(a.title).toBe('Encargado de Almacén');
  });
  it('reads an employer that opens a paragraph with a verb of its own, or after "Bij X" with the verb first', () => {
    expect(titleAndCompany('Chef de quai H/F\nCDI\n\nTransports Villemur achemine des palettes vers toute la Bretagne depuis 1981.', null).company).toBe('Transports Villemur');
    expect(titleAndCompany('Planner Binnendienst\n40 uur\n\nBij Dekker Koeltechniek onderhouden we koelinstallaties in heel Brabant.', null).company).toBe('Dekker Koeltechniek');
  });
});

describe('title grammar in five languages', () => {
  it('drops the gender forms written into the words', () => {
    expect(stripGenderForms('Jefe/a de Turno')).toBe('Jefe de Turno');
    expect(stripGenderForms('Auxiliar Administrativo(a)')).toBe('Auxiliar Administrativo');
    expect(stripGenderForms('Chargé·e de clientèle')).toBe('Chargé de clientèle');
    expect(stripGenderForms('Technicien(ne) de laboratoire')).toBe('Technicien de laboratoire');
    expect(stripGenderForms('Teamleiter:in Logistik')).toBe('Teamleiter Logistik');
    expect(stripGenderForms('Sachbearbeiter*in Lohn')).toBe('Sachbearbeiter Lohn');
    expect(stripGenderForms('Fachberater/-in Garten')).toBe('Fachberater Garten');
    expect(stripGenderForms('Ingenieur Qualität')).toBe('Ingenieur Qualität');
  });
  it('drops a place, a shift compound or a contract that is only possible, and keeps a field or a tool', () => {
    expect(cleanTitle('Kassierer – Teilzeit möglich')).toBe('Kassierer');
    expect(cleanTitle('Maschinenführer – Wechselschicht')).toBe('Maschinenführer');
    expect(cleanTitle('Dependiente – Tienda Gran Vía (Bilbao)')).toBe('Dependiente');
    expect(stripPlaceTail('Head of Marketing in Lyon, Auvergne-Rhône-Alpes, France')).toBe('Head of Marketing');
    expect(stripPlaceTail('Backend Developer – Platform (Python)')).toBe('Backend Developer – Platform (Python)');
    expect(cleanTitle('Product Owner - Pagos Móviles')).toBe('Product Owner - Pagos Móviles');
  });
  it('reads a supervisor title under a search bar', () => {
    const a = analyzeListing('What\nWhere\nFind jobs\n\nNight Supervisor - Weekends\nBallard Cold Storage\n\nYou supervise 12 pickers and run the shift.');
    expect(a.title).toBe('Night Supervisor');
  });
});

describe('question headings', () => {
  it('close the company blurb so the tasks under "Wat ga je doen?" are read for tools', () => {
    const a = analyzeListing('Data Engineer\nZeeland Water\n\nOver Zeeland Water\nWij leveren drinkwater aan 400.000 huishoudens.\n\nWat ga je doen?\n• Je bouwt pijplijnen in Airflow en Snowflake\n\nWat neem je mee?\n• Ervaring met Python');
    expect(a.skills).toEqual(expect.arrayContaining(['Airflow', 'Snowflake', 'Python']));
  });
  it('keep a known heading known with its question marks, and leave a question inside the text alone', () => {
    expect(splitSections('¿Qué ofrecemos?\n- Seguro médico').at(-1)?.section).toBe('benefits');
    expect(splitSections('Descripción\nBen jij onze nieuwe analist?\nJe werkt met SQL.').at(-1)?.section).toBe('intro');
  });
});
