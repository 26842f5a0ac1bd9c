import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';

describe('title tails that are not the role', () => {
  it('drops a Swiss workload in per cent and "in Vollzeit"', () => {
    expect(analyzeListing('Treuhänder 60–80%\nAlpfid Treuhand AG · Chur\n\nSie führen Mandate.').title).toBe('Treuhänder');
    expect(analyzeListing('Fachinformatiker in Vollzeit\nNordlicht IT GmbH · Kiel\n\nSie betreuen Server.').title).toBe('Fachinformatiker');
  });
  it('drops "auch in Teilzeit" after a dash and a contract written as two words', () => {
    expect(analyzeListing('Bankkaufmann (m/w/d) – auch in Teilzeit\nVolksbank Oberrhein eG\n\nSie beraten Kunden.').title).toBe('Bankkaufmann');
    expect(analyzeListing('Comptable (H/F) - CDD temps partiel\nCabinet Lemaire SARL - Rennes\n\nVous tenez les comptes.').title).toBe('Comptable');
  });
  it('drops a part of the title that says for whom after the gender marker', () => {
    expect(analyzeListing('Teamassistenz (m/w/d) für eine Kanzlei in Bonn\nRheinblick Rechtsanwälte\n\nSie organisieren das Büro.').title).toBe('Teamassistenz');
  });
  it('drops a dash segment naming a centre or a department of the employer', () => {
    expect(analyzeListing('Fisioterapeuta – Centro de rehabilitación en Vigo\nClínicas Atlántico\n\nAtenderás a pacientes.').title).toBe('Fisioterapeuta');
    expect(analyzeListing('Gestionnaire RH – Direction des ressources humaines\nVille de Nantes\n\nVous gérez la paie.').title).toBe('Gestionnaire RH');
  });
  it('drops a French town with its département after a comma', () => {
    expect(analyzeListing('Boulanger, CDI, Rodez (12)\nMaison Fabre\n\nVous préparez le pain.').title).toBe('Boulanger');
  });
  it('reads "Employer — Title" when the listing names the employer again', () => {
    const a = analyzeListing('> Harbour Light Theatre — Stage Manager\n> Full time.\n>\n> Harbour Light Theatre stages twelve productions a year.');
    expect(a.title).toBe('Stage Manager');
    expect(a.company).toBe('Harbour Light Theatre');
  });
  it('skips a forwarding note to the reader', () => {
    const a = analyzeListing('Hi Sam, this one looks like you! Cheers, Anna\n\nVacancy: Warehouse Supervisor (0,8 fte)\nBrightdock Logistics\n\nBrightdock Logistics runs three depots.');
    expect(a.title).toBe('Warehouse Supervisor');
    expect(a.company).toBe('Brightdock Logistics');
  });
});

