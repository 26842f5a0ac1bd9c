import { describe, expect, it } from 'vitest';
import { titleAndCompany } from './meta';
import { detectWorkplace } from './workplace';

// Shapes of pasted pages seen on a training set written before these rules: each case is a shape
// (a skip link, a menu for employers, a list of other jobs), written here with other words.
describe('title and company past more page chrome', () => {
  it('skips the skip link of a board in each language', () => {
    for (const skip of ['Passer au contenu principal', 'Direkt zum Hauptinhalt', 'Saltar al contenido principal', 'Naar hoofdcontent gaan']) {
      expect(titleAndCompany(`${skip}\nAccueil\nMagasinier cariste (H/F)\nLogisud SAS · Nîmes\nNous recrutons un magasinier.`, null).title).toBe('Magasinier cariste');
    }
  });
  it('reads a role noun of drivers, cooks and trades past a menu for employers', () => {
    const page = 'Vacatures zoeken\nWerkgevers\nInloggen\nBuschauffeur Streekvervoer\nRegiobus Achterhoek B.V.\nDoetinchem\nJe rijdt lijndiensten in de regio.';
    expect(titleAndCompany(page, null)).toMatchObject({ title: 'Buschauffeur Streekvervoer', company: 'Regiobus Achterhoek B.V.' });
    expect(titleAndCompany('Offres\nEmployeurs\nCuisinier (H/F)\nBrasserie du Port\nLa Rochelle\nVous préparez les plats du midi et du soir.', null).title).toBe('Cuisinier');
  });
  it('takes the title from a French mail field, not from its subject line', () => {
    const mail = '-------- Message transféré --------\nSujet : Offre Soudeur TIG - Saint-Nazaire\nDe : Anne <a@x.fr>\nPour : Luc <l@y.fr>\n\nBonjour Luc,\n\nPoste : Soudeur TIG (H/F)\nEntreprise : Chantiers Navals de l\'Estuaire\n';
    expect(titleAndCompany(mail, null)).toMatchObject({ title: 'Soudeur TIG', company: "Chantiers Navals de l'Estuaire" });
  });
  it('drops a town after a dash when the page gives it with its postcode', () => {
    expect(titleAndCompany('Vestigingsmanager (m/v/x) – Deventer\nTuincentrum Groenrijk\n7411 KT Deventer\nJe stuurt een team van 15 medewerkers aan.', null).title).toBe('Vestigingsmanager');
  });
  it('never takes the title or company from a list of similar jobs', () => {
    const page = 'Harbour Mutual Careers\nSearch for Jobs\nSign In\nMotor Claims Handler\nApply\nlocations\nBristol\ntime type\nFull time\n\nYou handle motor claims from first notice to settlement.\n\nSimilar Jobs\nClaims Team Manager\nHead of Claims';
    expect(titleAndCompany(page, null)).toMatchObject({ title: 'Motor Claims Handler', company: 'Harbour Mutual' });
  });
  it('reads the employer at the top of a career site, above its menu', () => {
    const page = 'Fleischerei Brandt GmbH & Co. KG\nJobs\nÜber uns\nFilialleitung Metzgerei (m/w/d)\nVollzeit · Münster\nJetzt bewerben\n\nDu führst unsere Filiale am Prinzipalmarkt.';
    expect(titleAndCompany(page, null)).toMatchObject({ title: 'Filialleitung Metzgerei', company: 'Fleischerei Brandt GmbH & Co. KG' });
    expect(titleAndCompany('Pôle Hospitalier du Sillon Lorrain\nFR\nAccueil > Carrières > Cadre de santé\nCadre de santé\nCDI\nLe Pôle Hospitalier du Sillon Lorrain recrute un cadre de santé.', null, 'Cadre de santé').company).toBe('Pôle Hospitalier du Sillon Lorrain');
  });
});

describe('the employer is not a label, a pronoun or the mail\'s addressee', () => {
  it('does not take a field label in a paragraph, with French spacing, as the employer', () => {
    const text = 'Médiateur culturel (H/F)\n\nLe musée recrute un médiateur pour ses ateliers. Contrat de 2 ans, au musée. Rémunération : 2 000 € brut mensuel.';
    expect(titleAndCompany(text, null).company).not.toBe('Rémunération');
  });
  it('does not take the person a forwarded mail is addressed to as the employer', () => {
    const mail = 'From: Priya <p@x.org>\nTo: Ewan\nSubject: job\n\nEwan - this is the one I mentioned. Closes 4 Jan.\n\nArchive Assistant\nKelderby Borough Council, Town Hall, High Street\nYou will catalogue the estate papers.';
    expect(titleAndCompany(mail, null).company).toBe('Kelderby Borough Council');
  });
  it('does not take a board\'s recommendations heading as the employer, and reads a careers banner and S.L.P.', () => {
    expect(titleAndCompany('Jobs based on your preferences\nTop job picks for you\nWarehouse Team Leader\nBramblegate\nLeeds (On-site)\nBramblegate delivers groceries across Yorkshire; you lead the night shift.', null).company).toBe('Bramblegate');
    expect(titleAndCompany('Carrière bij Waterschap Zuiderdijk\nBeleidsmedewerker Water\nJe schrijft beleid voor het waterschap.', null).company).toBe('Waterschap Zuiderdijk');
    expect(titleAndCompany('Abogado laboralista\nBufete Arandia S.L.P.\nBilbao\nSe busca abogado con experiencia.', null).company).toBe('Bufete Arandia S.L.P.');
  });
});

describe('workplace said by a board tag in French, and other jobs', () => {
  it('reads "Télétravail non autorisé" as on site', () => {
    expect(detectWorkplace('Chef d\'équipe logistique\nCDI\nTélétravail non autorisé\n\nVous encadrez le quai.')).toBe('onsite');
  });
  it('ignores the workplace tags of the similar jobs under the listing', () => {
    const page = 'Chargé de paie\nCDI\nTélétravail fréquent\nLe poste\nVous gérez la paie de 300 salariés.\n\nOffres similaires\nComptable · Nantes · CDI · Pas de télétravail';
    expect(detectWorkplace(page)).toBe('hybrid');
  });
});

describe('workplace words that say something else', () => {
  it('reads "hybrid" of a vehicle or a pitch as no workplace', () => {
    expect(detectWorkplace('Werkstattleitung. Schulung zu Elektro- und Hybridfahrzeugen. Sie führen die Werkstatt; Césped: mantenimiento del césped híbrido.')).not.toBe('hybrid');
    expect(detectWorkplace('Jefe de mantenimiento del estadio, incluido el césped híbrido, y de las obras menores.')).not.toBe('hybrid');
  });
  it('reads remote work allowed only occasionally as on site', () => {
    expect(detectWorkplace('Laborleitung am Standort Ulm; mobiles Arbeiten ist wegen der Laborverantwortung nur gelegentlich möglich.')).toBe('onsite');
  });
  it('reads remote days named in a week as hybrid', () => {
    expect(detectWorkplace('Híbrido: 3 días en Sevilla, 2 en remoto.')).toBe('hybrid');
    expect(detectWorkplace('Modelo híbrido: martes y jueves en remoto, el resto en la oficina.')).toBe('hybrid');
    expect(detectWorkplace('Twee thuiswerkdagen per week; de andere dagen op ons kantoor of op locatie bij klanten.')).toBe('hybrid');
  });
});
