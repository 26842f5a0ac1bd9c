import { describe, expect, it } from 'vitest';
import { titleAndCompany } from './meta';
import { JOB_WORD } from './title-shape';
import { hiringEmployer, inCriteriaBox, notTitleLine } from './title-lines';

// Probe lines and listings of our own, in the five languages: the head lines that are no title
// (a question, the employer saying it hires, whom the job reports to, a board's search link, a
// board's box of criteria) and the look-alikes that stay titles.
describe('head lines that are no title', () => {
  it('a question that leads to the job', () => {
    for (const l of ['Zin in iets nieuws? Kom bij ons werken!', 'Lust auf Verantwortung?', 'Envie de bouger ?', '¿Buscas un cambio?', 'Ready for a change?']) expect(notTitleLine(l)).toBe(true);
    for (const l of ['Servicemonteur – Zonnepanelen', 'Koch (m/w/d)', 'Boulanger H/F', 'Camarero/a de sala', 'Stage Manager!']) expect(notTitleLine(l)).toBe(false);
  });
  it('the employer saying it hires, with its town', () => {
    expect(hiringEmployer('Boulangerie du Port – Brest – recrute')).toBe('Boulangerie du Port');
    expect(hiringEmployer('Schreinerei Holm sucht')).toBe('Schreinerei Holm');
    expect(hiringEmployer('Talleres Ebro busca')).toBe('Talleres Ebro');
    expect(hiringEmployer('Kwekerij De Linde zoekt!')).toBe('Kwekerij De Linde');
    expect(hiringEmployer('Harbour Joinery is hiring')).toBe('Harbour Joinery');
    // The verb with the job after it is a hiring sentence, and "recruteur" is a job.
    for (const l of ['Schreinerei Holm sucht Tischler', 'Chargé de recrutement', 'Recruiter – Tech', 'Jefe de equipo de selección']) expect(hiringEmployer(l)).toBeNull();
  });
  it('whom the job reports to, and a board search or salary link', () => {
    for (const l of ['Reports to | Operations Director', 'Berichtet an: Leitung Produktion', 'Rattaché à : Directeur du site', 'Reporta a: Jefa de planta', 'Rapporteert aan: Teamleider', 'Bakery Manager jobs in Leeds', 'Koch jobs in Hamburg', 'Vacatures kok in Utrecht', 'Salary Search: Baker salaries in York']) expect(notTitleLine(l)).toBe(true);
    for (const l of ['Reporting Analyst', 'Jobcoach in Utrecht', 'Teamleider Productie', 'Responsable de rapports financiers', 'Berichterstatter Wirtschaft']) expect(notTitleLine(l)).toBe(false);
  });
  it("a board's box of criteria names the line of work under a title label", () => {
    const box = 'Senioriteitsniveau: Medior\nDienstverband: Fulltime\nFunctie: Productie\nSectoren: Voeding\n';
    expect(inCriteriaBox(box, box.indexOf('Functie'), 'Functie: Productie'.length)).toBe(true);
    const form = 'Functie: Productieleider\nLocatie: Venlo\nUren: 40\n';
    expect(inCriteriaBox(form, 0, 'Functie: Productieleider'.length)).toBe(false);
    expect(inCriteriaBox('Seniority level: Associate\nJob function: Finance\nIndustries: Retail\n', 27, 21)).toBe(true);
  });
});

describe('titles past the lines that are no title', () => {
  it('skips a question headline and an employer line that says it hires', () => {
    expect(titleAndCompany('**Keine Lust auf Schichtdienst?**\n\n## Übersetzer Englisch-Deutsch (Technik)\n\nWir übersetzen Handbücher.\n', null).title).toBe('Übersetzer Englisch-Deutsch (Technik)');
    const fr = titleAndCompany('Fromagerie des Alpes – Annecy – recrute\nAuxiliaire de fabrication fromagère – CDI\n\nVous fabriquez nos tommes.\n', null);
    expect(fr.title).toBe('Auxiliaire de fabrication fromagère');
    expect(fr.company).toBe('Fromagerie des Alpes');
  });
  it('takes a job-naming breadcrumb page over an employer line when no line names a job', () => {
    expect(titleAndCompany('Syndicat des Eaux du Vallon\nOffre d\'emploi – Technicien de réseau eau potable\n\nVous entretenez le réseau.\n', null).title).toBe('Technicien de réseau eau potable');
  });
  it('skips the line of work in a board box of criteria', () => {
    const t = titleAndCompany('Procesoperator zuivel\nZuivelhoeve B.V. · Gouda\n\nJe bedient de kaasmachines.\n\nSenioriteitsniveau: Starter\nDienstverband: Fulltime\nFunctie: Productie\nSectoren: Voeding\n', null);
    expect(t.title).toBe('Procesoperator zuivel');
  });
});

describe('job words for translators, -ologists, civil servants, curators and auxiliaries', () => {
  it('are job words in the five languages', () => {
    for (const w of ['Vertaler Frans', 'Übersetzerin Spanisch', 'Traductrice juridique', 'Traductor jurado', 'Conference Interpreter', 'Procestechnoloog', 'Psychologue clinicien', 'Biologin', 'Psicóloga infantil', 'Vollzugsbeamter', 'Curator of Prints', 'Kuratorin', 'Auxiliaire de vie']) expect(JOB_WORD.test(w)).toBe(true);
    for (const w of ['Technologie', 'Catalogue des offres', 'Dialoog', 'Ecology', 'Beamtenrecht']) expect(JOB_WORD.test(w)).toBe(false);
  });
});
