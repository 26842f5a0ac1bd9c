import { describe, expect, it } from 'vitest';
import { toolsFromContext } from './tool-context';

const en = { language: 'en', notTools: [] as string[] };

describe('toolsFromContext', () => {
  it('reads a product after or before the kind of system it is', () => {
    expect(toolsFromContext('Vous pilotez notre GMAO (Mantis Pro) au quotidien.', [], { language: 'fr', notTools: [] })).toEqual(['Mantis Pro']);
    expect(toolsFromContext('Die Kasse läuft über unser Warenwirtschaftssystem GK Kasse', [], { language: 'de', notTools: [] })).toEqual(['GK Kasse']);
    expect(toolsFromContext('De planning staat in ons roostersysteem Roosterix.', [], { language: 'nl', notTools: [] })).toEqual(['Roosterix']);
    // German capitalises nouns: a bare word after a system noun is not taken for a product.
    expect(toolsFromContext('Erfahrung mit einem Warenwirtschaftssystem Pflicht', [], { language: 'de', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Track stock in Orbis WMS and report weekly', [], en)).toEqual(['Orbis WMS']);
  });
  it('reads a product as the place or means of a task in a bullet, in five languages', () => {
    expect(toolsFromContext('- Approve purchase orders in Procura and keep the log', [], en)).toEqual(['Procura']);
    expect(toolsFromContext('- consolider les budgets dans Finaxo', [], { language: 'fr', notTools: [] })).toEqual(['Finaxo']);
    expect(toolsFromContext('- Gestionar la nómina con Nominex junto al asesor', [], { language: 'es', notTools: [] })).toEqual(['Nominex']);
    expect(toolsFromContext('- Je plant de roosters met Roosterix en Outlook', ['Outlook'], { language: 'nl', notTools: [] })).toEqual(['Roosterix']);
    expect(toolsFromContext('- Abrechnung mit LOHNFIX 7 und Excel', ['Excel'], { language: 'de', notTools: [] })).toEqual(['LOHNFIX 7']);
  });
  it('leaves places, languages, days, departments, German nouns and the prose alone', () => {
    expect(toolsFromContext('Our office in Devonshire, England.\n- Visit customers in Devonshire', [], en)).toEqual([]);
    expect(toolsFromContext('We sell to 300 shops in Brabantia and beyond.', [], en)).toEqual([]);
    expect(toolsFromContext('- Write reports in English and work with Finance on Mondays', [], en)).toEqual([]);
    expect(toolsFromContext('- Beratung mit Leidenschaft und Arbeit in Vollzeit', [], { language: 'de', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Report KPIs in SLAs to the CI team', [], en)).toEqual([]);
    expect(toolsFromContext('- Work in Java 21 daily', ['Java'], en)).toEqual([]);
    expect(toolsFromContext('- Grow sales for Brightwell Foods in Brightwell', [], { language: 'en', notTools: ['Brightwell Foods'] })).toEqual([]);
  });
  it('reads the brand of a piece of equipment, before or after the kind of equipment', () => {
    expect(toolsFromContext('- Knowledge of Rotaprint Vesta presses and Excel', ['Excel'], en)).toEqual(['Rotaprint Vesta']);
    expect(toolsFromContext('- Experience with Dennison, Marlow and Kestrel vehicles is useful', [], en)).toEqual(['Dennison', 'Marlow', 'Kestrel']);
    expect(toolsFromContext('Vous travaillerez sur nos analyseurs VETLAB au quotidien.', [], { language: 'fr', notTools: [] })).toEqual(['VETLAB']);
    expect(toolsFromContext('Je werkt met een handscanner van Scanmark en een heftruck.', [], { language: 'nl', notTools: [] })).toEqual(['Scanmark']);
    expect(toolsFromContext('- We run three B1 presses around the clock', [], en)).toEqual([]);
  });
  it('reads a product after a German "Programm" compound or an app, and after "aus"', () => {
    const de = { language: 'de', notTools: [] as string[] };
    expect(toolsFromContext('- Pflege der Stammdaten im Fuhrparkprogramm Flottix', [], de)).toEqual(['Flottix']);
    expect(toolsFromContext("- Communication avec les familles via l'application Kidoo", [], { language: 'fr', notTools: [] })).toEqual(['Kidoo']);
    expect(toolsFromContext('- Auswertung der Telematikdaten aus Fleetrix', [], de)).toEqual(['Fleetrix']);
  });
});

