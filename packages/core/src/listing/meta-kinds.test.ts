import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { CHROME, isLinkLabel } from './chrome';

describe('a dash segment naming the kind of business or site', () => {
  it('drops a site, a plant, a cinema or an optician after a dash, in each language', () => {
    expect(analyzeListing('Hatchery Supervisor – Freshwater Smolt Site\nGlenbrae Aquaculture Ltd\n\nYou run the hatchery.').title).toBe('Hatchery Supervisor');
    expect(analyzeListing('Dispatcher - Northern Depot\nRoadline Haulage Ltd\n\nYou plan the routes.').title).toBe('Dispatcher');
    expect(analyzeListing('Encargado de sala – Cines Mirador\nExhibidores del Sur S.L.\n\nCoordinarás la sala.').title).toBe('Encargado de sala');
    expect(analyzeListing('Jefe de turno - piscifactoría de truchas\nTruchas del Bierzo S.L.\n\nOrganizarás el turno.').title).toBe('Jefe de turno');
    expect(analyzeListing('Responsable technique – usine de Montbard\nFonderies Morvan SAS\n\nVous pilotez la maintenance.').title).toBe('Responsable technique');
    expect(analyzeListing('Schichtleiter - Karpfenteichwirtschaft\nFischhof Aischgrund GbR\n\nSie leiten die Schicht.').title).toBe('Schichtleiter');
    expect(analyzeListing('Bedrijfsleider – Oesterkwekerij\nZeeuwse Schelp B.V.\n\nJe leidt het bedrijf.').title).toBe('Bedrijfsleider');
  });
  it('drops a named venue with its town', () => {
    expect(analyzeListing('Duty Manager - The Regent, Keswick\nLakeland Picturehouses\n\nYou open the building.').title).toBe('Duty Manager');
  });
  it('keeps a specialty after a dash', () => {
    expect(analyzeListing('Senior Keeper – Reptiles\nMarshfield Zoo Trust\n\nYou care for the reptile house.').title).toBe('Senior Keeper – Reptiles');
    expect(analyzeListing('Team Leader - Inbound Contact Centre\nBluewater Energy\n\nYou lead twelve advisers.').title).toBe('Team Leader - Inbound Contact Centre');
  });
});

describe('a season, a firefighter status, a shift or a reference after the title', () => {
  it('drops them in each language', () => {
    expect(analyzeListing('Ski Patroller – Winter Season\nHighmoss Mountain Resort\n\nYou patrol the pistes.').title).toBe('Ski Patroller');
    expect(analyzeListing('Moniteur de ski – saison d\'hiver\nESF Val Claret\n\nVous encadrez des cours.').title).toBe('Moniteur de ski');
    expect(analyzeListing('Monitor de esquí - temporada de invierno\nEscuela Sierra Blanca S.L.\n\nDarás clases.').title).toBe('Monitor de esquí');
    expect(analyzeListing('Liftmitarbeiter – Wintersaison\nBergbahnen Oberjoch GmbH\n\nSie bedienen die Anlagen.').title).toBe('Liftmitarbeiter');
    expect(analyzeListing('Crew Commander – Wholetime\nNorthmoor Fire and Rescue Service\n\nYou lead a crew.').title).toBe('Crew Commander');
    expect(analyzeListing('Operator inpakafdeling (nachtploeg)\nVerpakkingen Twente B.V.\n\nJe bedient de lijn.').title).toBe('Operator inpakafdeling');
    expect(analyzeListing('Store Manager – Garden Centres (Ref: GC/118)\nTalbot Recruitment\n\nYou run the store.').title).toBe('Store Manager');
  });
});

