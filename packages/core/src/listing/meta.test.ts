import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { callManagerRole } from './manager';

describe('title and company past more page chrome', () => {
  it('skips "Skip to main content", "Sign In" and a job-search link', () => {
    const a = analyzeListing('Skip to main content\nSearch for Jobs\nSign In\nLogistics Planner\nHavenrock Freight · Hull\n\nPlan our trailer routes.\n\nRequirements:\n- 2 years of TMS experience');
    expect(a.title).toBe('Logistics Planner');
    expect(a.company).toBe('Havenrock Freight');
  });
  it('keeps a dash suffix in the title when the company is named on the next line, in a field or is a tool', () => {
    expect(analyzeListing('Platform Engineer - Search\nBluefin Labs\nLeeds\n\nWe build search for Bluefin Labs customers. Search matters.').title).toBe('Platform Engineer - Search');
    const field = analyzeListing('Frontend-Entwickler (m/w/d) – Angular\n\nFirma: Eichel Medien AG\nOrt: Kiel\n\nWir arbeiten mit Angular. Angular ist toll.');
    expect(field.title).toBe('Frontend-Entwickler – Angular');
    expect(field.company).toBe('Eichel Medien AG');
  });
  it('reads a legal name before a comma and a legal form with a full stop', () => {
    expect(analyzeListing('Leitung Einkauf (m/w/d)\nHolm & Partner Anlagenbau GmbH, Kassel\n\nSie leiten den Einkauf.').company).toBe('Holm & Partner Anlagenbau GmbH');
    expect(analyzeListing('indeed\nAccount Manager\nBirchline Cartons Co.\nDayton, OH 45402\n\nBirchline Cartons Co makes boxes.').company).toBe('Birchline Cartons Co.');
  });
  it('drops a run of navigation links from a saved page header', () => {
    const html = '<html><body><header><a href="/">Nebelhorn Software</a> <a href="/karriere">Karriere</a> <a href="/kontakt">Kontakt</a></header><h1>Backend Engineer (m/w/d)</h1><p>Nebelhorn Software baut Apps.</p></body></html>';
    expect(analyzeListing(html).company).toBe('Nebelhorn Software');
  });
  it('reads the company from a tracking system footer and from a Dutch opening', () => {
    const lever = '<div><h2>Backend Engineer</h2><div class="location">Utrecht</div></div><p>We process payouts for shops.</p><div class="main-footer"><a href="https://x.example">Fjord Pay Home Page</a> <a href="https://y.example">Jobs powered by Lever</a></div>';
    expect(analyzeListing(lever).company).toBe('Fjord Pay');
    expect(analyzeListing('Workday\nVacatures zoeken\nAanmelden\n\nConsultant Finance\nlocaties\nUtrecht\n\nBij Baken Advies help je klanten met hun boekhouding.').company).toBe('Baken Advies');
  });
  it('reads a mojibake dash whose last byte became a straight quote', () => {
    const a = analyzeListing('Senior Engineer - Payments\nHollyhock â€" Remote\n\nWeâ€™re hiring. Youâ€™ll write TypeScript.');
    expect(a.company).toBe('Hollyhock');
  });
});

describe('requirement lines pasted without their bullets', () => {
  it('keeps lines that hold a heading word as requirements, not as headings', () => {
    const a = analyzeListing('Financial Analyst\nAcme Bank\n\nQualifications:\n5+ years of FP&A experience, banking preferred\nAdvanced Excel; Alteryx a plus\nStrong communication skills\n\nAbout Us\nAcme Bank is a bank.');
    expect(a.requirements.map((r) => r.text)).toEqual(expect.arrayContaining(['5+ years of FP&A experience, banking preferred', 'Advanced Excel; Alteryx a plus']));
    expect(a.skills).toContain('Excel');
  });
});

