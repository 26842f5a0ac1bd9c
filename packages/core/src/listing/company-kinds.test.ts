import { describe, expect, it } from 'vitest';
import { companyFromLine } from './company';
import { notEmployerKind } from './company-words';
import { titleAndCompany } from './meta';

// The company candidate by what it is: a name, then a town the place list knows, is the employer and
// its town; a page's reference or a town with a mode of work is never the employer.
describe('a name and its town under the title', () => {
  it('names the employer, in the five languages', () => {
    expect(titleAndCompany('Fahrradmonteur (m/w/d)\nRadhaus Kiefer, Münster\n\nWir sind ein Fahrradfachgeschäft mit Werkstatt.', null).company).toBe('Radhaus Kiefer');
    expect(titleAndCompany('Préparateur en pharmacie - CDI\nPharmacie du Marché, Quimper (29)\n\nPharmacie de centre-ville, équipe de 8 personnes.', null).company).toBe('Pharmacie du Marché');
    expect(titleAndCompany('Tandtechnicus kroon- en brugwerk\nTandtechnisch Laboratorium De Kroon, Zwolle\n\nWij zoeken een tandtechnicus voor ons team.', null).company).toBe('Tandtechnisch Laboratorium De Kroon');
    expect(titleAndCompany('Mecánico de bicicletas\nTaller Ciclos Norte, Bilbao\n\nBuscamos un mecánico con experiencia.', null).company).toBe('Taller Ciclos Norte');
    expect(titleAndCompany('Bicycle Mechanic\nSpoke Street Cycles, Leeds\n\nWe are a busy workshop looking for a mechanic.', null).company).toBe('Spoke Street Cycles');
  });

  it('reads a bare name with its town as a strong candidate, not a job, a place or a separated line', () => {
    expect(companyFromLine('Radhaus Kiefer, Münster', '')).toEqual({ name: 'Radhaus Kiefer', strong: true });
    expect(companyFromLine('Senior Developer, Berlin', '')).toBeNull();
    expect(companyFromLine('Lugar: Costa Adeje, Tenerife', '')).toBeNull();
    expect(companyFromLine('Arbeitsort: Bad Homburg, Hessen', '')).toBeNull();
    expect(companyFromLine('Lieu : Saint-Malo, Bretagne', '')).toBeNull();
    expect(companyFromLine('Severnmoor Water · Shrewsbury, Shropshire', '')?.name).not.toBe('Severnmoor Water · Shrewsbury');
    expect(companyFromLine('Neustadt Mitte, Berlin', '')?.strong ?? false).toBe(false);
  });
});

describe('a candidate of a kind that is never the employer', () => {
  it('is a page reference, in the five languages', () => {
    expect(notEmployerKind('Stellenangebot ID 1294471')).toBe(true);
    expect(notEmployerKind('Job ID 88412')).toBe(true);
    expect(notEmployerKind('Offre n° 2026-1184')).toBe(true);
    expect(notEmployerKind('Referencia 45521')).toBe(true);
    expect(notEmployerKind('Vacaturenummer 4411')).toBe(true);
  });

  it('is a reference numbered within its year', () => {
    expect(notEmployerKind('Ausschreibung Nr. 12/2027')).toBe(true);
    expect(notEmployerKind('Offre n° 8/2027')).toBe(true);
    expect(notEmployerKind('Nordhafen 12')).toBe(false);
  });

  it("is an agency's client named only as such, in the five languages", () => {
    expect(notEmployerKind('Unser Mandant')).toBe(true);
    expect(notEmployerKind('Notre client')).toBe(true);
    expect(notEmployerKind('Our client')).toBe(true);
    expect(notEmployerKind('Nuestro cliente')).toBe(true);
    expect(notEmployerKind('Onze opdrachtgever')).toBe(true);
    expect(notEmployerKind('Client Solutions Group')).toBe(false);
  });

  it('is a town with a mode of work, in the five languages', () => {
    expect(notEmployerKind('BARCELONA O REMOTO (ESPAÑA)')).toBe(true);
    expect(notEmployerKind('Lyon ou télétravail')).toBe(true);
    expect(notEmployerKind('Utrecht / hybride')).toBe(true);
    expect(notEmployerKind('Hamburg oder Homeoffice')).toBe(true);
    expect(notEmployerKind('Leeds or remote')).toBe(true);
  });

  it('is not a name, a name with its legal form, or a company called after a mode of work', () => {
    expect(notEmployerKind('Aquanova Digital')).toBe(false);
    expect(notEmployerKind('Remote Technology Ltd')).toBe(false);
    expect(notEmployerKind('Remote')).toBe(false);
    expect(notEmployerKind('Studio 1984')).toBe(false);
    expect(notEmployerKind('Nr. 1 Bouw B.V.')).toBe(false);
  });

  it('gives way to the name the listing writes in its own prose', () => {
    const text = 'Aquanova Digital\nInicio   Soluciones   Clientes   Blog   Empleo\n\n← Todas las ofertas\n\nIngeniero/a de Datos Senior – Redes de Agua\nBARCELONA O REMOTO (ESPAÑA) / TECNOLOGÍA – DATA / JORNADA COMPLETA\n\nAquanova Digital es la filial tecnológica de un grupo de gestión del agua.\n';
    expect(titleAndCompany(text, null).company).toBe('Aquanova Digital');
  });
});
