import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { SIMILAR_JOBS, isChrome, isSearchForm } from './chrome';
import { cleanTitle } from './meta';

const titleOf = (text: string): string | null => analyzeListing(text).title;

describe("a board's search form is no title", () => {
  it('sees a job field and a place field, or a place or radius before the button, in five languages', () => {
    for (const line of [
      'What? night porter   Where? Bath   Search',
      'What job? welder  Where? Hull + 10 miles  Find jobs',
      'Was? Gärtner   Wo? Freiburg   Umkreis 30 km   Jobs finden',
      'Was suchst du? Erzieher  Wo? Kiel  Suchen',
      'Quel métier ? ambulancier   Où ? Nantes   Rechercher',
      'Quoi ? plombier  Où ? Tours  dans un rayon de 20 km  Rechercher',
      '¿Qué? socorrista   ¿Dónde? Málaga   Buscar',
      '¿Qué puesto buscas? fontanero ¿Dónde? Valencia Buscar ofertas',
      'Wat? hovenier   Waar? Zwolle   + 15 km   Zoeken',
      'Welke functie? kapper  Waar? Breda  Zoek',
      'Lyon + 20 km Rechercher',
    ]) expect(isSearchForm(line), line).toBe(true);
  });
  it('leaves roles, questions of the listing and fields of facts alone', () => {
    for (const line of [
      'Night Porter',
      'What you will do?',
      'Was erwartet dich? Abwechslungsreiche Aufgaben',
      'Où ? Au cœur de Lyon',
      'Wo: Berlin',
      'Quel métier ? Le tien.',
      'Job title: Welder · Location: Hull',
      'Research Assistant – Search and Rescue',
      'Zoekmachine-specialist',
      'Fahrer 25 km Umkreis Suchen Sie?',
    ]) expect(isSearchForm(line), line).toBe(false);
  });
  it('takes the heading under a search form, in five languages', () => {
    expect(titleOf('What? porter   Where? Bath   + 10 miles   Search\n32 jobs\n\nNight Porter\nAbbey Hotel Ltd\nBath\n\nYou look after guests overnight.')).toBe('Night Porter');
    expect(titleOf('Was? Gärtner   Wo? Freiburg   Umkreis 30 km   Jobs finden\n\nGärtner im Garten- und Landschaftsbau (m/w/d)\nGrünwerk Breisgau GmbH\nFreiburg\n\nSie pflegen Gärten und Parks.')).toBe('Gärtner im Garten- und Landschaftsbau');
    expect(titleOf('Quel métier ? ambulancier   Où ? Nantes   Rechercher\n\nAmbulancier DEA H/F\nAmbulances de l\'Erdre SARL\nNantes\n\nVous assurez les transports sanitaires.')).toBe('Ambulancier DEA');
    expect(titleOf('¿Qué? socorrista   ¿Dónde? Málaga   Buscar\n\nSocorrista de piscina\nAquamar Servicios, S.L.\nMálaga\n\nVigilarás la piscina del hotel.')).toBe('Socorrista de piscina');
    expect(titleOf('Wat? hovenier   Waar? Zwolle   + 15 km   Zoeken\n\nHovenier aanleg\nGroen & Zo B.V.\nZwolle\n\nJe legt tuinen aan bij particulieren.')).toBe('Hovenier aanleg');
  });
});

