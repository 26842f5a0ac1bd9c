import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { dropNonRoleSegments, segmentKind } from './title-segment';

const titleOf = (text: string): string | null => analyzeListing(text).title;

describe('a title segment read by what it is', () => {
  it('drops a shift named by its time of day, in the five languages', () => {
    expect(segmentKind('Cajero', 'Turno vespertino', null, '')).toBe('terms');
    expect(segmentKind('Agent de tri', 'Poste du soir', null, '')).toBe('terms');
    expect(segmentKind('Orderpicker', 'Avonddienst', null, '')).toBe('terms');
    expect(segmentKind('Lagerhelfer', 'Spätschicht', null, '')).toBe('terms');
    expect(segmentKind('Warehouse Operative', 'Late Shift', null, '')).toBe('terms');
    expect(titleOf('Recepcionista de hotel - Turno matutino\nHostal Brisa\n\nAtenderás a los huéspedes.')).toBe('Recepcionista de hotel');
  });
  it('keeps a shift that is the team a role leads, and a specialty', () => {
    expect(dropNonRoleSegments('Teamleider – Avondploeg Verpakking', null, '')).toBe('Teamleider – Avondploeg Verpakking');
    expect(segmentKind('Jefe de equipo', 'Turno de mantenimiento', null, '')).toBe('role');
    expect(segmentKind('Contracts Manager', 'Curtain Walling', null, '')).toBe('role');
    expect(segmentKind('Chef d\'équipe', 'Remontées mécaniques', null, '')).toBe('role');
  });
  it('drops a season joined to a year-round post, and a start month, and keeps a season that is a specialty', () => {
    expect(segmentKind('Liftmitarbeiter', 'Wintersaison & Ganzjahresstelle', null, '')).toBe('terms');
    expect(segmentKind('Lifeguard', 'Year-round', null, '')).toBe('terms');
    expect(segmentKind('Vendeur', 'toute l\'année', null, '')).toBe('terms');
    expect(segmentKind('Kok', 'vanaf maart', null, '')).toBe('terms');
    expect(segmentKind('Camarero', 'desde junio', null, '')).toBe('terms');
    expect(segmentKind('Koch', 'ab Oktober', null, '')).toBe('terms');
    expect(segmentKind('Buyer', 'Spring Collection', null, '')).toBe('role');
  });
  it('drops towns the place data knows, with their surroundings or joined, when the listing names them again', () => {
    const text = (t: string, town: string): string => `${t}\nAcme\n\nWork in ${town} and nearby.`;
    expect(dropNonRoleSegments('Slotenmaker – Utrecht e.o.', null, text('Slotenmaker – Utrecht e.o.', 'Utrecht'))).toBe('Slotenmaker');
    expect(dropNonRoleSegments('Dachdecker – Bielefeld und Umgebung', null, text('Dachdecker – Bielefeld und Umgebung', 'Bielefeld'))).toBe('Dachdecker');
    expect(dropNonRoleSegments('Fontanero – Córdoba y alrededores', null, text('Fontanero – Córdoba y alrededores', 'Córdoba'))).toBe('Fontanero');
    expect(dropNonRoleSegments('Plombier, Poitiers et environs', null, text('Plombier, Poitiers et environs', 'Poitiers'))).toBe('Plombier');
    expect(dropNonRoleSegments('Funeral Arranger – Lichfield & Tamworth', null, 'Funeral Arranger – Lichfield & Tamworth\n\nBranches in Lichfield and Tamworth.')).toBe('Funeral Arranger');
  });
  it('keeps a segment that a town only shares its name with, or that the listing never names as a place', () => {
    expect(dropNonRoleSegments('Developer – Mobile', null, 'Developer – Mobile\n\nYou build our mobile apps.')).toBe('Developer – Mobile');
    expect(dropNonRoleSegments('Verkoper – Breda', null, 'Verkoper – Breda\n\nJe verkoopt fietsen.')).toBe('Verkoper – Breda');
  });
  it('drops the employer written as a name after a title in lower case, or spelled by its addresses', () => {
    expect(titleOf('Bibliothecaris collectie | Bibliotheek Kennemerduin\n\nJe beheert de collectie.')).toBe('Bibliothecaris collectie');
    expect(titleOf('Boulanger tourier – Boulangerie Les Trois Épis\n\nVous pétrissez et cuisez.')).toBe('Boulanger tourier');
    expect(titleOf('Ayudante de cocina – Mesón Los Arcos\n\nPreparas las guarniciones.')).toBe('Ayudante de cocina');
    expect(dropNonRoleSegments('Bike Mechanic – Workshop Spoke Harbour', null, 'Write to jobs@spokeharbour.co.uk')).toBe('Bike Mechanic');
    expect(dropNonRoleSegments('Verkäufer – Bäckerei Hellmann', 'Bäckerei Hellmann GmbH', '')).toBe('Verkäufer');
  });
  it('keeps a specialty written with capitals, in a title written with capitals', () => {
    expect(dropNonRoleSegments('Verkäufer Musikinstrumente – Abteilung Gitarre', null, '')).toBe('Verkäufer Musikinstrumente – Abteilung Gitarre');
    expect(dropNonRoleSegments('Sales Manager – Food Service', null, '')).toBe('Sales Manager – Food Service');
    expect(dropNonRoleSegments('Técnico de laboratorio – microbiología', null, '')).toBe('Técnico de laboratorio – microbiología');
    expect(dropNonRoleSegments('Commis de cuisine – Hospitality Linen', 'Fairwash Linen Services', '')).toBe('Commis de cuisine – Hospitality Linen');
  });
});
