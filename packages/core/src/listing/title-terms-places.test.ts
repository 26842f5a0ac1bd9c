import { describe, expect, it } from 'vitest';
import { dropNonRoleSegments, segmentKind } from './title-segment';

describe('a season written as the months it spans', () => {
  it('reads two months joined by a word for "to" as the terms, with a season or contract word before them', () => {
    expect(segmentKind('Erntehelfer', 'Saisonarbeit Mai bis September', null, '')).toBe('terms');
    expect(segmentKind('Guide', 'June to August', null, '')).toBe('terms');
    expect(segmentKind('Saisonnier', 'de mai à août', null, '')).toBe('terms');
    expect(segmentKind('Monitor/a', 'de junio a septiembre', null, '')).toBe('terms');
    expect(segmentKind('Plukker', 'van mei tot augustus', null, '')).toBe('terms');
    expect(dropNonRoleSegments('Vendangeur (septembre à octobre)', null, '')).toBe('Vendangeur');
  });
  it('keeps a segment that only names one month among other words, and a specialty', () => {
    expect(segmentKind('Redakteur', 'Mai Magazin', null, '')).toBe('role');
    expect(dropNonRoleSegments('Gärtner – Staudenanzucht', null, '')).toBe('Gärtner – Staudenanzucht');
  });
});

describe('a town with its district, its postcode or its surroundings', () => {
  it('reads a town with a district number or a postcode as the place when the listing writes it as a field too', () => {
    const text = (t: string, place: string): string => `${t}\nLieu : ${place}\n`;
    expect(dropNonRoleSegments('Boulanger - Marseille 8e', null, text('Boulanger - Marseille 8e', 'Marseille 8e'))).toBe('Boulanger');
    expect(dropNonRoleSegments('Elektriker – Wien 21', null, text('Elektriker – Wien 21', 'Wien 21'))).toBe('Elektriker');
    expect(dropNonRoleSegments('Repartidor – Valencia 46020', null, text('Repartidor – Valencia 46020', 'Valencia 46020'))).toBe('Repartidor');
  });
  it('keeps a numbered part of a site that is no town', () => {
    expect(dropNonRoleSegments('Lagerist – Halle 4', null, 'Lagerist – Halle 4\nIn unserer Halle 4.')).toBe('Lagerist – Halle 4');
  });
  it('drops a town written straight after a title when the listing writes it as a field too', () => {
    expect(dropNonRoleSegments('Filialleiter Bremen', null, 'Filialleiter Bremen\nArbeitsort: Bremen\n')).toBe('Filialleiter');
    expect(dropNonRoleSegments('Teamleider Zwolle', null, 'Teamleider Zwolle\nZwolle · 38 uur\n')).toBe('Teamleider');
  });
  it('keeps a last word that is no town, or a town only a sentence names', () => {
    expect(dropNonRoleSegments('Category Manager Zuivel', null, 'Category Manager Zuivel\nAfdeling: Zuivel\n')).toBe('Category Manager Zuivel');
    expect(dropNonRoleSegments('Filialleiter Bremen', null, 'Filialleiter Bremen\nUnsere Filiale liegt in Bremen.\n')).toBe('Filialleiter Bremen');
  });
  it('reads a hyphenated "-Umgebung" as the town with its surroundings', () => {
    expect(dropNonRoleSegments('Installateur – Linz-Umgebung', null, '')).toBe('Installateur');
  });
});
