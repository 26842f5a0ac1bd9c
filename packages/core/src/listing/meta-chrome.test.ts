import { describe, expect, it } from 'vitest';
import { cleanTitle, titleAndCompany } from './meta';

describe('cleanTitle: suffixes that are not the role', () => {
  it('strips contract types, hours, shifts and places in the five languages', () => {
    expect(cleanTitle('Lagerleitung – Teilzeit')).toBe('Lagerleitung');
    expect(cleanTitle('Chargé de recrutement - CDD')).toBe('Chargé de recrutement');
    expect(cleanTitle('Analista de Datos (indefinido)')).toBe('Analista de Datos');
    expect(cleanTitle('Monteur (vast contract)')).toBe('Monteur');
    expect(cleanTitle('Support Engineer – Permanent, Full-time')).toBe('Support Engineer');
    expect(cleanTitle('Verpleegkundige (24-32 uur)')).toBe('Verpleegkundige');
    expect(cleanTitle('Pflegehelfer 30 Std. pro Woche')).toBe('Pflegehelfer');
    expect(cleanTitle('Operator Verpakking (ploegendienst)')).toBe('Operator Verpakking');
    expect(cleanTitle('Maschinenbediener Schichtdienst')).toBe('Maschinenbediener');
    expect(cleanTitle('Vendedor - Ciudad de Panamá')).toBe('Vendedor');
    expect(cleanTitle('QA Analyst (Remote)')).toBe('QA Analyst');
  });
  it('keeps what is the role', () => {
    expect(cleanTitle('Head of Remote')).toBe('Head of Remote');
    expect(cleanTitle('Teilzeit')).toBe('Teilzeit');
    expect(cleanTitle('Platform Lead – Billing')).toBe('Platform Lead – Billing');
  });
  it('strips a dash segment naming the site, a pay grade in brackets and a "for our" tail', () => {
    expect(cleanTitle('Camarero - Hotel Mirador del Puerto')).toBe('Camarero');
    expect(cleanTitle('Vendeuse - Boutique Rennes Centre')).toBe('Vendeuse');
    expect(cleanTitle('Kassierer – Einkaufszentrum Nordtor')).toBe('Kassierer');
    expect(cleanTitle('Lab Technician (Grade 5)')).toBe('Lab Technician');
    expect(cleanTitle('Sachbearbeiter Vergabe (E9 TVöD)')).toBe('Sachbearbeiter Vergabe');
    expect(cleanTitle('Jurist (A13)')).toBe('Jurist');
    expect(cleanTitle('Beleidsmedewerker (schaal 10)')).toBe('Beleidsmedewerker');
    expect(cleanTitle('Verkäufer für unsere Metzgerei am Markt')).toBe('Verkäufer');
    expect(cleanTitle('Cuisinier pour notre restaurant de Nantes')).toBe('Cuisinier');
    expect(cleanTitle('Monteur voor onze vestiging in Zwolle')).toBe('Monteur');
  });
  it('keeps a dash segment naming a specialism', () => {
    expect(cleanTitle('Buyer – Frozen Foods')).toBe('Buyer – Frozen Foods');
    expect(cleanTitle('Data Engineer - Storefront Analytics')).toBe('Data Engineer - Storefront Analytics');
    expect(cleanTitle('Analyst (Python)')).toBe('Analyst (Python)');
  });
});

describe('titleAndCompany: page chrome', () => {
  it('skips a board name and a search bar pasted on one line', () => {
    const m = titleAndCompany('Jobat\n\nWat Waar Zoeken\nScrum Master\nVerzekeraar Noordkust · Leeuwarden · Hybride\n\nJe begeleidt twee teams.', null);
    expect(m.title).toBe('Scrum Master');
    expect(m.company).toBe('Verzekeraar Noordkust');
  });
  it('never takes a requirement bullet for the title', () => {
    const m = titleAndCompany('Réseau   Emplois   Messagerie\n\n- 5 ans minimum comme Product Manager\nProduct Owner Mobile\nAssurances Lumen · Lyon', null);
    expect(m.title).toBe('Product Owner Mobile');
  });
  it('reads "Careers at X | Open roles" as the company X, and a label line as no company', () => {
    expect(titleAndCompany('Careers at Vell Robotics  |  Open roles  |  Life at Vell\n\nFirmware Engineer\n\nBoston, MA', null).company).toBe('Vell Robotics');
    const m = titleAndCompany('Leiter Einkauf (m/w/d)\nOrt: Ulm | Vollzeit\nDie Kranich Armaturen GmbH ist ein Hersteller von Ventilen.', null);
    expect(m.company).toBe('Kranich Armaturen GmbH');
  });
  it('drops "Werken bij" and a careers suffix of a page title', () => {
    expect(titleAndCompany('Teamleider Magazijn\nWe zoeken iemand.', 'Teamleider Magazijn | Werken bij Velox').company).toBe('Velox');
    expect(titleAndCompany('Head of Sales\nMehr als 40 Jahre Erfahrung.', 'Head of Sales | Obermann Karriere').company).toBe('Obermann');
  });
  it('never takes a board\'s name or a "X - Werken bij" page line for the title', () => {
    expect(titleAndCompany('VDAB\nVacatures zoeken   Opleidingen\n\nHeftruckchauffeur\nTransport Leie NV\nGent', null).title).toBe('Heftruckchauffeur');
    expect(titleAndCompany('Waterschap Veldmeer - Werken bij\nVacatures | Stages | Contact\n\nHydroloog\nUren: 36', null).title).toBe('Hydroloog');
  });
  it('keeps a dash segment the text names as the role\'s category or team', () => {
    const text = 'Buyer - Frozen Desserts\nLocation: Leeds\n\nOur client wants a Buyer to run their Frozen Desserts category. Frozen Desserts grew 9% last year.';
    expect(titleAndCompany(text, null).title).toBe('Buyer - Frozen Desserts');
  });
  it('reads a Mexican legal form as part of the name', () => {
    expect(titleAndCompany('Gerente de Sucursal\nFerreterías del Bajío S.A. de C.V.\nLeón, Gto.', null).company).toBe('Ferreterías del Bajío S.A. de C.V.');
  });
});

