import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { isChrome } from './chrome';
import { stripGenderForms, stripPlaceTail, stripSuffixes } from './title-shape';

describe('gender forms in the word', () => {
  it('drops "·fe" after a noun in -f and a Spanish form in capitals', () => {
    expect(stripGenderForms('Chef·fe de cuisine')).toBe('Chef de cuisine');
    expect(stripGenderForms('JEFE/A DE ALMACÉN')).toBe('JEFE DE ALMACÉN');
  });
});

describe('segments that name the site, the place or the employer', () => {
  it('drops a slaughterhouse, a casino or a works named by what it makes after a dash', () => {
    expect(stripPlaceTail('Chef de ligne – Abattoir de porcs')).toBe('Chef de ligne');
    expect(stripPlaceTail('Jefe de mantenimiento - fabricación de papel tisú')).toBe('Jefe de mantenimiento');
    expect(stripPlaceTail('Responsable de salle - Casino du Lac')).toBe('Responsable de salle');
    expect(stripPlaceTail('Supervisor de mesas – Casino')).toBe('Supervisor de mesas');
  });
  it('drops a name with its town in brackets after a comma, and a town the job is near', () => {
    expect(stripPlaceTail('Head Chef, Millbrook Arms (Tetbury)')).toBe('Head Chef');
    expect(stripPlaceTail('Stable Hand, near Newmarket')).toBe('Stable Hand');
    expect(stripPlaceTail('Jardinier, près de Rennes')).toBe('Jardinier');
  });
  it('drops a machine number in brackets but keeps a bracketed tool', () => {
    expect(stripPlaceTail('Operator - Extrusion Line (EX2)')).toBe('Operator - Extrusion Line');
    expect(stripPlaceTail('Developer (C#)')).toBe('Developer (C#)');
  });
  it('drops a season with its year after a plain space', () => {
    expect(stripSuffixes('Moniteur de voile saison 2027')).toBe('Moniteur de voile');
    expect(stripSuffixes('Socorrista temporada 2027')).toBe('Socorrista');
    expect(stripSuffixes('Skilehrer Saison 2026/27')).toBe('Skilehrer');
  });
  it('drops both hours at once and a language the job is done in', () => {
    expect(stripSuffixes('Verkäufer in Voll- oder Teilzeit')).toBe('Verkäufer');
    expect(stripSuffixes('Camarero con inglés')).toBe('Camarero');
    expect(stripSuffixes('Réceptionniste avec anglais courant')).toBe('Réceptionniste');
    expect(stripSuffixes('Kellner mit Englisch')).toBe('Kellner');
  });
  it('drops a hatchery after a dash', () => {
    expect(stripPlaceTail('Technicien piscicole – écloserie de truites')).toBe('Technicien piscicole');
  });
  it('reads "Role, Employer (Town)" as the role and the employer', () => {
    const a = analyzeListing('Head Chef, Millbrook Arms (Tetbury)\n\nA busy country pub kitchen, fresh food, four chefs.\nApply with your CV.');
    expect(a.title).toBe('Head Chef');
    expect(a.company).toBe('Millbrook Arms');
  });
  it('drops the employer written straight after the role', () => {
    const a = analyzeListing('Onderwerp: dealer Speelcasino Noordkaap\n\nHoi Tim,\n\nSpeelcasino Noordkaap in Den Helder zoekt dealers voor de roulettetafels, 32 uur.\n\nGroet, Ilse');
    expect(a.company).toBe('Speelcasino Noordkaap');
    expect(a.title).toBe('Dealer');
  });
});

describe('lines around the title', () => {
  it('takes no title from a date or a source line', () => {
    expect(isChrome('Publié le 3 mars 2027')).toBe(true);
    expect(isChrome('Actualisé le 4 mars 2027')).toBe(true);
    expect(isChrome('Geplaatst op 12 januari')).toBe(true);
    expect(isChrome('Veröffentlicht am 2.12.2026')).toBe(true);
    expect(isChrome('Bron: Jobbird.com')).toBe(true);
    expect(isChrome('Fuente: Indeed')).toBe(true);
    expect(isChrome('Verkoper fietsen')).toBe(false);
  });
  it("reads the role after a board's advert number", () => {
    const a = analyzeListing("Offre n° 204XKLM - Ouvrier paysagiste (H/F)\n\nPublié le 3 mars 2027\n35 - RENNES\n\nVous entretenez des jardins.");
    expect(a.title).toBe('Ouvrier paysagiste');
  });
  it('reads a row of tab-separated fields', () => {
    const a = analyzeListing('Glazenwasser\tHelder Glas B.V.\tUtrecht\t32 uur\nBron: Jobbird.com\n\nJe wast ramen bij kantoren en winkels.');
    expect(a.title).toBe('Glazenwasser');
    expect(a.company).toBe('Helder Glas B.V.');
  });
  it('takes the casing the listing writes a title in capitals in', () => {
    const a = analyzeListing('KILN SUPERVISOR\nRef 2231 | Stoke-on-Trent\n\nThe Kiln Supervisor runs the firing of two tunnel kilns.\nApply with your CV.');
    expect(a.title).toBe('Kiln Supervisor');
  });
  it('keeps the name after a bullet without the bullet', () => {
    const a = analyzeListing('Responsable qualité H/F\n• Fromagerie des Causses SAS\nRodez\n\nVous pilotez le plan HACCP.');
    expect(a.company).toBe('Fromagerie des Causses SAS');
  });
});

describe("a board's table of facts", () => {
  it('reads the employer under its label, not the board in the page title', () => {
    const html = '<html><head><title>Magazijnmedewerker - Jobbird</title></head><body><h1>Magazijnmedewerker</h1><dl><dt>Bedrijf</dt><dd>Koelhuis Westland B.V.</dd><dt>Plaats</dt><dd>Naaldwijk</dd></dl><h2>Functieomschrijving</h2><p>Je verzamelt orders in ons koelhuis en laadt vrachtwagens.</p></body></html>';
    expect(analyzeListing(html).company).toBe('Koelhuis Westland B.V.');
  });
});

describe('the employer on the line under the title', () => {
  it("reads a name with a board's star rating before the score", () => {
    const a = analyzeListing('Glassdoor\n\nFleet Coordinator\nKestrel Van Hire  ★ 3.9\nLeeds · On-site\n\nYou book services and MOTs for 300 vans.');
    expect(a.company).toBe('Kestrel Van Hire');
  });
  it('reads "Name, Town" when the town is the listed location', () => {
    const a = analyzeListing('Breakfast Chef\nThe Harbour Inn, Padstow\n\nLocation: Padstow, Cornwall · Full-time\n\nYou run breakfast service for 60 covers.');
    expect(a.company).toBe('The Harbour Inn');
  });
  it('reads tab-separated fields under the title', () => {
    const a = analyzeListing('Camarero de sala\nRestaurante Mar Azul\tMálaga\tJornada completa\t1.400 €/mes\nIndeed\n\nServicio de comidas y cenas en terraza.');
    expect(a.company).toBe('Restaurante Mar Azul');
  });
});