describe("a list of other jobs under the listing is never its title", () => {
  it('reads the heading over such a list by its grammar, in five languages', () => {
    for (const line of [
      'Other roles at Kestrel Foods', 'More open positions', 'You might also like', 'Jobs like this',
      'Weitere Stellen dieses Arbeitgebers', 'Andere Jobs in Kiel', 'Das könnte dich auch interessieren',
      'Autres offres chez Camping du Lac', 'Ces offres pourraient vous intéresser', 'Postes similaires',
      'Otras ofertas de la empresa', 'Ofertas relacionadas', 'Te pueden interesar',
      'Gelijkaardige vacatures', 'Andere vacatures bij Groen & Zo', 'Misschien ook interessant',
    ]) expect(SIMILAR_JOBS.test(line), line).toBe(true);
    for (const line of ['Other benefits', 'Weitere Informationen zum Arbeitgeber', 'Autres avantages', 'Más de 50 solicitudes', 'Meer weergeven', '62 vacatures gevonden', 'Similar searches', 'Vacatures']) {
      expect(SIMILAR_JOBS.test(line), line).toBe(false);
    }
  });
  it("keeps the listing's own heading when the list names roles with job words and it has none", () => {
    expect(titleOf('InfoJobs\n\nBuscar ofertas   Empresas\n\nTeleoperador/a Emisión de Pólizas\nLínea Seguros Contact, S.L.\nHuesca\n\nLlamarás a clientes desde casa.\n\nOtras ofertas de la empresa\nCoordinador/a de equipo comercial – Huesca – Híbrido\nJefe/a de plataforma – Huesca – Presencial')).toBe('Teleoperador/a Emisión de Pólizas');
    expect(titleOf('Jobat\n\nVacatures   Werkgevers\n\nPoetshulp hotel\nHotel Scheldezicht NV\nAntwerpen\n\nJe maakt de kamers op.\n\nGelijkaardige vacatures\nMedewerker ontbijt (student) · Hotel Leie · Gent\nReceptionist · Hotel Noord · Brugge')).toBe('Poetshulp hotel');
    expect(titleOf('StepStone\n\nStellen   Firmen\n\nWinzer Kellerwirtschaft\nWeinhof Sommer\nBernkastel\n\nSie bauen unsere Weine aus.\n\nDas könnte dich auch interessieren\nTeamleiter Lager – Trier\nVerkäufer Wein – Koblenz')).toBe('Winzer Kellerwirtschaft');
  });
  it('reads a place\'s class star as a part of the title, a rating as chrome', () => {
    expect(isChrome('Directeur de camping 4★')).toBe(false);
    expect(isChrome('Réceptionniste hôtel 5★')).toBe(false);
    expect(isChrome('Vent d\'Aisne Services 3,8 ★')).toBe(true);
    expect(isChrome('★★★★☆')).toBe(true);
    expect(titleOf('Accepter les cookies ?\n\nCamping du Lac Bleu\n\nDirecteur de camping 5★\nCDI · Annecy\n\nVous dirigez le camping.\n\nCes offres pourraient vous intéresser\nResponsable d\'accueil – Camping Soleil – Nice')).toBe('Directeur de camping 5★');
  });
});

describe('a bracket that says who may apply or how goes, one that names the work stays', () => {
  it('drops who may apply, in five languages', () => {
    for (const [raw, want] of [
      ['Chimney Sweep (Trainee considered)', 'Chimney Sweep'],
      ['Site Warden (couples welcome)', 'Site Warden'],
      ['Kitchen Porter (students welcome) – Leeds', 'Kitchen Porter'],
      ['Koch (auch Quereinsteiger)', 'Koch'],
      ['Hausmeister (Quereinsteiger willkommen)', 'Hausmeister'],
      ['Serveur (débutant accepté)', 'Serveur'],
      ['Gardien de camping (couple possible)', 'Gardien de camping'],
      ['Camarero/a (también sin experiencia)', 'Camarero/a'],
      ['Socorrista (estudiantes bienvenidos)', 'Socorrista'],
      ['Verkoper (starters welkom)', 'Verkoper'],
      ['Beheerder camping (echtpaar)', 'Beheerder camping'],
    ] as const) expect(cleanTitle(raw), raw).toBe(want);
  });
  it('keeps a bracket that names the work, a tool or the level', () => {
    for (const raw of ['Data Engineer (Python, Spark)', 'Student Adviser (International Office)', 'UX Designer (Senior)', 'Monteur (Kälte- und Klimatechnik)', 'Técnico de mantenimiento (frío industrial)', 'Conseiller (Épargne salariale)', 'Medewerker (Paarden)']) {
      expect(cleanTitle(raw), raw).toBe(raw);
    }
  });
  it('drops a bracket that spells out the abbreviation the title carries', () => {
    for (const [raw, want] of [
      ['Technicien 3D (dératisation, désinsectisation, désinfection)', 'Technicien 3D'],
      ['Técnico PRL (Prevención de Riesgos Laborales)', 'Técnico PRL'],
      ['HSE Manager (Health, Safety & Environment)', 'HSE Manager'],
      ['Fachkraft SiGe (Sicherheit und Gesundheit)', 'Fachkraft SiGe'],
      ['Adviseur VGM (Veiligheid, Gezondheid, Milieu)', 'Adviseur VGM'],
    ] as const) expect(cleanTitle(raw), raw).toBe(want);
    for (const raw of ['Technicien 3D (nuisibles et hygiène)', 'Responsable QSE (sites de Lyon et Grenoble)', 'IT Support (Windows, Linux)']) expect(cleanTitle(raw), raw).toBe(raw);
  });
  it('drops a bracketed gender tag of any letters, and a work mode once the business after it is gone', () => {
    expect(cleanTitle('Steigerbouwer (m/v) – Industrie')).toBe('Steigerbouwer – Industrie');
    expect(cleanTitle('Kok (v/m/x) – Brasserie De Haven')).toBe('Kok – Brasserie De Haven');
    for (const [raw, want] of [
      ['Customer Adviser (Remote) – Bristol', 'Customer Adviser'],
      ['Kundenberater (Homeoffice) – Leipzig', 'Kundenberater'],
      ['Téléconseiller (télétravail) – Lyon', 'Téléconseiller'],
      ['Teleoperador (teletrabajo) – Zaragoza', 'Teleoperador'],
      ['Klantenservicemedewerker (thuiswerken) – Utrecht', 'Klantenservicemedewerker'],
    ] as const) expect(cleanTitle(raw), raw).toBe(want);
  });
  it('drops the shifts after a dash when there are several', () => {
    expect(cleanTitle('Call Centre Team Leader - Evenings & Weekends')).toBe('Call Centre Team Leader');
    expect(cleanTitle('Agent d\'accueil – nuit et week-end')).toBe("Agent d'accueil – nuit et week-end");
    expect(cleanTitle('Koch (Vollzeit und Teilzeit)')).toBe('Koch');
    expect(cleanTitle('Head of Days and Nights')).toBe('Head of Days and Nights');
  });
});

