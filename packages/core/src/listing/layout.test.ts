import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { isNavLine, readCrumb } from './layout';
import { titleAndCompany } from './meta';

describe('readCrumb', () => {
  it('reads the owner before the navigation segment and the page after it', () => {
    expect(readCrumb('Harbourline Ltd - Jobs - Night Porter')).toEqual({ company: 'Harbourline Ltd', page: 'Night Porter' });
    expect(readCrumb('Werken bij Kleefstra Zorg › Vacatures › Verpleegkundige')).toEqual({ company: 'Kleefstra Zorg', page: 'Verpleegkundige' });
    expect(readCrumb('[Jobs at Ferngrove](https://jobs.example.com/ferngrove) / Marketing')).toEqual({ company: 'Ferngrove', page: null });
    expect(readCrumb('Trabaja con nosotros - Panadería Urquiza')).toEqual({ company: 'Panadería Urquiza', page: null });
    expect(readCrumb('Emploi.example.fr | Offres | Chargé de paie H/F')).toEqual({ company: null, page: 'Chargé de paie H/F' });
    expect(readCrumb('Titel | Werken bij Dijkstra Installatietechniek')?.company).toBe('Dijkstra Installatietechniek');
  });
  it('leaves a title with a team or a place after a dash alone', () => {
    expect(readCrumb('Tech Lead - Payments')).toBeNull();
    expect(readCrumb('Data Analyst – Lyon')).toBeNull();
    expect(readCrumb('Koch / Köchin')).toBeNull();
  });
});

describe('isNavLine', () => {
  it('sees a search bar pasted as one line, with its field labels', () => {
    expect(isNavLine('What: Job title, keywords   Where: City, postcode')).toBe(true);
    expect(isNavLine('Trouver un job   Trouver une entreprise')).toBe(true);
    expect(isNavLine('Monster   Jobs   Unternehmen   Gehalt')).toBe(true);
    expect(isNavLine('Senior Data Analyst')).toBe(false);
  });
});

describe('title and company by page structure', () => {
  it('skips a board search bar and a shift suffix', () => {
    const text = 'Jobboard\nFind jobs   Company reviews\nWhat: Job title, keywords   Where: City, state\n\nForklift Team Leader - Nights\nOakridge Distribution - Leeds\n\nOakridge Distribution moves parcels for online shops.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Forklift Team Leader', company: 'Oakridge Distribution' });
  });
  it('reads "Company - Jobs - Title" and a breadcrumb above the title', () => {
    const text = 'Harbourline Ltd - Jobs - Night Porter (Weekends)\n\nNight Porter\nHospitality · Bristol · Part-time\n\nYou look after our guests at night.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Night Porter', company: 'Harbourline Ltd' });
  });
  it('does not take a company whose name holds a job word for the title', () => {
    const text = 'Workable\nMarlow Engineers\n\nReceptionist\nLeeds · Full time\n\nMarlow Engineers is a 40-person consultancy.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Receptionist', company: 'Marlow Engineers' });
  });
  it('does not take a sentence for the title, and reads a Markdown page title without a job word', () => {
    const text = '[Todas las ofertas](https://example.org/jobs) · Datos\n\n# Científico/a de Datos\n\n**Lumbre Analítica** · Remoto\n\nPuesto técnico sin personas a cargo.\n\nLumbre Analítica ayuda a cooperativas agrícolas.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Científico/a de Datos', company: 'Lumbre Analítica' });
  });
  it('reads the owner of a career page, not its header, and a verb-second opening', () => {
    expect(titleAndCompany('Trabaja con nosotros\n\nRecepcionista\nPanadería Urquiza\nBilbao', null).company).toBe('Panadería Urquiza');
    expect(titleAndCompany('Vacatures\nMagazijnmedewerker\nlocaties: Tiel\n\nSinds 1987 levert Grondverzet Tielman zand en grind aan aannemers.', null).company).toBe('Grondverzet Tielman');
  });
  it('takes no label whose value is a sentence for the company', () => {
    const text = 'Chargé de recrutement\nLyon\n\nOrganisation : 2 jours de télétravail par semaine.\n\nNaviora est une agence de voyages.';
    expect(titleAndCompany(text, null).company).toBe('Naviora');
  });
});

describe('a saved page that declares its JobPosting', () => {
  it('reads title, company and a remote job from the JSON-LD', () => {
    const html = `<html><head><title>Jobs</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"JobPosting","title":"Payroll Specialist (m/w/d)","hiringOrganization":{"@type":"Organization","name":"Ostwind Logistik GmbH"},"jobLocationType":"TELECOMMUTE"}]}</script></head><body><div>Menu</div><p>Wir suchen Verstärkung für die Lohnabrechnung.</p><h2>Ihr Profil</h2><ul><li>Erfahrung in der Lohnabrechnung</li></ul></body></html>`;
    const a = analyzeListing(html);
    expect(a).toMatchObject({ title: 'Payroll Specialist', company: 'Ostwind Logistik GmbH', workplace: 'remote' });
  });
  it('ignores a JSON-LD block that is not valid JSON', () => {
    const html = '<html><head><script type="application/ld+json">{"@type":"JobPosting", title: oops</script></head><body><h1>Sous-chef</h1><p>Le Comptoir Vert recrute.</p></body></html>';
    expect(analyzeListing(html).title).toBe('Sous-chef');
  });
});
