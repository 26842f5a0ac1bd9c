import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
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

  it('says so for a listing in another language and invents nothing', () => {
    const a = analyzeListing('Buscamos una persona con experiencia en ventas para nuestro equipo. Requisitos: tres años de experiencia y buena comunicación con los clientes.');
    expect(a.language).toBe('es');
    expect(a.requirements).toEqual([]);
    expect(a.skills).toEqual([]);
    expect(a.warnings[0]).toMatch(/Spanish/);
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