describe("an employer's offer page heading, a form's label and a request to pass the post on are no part of the title", () => {
  it('takes the role under a name joined to the word for its job offers, in five languages', () => {
    expect(titleOf('Weinhof Sommer · Stellenangebot\n\nKellermeister / Kellermeisterin\n\nUnser Weingut an der Mosel sucht Verstärkung.')).toBe('Kellermeister / Kellermeisterin');
    expect(titleOf('Mairie de Lunel – Offre d\'emploi\n\nAgent d\'entretien des espaces verts\n\nLa commune recrute un agent.')).toBe("Agent d'entretien des espaces verts");
    expect(titleOf('Gemeente Ede – Vacature\n\nHovenier openbaar groen\n\nDe gemeente zoekt een hovenier.')).toBe('Hovenier openbaar groen');
  });
  it("drops the label of a form's title line among labelled lines", () => {
    expect(titleOf('Bonjour Léa,\n\nVoici l\'annonce.\n\n---\n\nIntitulé : Chef d\'équipe propreté H/F\nLieu : Lille\nContrat : CDI\n\nVous encadrez 12 agents.')).toBe("Chef d'équipe propreté");
    expect(titleOf('Hallo Jan,\n\nhier die Anzeige.\n\n---\n\nBezeichnung: Schichtleiter Produktion (m/w/d)\nOrt: Kassel\nVertrag: unbefristet\n\nSie führen die Schicht.')).toBe('Schichtleiter Produktion');
  });
  it("drops a subject's request to pass the post on, in five languages", () => {
    expect(titleOf('Betreff: WG: Stellenanzeige Schichtleitung Lager – bitte an Interessierte weiterleiten\n\nLiebe Kolleginnen und Kollegen,\n\nwir suchen eine Schichtleitung für unser Lager.\n\nViele Grüße')).toBe('Schichtleitung Lager');
    expect(titleOf('Subject: Fwd: Vacancy Warehouse Shift Lead - please share\n\nHi all,\n\nwe are looking for someone to run a shift.\n\nThanks')).toBe('Warehouse Shift Lead');
    expect(titleOf('Objet : TR: Offre Chef de quai – merci de diffuser\n\nBonjour à tous,\n\nnous cherchons quelqu\'un pour notre entrepôt.\n\nCordialement')).toBe('Chef de quai');
  });
});