describe('titleAndCompany: a career site header, a company box and a copyright line', () => {
  it('takes the first entry of a header menu as the owner, not the team line under the title', () => {
    const text = 'Ostwind Räder  Jobs   Teams   Standorte   Kontakt\nMechatroniker (m/w/d)\nWerkstatt · Leipzig · Vollzeit\nOstwind Räder repariert Lastenräder.';
    expect(titleAndCompany(text, null).company).toBe('Ostwind Räder');
  });
  it('reads a menu of bars as chrome and a "Careers - Acme" line as the owner', () => {
    const text = 'Carrières - Fromages Rivaud\nNos offres | Alternance | Candidature spontanée | Contact\nVendeur fromager (H/F)\nFromages Rivaud tient trois boutiques.';
    expect(titleAndCompany(text, null).company).toBe('Fromages Rivaud');
  });
  it('takes the name above a sector and headcount line', () => {
    const text = 'Trouver un job   Trouver une entreprise   Employeurs\nBrume Logiciels\nLogiciel · 35 salariés\nChef de produit – Facturation\nCDI   Rennes\nBrume Logiciels édite un logiciel de facturation.';
    expect(titleAndCompany(text, null).company).toBe('Brume Logiciels');
  });
  it('does not take a board copyright ending in a dash, nor a "Vacancy details" heading', () => {
    expect(titleAndCompany('Vacancy details\nLab Technician\nThe lab runs assays for clinics.\n© 2026 Welcome to the Jungle – Tous droits réservés', null).company).toBeNull();
    expect(titleAndCompany('Lab Technician\nThe lab runs assays for clinics.\n© 2026 Nordlab Analytik – Alle Rechte vorbehalten', null).company).toBe('Nordlab Analytik');
  });
});

describe('titleAndCompany: search pages, rating boxes, contract prefixes and the employer as a suffix', () => {
  it('skips a search form, a search heading with its count and a job-alert toggle', () => {
    const text = 'Suche: controller   Ort: Bremen\nController in Bremen\n312 Treffer\nJobalarm aktivieren  Aus\n\nController Konzernrechnungswesen\nWeserlicht Energie AG\nBremen (Hybrid)';
    const meta = titleAndCompany(text, null);
    expect(meta.title).toBe('Controller Konzernrechnungswesen');
    expect(meta.company).toBe('Weserlicht Energie AG');
  });
  it('takes the line above a rating as the company, even with a job word in it', () => {
    const text = 'Hartwell Structural Engineering\n4.1 ★\nSite Engineer\nBristol\nWe build bridges.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Site Engineer', company: 'Hartwell Structural Engineering' });
  });
  it('drops a leading contract type and keeps the German gender star as a gender form', () => {
    expect(cleanTitle('Praktikum – Marketing Assistant')).toBe('Marketing Assistant');
    expect(titleAndCompany('Sachbearbeiter*in Einkauf\nKranich Logistik GmbH\nKranich Logistik GmbH ist ein Spediteur.', null).title).toBe('Sachbearbeiter Einkauf');
  });
  it('drops a dash segment that opens with the employer name', () => {
    const text = 'Grupo Faro Verde – Únete al equipo\nEncargado/a de sala – Faro Verde Gijón\nFaro Verde es un grupo de tres restaurantes.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Encargado de sala', company: 'Grupo Faro Verde' });
  });
});

describe('titleAndCompany: a legal name only in the footer', () => {
  it('keeps the name the listing goes by when only an imprint adds the legal form', () => {
    const text = ['Careers at Wrenfield Tools  |  Jobs  |  Life at Wrenfield', 'Buyer – Hand Tools', 'Sheffield · Purchasing · Full time', 'Wrenfield Tools sells hand tools to trade counters.', 'You will buy from forty suppliers.', 'What you get', '- 25 days holiday', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'Wrenfield Tools Ltd, registered in England.'].join('\n');
    expect(titleAndCompany(text, null).company).toBe('Wrenfield Tools');
  });
});
