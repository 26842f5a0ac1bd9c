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
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Encargado/a de sala', company: 'Grupo Faro Verde' });
  });
});

describe('titleAndCompany: a legal name only in the footer', () => {
  it('takes the legal form an imprint writes beside the name the listing goes by', () => {
    const text = ['Careers at Wrenfield Tools  |  Jobs  |  Life at Wrenfield', 'Buyer – Hand Tools', 'Sheffield · Purchasing · Full time', 'Wrenfield Tools sells hand tools to trade counters.', 'You will buy from forty suppliers.', 'What you get', '- 25 days holiday', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'More text', 'Wrenfield Tools Ltd, registered in England.'].join('\n');
    expect(titleAndCompany(text, null).company).toBe('Wrenfield Tools Ltd');
  });
});

describe('titles: work modes, shifts, hours and places after a dash; chrome above the title', () => {
  it('drops a work mode, a shift or the hours in the five languages', () => {
    expect(cleanTitle('Data Engineer – 100 % Remote')).toBe('Data Engineer');
    expect(cleanTitle('Développeuse Front – Full remote')).toBe('Développeuse Front');
    expect(cleanTitle('Platform Engineer (Remote, DE)')).toBe('Platform Engineer');
    expect(cleanTitle('Mozo de almacén - Turno de tarde')).toBe('Mozo de almacén');
    expect(cleanTitle('Orderpicker - avonddienst')).toBe('Orderpicker');
    expect(cleanTitle('Dependiente - 30h')).toBe('Dependiente');
    expect(cleanTitle('Chargé·e de mission·le – Full remote')).toBe('Chargé de mission');
  });
  it('keeps a specialty the listing calls a team or a service, and drops the listing\'s own town', () => {
    const dept = 'Job board\n\nPhysiotherapist - Hand Therapy\nOakfield Community Health Services NHS Trust\n\nJoin our busy Hand Therapy service in the east of the county.';
    expect(titleAndCompany(dept, null)).toMatchObject({ title: 'Physiotherapist - Hand Therapy', company: 'Oakfield Community Health Services NHS Trust' });
    const town = 'Barista – Leeds Corn Exchange\nBeanhouse Coffee\nLocation: Leeds\n\nBeanhouse Coffee roasts its own beans.';
    expect(titleAndCompany(town, null).title).toBe('Barista');
    const postcode = 'Bürokauffrau (m/w/d) - Teilzeit 20 Std.\nFeldmann Hausverwaltung mbB - 44135 Dortmund\n\nWir verwalten Wohnungen.';
    expect(titleAndCompany(postcode, null)).toMatchObject({ title: 'Bürokauffrau', company: 'Feldmann Hausverwaltung mbB' });
  });
  it('reads past a logo\'s alternative text, a lone search box and a menu pasted one entry a line', () => {
    const logo = 'Search\nHome\nJobs\n\nBrightwater Mills logo\nBrightwater Mills\nShare\nShow more options\n\nSales Engineer, Northern Region\nYork · 3 days ago\n\nWe mill flour.';
    expect(titleAndCompany(logo, null)).toMatchObject({ title: 'Sales Engineer, Northern Region', company: 'Brightwater Mills' });
    const menu = 'JobPortal\nJobs\nGehaltsvergleich\nBerufsberatung\nUnternehmen\nAnmelden\n\nSchichtleiter Versand\nHolzner Spedition GmbH\nUlm\n\nWir suchen Verstärkung.';
    expect(titleAndCompany(menu, null)).toMatchObject({ title: 'Schichtleiter Versand', company: 'Holzner Spedition GmbH' });
    const firm = 'Harrow Lane Engineers\nCareers\n\nReceptionist\nLocation: Bath\n\nHarrow Lane is a 20-person structural practice.';
    expect(titleAndCompany(firm, null)).toMatchObject({ title: 'Receptionist', company: 'Harrow Lane Engineers' });
  });
});

describe('company: board menus, service words and sentences are not the employer', () => {
  it('takes the legal name under the title over a menu or an upsell above it', () => {
    const upsell = 'JobNet\nJobs\nStart\nNachrichten\nPremium testen\n\nSenior Entwickler (m/w/d) Zahlungsverkehr\nBergquell Bank AG\nFrankfurt\n\nDie Bergquell Bank AG ist eine Regionalbank.';
    expect(titleAndCompany(upsell, null).company).toBe('Bergquell Bank AG');
    const menu = 'empleoweb\nOfertas de empleo | Empresas | Salarios | Área candidato\n\nAnalista de Sistemas\nTorrealba Informática\nBilbao\n\nTorrealba Informática es una consultora.';
    expect(titleAndCompany(menu, null).company).toBe('Torrealba Informática');
    const phone = 'Stadtwerke Nordheide\nStörungsdienst 24/7: 04101 222-0\n\nKarriere > Stellen > Ingenieur Netzplanung\n\nIngenieur Netzplanung\n\nWir versorgen die Region.';
    expect(titleAndCompany(phone, null).company ?? '').not.toMatch(/24\/7/);
  });
  it('reads the employer from an opening sentence with an aside, and only the name from "Chez X (…), on…"', () => {
    expect(titleAndCompany('Info zum Job\nBuchhalter (m/w/d)\n\nBerghof & Partner, Steuerberater aus dem Allgäu, sucht eine:n Buchhalter:in für die Mandantenbetreuung in Kempten.', null).company).toBe('Berghof & Partner');
    expect(titleAndCompany('Acerca del empleo\nTécnico de Ventas\n\nEn Conservas Rías Altas (cooperativa, Vigo) fabricamos conservas de pescado desde 1950 para toda Europa.', null).company).toBe('Conservas Rías Altas');
    expect(titleAndCompany('Infos sur l\'emploi\nComptable\n\nChez Atelier Vauban (12 personnes, Lyon), on conçoit des meubles sur mesure pour les particuliers et les hôtels de la région.', null).company).toBe('Atelier Vauban');
  });
  it('drops a dash segment that only names the employer\'s business, the tail of its longer name', () => {
    const text = 'Teamleider Planning – Logistiek\n\nBij Vanderhoek Logistiek (transporteur, 300 medewerkers) ga je een team van planners leiden.';
    expect(titleAndCompany(text, null)).toMatchObject({ title: 'Teamleider Planning', company: 'Vanderhoek Logistiek' });
  });
});
