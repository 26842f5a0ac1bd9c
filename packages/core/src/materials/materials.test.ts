import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkMaterials } from './check';
import { parseRequestedMaterials } from './parse';
import { checkResume } from './resume';
import type { MaterialFile, MaterialItem } from './types';

const kinds = (text: string) => parseRequestedMaterials(text).items.map((i) => i.kind).sort();

describe('requested materials from a listing', () => {
  it('reads kinds, formats, one-file requests, size and how to send in English', () => {
    const p = parseRequestedMaterials('We build tools.\nPlease submit your CV and a cover letter as one PDF (max 5 MB) through our careers portal.\nReferences available upon request.');
    expect(p.items.map((i) => i.kind)).toEqual(['resume', 'cover_letter']);
    expect(p.items[0]).toMatchObject({ required: true, formats: ['pdf'], maxBytes: 5 * 1024 * 1024, via: 'portal' });
    expect(p.oneFile).toBe(true);
  });

  it('reads French, German, Spanish and Dutch', () => {
    expect(kinds('Merci d’envoyer votre CV et une lettre de motivation en un seul PDF à jobs@exemple.fr.')).toEqual(['cover_letter', 'resume']);
    expect(parseRequestedMaterials('Merci d’envoyer votre CV et une lettre de motivation en un seul PDF à jobs@exemple.fr.')).toMatchObject({ oneFile: true, via: 'email', formats: ['pdf'] });
    const de = parseRequestedMaterials('Bitte senden Sie Ihren Lebenslauf, Ihr Anschreiben und Zeugnisse als PDF-Datei (höchstens 2 MB) über unser Bewerbungsportal.');
    expect(de.items.map((i) => i.kind).sort()).toEqual(['cover_letter', 'resume', 'transcript']);
    expect(de).toMatchObject({ via: 'portal', maxBytes: 2 * 1024 * 1024, formats: ['pdf'] });
    const es = parseRequestedMaterials('Envía tu currículum y una carta de presentación en formato Word. Portafolio opcional.\nPor favor, incluye tu portafolio si lo tienes.');
    expect(es.items.find((i) => i.kind === 'resume')).toMatchObject({ required: true, formats: ['docx', 'doc'] });
    expect(es.items.find((i) => i.kind === 'portfolio')).toMatchObject({ required: false });
    const nl = parseRequestedMaterials('Stuur je cv en motivatiebrief in één PDF naar vacatures@voorbeeld.nl. Een schrijfvoorbeeld is optioneel.');
    expect(nl.items.map((i) => i.kind).sort()).toEqual(['cover_letter', 'resume', 'writing_sample']);
    expect(nl.items.find((i) => i.kind === 'writing_sample')?.required).toBe(false);
    expect(nl).toMatchObject({ oneFile: true, via: 'email' });
  });

  it('ignores materials named outside a request', () => {
    expect(kinds('You will own portfolio management for our clients. References available upon request.')).toEqual([]);
    expect(kinds('Referenzen auf Anfrage.')).toEqual([]);
  });

  it('never throws and keeps items unique, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const p = parseRequestedMaterials(`Please send ${s} your CV ${s}`);
        expect(new Set(p.items.map((i) => i.kind)).size).toBe(p.items.length);
      }),
      { numRuns: 200 },
    );
  });
});

const item = (over: Partial<MaterialItem>): MaterialItem => ({ id: 'i1', applicationId: 'a', kind: 'resume', label: null, required: true, formats: ['pdf'], maxBytes: null, via: null, source: 'listing', position: 0, ...over });
const file = (over: Partial<MaterialFile>): MaterialFile => ({ id: 'f1', applicationId: 'a', itemId: 'i1', fileName: 'cv.pdf', sha256: 'a'.repeat(64), size: 1000, mime: 'application/pdf', format: 'pdf', textReadable: true, createdAt: '2026-11-01T00:00:00.000Z', ...over });

describe('materials check', () => {
  it('is ok when every required item has a file in an asked format', () => {
    expect(checkMaterials([item({}), item({ id: 'i2', kind: 'portfolio', required: false })], [file({})])).toMatchObject({ ok: true, items: [{ kind: 'resume', file: { name: 'cv.pdf' }, problems: [] }, { kind: 'portfolio', problems: [] }] });
  });

  it('names what is missing, in another format, too large or image-only', () => {
    const items = [item({ maxBytes: 500 }), item({ id: 'i2', kind: 'cover_letter' })];
    const check = checkMaterials(items, [file({ format: 'docx', textReadable: false })]);
    expect(check.ok).toBe(false);
    expect(check.items[0]!.problems).toEqual([
      'Resume / CV: sent as Word (.docx); asked for PDF',
      'Resume / CV: 1 KB, over the 1 KB limit',
      'Resume / CV: image-only PDF: applicant tracking systems cannot read its text',
    ]);
    expect(check.items[1]!.problems).toEqual(['Cover letter: no file attached']);
  });

  it('uses the latest file of an item', () => {
    const check = checkMaterials([item({})], [file({ id: 'new', format: 'pdf', createdAt: '2026-11-02T00:00:00.000Z' }), file({ id: 'old', format: 'docx' })]);
    expect(check.items[0]!.file?.id).toBe('new');
    expect(check.ok).toBe(true);
  });
});

describe('resume against the listing', () => {
  const listing = 'Backend Engineer\nRequirements:\n- 3+ years with PostgreSQL\n- Strong TypeScript\n- Kubernetes\nNice to have:\n- Experience with Terraform';
  it('finds skills through synonyms and names the missing ones', () => {
    const r = checkResume({ text: 'Built services in TypeScript on Postgres for five years, shipping weekly to production with a small team of engineers. '.repeat(3) }, listing);
    expect(r.found).toEqual(expect.arrayContaining(['PostgreSQL', 'TypeScript']));
    expect(r.missing).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
    expect(r.missingRequired).toContain('Kubernetes');
    expect(r.missingRequired).not.toContain('Terraform');
    expect(r.matchRate).toBeGreaterThan(0.4);
    expect(r.matchRate).toBeLessThan(0.8);
    expect(r.warnings).toEqual([]);
  });

  it('warns when the listing names no known skill, or the resume is nearly empty', () => {
    expect(checkResume({ text: 'x' }, 'We are nice people.').warnings).toHaveLength(2);
    expect(checkResume({ text: 'x' }, 'We are nice people.').matchRate).toBeNull();
  });
});

describe('demo materials', () => {
  it('gives the instructions card evidence on the demo', async () => {
    const { generateDemo } = await import('../demo/generate');
    const { diagnose } = await import('../diagnosis/diagnose');
    const { diagnosisInputFromBackup } = await import('../diagnosis/from-backup');
    const now = new Date('2026-11-30T12:00:00Z');
    const backup = generateDemo(now);
    expect(backup.materialItems!.length).toBeGreaterThan(0);
    const r = diagnose(diagnosisInputFromBackup(backup), { now }).reasons.find((x) => x.id === 'instructions')!;
    const text = r.evidence.join('\n');
    expect(text).not.toMatch(/Materials and formats: not recorded yet/);
    expect(text).toMatch(/Requested but not sent: cover letter/);
    expect(text).toMatch(/Resume versions: /);
    expect(text).toMatch(/you said: "No time to write one that evening"/);
  });
});
