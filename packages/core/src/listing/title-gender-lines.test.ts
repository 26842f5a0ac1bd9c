import { describe, expect, it } from 'vitest';
import { analyzeListing } from './analyze';
import { stripGenderEndings } from './title-shape';
import { hasGenderForm } from './title-lines';

const titleOf = (text: string): string | null => analyzeListing(text).title;

describe('gender forms in a title line', () => {
  it('drops a colon, a star or a doubled-s bracket ending as it drops a middle dot', () => {
    expect(stripGenderEndings('Boulanger / Pâtissier:e')).toBe('Boulanger / Pâtissier');
    expect(stripGenderEndings('Vendeur*euse en boutique')).toBe('Vendeur en boutique');
    expect(stripGenderEndings('Maître(sse) de chai')).toBe('Maître de chai');
    expect(stripGenderEndings('Referent:in')).toBe('Referent');
  });
  it('tells a line written for either gender', () => {
    expect(hasGenderForm('Couvreur (h/f)')).toBe(true);
    expect(hasGenderForm('Stratenmaker (m/v/x) – Brugge')).toBe(true);
    expect(hasGenderForm('Maître(sse) de chai')).toBe(true);
    expect(hasGenderForm('Mitarbeiter:innenrabatt · Weiterbildung')).toBe(false);
    expect(hasGenderForm('Über uns')).toBe(false);
  });
  it('takes such a line as the title when no line has a job word, before a board name', () => {
    expect(titleOf('Jobtorget\nStratenmaker (m/v/x) – Brugge\nWegenbouw Claeys\n\nJe legt klinkers en boordstenen.')).toBe('Stratenmaker');
  });
  it('reads the role after the words for a job offer', () => {
    expect(titleOf("Offre d'emploi – Responsable logistique\n\nTransports Morvan SARL · Quimper\n\nVous organisez les tournées.")).toBe('Responsable logistique');
  });
});

describe('a name signed under a closing, over the title', () => {
  it("is the sender's, not the employer", () => {
    const text = "Bonjour,\n\nVoici l'annonce.\n\nBien cordialement,\nJeanne Pruvost\n\nOffre d'emploi – Comptable (H/F)\nCabinet Pruvost & Associés SARL – Arras\n\nVous tenez les dossiers de nos clients.";
    expect(analyzeListing(text).company).toBe('Cabinet Pruvost & Associés SARL');
    expect(analyzeListing(text).title).toBe('Comptable');
  });
});
