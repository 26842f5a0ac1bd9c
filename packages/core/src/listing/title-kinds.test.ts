import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { isLinkLabel } from './chrome';
import { stripPlaceTail, stripSuffixes } from './title-shape';

const titleOf = (text: string): string | null => analyzeListing(text).title;

describe("a results page's navigation is no title", () => {
  it('sees the hit counter, the next and previous links and the search heading in five languages', () => {
    for (const line of [
      '« Zurück zur Trefferliste   Stelle 7 von 112   Nächste Stelle »',
      'Ergebnis 2 von 19 · Vorheriges Ergebnis',
      '‹ Previous job   Result 12 of 230   Next job ›',
      'Showing job 4 out of 57',
      '< Offre précédente   Offre 5 sur 61   Offre suivante >',
      'Résultat 1 sur 9 — Annonce suivante',
      '« Anterior   Oferta 3 de 27   Siguiente oferta »',
      'Resultado 8 de 40',
      '‹ Vorige vacature   Vacature 2 van 33   Volgende vacature ›',
      '14 van 202 resultaten',
      'Suchergebnisse: Lagerist · Kassel · 23 Treffer',
      'Search results: warehouse supervisor · Leeds · 41 jobs',
      'Résultats de recherche : cariste · Lyon (69)',
      'Buscar empleo: cocinero · Zona: Córdoba Capital',
      'Zoekresultaten: heftruckchauffeur · Tilburg + 15 km',
      'Kassel · 23 Treffer',
      'Tilburg · 1.284 vacatures gevonden',
    ]) expect(isLinkLabel(line), line).toBe(true);
  });
  it('leaves roles and employers with numbers alone', () => {
    for (const line of ['Jobcoach Team 3', 'Results Analyst', 'Offre de services – Conseiller', 'Oferta Comercial Manager', 'Stellenangebote Redakteur', 'Vacature: Monteur', 'Resultaatgericht Teamleider', 'Operator 2 of 3 shifts', 'Jefe de Turno 1 de 3']) {
      expect(isLinkLabel(line), line).toBe(false);
    }
  });
  it('takes the title under a results page navigation, in five languages', () => {
    expect(titleOf('Startseite  Jobsuche  Profil\n« Zurück zur Ergebnisliste   Treffer 7 von 112   Nächster Treffer »\n\nStellenangebot\nLagerist Wareneingang (m/w/d)\nArbeitgeber: Kranich Logistik GmbH\n\nSie nehmen Ware an und buchen sie ein.')).toBe('Lagerist Wareneingang');
    expect(titleOf('‹ Back to results   Result 12 of 230   Next result ›\n\nWarehouse Team Leader\nNorthway Freight Ltd\nLeeds\n\nYou run the goods-in team of six.')).toBe('Warehouse Team Leader');
    expect(titleOf('Rechercher des offres : cariste · Lyon\nRésultat 5 sur 61 — Résultat suivant\n\nCariste magasinier H/F\nEntrepôts du Rhône SAS\n\nVous chargez et déchargez les camions.')).toBe('Cariste magasinier');
    expect(titleOf('Buscar empleo: cocinero · Zona: Córdoba Capital\nOferta 3 de 27 · Siguiente oferta\n\nCocinero/a de línea\nRestaurante El Patio S.L.\n\nPrepararás la línea de calientes.')).toBe('Cocinero/a de línea');
    expect(titleOf('Zoekresultaten: heftruckchauffeur · Tilburg + 15 km\nVacature 2 van 33 · Volgende vacature\n\nHeftruckchauffeur\nVan Dijk Distributie B.V.\n\nJe laadt en lost vrachtwagens.')).toBe('Heftruckchauffeur');
  });
});

describe('a shift or time of day after the role goes like the hours', () => {
  it('drops the night, the evening or a named shift after a plain space, in five languages', () => {
    expect(stripSuffixes("Chef d'équipe quai de nuit")).toBe("Chef d'équipe quai");
    expect(stripSuffixes('Infirmier en poste de nuit')).toBe('Infirmier');
    expect(stripSuffixes("Agent d'accueil de nuit")).toBe("Agent d'accueil");
    expect(stripSuffixes('Agent de production en équipe du matin')).toBe('Agent de production');
    expect(stripSuffixes('Auxiliar de almacén de noche')).toBe('Auxiliar de almacén');
    expect(stripSuffixes('Recepcionista nocturno')).toBe('Recepcionista');
    expect(stripSuffixes('Cocinero en turno de tarde')).toBe('Cocinero');
    expect(stripSuffixes('Care Assistant on nights')).toBe('Care Assistant');
    expect(stripSuffixes('Warehouse Operative on the night shift')).toBe('Warehouse Operative');
    expect(stripSuffixes('Lagerhelfer im Nachtdienst')).toBe('Lagerhelfer');
    expect(stripSuffixes('Pflegefachkraft für den Nachtdienst')).toBe('Pflegefachkraft');
    expect(stripSuffixes('Orderpicker in de nachtploeg')).toBe('Orderpicker');
    expect(stripSuffixes('Verzorgende in de avonddienst')).toBe('Verzorgende');
    expect(stripSuffixes('Camarera de pisos de madrugada')).toBe('Camarera de pisos');
  });
  it('keeps a role that is the night work itself, and a day service', () => {
    expect(stripSuffixes('Veilleur de nuit')).toBe('Veilleur de nuit');
    expect(stripSuffixes('Vigilante nocturno')).toBe('Vigilante nocturno');
    expect(stripSuffixes('Infirmier hôpital de jour')).toBe('Infirmier hôpital de jour');
    expect(stripSuffixes('Night Shift Manager')).toBe('Night Shift Manager');
    // Without a preposition a shift may be the team a leader leads.
    expect(stripSuffixes('Ploegleider nachtploeg')).toBe('Ploegleider nachtploeg');
    expect(stripSuffixes('Support Worker - Waking Nights')).toBe('Support Worker - Waking Nights');
  });
});