describe('company names with what boards add around them', () => {
  it('reads the employer from a board byline', () => {
    expect(analyzeListing('Jobs > Finance > Accountant\n\nAccountant\nPosted 2 days ago by Marlow Estates\n£30,000 per annum\n\nWe manage homes.').company).toBe('Marlow Estates');
  });
  it('drops a rating and a headcount after the name', () => {
    expect(analyzeListing('Glassdoor\nWarehouse Lead\nKestrel Parcel Services 3.9 ★\nLeeds\n\nYou run a shift.').company).toBe('Kestrel Parcel Services');
    expect(analyzeListing('Cariste (H/F)\n\nEntreprise : LAITERIE DU BOCAGE – 50 à 99 salariés\n\nVous chargez les camions.').company).toBe('LAITERIE DU BOCAGE');
  });
  it('keeps the partners with a practice name', () => {
    expect(analyzeListing('Zahnmedizinische Fachangestellte (m/w/d)\n\nZahnärzte am Markt – Dr. Jan Vogt & Kollegen\nVollzeit · Ulm\n\nWir sind eine Praxis.').company).toBe('Zahnärzte am Markt – Dr. Jan Vogt & Kollegen');
  });
  it('reads a name whose trade words are dropped in its sentence, and an S.R.L.', () => {
    expect(analyzeListing('Branch Manager\nHollis & Crane Estate Agents\nLocation: Leeds\n\nHollis & Crane has sold homes since 1950.').company).toBe('Hollis & Crane Estate Agents');
    expect(analyzeListing('Chofer de reparto\nRutas del Plata S.R.L. · Rosario\n\nRepartirás paquetes.').company).toBe('Rutas del Plata S.R.L.');
  });
  it('writes out a plc the head names', () => {
    expect(analyzeListing('Credit Analyst\nApply\nlocations\nLeeds\n\nHarrowgate Bank plc is a bank for farmers.\n\nAt Harrowgate Bank, we lend to farms.').company).toBe('Harrowgate Bank plc');
  });
  it('a German role ending in -angestellte is a title, and a legal form with the profession after it names the company', () => {
    const a = analyzeListing('Rechtsanwaltsfachangestellte (m/w/d)\nKanzlei Vogt Partnerschaft mbB Rechtsanwälte\nUlm · Glassdoor · 4,2 ★\n\nWir sind eine Kanzlei mit 12 Mitarbeitenden.');
    expect(a.title).toBe('Rechtsanwaltsfachangestellte');
    expect(a.company).toBe('Kanzlei Vogt Partnerschaft mbB Rechtsanwälte');
  });
  it('drops a branch, plant or site named after a dash, and a "pôle" of the employer', () => {
    expect(analyzeListing('Servicetechniker (m/w/d) Aufzüge – Niederlassung Bremen\nHeller Lifttechnik GmbH\n\nSie warten Aufzüge.').title).toBe('Servicetechniker Aufzüge');
    expect(analyzeListing('Jefe/a de Almacén - Planta Querétaro\nEnvases del Bajío, S.A. de C.V.\n\nLiderarás al equipo.').title).toBe('Jefe/a de Almacén');
    expect(analyzeListing('Coordinador/a de Enfermería - Planta de Cardiología\nHospital San Telmo\n\nCoordinarás turnos.').title).toBe('Coordinador/a de Enfermería - Planta de Cardiología');
    expect(analyzeListing('Responsable maintenance (H/F) – Pôle bâtiments\nCommunauté de communes du Ternois\n\nVous pilotez les travaux.').title).toBe('Responsable maintenance');
  });
  it('drops a seasonal or Flemish contract and hours "a la semana" or "semanales"', () => {
    expect(analyzeListing('Serveur H/F - CDD saisonnier\nHôtel des Cimes SARL\n\nVous servez en salle.').title).toBe('Serveur');
    expect(analyzeListing('Magazijnier (m/v/x) - Voltijds\nLogistiek Vermeersch NV\n\nJe laadt vrachtwagens.').title).toBe('Magazijnier');
    expect(analyzeListing('Dependiente/a (25h semanales)\nPapelería Ríos, S.L.\n\nAtenderás a clientes.').title).toBe('Dependiente/a');
  });
  it('takes no title from a menu line', () => {
    const a = analyzeListing('jobs.ch\nSuche  |  Firmen  |  Anmelden\n\nGoldschmied 80–100 %\nAtelier Brunner AG\n\nSie fertigen Schmuck.');
    expect(a.title).toBe('Goldschmied');
    expect(a.company).toBe('Atelier Brunner AG');
  });
  it('writes an advert in capitals with the casing of the forwarded subject', () => {
    const mail = 'From: Ana Ruiz <ana@x.es>\nAsunto: Técnico/a de Laboratorio\n\nHola Pablo, te paso la oferta.\n\nTÉCNICO/A DE LABORATORIO – HUELVA\nLaboratorios Costa Luz, S.L.\n\nRealizarás análisis.';
    expect(analyzeListing(mail).title).toBe('Técnico/a de Laboratorio');
  });
});
