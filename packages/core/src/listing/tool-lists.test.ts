import { describe, expect, it } from 'vitest';
import { toolsFromLists, vendorsOnlyInProducts } from './tool-lists';

const ctx = (language: string, notTools: string[] = []) => ({ language, notTools });

describe('toolsFromLists', () => {
  it('reads the other names of a list that holds a known tool, in five languages', () => {
    expect(toolsFromLists('- Hands-on with Jira, Quorvex and Plandeck', ['Jira'], ctx('en'))).toEqual(['Quorvex', 'Plandeck']);
    expect(toolsFromLists('- Du arbeitest mit Excel, Lagertrix und Tabulon', ['Excel'], ctx('de'))).toEqual(['Lagertrix', 'Tabulon']);
    expect(toolsFromLists('- Maîtrise de Excel et Comptavio', ['Excel'], ctx('fr'))).toEqual(['Comptavio']);
    expect(toolsFromLists('- Manejo de Obralia o Presupuestix y AutoCAD', ['AutoCAD'], ctx('es'))).toEqual(['Obralia', 'Presupuestix']);
    expect(toolsFromLists('- Kennis van Boekfix en Excel', ['Excel'], ctx('nl'))).toEqual(['Boekfix']);
  });
  it('reads names in brackets after a tool or the kind of system they are', () => {
    expect(toolsFromLists('- Containers on Kubernetes (KXS) in production', ['Kubernetes'], ctx('en'))).toEqual(['KXS']);
    expect(toolsFromLists('- A CMMS (Plantly, Fixmate or similar) and a ticket queue', [], ctx('en'))).toEqual(['Plantly', 'Fixmate']);
    expect(toolsFromLists('- Suivi des stocks dans le WMS Stockeo et reporting sur Excel', ['Excel'], ctx('fr'))).toEqual(['Stockeo']);
  });
  it('reads a product line after its vendor, and a brand joined to its equipment', () => {
    expect(toolsFromLists('- Prospecting with Salesforce Deal Radar every week', ['Salesforce'], ctx('en'))).toEqual(['Salesforce Deal Radar']);
    expect(toolsFromLists('- Lohnabrechnung mit DATEV LOHNPRO', ['DATEV'], ctx('de'))).toEqual(['DATEV LOHNPRO']);
    expect(toolsFromLists('- Betrieb unserer Vantor-Firewalls', [], ctx('de'))).toEqual(['Vantor']);
  });
  it('leaves sentence openings, job words, versions, languages, acronyms and German nouns alone', () => {
    expect(toolsFromLists('- Strong SQL and Python', ['SQL', 'Python'], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Diseñar APIs con Python y Java', ['Python', 'Java'], ctx('es'))).toEqual([]);
    expect(toolsFromLists('- Python Developer or Java Engineer', ['Python', 'Java'], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Modern Java 21, Spring Boot and Kafka', ['Java', 'Spring Boot', 'Kafka'], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Fluent English, French and Excel', ['Excel'], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Report CSAT, NPS and churn in Excel', ['Excel'], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Kenntnisse in Excel, Statistik und Buchhaltung', ['Excel'], ctx('de'))).toEqual([]);
    // A word the listing also writes in lower case is an ordinary word.
    expect(toolsFromLists('- Tools: Jira, Planning and Slack\n- weekly planning with the team', ['Jira', 'Slack'], ctx('en'))).toEqual([]);
    // The company, title or place is not a tool.
    expect(toolsFromLists('- Excel, Brightwell and SAP', ['Excel', 'SAP'], ctx('en', ['Brightwell Foods']))).toEqual([]);
  });
});

describe('vendorsOnlyInProducts', () => {
  it('names a vendor only written inside a longer product, not one written alone too', () => {
    expect(vendorsOnlyInProducts('- Pflege der Stammdaten in SAP MM und SAP SD', ['SAP', 'SAP MM', 'SAP SD'])).toEqual(['SAP']);
    expect(vendorsOnlyInProducts('- VMware vSphere und Backups', ['VMware', 'vSphere', 'VMware vSphere'])).toEqual(['VMware', 'vSphere']);
    expect(vendorsOnlyInProducts('- SAP MM; SAP in general', ['SAP', 'SAP MM'])).toEqual([]);
  });
});

describe('toolsFromLists: a slash before a digit is inside a name', () => {
  it('does not split "S/4HANA" but splits "Jira/Confluence"', () => {
    expect(toolsFromLists('- Du arbeitest mit Jira, SAP S/4HANA und Taskwelt', ['Jira', 'SAP S/4HANA'], ctx('de'))).toEqual(['Taskwelt']);
    expect(toolsFromLists('- Du arbeitest mit Jira/Taskwelt und Excel', ['Jira', 'Excel'], ctx('de'))).toEqual(['Taskwelt']);
  });
});

describe('toolsFromLists: names in brackets after a noun of the work', () => {
  it('reads the names in a bracket after a common noun, in five languages', () => {
    expect(toolsFromLists('- Build the rotas (Shiftora) every week', [], ctx('en'))).toEqual(['Shiftora']);
    expect(toolsFromLists('- Planerfüllung an den Überziehanlagen (Kalvio Enroba) sichern', [], ctx('de'))).toEqual(['Kalvio Enroba']);
    expect(toolsFromLists('- Vous suivez les plannings (Octavio) du service', [], ctx('fr'))).toEqual(['Octavio']);
    expect(toolsFromLists('- Registro en la historia electrónica (Selvara) del paciente', [], ctx('es'))).toEqual(['Selvara']);
    expect(toolsFromLists('- Je werkt met het handgereedschap (Kubrix, Stelvo) op locatie', [], ctx('nl'))).toEqual(['Kubrix', 'Stelvo']);
    // A German noun after the brand is the kind of machine.
    expect(toolsFromLists('- Radsatzmessungen (Hegmar Unterflurdrehmaschine)', [], ctx('de'))).toEqual(['Hegmar']);
  });
  it('reads makers in capitals in a bracket of makers', () => {
    expect(toolsFromLists('- Fit doors and frames (Marvane, KLT, Dorrick) on site', [], ctx('en'))).toEqual(['Marvane', 'KLT', 'Dorrick']);
    expect(toolsFromLists('- Conseil sur les vitrages (Verlane, BGV) aux architectes', [], ctx('fr'))).toEqual(['Verlane', 'BGV']);
    expect(toolsFromLists('- Beschriftung der Fahrzeuge (Folmax, 3K) beim Kunden', [], ctx('de'))).toEqual(['Folmax', '3K']);
  });
  it('takes no acronym beside a product line of several words, no funders and no partner laboratories', () => {
    expect(toolsFromLists('- Suivre les subventions (CRVA, Mérovie)', [], ctx('fr'))).toEqual([]);
    expect(toolsFromLists('- relation avec nos laboratoires (VETLAB, Analysa)', [], ctx('fr'))).toEqual([]);
    expect(toolsFromLists('- flat roofs (Tarvo Liquid Coatings, GRP) and leadwork', [], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Pflege der Beete (Rosen, Stauden und Gehölze)', [], ctx('de'))).toEqual([]);
  });
  it('reads no customers, places, counts, degrees, standards, job boards, abbreviations or ordinary words', () => {
    expect(toolsFromLists('- Manage key accounts of the retail customers (Marvella, Dorsino)', [], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Be in one of our hubs (Berlin, Lisbon) once a quarter', [], ctx('en'))).toEqual([]);
    expect(toolsFromLists('- Leitung der Intensivstation (16 Betten) mit 48 Pflegekräften', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('- Studium der Chemie (Master oder Diplom)', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('- Hygiene und Qualität (ISO 22000)', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('- Rédiger et diffuser les annonces (Indeed, HelloWork)', [], ctx('fr'))).toEqual([]);
    expect(toolsFromLists('- Pour la Direction du numérique (DNum) du campus', [], ctx('fr'))).toEqual([]);
    expect(toolsFromLists('- Erfahrung in regulierten Branchen (Versicherung, Bank)', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('Würzburg, Deutschland (Vor Ort) · Vollzeit', [], ctx('de'))).toEqual([]);
  });
});

describe('toolsFromLists: a maker joined to a compound that names a kind of machine', () => {
  it('reads the maker before a compound whose head is a machine, in German and Dutch', () => {
    expect(toolsFromLists('- Optimierung auf unseren Varnol-Greiferwebmaschinen und Dorvier-Luftdüsenmaschinen', [], ctx('de'))).toEqual(['Varnol', 'Dorvier']);
    expect(toolsFromLists('- Verantwortung für unsere Koppelmayr-Sesselbahnen', [], ctx('de'))).toEqual(['Koppelmayr']);
    expect(toolsFromLists('- Bewaken van de Kannewitz-wasstraat en de Inwatrix-sorteerrobots', [], ctx('nl'))).toEqual(['Kannewitz', 'Inwatrix']);
  });
  it('reads a maker cut before the same head and joined by a conjunction, and heads of tools, calibres and tiles', () => {
    expect(toolsFromLists('- In der Halle stehen 30 Varnol- und Dorvier-Webmaschinen', [], ctx('de'))).toEqual(['Varnol', 'Dorvier']);
    expect(toolsFromLists('- Revision von KTA- und Merlotta-Kalibern', [], ctx('de'))).toEqual(['KTA', 'Merlotta']);
    expect(toolsFromLists('- Prüfen mit Quarvi-Geräten und Fräsen auf der Helmo-Fräse', [], ctx('de'))).toEqual(['Quarvi', 'Helmo']);
    expect(toolsFromLists('- Eindecken mit Korvac-Ziegeln und Bremko-Dachplatten', [], ctx('de'))).toEqual(['Korvac', 'Bremko']);
  });
  it('reads no place, abstract noun, acronym or directive before the compound', () => {
    expect(toolsFromLists('- Betreuung der Onshore-Windenergieanlagen und der Zugspitz-Bergbahnen', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('- Programmierung der CNC-Maschinen und Inbetriebnahme-Maschinen', [], ctx('de'))).toEqual([]);
    expect(toolsFromLists('- Je volgt de Community-richtlijnen', [], ctx('nl'))).toEqual([]);
  });
  it('keeps a short model word after the maker in a bracket after a German noun', () => {
    expect(toolsFromLists('- Werkstattarbeiten: Schleifen am Schleifautomaten (Esselon Mr Blue), Reparaturen', [], ctx('de'))).toEqual(['Esselon Mr Blue']);
  });
});

describe('toolsFromLists: makers listed without a known tool beside them', () => {
  it('reads a bracket of examples after the noun of the equipment, in German too', () => {
    expect(toolsFromLists('- Prüfung und Reparatur an Rolltreppen (u. a. Brandner, Liftwerk Nord, Kalvani)', [], ctx('de'))).toEqual(['Brandner', 'Liftwerk Nord', 'Kalvani']);
    expect(toolsFromLists('- Servicing boilers (among others Varnex, Heatline and Corvus)', [], ctx('en'))).toEqual(['Varnex', 'Heatline', 'Corvus']);
    // German nouns given as examples are no makers.
    expect(toolsFromLists('- Pflege der Beete (u. a. Rosen, Stauden und Gehölze)', [], ctx('de'))).toEqual([]);
  });
  it('reads two makers or more after the noun of what they make, not places nor customers', () => {
    expect(toolsFromLists('- Reparación de carretillas Linderra, Toyvaro, Jungmark y Stillo', [], ctx('es'))).toEqual(['Linderra', 'Toyvaro', 'Jungmark', 'Stillo']);
    expect(toolsFromLists('Vous assurez le suivi des machines Vexaro et Quarnix.', [], ctx('fr'))).toEqual(['Vexaro', 'Quarnix']);
    expect(toolsFromLists('- Visitas a talleres de Bilbao y Vitoria', [], ctx('es'))).toEqual([]);
    expect(toolsFromLists('- Atención a clientes Zarvia, Monteluz y Orbel', [], ctx('es'))).toEqual([]);
    expect(toolsFromLists('- Working with clients such as Tescora, Asdel and Lidro', [], ctx('en'))).toEqual([]);
  });
  it('reads a maker joined by a hyphen to a Dutch noun of a thing, not a place or a method', () => {
    expect(toolsFromLists('- Je werkt met Vandor-heftrucks en Trelmo-gereedschap', [], ctx('nl'))).toEqual(['Vandor', 'Trelmo']);
    expect(toolsFromLists('- Je werkt in de Randstad-regio volgens de Lean-methode', [], ctx('nl'))).toEqual([]);
  });
});

describe('toolsFromLists: makers listed after their noun beside one found already', () => {
  it('reads the list when one maker was found by another rule', () => {
    expect(toolsFromLists('- Mantenimiento preventivo y correctivo de ascensores Torvana, Kellbrand, Ostiva y Thyrex', ['Torvana'], ctx('es'))).toEqual(['Kellbrand', 'Ostiva', 'Thyrex']);
  });
  it('reads a maker joined to a German production line, not a rule', () => {
    expect(toolsFromLists('- Die Croissants laufen auf der Radmeker-Linie', [], ctx('de'))).toEqual(['Radmeker']);
    expect(toolsFromLists('- Beachtung der Lebensmittel-Richtlinie', [], ctx('de'))).toEqual([]);
  });
});