describe('a salutation, a closing or page chrome is no title or company', () => {
  it('reads a salutation or a closing line as chrome, in five languages', () => {
    for (const l of ['Kind regards,', 'Mit freundlichen Grüßen', 'Bien cordialement,', 'Un saludo,', 'Buenos días,', 'Met vriendelijke groet,', 'Groet,']) expect(CHROME.test(l)).toBe(true);
    expect(CHROME.test('Best Western Hotels')).toBe(false);
  });
  it('reads an arrowed back link and a cookie banner\'s buttons as link labels', () => {
    expect(isLinkLabel('← Zurück zur Trefferliste (88 Jobs für „Lagerist")')).toBe(true);
    expect(isLinkLabel('Tout accepter   Paramètres   Refuser')).toBe(true);
    expect(isLinkLabel('Accept all cookies   Reject   Preferences')).toBe(true);
  });
  it('names a forwarded mail by its subject and its sending office when the body has no title line', () => {
    const es = analyzeListing('---------- Mensaje reenviado ---------\nDe: Gestoría Ibarra Olano <rrhh@gestoriaibarra.es>\nAsunto: Oferta auxiliar administrativo - Tolosa\nPara: <bolsa@ejemplo.es>\n\nBuenas tardes,\n\nLa Gestoría Ibarra Olano busca una persona para el área fiscal.\n\nUn saludo,\nMaite Arregi');
    expect(es.title).toBe('Auxiliar administrativo');
    expect(es.company).toBe('Gestoría Ibarra Olano');
    const nl = analyzeListing('-------- Doorgestuurd bericht --------\nOnderwerp: Vacature kandidaat-notaris familierecht\nVan: Sanne de Wit <s.dewit@example.nl>\n\nHoi Bram, misschien iets voor jou?\n\nDe Wit & Brouwer Notarissen zoekt een kandidaat-notaris voor het kantoor in Delft.\n\nGroet,\nSanne');
    expect(nl.title).toBe('Kandidaat-notaris familierecht');
  });
  it('takes the company from an employer or organisation field and never a field line as title', () => {
    const fr = analyzeListing('Surveillant pénitentiaire (SP) - Centre pénitentiaire de Lannemezan - Quartier maison centrale\n\nEmployeur : Ministère de la Justice - Direction interrégionale des services pénitentiaires de Toulouse\nLocalisation : Lannemezan (65)\n\nVous assurez la sécurité.');
    expect(fr.title).not.toMatch(/^Employeur/);
    expect(fr.company).toBe('Ministère de la Justice - Direction interrégionale des services pénitentiaires de Toulouse');
    expect(analyzeListing('Beveiliger\n\nOrganisatie:\tRijksvastgoedbedrijf\nLocatie: Den Haag\n\nJe bewaakt het pand.').company).toBe('Rijksvastgoedbedrijf');
    expect(analyzeListing('Case Administrator\nReference number: 55120\nBusiness area: HMCTS - Tribunals\nLocation: Leeds\n\nYou process appeals.').company).toBe('HMCTS - Tribunals');
  });
  it('strips a careers word before a dash from a company and reads a Peruvian S.A.A. as a legal form', () => {
    expect(analyzeListing('<html><head><title>Schichtführer (m/w/d) - Karriere - Spinnerei Albtal</title></head><body><h1>Schichtführer (m/w/d)</h1><p>Wir spinnen Garne.</p></body></html>').company).toBe('Spinnerei Albtal');
    expect(analyzeListing('JEFE DE GUARDIA\nMinera Cordillera Azul S.A.A.\nHuancayo, Junín\n\nSupervisarás la guardia.').company).toBe('Minera Cordillera Azul S.A.A.');
  });
  it('takes a rated employer line and not a town with its province under the title', () => {
    expect(analyzeListing('Indeed Emplois Entreprises\n\nBrasserie du Vexin 4,1 ★\n\nResponsable de production H/F\n\nPontoise\n\nVous pilotez la production de la brasserie à Pontoise.').company).toBe('Brasserie du Vexin');
    expect(analyzeListing('<html><head><title>Operario de planta - Hortalizas Vegamar Careers</title></head><body><h2>Operario de planta</h2><div>Navalmoral (Cáceres)</div><p>Trabajarás en nuestra planta de Navalmoral.</p></body></html>').company).not.toBe('Navalmoral');
  });
});
