import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { stripSegmentKind } from './title-shape';

const titleOf = (text: string): string | null => analyzeListing(text).title;

describe('a title segment read by what it is', () => {
  it('drops a bracket that only abbreviates the title, in every language', () => {
    expect(titleOf('Registered Dental Nurse (RDN) - Orthodontics\nBrightsmile Dental Care\n\nYou support two orthodontists.')).toBe('Registered Dental Nurse - Orthodontics');
    expect(titleOf('Medizinische Fachangestellte (MFA)\nHausarztpraxis Dr. Wendt\n\nSie empfangen Patienten.')).toBe('Medizinische Fachangestellte');
    expect(titleOf('Agent territorial spécialisé des écoles maternelles (ATSEM)\nMairie de Vernouillet\n\nVous accompagnez les enfants.')).toBe('Agent territorial spécialisé des écoles maternelles');
    expect(titleOf('Técnico en Cuidados Auxiliares de Enfermería (TCAE)\nResidencia Los Olivos\n\nAtenderás a los residentes.')).toBe('Técnico en Cuidados Auxiliares de Enfermería');
    expect(titleOf('Sociaal Psychiatrisch Verpleegkundige (SPV)\nZorggroep Kempenland\n\nJe begeleidt cliënten.')).toBe('Sociaal Psychiatrisch Verpleegkundige');
    expect(stripSegmentKind('Directeur Administratif et Financier (DAF)')).toBe('Directeur Administratif et Financier');
    expect(stripSegmentKind('Head of Finance (CFO)')).toBe('Head of Finance');
  });
  it('keeps a bracketed abbreviation of a unit or a specialty the title does not spell out', () => {
    expect(stripSegmentKind('Analyste sécurité (SOC)')).toBe('Analyste sécurité (SOC)');
    expect(stripSegmentKind('Regulatory Affairs Specialist (CMC)')).toBe('Regulatory Affairs Specialist (CMC)');
    expect(stripSegmentKind('Leidinggevende Centrale Sterilisatieafdeling (CSA)')).toBe('Leidinggevende Centrale Sterilisatieafdeling (CSA)');
  });
  it('drops a town after a dash, and keeps a specialty there', () => {
    expect(titleOf('Store Manager - Leicester Highcross\nPennant Outdoor Ltd\n\nYou run the store.')).toBe('Store Manager');
    expect(titleOf('Recepcionista – Zaragoza\nHostal Ebro Azul\n\nAtenderás a los clientes.')).toBe('Recepcionista');
    expect(stripSegmentKind('Hausmeister – Kassel')).toBe('Hausmeister');
    expect(stripSegmentKind('Team Leader - Billing Support')).toBe('Team Leader - Billing Support');
  });
  it('drops the job board a page title carries', () => {
    expect(stripSegmentKind('Lasser – VDAB')).toBe('Lasser');
    expect(stripSegmentKind('Magazinier cariste - HelloWork')).toBe('Magazinier cariste');
  });
  it('drops a replacement post and a home-based workplace after a dash', () => {
    expect(titleOf('Auxiliar de enfermería - Sustitución\nClínica San Rafael\n\nCubrirás una baja.')).toBe('Auxiliar de enfermería');
    expect(titleOf('Erzieher – Elternzeitvertretung\nKita Sonnenhügel\n\nSie betreuen eine Gruppe.')).toBe('Erzieher');
    expect(titleOf('Claims Handler - Home Based\nHarbourline Insurance\n\nYou settle claims by phone.')).toBe('Claims Handler');
    expect(titleOf('Klantadviseur – thuiswerk\nEnergieNoord\n\nJe helpt klanten.')).toBe('Klantadviseur');
  });
});
