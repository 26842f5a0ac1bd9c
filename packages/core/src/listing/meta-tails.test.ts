import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { stripSegmentKind, stripSuffixes } from './title-shape';

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

describe('what a board adds after the title: the start, the season, "wanted"', () => {
  const titleOf = (text: string): string | null => analyzeListing(text).title;
  it('drops when the job starts, after a dash or in brackets, in five languages', () => {
    expect(titleOf('Lagerhelfer – Teilzeit – ab sofort\nSpedition Kranich GmbH\n\nSie kommissionieren Ware.')).toBe('Lagerhelfer');
    expect(titleOf('Kitchen Porter - Immediate Start\nThe Old Mill Inn\n\nYou keep the kitchen clean.')).toBe('Kitchen Porter');
    expect(titleOf('Plongeur (dès que possible)\nBrasserie du Port\n\nVous assurez la plonge.')).toBe('Plongeur');
    expect(titleOf('Camarero/a - Incorporación inmediata\nBar La Estación\n\nAtenderás la barra.')).toBe('Camarero/a');
    expect(titleOf('Afwasser – per direct\nEetcafé De Brug\n\nJe houdt de keuken schoon.')).toBe('Afwasser');
  });
  it('drops the season with its year after a plain space, and the seasons a job spans', () => {
    expect(titleOf('Liftmitarbeiter Sommersaison 2027\nBergbahnen Hochalm AG\n\nSie bedienen die Sesselbahn.')).toBe('Liftmitarbeiter');
    expect(titleOf('Lifeguard - Summer 2027\nSeaview Holiday Park\n\nYou supervise the pool.')).toBe('Lifeguard');
    expect(titleOf('Monitor de surf verano 2027\nEscuela Ola Norte\n\nDarás clases de surf.')).toBe('Monitor de surf');
    expect(titleOf('Strandwacht (parttime, zomer en winter)\nReddingsbrigade Kustzicht\n\nJe bewaakt het strand.')).toBe('Strandwacht');
    expect(titleOf('Saisonnier hiver 2026/27\nHôtel des Neiges\n\nVous aidez en cuisine.')).toBe('Saisonnier');
  });
  it('drops the word for "wanted" after the title', () => {
    expect(titleOf('Fliesenleger/in gesucht\nFliesen Krüger\n\nSie verlegen Fliesen.')).toBe('Fliesenleger/in');
    expect(titleOf('Bakker gezocht\nBakkerij Van Dam\n\nJe bakt brood.')).toBe('Bakker');
    expect(titleOf('Barista wanted\nCorner Bean Coffee\n\nYou make coffee.')).toBe('Barista');
  });
  it('keeps a title where the season or the start is the job, or "wanted" is not its own word', () => {
    expect(stripSuffixes('Head of Winter Operations')).toBe('Head of Winter Operations');
    expect(stripSuffixes('Summer Camp Counsellor')).toBe('Summer Camp Counsellor');
    expect(stripSuffixes('Most Wanted Analyst')).toBe('Most Wanted Analyst');
  });
  it('drops a bracket abbreviating a title written with a gender ending after a slash', () => {
    expect(stripSegmentKind('Técnico/a en Cuidados Auxiliares de Enfermería (TCAE)')).toBe('Técnico/a en Cuidados Auxiliares de Enfermería');
    expect(stripSegmentKind('Auxiliar/a Administrativo/a (AA)')).toBe('Auxiliar/a Administrativo/a');
  });
});
