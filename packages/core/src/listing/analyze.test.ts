import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import { loadLanguageDetector } from './language';
import { analyzeListing, MAX_LISTING_BYTES } from './analyze';
import { htmlToText } from './html';

const LISTING = `Data Analyst at Harbor Bank
This is a hybrid role, two days a week in the office.

Requirements:
- 3+ years of experience with SQL and Excel
- Tableau experience, ideally with executive dashboards
- Experience with Python is a plus

Benefits:
- Health insurance and flexible hours`;

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('analyzeListing', () => {
  it('returns the contract fields', () => {
    const a = analyzeListing(LISTING);
    expect(a.title).toBe('Data Analyst');
    expect(a.company).toBe('Harbor Bank');
    expect(a.workplace).toBe('hybrid');
    expect(a.yearsOfExperience).toBe(3);
    expect(a.requirements.map((r) => [r.kind, r.skills])).toEqual([
      ['required', ['SQL', 'Excel']],
      ['required', ['Tableau', 'data visualization']],
      ['preferred', ['Python']],
    ]);
    expect(a.skills).toEqual(expect.arrayContaining(['SQL', 'Excel', 'Tableau', 'Python']));
    expect(a.cultureSignals).toContain('flexible_hours');
    expect(a.isManagerRole).toBe(false);
  });

  it('refuses empty and oversized listings with a clear message', () => {
    expect(errorOf(() => analyzeListing('   \n'))).toMatchObject({ code: 'EMPTY_LISTING' });
    expect(errorOf(() => analyzeListing('<script>x()</script>'))).toMatchObject({ code: 'EMPTY_LISTING' });
    const big = 'a'.repeat(MAX_LISTING_BYTES);
    expect(errorOf(() => analyzeListing(big)).message).toMatch(/5 MB/);
  });

  it('drops scripts and styles from HTML and decodes entities', () => {
    const html = '<html><head><title>Nurse</title><style>p{}</style></head><body><script>alert("x")</script><h2>Requirements</h2><ul><li>BLS &amp; ACLS certification</li><li>RN license</li></ul><script>document.write("evil")</script></body></html>';
    const a = analyzeListing(html);
    expect(JSON.stringify(a)).not.toMatch(/alert|evil|document/);
    expect(a.requirements.map((r) => r.text)).toEqual(['BLS & ACLS certification', 'RN license']);
    expect(htmlToText('<p>a &lt; b &#8211; c</p><!-- x -->').text).toBe('a < b – c');
  });

  it('calls manager roles and handles title traps', () => {
    expect(analyzeListing('Engineering Manager\nYou will manage a team of 6 engineers and hire and develop talent on the team.').isManagerRole).toBe(true);
    expect(analyzeListing('Account Manager\nManage a portfolio of 40 client accounts and grow revenue.').isManagerRole).toBe(false);
    expect(analyzeListing('Product Manager\nOwn the roadmap with engineering and design.').isManagerRole).toBe(false);
    expect(analyzeListing('Office Manager\nKeep our office running and order supplies.').isManagerRole).toBe(false);
    const pm = analyzeListing('Project Manager\nDeliver projects on time. This role has no direct reports.');
    expect(pm.isManagerRole).toBe(false);
    expect(pm.managerSignals.join(' ')).toMatch(/no direct reports/);
    expect(analyzeListing('Senior Manager, Data\nThis is an individual contributor role.').isManagerRole).toBe(false);
    expect(analyzeListing('Shift Supervisor\nSupervise store staff and schedule shifts.').isManagerRole).toBe(true);
  });

  it('reads the workplace', () => {
    expect(analyzeListing('Support Agent\nThis is a fully remote position.').workplace).toBe('remote');
    expect(analyzeListing('Support Agent\nThis is not a remote role; you will work at our Denver office.').workplace).toBe('onsite');
    expect(analyzeListing('Support Agent\nWe answer emails.').workplace).toBeNull();
  });

  it('says so for a listing in an unsupported language and invents nothing', async () => {
    await loadLanguageDetector();
    const a = analyzeListing('Cerchiamo una persona con esperienza nelle vendite per il nostro team. Requisiti: tre anni di esperienza con Salesforce e buona comunicazione con i clienti.');
    expect(a.language).toBe('it');
    expect(a.requirements).toEqual([]);
    expect(a.skills).toEqual([]);
    expect(a.warnings.join(' ')).toMatch(/Italian/);
  });

  it('refuses a bare link, a PDF and an image with a clear message', () => {
    expect(() => analyzeListing('https://www.linkedin.com/jobs/view/3812417/\n')).toThrow(/only a link/);
    expect(() => analyzeListing('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toThrow(/PDF/);
    expect(() => analyzeListing('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toThrow(/image/);
    expect(analyzeListing('Data Analyst\nSee https://acme.example/jobs/1 for more. Requirements: 3+ years of SQL.').requirements.length).toBeGreaterThan(0);
  });

  it('warns when a listing mixes two languages, and reads only the first 60,000 characters of a huge page', async () => {
    await loadLanguageDetector();
    const en = 'Data Analyst\nWe are looking for a data analyst to join our growing team in Berlin. You will build dashboards in Tableau and write SQL every day.\nRequirements:\n- 3+ years of experience with SQL\n- Strong communication skills and a structured way of working\n';
    const de = 'Über uns\nWir sind ein inhabergeführtes Unternehmen mit über 300 Mitarbeitenden und suchen Verstärkung für unser Team in Berlin.\nIhr Profil\n- Mindestens 3 Jahre Berufserfahrung mit SQL und Power BI\n- Sehr gute Deutsch- und gute Englischkenntnisse sowie eine strukturierte Arbeitsweise\n';
    expect(analyzeListing(en + de).warnings.join(' ')).toMatch(/mixes (German and English|English and German)/);
    expect(analyzeListing(en).warnings.join(' ')).not.toMatch(/mixes/);
    const huge = analyzeListing(`<html><body><h1>Data Analyst</h1><p>${'We use SQL every day. '.repeat(20_000)}</p></body></html>`);
    expect(huge.title).toBe('Data Analyst');
    expect(huge.warnings.join(' ')).toMatch(/only the first 60,000/);
  });

  it('reads listings in German, French, Spanish and Dutch', async () => {
    await loadLanguageDetector();
    const de = analyzeListing('Teamleiter Kundenservice (m/w/d)\nAcme GmbH\n\nIhre Aufgaben\n- Disziplinarische Führung von 6 Mitarbeitenden\n\nIhr Profil\n- Mindestens 3 Jahre Berufserfahrung mit Zendesk\n- Sehr gute Deutschkenntnisse\n\nHybrides Arbeiten: 2 Tage im Büro in Köln.');
    expect(de).toMatchObject({ language: 'de', title: 'Teamleiter Kundenservice', isManagerRole: true, workplace: 'hybrid', yearsOfExperience: 3 });
    expect(de.skills).toContain('Zendesk');
    expect(de.requirements.map((r) => r.text)).toEqual(['Mindestens 3 Jahre Berufserfahrung mit Zendesk', 'Sehr gute Deutschkenntnisse']);
    const fr = analyzeListing('Account Manager (H/F)\nPoste sans management. Vous serez rattaché(e) au Directeur commercial.\n\nProfil recherché :\n- Maîtrise de Salesforce\n- Anglais courant\nNous aimons les gens curieux. Un plus : la connaissance de HubSpot.\n\nTélétravail complet possible.');
    expect(fr).toMatchObject({ language: 'fr', title: 'Account Manager', isManagerRole: false, workplace: 'remote' });
    expect(fr.requirements.find((r) => r.text.startsWith('la connaissance de HubSpot'))?.kind).toBe('preferred');
    const nl = analyzeListing('Data-analist\nWij zoeken een data-analist voor ons team in Utrecht. Je rapporteert aan het Hoofd Data.\n\nWat vragen wij\n- Minimaal 2 jaar ervaring met SQL en Power BI\n\nJe werkt op locatie in Utrecht.');
    expect(nl).toMatchObject({ language: 'nl', isManagerRole: false, workplace: 'onsite', yearsOfExperience: 2 });
    const es = analyzeListing('Jefe de Equipo de Desarrollo\nLiderarás un equipo de 5 personas y harás las evaluaciones de desempeño.\n\nRequisitos\n- Al menos 4 años de experiencia con Java\n\nTeletrabajo total.');
    expect(es).toMatchObject({ language: 'es', isManagerRole: true, workplace: 'remote', yearsOfExperience: 4 });
  });

  it('never throws anything but a UserError on arbitrary text under the cap', () => {
    const piece = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('<li>', '</ul>', '<script>', '&amp;', '&#99999999;', 'Requirements:\n', '- 5+ years of SQL\n', 'manager', 'remote', '<', '\u0000', '\ud800'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        try {
          const a = analyzeListing(parts.join(''));
          expect(Array.isArray(a.requirements)).toBe(true);
        } catch (e) {
          expect(isUserError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyzeListing: a tool name ends at a full stop', () => {
  it('does not glue the next sentence\'s first word to a product', () => {
    const a = analyzeListing('Backend Developer\n\nWat ga je doen\n- Je bouwt API\'s in C# op Azure Kubernetes Service. Je denkt mee over de architectuur.\n- Je werkt met Azure DevOps en Stoomwerk.');
    expect(a.skills.some((s) => /\. /.test(s))).toBe(false);
  });
});

describe('analyzeListing: a benefits field on its own line holds its paragraph only', () => {
  it('reads the tools of the paragraphs after "Benefits: …"', () => {
    const a = analyzeListing('Scrum Master\n\nBenefits: pension, 28 days holiday\n\nYou coach two delivery teams.\n\nTools: Jira, Confluence and Miro.\n');
    expect(a.skills).toEqual(expect.arrayContaining(['Jira', 'Confluence']));
  });
});