describe("the employer's trade after a dash goes, a specialty of the work stays", () => {
  it('drops a segment opening with the trade of the business, in five languages', () => {
    expect(stripPlaceTail('Encargado/a de mostrador – Alquiler de furgonetas')).toBe('Encargado/a de mostrador');
    expect(stripPlaceTail('Técnico/a de taller - Renting de maquinaria')).toBe('Técnico/a de taller');
    expect(stripPlaceTail('Auxiliar administrativo – Funeraria del Carmen')).toBe('Auxiliar administrativo');
    expect(stripPlaceTail('Responsable de rayon – Jardinerie')).toBe('Responsable de rayon');
    expect(stripPlaceTail("Chargé·e d'accueil – location de camping-cars")).toBe("Chargé·e d'accueil");
    expect(stripPlaceTail('Assistant funéraire – Pompes funèbres Martin')).toBe('Assistant funéraire');
    expect(stripPlaceTail('Filialleiter – Autovermietung')).toBe('Filialleiter');
    expect(stripPlaceTail('Schichtleiter – Sägewerk')).toBe('Schichtleiter');
    expect(stripPlaceTail('Teamleitung – Friseur und Kosmetik')).toBe('Teamleitung');
    expect(stripPlaceTail('Vestigingsmanager – Autoverhuur')).toBe('Vestigingsmanager');
    expect(stripPlaceTail('Teamleider – Tuincentrum')).toBe('Teamleider');
    expect(stripPlaceTail('Branch Supervisor – Plant Hire')).toBe('Branch Supervisor');
    expect(stripPlaceTail('Office Manager - Funeral Home')).toBe('Office Manager');
    expect(stripPlaceTail('Yard Foreman – Sawmill')).toBe('Yard Foreman');
  });
  it('keeps a specialty or a market that names no such trade', () => {
    expect(stripPlaceTail('Key Account Manager – Retail')).toBe('Key Account Manager – Retail');
    expect(stripPlaceTail('Fotógrafo/a de estudio – Producto y moda')).toBe('Fotógrafo/a de estudio – Producto y moda');
    expect(stripPlaceTail('Category Manager – Garden Furniture')).toBe('Category Manager – Garden Furniture');
    expect(stripPlaceTail('Clerc de notaire – droit de la famille')).toBe('Clerc de notaire – droit de la famille');
    expect(stripPlaceTail('Data Engineer – Verhuurplatform')).toBe('Data Engineer – Verhuurplatform');
  });
  it('takes the role alone from a listing whose title names the trade', () => {
    expect(titleOf('Jefe/a de Oficina - Alquiler de Autocaravanas\nRutaLibre Campers S.L.\nValencia\n\nDirigirás la oficina y un equipo de 4 personas.')).toBe('Jefe/a de Oficina');
    expect(titleOf('Salonleitung (m/w/d) – Friseur & Kosmetik\nSchnittpunkt GmbH\n\nDu führst unser Team von 6 Friseur:innen.')).toBe('Salonleitung');
  });
});

describe('an agent is a role noun, so the employer and place line under it is no title', () => {
  it('takes the agent line over the employer line with its place, in five languages', () => {
    expect(titleOf("Agent·e d'accueil – location de vélos\nCycloVal – Tours, gare Sud\nCDI · 35 h\n\nVous accueillez les clients au comptoir.")).toBe("Agent d'accueil");
    expect(titleOf('Rental Agent\nSwiftHire Vans – Leeds, Kirkstall Road\nFull-time\n\nYou hand vans over to customers.')).toBe('Rental Agent');
    expect(titleOf('Agente de reservas\nViajes Brisa – Málaga, Centro\nJornada completa\n\nGestionarás las reservas de los clientes.')).toBe('Agente de reservas');
    expect(titleOf('Kundenservice-Agent (m/w/d)\nFlinkPost – Bremen, Überseestadt\nVollzeit\n\nSie beantworten Anfragen unserer Kunden.')).toBe('Kundenservice-Agent');
    expect(titleOf('Klantenservice agent\nBelNu – Utrecht, Papendorp\nFulltime\n\nJe helpt klanten aan de telefoon.')).toBe('Klantenservice agent');
  });
});
