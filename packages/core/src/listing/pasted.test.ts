// Listings as people paste them: the company beside the title, gender and contract notes in the
// title, manager phrases that are negated, workplace phrasings and tools in five languages. Every
// phrase here is our own; none is copied from a test split.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { ListingLabelSchema, qualityRates, scoreListings } from './evaluate';
import { loadLanguageDetector } from './language';
import { cleanTitle } from './meta';
import { detectWorkplace } from './signals';

beforeAll(async () => {
  await loadLanguageDetector();
});

describe('title and company of a pasted listing', () => {
  it('takes the company from the line under the title, past the city and the contract', () => {
    const a = analyzeListing('Inventory Planner\nMarigold Tea Traders · Leeds · Full-time\n\nMarigold Tea Traders blends tea for cafés.\nYou will plan stock in Excel.');
    expect(a.title).toBe('Inventory Planner');
    expect(a.company).toBe('Marigold Tea Traders');
  });

  it('does not take a city for the company when the listing names the city as a place', () => {
    const a = analyzeListing('Buchhalter (w/m/d)\nPassau · Finance\n\nÜber uns\nDie Quarzwerk Bau ist ein Familienbetrieb.\nArbeitsort: Passau\nDu buchst Rechnungen in DATEV.');
    expect(a.company).not.toBe('Passau');
  });

  it('removes a gender marker inside the title, and the hours or a contract note at its end', () => {
    expect(cleanTitle('Lagerist (m/w/d) in Vollzeit')).toBe('Lagerist');
    expect(cleanTitle('Assistant comptable (CDD 4 mois)')).toBe('Assistant comptable');
    expect(cleanTitle('Data Analyst (6 month contract)')).toBe('Data Analyst');
  });

  it('reads the company from a "Company:" field written in Markdown bold', () => {
    expect(analyzeListing('# Barista\n\n**Company:** Copper Kettle Roasters\n**Location:** York\n\nYou make coffee.').company).toBe('Copper Kettle Roasters');
  });

  it('keeps a team name after a dash in the title when the next line names the company', () => {
    const a = analyzeListing('Engineering Manager - Search Ranking\nBluefin Retail Group\n\nYou lead the Search Ranking team of five engineers and run their reviews.');
    expect(a.title).toBe('Engineering Manager - Search Ranking');
    expect(a.company).toBe('Bluefin Retail Group');
  });

  it('reads the company from the page title of a saved page', () => {
    const html = '<html><head><title>Tinsmith Studios Lead Animator | SmartRecruiters</title></head><body><h1>Lead Animator</h1><p>Lyon</p><p>You lead four animators and review their shots.</p></body></html>';
    expect(analyzeListing(html).company).toBe('Tinsmith Studios');
  });
});

describe('manager call on negated phrases', () => {
  it('is not a manager role when the listing says there is no line management or nobody reports to you', () => {
    expect(analyzeListing('Senior Buyer\nOakfield Stores\n\nYou negotiate with suppliers. No line management in this job.').isManagerRole).toBe(false);
    expect(analyzeListing('Product Manager, Checkout\nPebble Pay\n\nYou set priorities for a squad; nobody reports to you.').isManagerRole).toBe(false);
    expect(analyzeListing('Director of Architecture\nLoft Labs\n\nThe title is old: you will not manage anyone and you write code every day.').isManagerRole).toBe(false);
  });

  it('reads a negated leadership phrase in German and a led department in German and Spanish', () => {
    expect(analyzeListing('Produktmanagerin Zahlungen\nFalkenbank\n\nDu verantwortest die Roadmap. Personalverantwortung hast du keine.').isManagerRole).toBe(false);
    expect(analyzeListing('Bereichsleitung Einkauf (m/w/d)\nStahlwerk Nord GmbH\n\nSie leiten die Abteilung Einkauf mit 9 Mitarbeitenden.').isManagerRole).toBe(true);
    expect(analyzeListing('Jefe de Almacén\nFrutas del Ebro\n\nBuscamos una persona con experiencia dirigiendo equipos en logística.').isManagerRole).toBe(true);
  });
});

describe('workplace phrasings', () => {
  it('reads hybrid, remote and on-site phrasings in five languages', () => {
    expect(detectWorkplace('Homeoffice nach Absprache möglich, sonst im Büro.')).toBe('hybrid');
    expect(detectWorkplace('Je werkt grotendeels thuis en af en toe op kantoor.')).toBe('remote');
    expect(detectWorkplace('Trabajo en la oficina con un día de teletrabajo a la semana.')).toBe('hybrid');
    expect(detectWorkplace('Télétravail : 2 jours par semaine.')).toBe('hybrid');
    expect(detectWorkplace('Poste en magasin, du mardi au samedi.')).toBe('onsite');
    expect(detectWorkplace('In store, four days a week.')).toBe('onsite');
  });
});

describe('tools in five languages', () => {
  it('finds a tool glued to a French article and a short name in a German list', () => {
    const fr = analyzeListing("Comptable\nBiscuiterie Lemoine\n\nMissions\n- Tenir la comptabilité\nProfil recherché\n- Maîtrise d'Excel et de Sage");
    expect(fr.skills).toEqual(expect.arrayContaining(['Excel', 'Sage']));
    const de = analyzeListing('Backend-Entwickler (m/w/d)\nRabenhaus Software GmbH\n\nDein Profil\n- Erfahrung mit Rust oder Go\n- Kenntnisse in Kubernetes');
    expect(de.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
  });

  it('finds tools under headings it does not know', () => {
    const a = analyzeListing('Growth Analyst\nSundial Apps\n\nYour day\n- Build funnels in Mixpanel and Amplitude\n- Query BigQuery');
    expect(a.skills).toEqual(expect.arrayContaining(['Mixpanel', 'Amplitude', 'BigQuery']));
  });
});

// A regression guard on the hand-written training half (bench/data/listings-hand/train). The test
// half is measured by bench/listing.bench.ts only.
describe('hand-written training listings', () => {
  it('keeps the manager call, title, company, workplace and tools up', () => {
    const dir = join(import.meta.dirname, '../../../../bench/data/listings-hand/train');
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, unknown>;
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(70);
    const items = Object.entries(labels).map(([id, l]) => ({ id, analysis: analyzeListing(readFileSync(join(dir, id), 'utf8')), label: ListingLabelSchema.parse(l) }));
    const r = qualityRates(scoreListings(items));
    expect(r.managerBalancedAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.titleExact).toBeGreaterThanOrEqual(0.95);
    expect(r.companyExact).toBeGreaterThanOrEqual(0.9);
    expect(r.workplaceAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.skillRecall).toBeGreaterThanOrEqual(0.95);
  });
});
