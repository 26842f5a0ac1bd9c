import { describe, expect, it } from 'vitest';
import { inProseTask, toolsFromContext } from './tool-context';
import { brandModels, fullNames } from './tool-models';
import { isPlaceIn, isPlaceName } from './tool-place';

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
  it('reads the maker of a machine in brackets after it, in five languages', () => {
    expect(toolsFromContext('Du fütterst mit dem Futtermischwagen (Grelltek) und melkst morgens.', [], { language: 'de', notTools: [] })).toEqual(['Grelltek']);
    expect(toolsFromContext('You keep the deck ovens (Brakmor, Ovaldi) running.', [], en)).toEqual(['Brakmor', 'Ovaldi']);
    expect(toolsFromContext('Vous conduisez les fours (Pavrelle) de la boulangerie.', [], { language: 'fr', notTools: [] })).toEqual(['Pavrelle']);
    expect(toolsFromContext('Manejo de los hornos (Tornavi y Kelsat) del obrador.', [], { language: 'es', notTools: [] })).toEqual(['Tornavi', 'Kelsat']);
    expect(toolsFromContext('Je rijdt op onze heftrucks (Lindmar) in het magazijn.', [], { language: 'nl', notTools: [] })).toEqual(['Lindmar']);
    // A place, a German noun or a word of the listing in the bracket is no maker.
    expect(toolsFromContext('Wartung der Anlagen (Hamburg) und der Pressen (Vollzeit).', [], { language: 'de', notTools: [] })).toEqual([]);
    expect(toolsFromContext('You drive the tugs (Monday, Tuesday) at the airport.', [], en)).toEqual([]);
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
  it('reads no field of study after a degree or a diploma as a tool, in five languages', () => {
    expect(toolsFromContext('- Degree in Chemical Engineering or similar', [], en)).toEqual([]);
    expect(toolsFromContext('- Licenciatura en ADE o Economía, valorable MBA', [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Grado en Educación Infantil o Técnico Superior en Educación Infantil', [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Een afgeronde hbo-opleiding in Informatica', [], { language: 'nl', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Diplôme en Gestion ou équivalent', [], { language: 'fr', notTools: [] })).toEqual([]);
    // A tool after a degree word and "with" is still read.
    expect(toolsFromContext('- Gestionar las historias clínicas en Qvet', [], { language: 'es', notTools: [] })).toEqual(['Qvet']);
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


describe('toolsFromContext: prose under a duties heading', () => {
  it('reads no county or town from a paragraph of prose, and a product still', () => {
    const prose = '- Brightsmile runs 11 practices in Gloucestershire and Wiltshire. Our Cheltenham practice needs a manager.';
    expect(toolsFromContext(prose, [], en)).toEqual([]);
    expect(toolsFromContext('- Je haalt afval op in Dordrecht en Zwijndrecht. Je rijdt een vaste route.', [], { language: 'nl', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- You order stock and control waste in Tspoonlab. You train new cooks.', [], en)).toEqual(['Tspoonlab']);
    expect(toolsFromContext('- Approve purchase orders in Procura', [], en)).toEqual(['Procura']);
  });
});

describe('toolsFromContext: a brand after the noun of the thing it makes, in French and Spanish', () => {
  it('reads the brand and a second one joined to it', () => {
    expect(toolsFromContext('- Piloter le tunnel de lavage Lavomat et les trains de repassage Jennor\n- Entretien des machines à coudre Jukor et Brothel avec le mécanicien', [], { language: 'fr', notTools: [] })).toEqual(['Lavomat', 'Jennor', 'Jukor', 'Brothel']);
    expect(toolsFromContext('* Control de equipos: jumbos Epirak, y volquetes\n- Gestión del material: equipos de respiración Dragor, herramientas', [], { language: 'es', notTools: [] })).toEqual(['Epirak', 'Dragor']);
  });
  it('reads no acronym, address, department, perk, degree, range, business model or prose', () => {
    expect(toolsFromContext('- Garantir la qualité RABC\n- 621 avenue Centrale\n- Au sein du pôle Consommation, vous pilotez\n- Tickets resto Swilo, mutuelle Alano\n- Maîtrise de la suite Adobe\n- Vente SaaS et vente Entreprise', [], { language: 'fr', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Licenciatura en ADE, Economía o similar; valorable MBA\n- Reporte al director Pérez', [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('Nous travaillons avec les machines à coudre Jukor.', [], { language: 'fr', notTools: [] })).toEqual([]);
  });
});

describe('brandModels', () => {
  it('reads equipment written as a brand and a model code', () => {
    expect(brandModels('- Réaliser les levés au GPS Trimble R12i et à la station totale Trimble S7', { language: 'fr', notTools: [] })).toEqual(['Trimble R12i', 'Trimble S7']);
    expect(brandModels('- Holzernte (Stihl MS 500i, Husqvarna 572 XP) und Rückung', { language: 'de', notTools: [] })).toEqual(['Stihl MS 500i', 'Husqvarna 572 XP']);
    expect(brandModels('palas Caterpillar 980, dúmperes Volvo A40G y radiografía con Carestream CS 8100', { language: 'es', notTools: [] })).toEqual(['Caterpillar 980', 'Volvo A40G', 'Carestream CS 8100']);
    expect(brandModels('Plant: Volvo EC480 excavators and CAT 988 loaders', en)).toEqual(['Volvo EC480', 'CAT 988']);
  });
  it('leaves levels, grades, years, standards, language levels and postcodes alone', () => {
    const text = '- Level 3 or Grade 400 pay, ISO 9001 and Band 6\n- Type rating on Airbus A320 or Boeing 737\n- Valenciano C1 y licencia B1\n- Paris 2024 and March 2025\nPontefract WF8 · Full-time';
    expect(brandModels(text, { language: 'es', notTools: [] })).toEqual([]);
    expect(brandModels('Développeur Vue.js - Remote - TJM 450 €\nDaventry NN11\n- We offer SaaS B2B tools. We\'re 340 people', { language: 'fr', notTools: [] })).toEqual([]);
    expect(brandModels('- We review the work weekly. Weekly 300 reviews', en)).toEqual([]);
  });
  it('reads a model code with a hyphen, a model line in capitals, a one-capital suffix and the same line\'s next models', () => {
    expect(brandModels('überwiegend Windor E-82 und E-115 sowie Nordvind N117. Du fährst', { language: 'de', notTools: [] })).toEqual(['Windor E-82', 'Windor E-115', 'Nordvind N117']);
    expect(brandModels('- tonometry on our Optron CT-1P and retinal photos', en)).toEqual(['Optron CT-1P']);
    expect(brandModels('- con el autorrefractómetro Nidor ARK-1 y el foróptero Zeisser VISUPHOR 500\n', { language: 'es', notTools: [] })).toEqual(['Nidor ARK-1', 'Zeisser VISUPHOR 500']);
    expect(brandModels('Vous conduisez un SnowBully 600 W et suivez les hauteurs', { language: 'fr', notTools: [] })).toEqual(['SnowBully 600 W']);
  });
  it('reads no certificate and no other maker\'s code after a comma', () => {
    expect(brandModels('- Certificación AZ-305 (valorable)\n- CACES R482 et R490 appréciés', { language: 'es', notTools: [] })).toEqual([]);
    expect(brandModels('- Mikrocontrollern (z. B. TI C2000, STM32)', { language: 'de', notTools: [] })).toEqual(['TI C2000']);
  });
  it('writes the vendor before a model line in full', () => {
    expect(brandModels('- Gérer les stocks et les caisses (Cegid Retail Y2)', { language: 'fr', notTools: [] })).toEqual(['Cegid Retail Y2']);
  });
});

describe('fullNames', () => {
  it('takes no length in feet for a version', () => {
    expect(fullNames('- on roule en Trekmor 26 pieds et en fourgon', ['Trekmor'], { language: 'fr', notTools: [] })).toEqual(['Trekmor']);
    expect(fullNames('- drive the Haulwell 18 ft box van', ['Haulwell'], en)).toEqual(['Haulwell']);
  });
  it('adds the vendor or line written just before a name', () => {
    expect(fullNames('All our motor claims run on Guidewire ClaimCenter.', ['ClaimCenter'], en)).toEqual(['Guidewire ClaimCenter']);
    expect(fullNames('- Travailler dans nos outils de TAO : Trados Studio 2024 et memoQ', ['Studio 2024'], { language: 'fr', notTools: [] })).toEqual(['Trados Studio 2024']);
    expect(fullNames('- Kit: Leica TS16 robotic total stations', ['TS16'], en)).toEqual(['Leica TS16']);
    expect(fullNames('- Check data from the John Deere TimberMatic systems', ['TimberMatic'], en)).toEqual(['John Deere TimberMatic']);
    expect(fullNames('- **Trados Studio** en **memoQ**', ['Studio'], { language: 'nl', notTools: [] })).toEqual(['Trados Studio']);
    expect(fullNames('- Wartung am Prüfstand Dräxler Test-it 6100', ['Test-it 6100'], { language: 'de', notTools: [] })).toEqual(['Dräxler Test-it 6100']);
    expect(fullNames('• Examen de vue sur le Vision-R 800 d\'Essolor', ['Vision-R 800'], { language: 'fr', notTools: [] })).toEqual(['Essolor Vision-R 800']);
    expect(fullNames('- Wartung an Anlagen der Hersteller Schindrich 3300', ['Schindrich 3300'], { language: 'de', notTools: [] })).toEqual(['Schindrich 3300']);
  });
  it('drops a kind of system written before a product', () => {
    expect(fullNames('- Kennzahlen aus unserem Zustellsystem ParcelOne', ['Zustellsystem ParcelOne'], { language: 'de', notTools: [] })).toEqual(['ParcelOne']);
    expect(fullNames('- Suivi de production dans le MES HYDRA et le WMS Reflex', ['HYDRA', 'Reflex'], { language: 'fr', notTools: [] })).toEqual(['HYDRA', 'Reflex']);
  });
  it('adds no sentence opener, ordinary word, place or company', () => {
    const ctx = { language: 'en', notTools: ['Acme'] };
    for (const text of ['- Approve orders. Use Procura daily', 'We run Billing Procura; billing is weekly', 'Our office in Leeds. The Leeds Procura team', 'Orders run on Acme Procura']) {
      expect(fullNames(text, ['Procura'], ctx)).toEqual(['Procura']);
    }
    expect(fullNames('Orders run on Beta Procura', ['Procura'], ctx)).toEqual(['Beta Procura']);
  });
});

describe('fullNames in German', () => {
  it('adds a vendor without a German noun ending, not a noun', () => {
    const de = { language: 'de', notTools: [] as string[] };
    expect(fullNames('• Betreuung des Prozessleitsystems (Siemens WinCC) und der Messtechnik', ['WinCC'], de)).toEqual(['Siemens WinCC']);
    expect(fullNames('• Pflege der Stammdaten WinCC und Berichte', ['WinCC'], de)).toEqual(['WinCC']);
  });
});

describe('toolsFromContext: the job facts line', () => {
  it('reads no place of work named as a field of the facts line', () => {
    const text = 'Valladolid · Jornada parcial (30 h) · Indeed\n- Requisitos: colegiado/a en Valladolid o en trámite';
    expect(toolsFromContext(text, [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('Skills · Excel · Gesden\n- Requisitos: experiencia en Gesden o similar', [], { language: 'es', notTools: [] })).toEqual(['Gesden']);
  });
});

describe('toolsFromContext in running prose', () => {
  it('reads a product after a preposition of means right after a word of the task, in five languages', () => {
    expect(toolsFromContext('Je plant onderhoud en registreert meldingen in Meldix. Je rapporteert aan de manager.', [], { language: 'nl', notTools: [] })).toEqual(['Meldix']);
    expect(toolsFromContext('Our tills run on Kassaro and the rotas on Rostara.', [], en)).toEqual(['Kassaro', 'Rostara']);
    expect(toolsFromContext('Vous gérez les absences et congés dans Congix et la facturation sous Honorex.', [], { language: 'fr', notTools: [] })).toEqual(['Congix', 'Honorex']);
    expect(toolsFromContext('Registrarás las incidencias en Incidex y los partes con Partexa.', [], { language: 'es', notTools: [] })).toEqual(['Incidex', 'Partexa']);
    expect(toolsFromContext('Die Einsätze dokumentieren Sie mobil mit MobiKehr und melden Störungen über Tickora 5.', [], { language: 'de', notTools: [] })).toEqual(['MobiKehr', 'Tickora 5']);
  });
  it('leaves towns, people and the places of work in prose alone', () => {
    expect(toolsFromContext('You will make deliveries in Leeds and Sheffield every day.', [], en)).toEqual([]);
    expect(toolsFromContext('Je bezorgt pakketten in Amersfoort. Je werkt in Zeist.', [], { language: 'nl', notTools: [] })).toEqual([]);
    expect(toolsFromContext('You will work closely with Sarah. Our customers in Brabantia love us.', [], en)).toEqual([]);
    expect(toolsFromContext('Trabajarás en Valencia con Marta, y atenderás pedidos en Sevilla.', [], { language: 'es', notTools: [] })).toEqual([]);
    expect([isPlaceName('Amersfoort'), isPlaceName('Sevilla'), isPlaceName('Gloucestershire'), isPlaceName('Meldix')]).toEqual([true, true, true, false]);
    expect(inProseTask('Wir sind ein Team ', 'in Bremen', 'Bremen', 'de')).toBe(false);
  });
  it('reads no town, region or country after a preposition in a bullet', () => {
    expect(toolsFromContext('- Nivel alto de inglés (tenemos proveedores en Portugal e Irlanda)', [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Visit customers in Devonshire, England', [], en)).toEqual([]);
  });
  it('reads a maker written after the thing it makes, not a client, a person or a town', () => {
    expect(toolsFromContext('- Einsatz der Großgeräte (Bohrwagen von Fjellvik, Fahrlader von GHX und Kormat), Python von Vorteil, Koordination von Nachunternehmern und Planern, Akquise von Fördermitteln', [], { language: 'de', notTools: [] })).toEqual(['Fjellvik', 'GHX', 'Kormat']);
    expect(toolsFromContext('- Controle van ademluchttoestellen van Drakmann en redgereedschap van Holvara', [], { language: 'nl', notTools: [] })).toEqual(['Drakmann', 'Holvara']);
    expect(toolsFromContext('We service glasswashers from Wintara and Hobrook.', [], en)).toEqual(['Wintara', 'Hobrook']);
    expect(toolsFromContext('- Im Auftrag von Bund und Ländern, Anfragen von Ärzten, die Vertretung von Herrn Krause', [], { language: 'de', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- In opdracht van Rijkswaterstaat voor de klanten van Rabobank in de regio van Utrecht, in het register van NRVX', [], { language: 'nl', notTools: [] })).toEqual([]);
    expect(toolsFromContext('We hire graduates from Exeter and candidates from Accenture.', [], en)).toEqual([]);
  });
});

describe('brandModels in German', () => {
  it('reads a maker whose name has German letters before a model code, not a noun or a preposition', () => {
    expect(brandModels('- Wartung an Anlagen der Hersteller Schindrich 3300 und Kollner CMS 530', { language: 'de', notTools: [] })).toEqual(['Schindrich 3300', 'Kollner CMS 530']);
    expect(brandModels('- Über 120 Mitarbeitende, Kennziffer 4711, Raum 203, Leitung 2300', { language: 'de', notTools: [] })).toEqual([]);
  });
});

describe('isPlaceIn: the facts lines read once per text and context', () => {
  it('answers for each text a context reads, as without the context', () => {
    const c = { language: 'es', notTools: [] };
    const a = 'Valladolid · Jornada parcial · Indeed\n- Registro en Selvara';
    const b = 'Burgos · Jornada completa\n- Registro en Valladolid';
    expect([isPlaceIn('Valladolid', a, true, c), isPlaceIn('Valladolid', b, true, c), isPlaceIn('Burgos', b, true, c), isPlaceIn('Burgos', a, true, c)]).toEqual([true, false, true, false]);
    expect([isPlaceIn('Valladolid', a), isPlaceIn('Valladolid', b), isPlaceIn('Burgos', b), isPlaceIn('Burgos', a)]).toEqual([true, false, true, false]);
  });
});

describe('brandModels: codes with a hyphen', () => {
  it('reads a code of capitals, a hyphen and digits, and a number with a one-letter variant', () => {
    expect(brandModels('- Scan on the Kelvar DS-40000 and the Marlo 3010-H', { language: 'en', notTools: [] })).toEqual(['Kelvar DS-40000', 'Marlo 3010-H']);
    expect(brandModels('- veille radio (Navex IC-M220)', { language: 'fr', notTools: [] })).toEqual(['Navex IC-M220']);
    expect(brandModels('Adresse : 4 rue Haute, D-50667 Köln', { language: 'fr', notTools: [] })).toEqual([]);
  });
});

describe('toolsFromContext: bodies and institutions are not tools', () => {
  it('skips a body one deals with, and a college', () => {
    expect(toolsFromContext('- Relación con Puertos Norte y Capitanía Marítima', [], { language: 'es', notTools: [] })).toEqual([]);
    expect(toolsFromContext('- Training delivered with Hullbridge College', [], { language: 'en', notTools: [] })).toEqual([]);
  });
});

describe('toolsFromContext: a German task with its verb last', () => {
  it('reads the product before the verb, and no noun or place there', () => {
    const de = { language: 'de', notTools: [] };
    expect(toolsFromContext('- Kundenkartei und Aufträge in Kelvaro Orbis pflegen', [], de)).toEqual(['Kelvaro Orbis']);
    expect(toolsFromContext('- Termine mit Kunden abstimmen\n- in Teilzeit arbeiten\n- in Hamburg arbeiten', [], de)).toEqual([]);
    // Only German reads it: a Dutch capitalised word there is as often a person.
    expect(toolsFromContext('- Je gaat met Jan overleggen', [], { language: 'nl', notTools: [] })).toEqual([]);
  });
});

describe('fullNames: versions and German nouns before a name', () => {
  it('adds a one- or two-digit version or model number, not a count', () => {
    const en = { language: 'en', notTools: [] };
    expect(fullNames('- Monitor anaesthesia on the Varlen ePM 10 monitors', ['Varlen ePM'], en)).toEqual(['Varlen ePM 10']);
    expect(fullNames('- Invoices go through Quorvex 3 times a week', ['Quorvex'], en)).toEqual(['Quorvex']);
  });
  it('does not take a long German compound noun for the maker', () => {
    expect(fullNames('- Bedienen des Bearbeitungszentrums Holvag Centrix P-110', ['Holvag Centrix P-110'], { language: 'de', notTools: [] })).toEqual(['Holvag Centrix P-110']);
  });
});

describe('versions and counts after a name', () => {
  it('keeps a version with its minor number, before a comma too, and takes no town for it', () => {
    const de = { language: 'de', notTools: [] as string[] };
    expect(toolsFromContext('- Erschließung in Findex-Archiv 7.3, Online-Präsentation über Portalis', [], de)).toContain('Findex-Archiv 7.3');
    expect(toolsFromContext('- Erschließung in Findex-Archiv 7.3, Online-Präsentation über Portalis', [], de)).not.toContain('Findex-Archiv 7');
  });
  it('writes a version before the comma that ends a list item, not a decimal', () => {
    expect(fullNames('Equipment and software: Vocalis 4, Sonaris Compact for audiometry', ['Vocalis'], en)).toEqual(['Vocalis 4']);
    expect(fullNames('We use Vocalis 3,5 days a week', ['Vocalis'], en)).toEqual(['Vocalis']);
  });
  it('reads no product in a pattern of shifts', () => {
    const fr = { language: 'fr', notTools: [] as string[] };
    expect(toolsFromContext('Site de 180 personnes, 6 lignes de production en 2x8 et 3x8. Rattaché au directeur.', [], fr)).toEqual([]);
    expect(toolsFromContext('- Travail en 3x8, dont un chef d’équipe par poste', [], fr)).toEqual([]);
  });
});
