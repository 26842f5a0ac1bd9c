import { describe, expect, it } from 'vitest';
import { noiseTools } from './tool-noise';

const lines = (text: string): string[] => text.split('\n');

describe('noiseTools', () => {
  it('drops a kind of software, and a long product read from its acronym alone', () => {
    const text = '- You keep the rota in our scheduling software\n- Check-ins run through the PMS at the front desk';
    const skills = ['Scheduling software', 'Kodak Dental Systems Kodak PRACTICEWORKS Practice management software PMS'];
    expect(noiseTools(text, skills, lines(text))).toEqual(skills);
  });
  it('drops an acronym written as an ordinary word', () => {
    const sans = 'Poste sans astreinte, en plein centre';
    expect(noiseTools(sans, ['Storage area network SAN software'], lines(sans))).toEqual(['Storage area network SAN software']);
    const place = 'Hospital San Rafael (Albacete)';
    expect(noiseTools(place, ['Storage area network SAN software'], lines(place))).toEqual(['Storage area network SAN software']);
  });
  it('drops a tool name used as a job noun, not the tool', () => {
    const fr = "Chef d'atelier mécanique H/F\n- Encadrer une équipe de six";
    expect(noiseTools(fr, ['Chef'], lines(fr))).toEqual(['Chef']);
    const en = '- Plan menus with the Head Chef every Monday';
    expect(noiseTools(en, ['Chef'], lines(en))).toEqual(['Chef']);
    const tool = '- Automate server builds with Chef and Ansible';
    expect(noiseTools(tool, ['Chef', 'Ansible'], lines(tool))).toEqual([]);
  });
  it('drops a job noun in a list of other jobs, after a breadcrumb arrow, in quotes or after "as"', () => {
    for (const t of ['Voir aussi : Vendeur en boulangerie · Chef de rayon', 'Accueil › Carrières › Chef(fe) de chantier', '"title": "Chef de secteur – Nord"', 'En tant que Chef de projet, tu pilotes les lancements.', 'Como Chef de cocina llevas el pase.']) {
      expect(noiseTools(t, ['Chef'], lines(t))).toEqual(['Chef']);
    }
    const tool = '- Config as Chef cookbooks · Chef and Ansible';
    expect(noiseTools(tool, ['Chef', 'Ansible'], lines(tool))).toEqual([]);
  });
  it('drops sharing, following and applying sites, not a site the job itself works in', () => {
    const chrome = 'Share this job: LinkedIn  Facebook  E-mail\n4,210 followers on LinkedIn\n- Write the monthly report';
    expect(noiseTools(chrome, ['LinkedIn', 'Facebook'], lines(chrome))).toEqual(['LinkedIn', 'Facebook']);
    const job = '- You plan and post our stories on Instagram and answer the comments every day';
    expect(noiseTools(job, ['Instagram'], lines(job))).toEqual([]);
  });
});

describe('noiseTools: job boards', () => {
  it('drops the job board a listing was copied from', () => {
    const text = 'JobTeaser\nChargé de projets européens\nLumière de Sel on Welcome to the Jungle · 4 videos · 12 employees';
    expect(noiseTools(text, ['JobTeaser', 'Welcome'], text.split('\n'))).toEqual(['JobTeaser', 'Welcome']);
    const boards = 'Posted 1 day ago on CV-Library\nPublicada en Computrabajo · Tecnoempleo';
    expect(noiseTools(boards, ['CV-Library', 'Computrabajo', 'Tecnoempleo'], boards.split('\n'))).toEqual(['CV-Library', 'Computrabajo', 'Tecnoempleo']);
  });
});

describe('noiseTools: cut compounds and school levels', () => {
  it('drops a name cut at its hyphen and a "Bac+N" level', () => {
    expect(noiseTools('- Elastomer- und Kunststoffteile\n- Bac+5', ['Elastomer-', 'Bac+5', 'Jira'], [])).toEqual(['Elastomer-', 'Bac+5']);
  });
});

describe('noiseTools: job titles and legal forms', () => {
  it('drops "Chef" as a job title after a dash or with its feminine written in', () => {
    const t = "Offre n° 12AB - Chef d'équipe espaces verts (H/F)\nChef·fe de réception\n- Jira";
    expect(noiseTools(t, ['Chef', 'Jira'], t.split('\n'))).toEqual(['Chef']);
  });
  it('drops "SAS" written only as a French company\'s legal form, not the product', () => {
    const t = "Fonderie du Rhône SAS\tLyon (69)\tCDI\n- Reporting sur Excel";
    expect(noiseTools(t, ['SAS', 'Excel'], t.split('\n'))).toEqual(['SAS']);
    const u = '- Maîtrise de SAS et de R';
    expect(noiseTools(u, ['SAS', 'R'], u.split('\n'))).toEqual([]);
  });
});
