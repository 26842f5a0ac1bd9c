import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { docxWithText, encryptedPdf, imageOnlyPdf, pdfWithText } from '../../packages/importers/src/documents/fixtures';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('resume check and materials check on the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'materials-cli-'));
    await writeFile(join(dir, 'listing.txt'), 'Backend Engineer\nRequirements:\n- 3+ years with PostgreSQL\n- Strong TypeScript\n- Kubernetes\n');
    await writeFile(join(dir, 'cv.pdf'), pdfWithText([['Jane Doe', 'TypeScript services on Postgres for five years.']]));
    await writeFile(join(dir, 'cv.docx'), await docxWithText(['Jane Doe', 'Kubernetes and Postgres']));
    await writeFile(join(dir, 'scan.pdf'), imageOnlyPdf());
    await writeFile(join(dir, 'locked.pdf'), encryptedPdf());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('matches a PDF and a DOCX through synonyms, and warns on an image-only PDF', () => {
    const pdf = cli('resume', 'check', join(dir, 'cv.pdf'), '--listing', join(dir, 'listing.txt'), '--json');
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.out)).toMatchObject({ matchRate: 0.67, found: ['PostgreSQL', 'TypeScript'], missing: ['Kubernetes'] });
    expect(JSON.parse(cli('resume', 'check', join(dir, 'cv.docx'), '--listing', join(dir, 'listing.txt'), '--json').out)).toMatchObject({ found: ['PostgreSQL', 'Kubernetes'], missing: ['TypeScript'] });
    const scan = JSON.parse(cli('resume', 'check', join(dir, 'scan.pdf'), '--listing', join(dir, 'listing.txt'), '--json').out) as { warnings: string[] };
    expect(scan.warnings[0]).toMatch(/image-only PDF/);
  });

  it('exits 1 with one clear line for an encrypted PDF or a missing file', () => {
    const locked = cli('resume', 'check', join(dir, 'locked.pdf'), '--listing', join(dir, 'listing.txt'));
    expect(locked.code).toBe(1);
    expect(locked.err).toMatch(/^secondround: the PDF is protected by a password/);
    expect(locked.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(cli('resume', 'check', join(dir, 'nope.pdf'), '--listing', join(dir, 'listing.txt')).code).toBe(1);
  });

  it('checks an application’s materials', async () => {
    const file = join(dir, 'sr.db');
    const store = await openStore({ file });
    const app = await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Dev' }));
    await store.transaction((tx) => tx.materials.saveItems(LOCAL_OWNER_ID, app.id, [{ kind: 'resume', label: null, required: true, formats: ['pdf'], maxBytes: null, via: null }]));
    await store.close();
    const r = cli('materials', 'check', app.id, '--data', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ok: false, items: [{ itemId: expect.any(String), kind: 'resume', label: null, required: true, formats: ['pdf'], problems: ['Resume / CV: no file attached'] }] });
    const missing = cli('materials', 'check', 'nope', '--data', file, '--json');
    expect([missing.code, missing.err]).toEqual([1, 'secondround: no application with id nope\n']);
  });
});
