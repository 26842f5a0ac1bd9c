import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { cleanTitle } from './meta';
import { JOB_WORD, stripGenderEndings, stripSegmentKind } from './title-shape';

describe('a gender form or marker a title keeps inside it', () => {
  it('drops a bracketed gender ending written in capitals, in each language that writes one', () => {
    expect(stripGenderEndings('CHARGÉ(E) DE MISSION FILIÈRE MIEL')).toBe('CHARGÉ DE MISSION FILIÈRE MIEL');
    expect(stripGenderEndings('TECHNICIEN(NE) DE MAINTENANCE')).toBe('TECHNICIEN DE MAINTENANCE');
    expect(stripGenderEndings('SACHBEARBEITER(IN) EINKAUF')).toBe('SACHBEARBEITER EINKAUF');
    expect(stripGenderEndings('ENCARGADO(A) DE TIENDA')).toBe('ENCARGADO DE TIENDA');
    // An abbreviation in brackets is no gender ending.
    expect(stripGenderEndings('RESPONSABLE QUALITÉ (QHSE)')).toBe('RESPONSABLE QUALITÉ (QHSE)');
  });

  it('drops a bare gender marker before a dash segment, and keeps the segment', () => {
    expect(cleanTitle('Chef boulanger H/F – Responsable de fournil')).toBe('Chef boulanger – Responsable de fournil');
    expect(cleanTitle('Koch m/w/d – Frühstücksküche')).toBe('Koch – Frühstücksküche');
    expect(cleanTitle('Monteur m/v – Zonnepanelen')).toBe('Monteur – Zonnepanelen');
    expect(cleanTitle('Cocinero/a H/M - Cocina central')).toBe('Cocinero/a - Cocina central');
    expect(cleanTitle('Baker M/F - Night Bakery')).toBe('Baker - Night Bakery');
  });
});

describe('a language pair in a translator\'s title', () => {
  const body = (title: string, second: string, line: string): string => `${title}\n${second}\n\n${line}\n`;
  it('reads "X > Y" between two languages as the title, not as a breadcrumb', () => {
    expect(analyzeListing(body('Traducteur·rice juridique anglais > français (F/H)', 'Agence Verbatim Traductions – Paris 9e – Hybride', 'Verbatim Traductions est une agence de traduction spécialisée en droit.')).title).toBe('Traducteur juridique anglais > français');
    expect(analyzeListing(body('Fachübersetzer Englisch > Deutsch (m/w/d)', 'Lingua Werk GmbH · Köln · Vollzeit', 'Lingua Werk ist ein Übersetzungsbüro für Technik.')).title).toBe('Fachübersetzer Englisch > Deutsch');
    expect(analyzeListing(body('Traductor/a jurado inglés > español', 'Traducciones Norte S.L. · Bilbao · Presencial', 'Traducciones Norte es una agencia de traducción jurada.')).title).toBe('Traductor/a jurado inglés > español');
    expect(analyzeListing(body('Vertaler Engels > Nederlands', 'Taalbureau Delta B.V. · Utrecht · Hybride', 'Taalbureau Delta is een vertaalbureau voor juridische teksten.')).title).toBe('Vertaler Engels > Nederlands');
    expect(analyzeListing(body('Technical Translator German > English', 'Wordbridge Ltd · Leeds · Hybrid', 'Wordbridge is a translation agency for engineering firms.')).title).toBe('Technical Translator German > English');
  });

  it('still reads a breadcrumb with ">" between other words as chrome', () => {
    expect(analyzeListing('Jobs > Technik > Übersicht\nElektroniker (m/w/d)\nAcme GmbH\n\nWir suchen Verstärkung.\n').title).toBe('Elektroniker');
  });
});

describe('a bracket that abbreviates the title', () => {
  it('drops the abbreviation of a title written in two forms', () => {
    expect(stripSegmentKind('Pharmazeutisch-technische Assistentin / Pharmazeutisch-technischer Assistent (PTA)')).toBe('Pharmazeutisch-technische Assistentin / Pharmazeutisch-technischer Assistent');
    expect(stripSegmentKind('Medizinische Fachangestellte / Medizinischer Fachangestellter (MFA)')).toBe('Medizinische Fachangestellte / Medizinischer Fachangestellter');
    expect(stripSegmentKind('Auxiliaire Vétérinaire / Assistant Vétérinaire (AV)')).toBe('Auxiliaire Vétérinaire / Assistant Vétérinaire');
  });

  it('drops the abbreviation of the registered title, one word longer than the title', () => {
    expect(stripSegmentKind('Veterinary Nurse (RVN) – Small Animal')).toBe('Veterinary Nurse – Small Animal');
    expect(stripSegmentKind('Dental Nurse (RDN)')).toBe('Dental Nurse');
    // A bracket with other letters names something else and stays.
    expect(stripSegmentKind('Leidinggevende Centrale Sterilisatieafdeling (CSA)')).toBe('Leidinggevende Centrale Sterilisatieafdeling (CSA)');
    expect(stripSegmentKind('Data Engineer (AWS)')).toBe('Data Engineer (AWS)');
  });
});

describe('a word ending in -vista, -pista or -quista is no role', () => {
  it('does not read a name or a noun in -vista as an agent noun in -ista', () => {
    for (const w of ['Meteovista', 'entrevista', 'revista', 'autopista', 'conquista', 'Buenavista']) expect(JOB_WORD.test(w)).toBe(false);
    for (const w of ['Electricista', 'dentista', 'maquinista', 'Recepcionista', 'Telefonista']) expect(JOB_WORD.test(w)).toBe(true);
  });

  it('keeps a specialty after the dash when the employer named under it ends in -vista', () => {
    const text = 'Senior Data Scientist (m/w/d) – Nowcasting\nMeteovista Wetterdienste GmbH · Potsdam, Brandenburg, Deutschland (Remote)\n\nMeteovista liefert Wettervorhersagen.\n- Du entwickelst Nowcasting-Modelle mit Python\n';
    expect(analyzeListing(text).title).toBe('Senior Data Scientist – Nowcasting');
  });
});
