import { describe, expect, it } from 'vitest';
import { extraTools, toolsOf } from './tools';

describe('extraTools', () => {
  it('reads a platform module after the platform, and modules listed in brackets after it', () => {
    expect(extraTools('Gute Kenntnisse in SAP CO und Excel', ['SAP', 'Excel'])).toEqual(['SAP CO']);
    expect(extraTools('Migration vers Sage X3 en 2025', ['Sage'])).toEqual(['Sage X3']);
    expect(extraTools('Pipelines on Azure (Databricks, Event Grid, Key Vault)', ['Azure', 'Databricks'])).toEqual(['Azure Event Grid', 'Azure Key Vault']);
    expect(extraTools('Experiencia en SAP S/4HANA', ['SAP'])).toEqual(['SAP S/4HANA']);
  });
  it('reads a platform product line named after an area and "Cloud"', () => {
    expect(extraTools("Systems you'll use: the client's Salesforce Service Cloud for customer accounts", ['Salesforce'])).toEqual(['Salesforce Service Cloud']);
    expect(extraTools('Environnement technique : Salesforce Marketing Cloud chez le client', ['Salesforce'])).toEqual(['Salesforce Marketing Cloud']);
    expect(extraTools('Salesforce Certified Cloud consultant wanted', ['Salesforce'])).toEqual([]);
  });
  it('does not read ordinary words after a platform as a module', () => {
    expect(extraTools('Erfahrung mit SAP Systemen und SAP Kenntnisse', ['SAP'])).toEqual([]);
    expect(extraTools('AWS Certified Solutions Architect preferred', ['AWS'])).toEqual([]);
    expect(extraTools('Welding to AWS D1.1 code', [])).toEqual([]);
  });
  it('reads product-shaped names and names after a tool cue', () => {
    expect(extraTools('Ervaring met ZorgDossier en Excel', ['Excel'])).toEqual(['ZorgDossier']);
    expect(extraTools('Planning in our rostering tool (we use Rotaplan).', [])).toEqual(['Rotaplan']);
    expect(extraTools('Vous gérez les plannings sur notre logiciel Crecha.', [])).toEqual(['Crecha']);
  });
  it('leaves legal forms, degrees, job titles and business words alone', () => {
    expect(extraTools('Acme GmbH sucht einen Software Engineer mit PhD für unser SaaS-Produkt im eCommerce.', [])).toEqual([]);
  });
});

describe('extraTools: legal forms', () => {
  it('reads no legal form as a product', () => {
    expect(extraTools('Kanzlei Brandt Partnerschaft mbB Steuerberater\nPanificadora Los Andes SpA – Quilicura\n- Erfahrung mit LabWare', [])).toEqual(['LabWare']);
  });
});

describe('toolsOf', () => {
  it('keeps named products and names the rules read, not general competences', () => {
    expect(toolsOf(['coaching', 'Salesforce', 'budgeting', 'recruiting', 'Lely Astronaut', 'Excel', 'teamwork'])).toEqual(['Salesforce', 'Lely Astronaut', 'Excel']);
  });
});

describe('the tools of a paragraph under the company heading that speaks of the job', () => {
  it('reads the tools of sentences written to the reader, not of the company blurb', async () => {
    const { analyzeListing } = await import('./analyze');
    const en = analyzeListing('Data Analyst\nAbout us\nFieldcast makes forecasts for growers with Kubernetes. Every day you write scripts in Python and draw maps in QGIS.\nRequirements:\n- 3 years of SQL');
    expect(en.skills).toEqual(expect.arrayContaining(['Python', 'QGIS']));
    expect(en.skills).not.toContain('Kubernetes');
  });
});

describe('analyzeListing: the employer is no tool', () => {
  it('drops a rule-read name that is the company name', async () => {
    const { analyzeListing } = await import('./analyze');
    const a = analyzeListing('Studioleitung (m/w/d)\nFitWerk Sportclubs GmbH\nDeine Aufgaben\n- Du leitest das Studio von FitWerk mit 14 Trainern\n- Mitgliederverwaltung in Magicline');
    expect(a.company).toBe('FitWerk Sportclubs GmbH');
    expect(a.skills).not.toContain('FitWerk');
  });
});