describe('Dutch and German compound manager titles', () => {
  it('leads people unless the first part is a thing managed', () => {
    expect(callManagerRole('Vestigingsmanager', 'Je bent verantwoordelijk voor de winkel.').isManagerRole).toBe(true);
    expect(callManagerRole('Filialmanagerin', 'Du bist für die Filiale verantwortlich.').isManagerRole).toBe(true);
    expect(callManagerRole('Accountmanager Zakelijk', 'Je beheert klanten.').isManagerRole).toBe(false);
    expect(callManagerRole('Categoriemanager Zuivel', 'Je beheert het assortiment.').isManagerRole).toBe(false);
  });
  it('reads "stuurt N … aan" and year-end reviews in Dutch', () => {
    expect(callManagerRole('Coördinator', 'Je stuurt 4 planners aan en voert de jaargesprekken.').isManagerRole).toBe(true);
  });
});

describe('titles of forwarded e-mails, double gender forms and region suffixes', () => {
  it('skips a forwarded e-mail header and reads the company with its town after the dash', () => {
    const a = analyzeListing('----- Mensaje reenviado -----\nDe: Ana Ruiz <ana@ejemplo.example>\nAsunto: Oferta Encargado de Almacén\nPara: Luis\n\nLuis, mira esta oferta que me han pasado esta mañana en el trabajo.\n\nEncargado de Almacén - Frutas Ribera, S.L. (Lorca)\nCoordinarás a seis mozos de almacén.');
    expect(a.title).toBe('Encargado de Almacén');
    expect(a.company).toBe('Frutas Ribera, S.L.');
  });
  it('drops a German company and town after a dash', () => {
    const a = analyzeListing('Betreff: Stelle\n\nSchichtleiter Produktion (m/w/d) – Kunststoffwerk Nord GmbH, Bremen\nSie führen ein Team von acht Mitarbeitenden.');
    expect(a.title).toBe('Schichtleiter Produktion');
    expect(a.company).toBe('Kunststoffwerk Nord GmbH');
  });
  it('keeps a written-out German double form as written, without a sentence\'s article', () => {
    expect(analyzeListing('Leiterin / einen Leiter des Bürgerbüros\nGemeinde Talheim\n\nSie führen sechs Beschäftigte.').title).toBe('Leiterin / Leiter des Bürgerbüros');
    expect(analyzeListing('Kassierer/Kassiererin\nMarkt Talheim\n\nSie kassieren.').title).toBe('Kassierer/Kassiererin');
  });
  it('drops a sales region and an airport site', () => {
    expect(analyzeListing('Gebietsverkaufsleiter – Region Nordwest\nAgrarhandel Weser GmbH\n\nSie betreuen Landwirte.').title).toBe('Gebietsverkaufsleiter');
    expect(analyzeListing('Delegado Comercial – Zona Centro\nPiensos Duero\n\nVisitarás granjas.').title).toBe('Delegado Comercial');
    expect(analyzeListing('Agente de Rampa - Aeropuerto de Bilbao\nHandling Norte\n\nCargarás equipajes.').title).toBe('Agente de Rampa');
  });
  it('does not take a careers banner for the title', () => {
    expect(analyzeListing('Werken voor Gemeente Duinkerk\n\nBeleidsmedewerker Sport\nDuinkerk · 32 uur\n\nJe schrijft beleid.').title).toBe('Beleidsmedewerker Sport');
  });
});

describe('company lines around the title', () => {
  it('takes no shift for a company and skips a link back to all jobs', () => {
    expect(analyzeListing('Careers at Harbourline Ferries\nSearch for Jobs\n\nDeck Supervisor - Nights\nApply\n\nYou lead the night deck crew of six. Nights are four on, four off. Nights pay a premium.').company).toBe('Harbourline Ferries');
    expect(analyzeListing('TSV Blau-Weiß Ostheim 1907 e.V.\nKarriere\nAlle Stellen\n\nTrainer Nachwuchs (m/w/d)\nOstheim · Teilzeit\n\nDu trainierst die U12.').company).toBe('TSV Blau-Weiß Ostheim 1907 e.V.');
  });
  it('reads a council before its address as the company', () => {
    expect(analyzeListing('Parks Operations Manager\nEastmoor District Council, Town Hall, Bridge Street\nGrade 9\n\nYou will manage the parks team of 14 gardeners.').company).toBe('Eastmoor District Council');
  });
});
