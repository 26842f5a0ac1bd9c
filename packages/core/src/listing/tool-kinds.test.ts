import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { toolsOf } from './tools';
import { isReportedTo } from './tool-words';

const head: Record<string, string> = {
  en: 'Office Manager\n\nYou will keep the books in Xero and Excel.\n',
  de: 'Büroleitung\n\nDu führst die Buchhaltung in Lexware und Excel.\n',
  fr: 'Assistant comptable\n\nVous tenez la comptabilité sur Pennylane et Excel.\n',
  es: 'Auxiliar contable\n\nLlevarás la contabilidad en Siigo y Excel.\n',
  nl: 'Administratief medewerker\n\nJe doet de boekhouding in Exact en Excel.\n',
};
const tools = (l: string, tail: string): string[] => toolsOf(analyzeListing(`${head[l]}${tail}`).skills);

describe('a law, a register number or a joint committee is no tool', () => {
  it('reads no product from a law or a company number written by its kind, in five languages', () => {
    expect(tools('es', 'De acuerdo con la Ley 1581 de 2012 de protección de datos.')).toEqual(['Excel', 'Siigo']);
    expect(tools('fr', 'Les Crêtes — Rue du Mont, 73480 Val — SIRET 812 345 678 00019')).toEqual(['Excel', 'Pennylane']);
    expect(tools('nl', 'Wij houden ons aan de Wet 2019 over gegevens.')).toEqual(['Excel', 'Exact']);
    expect(tools('de', 'Amtsgericht Bremen HRB 4711 · Geschäftsführer: J. Weber')).toEqual(['Excel', 'Lexware']);
    expect(tools('en', 'Registered with Companies House, CRN 09876543.')).toEqual(['Excel', 'Xero']);
  });
});

describe('isReportedTo', () => {
  it('reads the person after a verb of reporting, in five languages', () => {
    expect(isReportedTo('Maeve Carrick', "You'll report to Maeve Carrick, our Head of Data")).toBe(true);
    expect(isReportedTo('Jonas', 'Du berichtest direkt an Jonas Weber.')).toBe(true);
    expect(isReportedTo('Claire', 'Vous rendez compte à Claire Martin.')).toBe(true);
    expect(isReportedTo('Lucía', 'Reportarás a Lucía Gómez.')).toBe(true);
    expect(isReportedTo('Sanne', 'Je rapporteert aan Sanne de Vries.')).toBe(true);
  });
  it('takes a product one reports in for no person', () => {
    expect(isReportedTo('Xero', 'You will report in Xero every month')).toBe(false);
    expect(isReportedTo('Sage', 'Report to the CFO. Bookkeeping in Sage.')).toBe(false);
    expect(isReportedTo('Exact', 'Je rapporteert in Exact aan de directeur.')).toBe(false);
  });
  it('answers for the text asked about, when the same name is asked of several texts in turn', () => {
    const a = 'You will report to Maeve. We use Jira.';
    const b = 'We use Maeve, our in-house scheduler. Report to the CFO.';
    const c = 'Pipeline in Jira; you report directly to the Head of Ops, and later report to Maeve too.';
    expect([isReportedTo('Maeve', a), isReportedTo('Maeve', b), isReportedTo('Maeve', a), isReportedTo('Maeve', c), isReportedTo('Jira', c)]).toEqual([true, false, true, true, false]);
    expect(isReportedTo('Maeve', '')).toBe(false);
  });
});
