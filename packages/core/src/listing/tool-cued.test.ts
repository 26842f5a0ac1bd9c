import { describe, expect, it } from 'vitest';
import { toolsAfterCue } from './tool-cued';

const ctx = (language: string, notTools: string[] = []) => ({ language, notTools });

describe('toolsAfterCue: the list after a phrase that says the job uses it', () => {
  it('reads the names listed after "experience with", "Kenntnisse in", "maîtrise de", "manejo de", "ervaring met"', () => {
    expect(toolsAfterCue('- Experience with Brantley-Pro or Corvane kit helps', [], ctx('en'))).toEqual(['Brantley-Pro', 'Corvane']);
    expect(toolsAfterCue('Hands-on with Kelmor Vista, Dravix-Pro and Quorta systems needed.', [], ctx('en'))).toEqual(['Kelmor Vista', 'Dravix-Pro', 'Quorta']);
    // A model's code after its maker: the maker.
    expect(toolsAfterCue('- Experience with Brantley B40 or Corvane ST kit', [], ctx('en'))).toEqual(['Brantley', 'Corvane']);
    expect(toolsAfterCue('- Erfahrung mit Vexora und PlanTix', [], ctx('de'))).toEqual(['Vexora', 'PlanTix']);
    expect(toolsAfterCue('- Kenntnisse in Vexora 7 und Plantix', [], ctx('de'))).toEqual(['Vexora', 'Plantix']);
    // (German writes every noun with a capital: a plain word alone counts beside a tool or a name of a product's shape.)
    expect(toolsAfterCue('- Sicherer Umgang mit Lagoryx und Excel', ['Excel'], ctx('de'))).toEqual(['Lagoryx']);
    expect(toolsAfterCue('- Sicherer Umgang mit Lagoryx', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Maîtrise de Comptavio et de Excel', [], ctx('fr'))).toEqual(['Comptavio']);
    expect(toolsAfterCue("- Bonne connaissance d'Archivix et Numeris appréciée", [], ctx('fr'))).toEqual(['Archivix', 'Numeris']);
    expect(toolsAfterCue('- Manejo de ObraLia o Presupuestix', [], ctx('es'))).toEqual(['ObraLia', 'Presupuestix']);
    expect(toolsAfterCue('- Conocimientos de Derecho Mercantil', [], ctx('es'))).toEqual([]);
    expect(toolsAfterCue('- Ervaring met Boekfix of Planmaat is een pré', [], ctx('nl'))).toEqual(['Boekfix', 'Planmaat']);
  });
  it('reads the names given as examples of a kind of tool', () => {
    expect(toolsAfterCue('- Some knowledge of library systems like Ostrand or Pelikat is a bonus', [], ctx('en'))).toEqual(['Ostrand', 'Pelikat']);
    expect(toolsAfterCue('- Erfahrung mit einer Software wie Kassoria von Vorteil', [], ctx('de'))).toEqual(['Kassoria']);
    expect(toolsAfterCue('- Vous utilisez des logiciels comme Batimo ou Devisor', [], ctx('fr'))).toEqual(['Batimo', 'Devisor']);
    expect(toolsAfterCue('- Uso de programas como Tallerix', [], ctx('es'))).toEqual(['Tallerix']);
    expect(toolsAfterCue('- Je werkt met pakketten zoals Roostermaat en Kassaflow', [], ctx('nl'))).toEqual(['Roostermaat', 'Kassaflow']);
  });
  it('leaves fields, markets, German nouns, places, codes, people and known tools alone', () => {
    expect(toolsAfterCue('- Experience in Retail, Hospitality or Events', [], ctx('en'))).toEqual([]);
    // (In English a plain capitalised word alone counts only beside a name of a product's shape.)
    expect(toolsAfterCue('- Experience with Brantley or Corvane', [], ctx('en'))).toEqual([]);
    expect(toolsAfterCue('- Experience with Senior Living or Home Care', [], ctx('en'))).toEqual([]);
    expect(toolsAfterCue('- Experience with London clients and Manchester suppliers', [], ctx('en'))).toEqual([]);
    expect(toolsAfterCue('- Kenntnisse in Buchhaltung, Statistik und Controlling', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Erfahrung mit Bronzeguss ist ein Plus', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Kenntnisse im Umgang mit Kunden', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Kenntnisse der DIN-Normen und des TVöD', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Du arbeitest mit Inhaberin Petra im Laden', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('Heb je ervaring met Leidinggeven?   Ja   Nee', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterCue('- Ervaring met Verkoop, Planning en Kasbeheer\n- planning maken', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterCue('¿Tienes experiencia en Mecánica de bicicletas?', [], ctx('es'))).toEqual([]);
    expect(toolsAfterCue('- Good knowledge of the Code of Fundraising Practice', [], ctx('en'))).toEqual([]);
    expect(toolsAfterCue("- Bonne connaissance de l'IFRS et du PCG", [], ctx('fr'))).toEqual([]);
    expect(toolsAfterCue('- Good working knowledge of Microsoft 365', [], ctx('en'))).toEqual([]);
    expect(toolsAfterCue('- Erfahrung in der Pflege und Betreuung', [], ctx('de'))).toEqual([]);
    expect(toolsAfterCue('- Connaissance de la norme ISAD(G) et des outils', [], ctx('fr'))).toEqual([]);
    expect(toolsAfterCue('- Experiencia en Madrid o Valencia', [], ctx('es'))).toEqual([]);
    expect(toolsAfterCue('- Conocimientos de SQL y ISO 9001', ['SQL'], ctx('es'))).toEqual([]);
    expect(toolsAfterCue('- Ervaring met Excel en Outlook is een pré', ['Excel', 'Outlook'], ctx('nl'))).toEqual([]);
    expect(toolsAfterCue('- Kennis van Engels en Frans', [], ctx('nl'))).toEqual([]);
    expect(toolsAfterCue('- Experience with Senior Managers and the Board', [], ctx('en'))).toEqual([]);
  });
});
