import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { docxBomb, encryptedPdf, brokenPdf, imageOnlyPdf, pdfWithText, windowsProgram } from '../../../../packages/importers/src/documents/fixtures';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
let appId: string;

const LISTING = 'Backend Engineer at Acme\nRequirements:\n- 3+ years with PostgreSQL\n- Strong TypeScript\n- Kubernetes\nHow to apply: please submit your CV and a cover letter as one PDF through our careers portal.';

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  const res = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ company: 'Acme', role: 'Backend Engineer', listingText: LISTING }) });
  appId = ((await res.json()) as { id: string }).id;
  return () => store.close();
});

type View = { items: Array<{ id: string; kind: string; formats: string[] }>; files: Array<{ id: string; format: string; fileName: string }>; check: { ok: boolean; items: Array<{ kind: string; problems: string[] }> }; resume: { matchRate: number; found: string[]; missing: string[] } | null };

async function view(): Promise<View> {
  return (await (await app.request(`/api/applications/${appId}/materials`)).json()) as View;
}

function upload(bytes: Uint8Array | string, name: string, itemId?: string, type = 'application/octet-stream') {
  const q = new URLSearchParams({ name, ...(itemId ? { itemId } : {}) });
  return app.request(`/api/applications/${appId}/materials/files?${q}`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes) });
}

async function errorOf(res: Response | Promise<Response>): Promise<[number, string, string]> {
  const r = await res;
  const body = (await r.json()) as { error: { code: string; message: string } };
  return [r.status, body.error.code, body.error.message];
}

describe('materials API', () => {
  it('reads the request from the listing, checks a PDF resume against it, and marks submitted with a reason for what is missing', async () => {
    const listed = await app.request(`/api/applications/${appId}/materials/from-listing`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(listed.status).toBe(200);
    const items = (await view()).items;
    expect(items.map((i) => [i.kind, i.formats])).toEqual([['resume', ['pdf']], ['cover_letter', ['pdf']]]);
    const res = await upload(pdfWithText([['Jane Doe', 'Five years building TypeScript services on Postgres, with tests and reviews for a team of six engineers.']]), 'Jane CV.pdf', items[0]!.id);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ format: 'pdf', mime: 'application/pdf', fileName: 'Jane CV.pdf', textReadable: true });
    const v = await view();
    expect(v.resume?.found).toEqual(expect.arrayContaining(['PostgreSQL', 'TypeScript']));
    expect(v.resume?.missing).toContain('Kubernetes');
    expect(v.check.ok).toBe(false);
    expect(v.check.items[1]!.problems).toEqual(['Cover letter: no file attached']);

    const refused = await errorOf(app.request(`/api/applications/${appId}/materials/submit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    expect(refused.slice(0, 2)).toEqual([422, 'REASON_NEEDED']);
    expect(refused[2]).toContain('Cover letter: no file attached');
    const ok = await app.request(`/api/applications/${appId}/materials/submit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: 'The portal takes one file only', today: '2026-11-30' }) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ movedToApplied: true, submission: { reason: 'The portal takes one file only', problems: ['Cover letter: no file attached'] } });
    const diagnosisInput = await store.backup.export('local');
    expect(diagnosisInput.materialSubmissions).toHaveLength(1);
  });

  it('checks the resume against the analysis kept with the listing, recomputed when stale, with the same answer as the text gives', async () => {
    await app.request(`/api/applications/${appId}/materials/items`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: [{ kind: 'resume', required: true, formats: ['pdf'], maxBytes: null, via: null }] }) });
    const item = (await view()).items[0]!;
    expect((await upload(pdfWithText([['Jane Doe', 'Five years building TypeScript services on Postgres, with tests and reviews for a team of six engineers.']]), 'cv.pdf', item.id)).status).toBe(201);
    const fresh = (await view()).resume;
    expect(fresh?.missing).toContain('Kubernetes');
    const row = () => store.db.selectFrom('applications').select(['listingAnalysis', 'listingAnalysisVersion']).where('id', '=', appId).executeTakeFirstOrThrow();
    const kept = await row();
    // Written by an older version of the rules: recomputed, kept again, and the same answer.
    await store.db.updateTable('applications').set({ listingAnalysis: null, listingAnalysisVersion: (kept.listingAnalysisVersion ?? 1) - 1 }).where('id', '=', appId).execute();
    expect((await view()).resume).toEqual(fresh);
    expect(await row()).toEqual(kept);
    // And the kept analysis is what it reads: kept with no skills, there is nothing to match.
    const stored = JSON.parse(kept.listingAnalysis!) as { analysis: Record<string, unknown> };
    await store.db.updateTable('applications').set({ listingAnalysis: JSON.stringify({ ...stored, analysis: { ...stored.analysis, skills: [], requirements: [] }, terms: [] }) }).where('id', '=', appId).execute();
    expect((await view()).resume).toMatchObject({ matchRate: null, warnings: expect.arrayContaining(['The listing names no skill the taxonomy knows, so there is nothing to match against.']) });
  });

  it('downloads the bytes it stored, once per hash', async () => {
    const pdf = pdfWithText([['Jane Doe']]);
    const a = (await (await upload(pdf, 'a.pdf')).json()) as { id: string; sha256: string };
    const b = (await (await upload(pdf, 'b.pdf')).json()) as { id: string; sha256: string };
    expect(a.sha256).toBe(b.sha256);
    expect(await store.materials.countBlobs('local')).toBe(1);
    const got = await app.request(`/api/materials/files/${b.id}`);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(pdf);
  });

  it('names a file whose bytes a restored backup did not bring, with nothing to download, in the database and in a data folder', async () => {
    const [resume] = (await (await app.request(`/api/applications/${appId}/materials/items`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: [{ kind: 'resume', required: true, formats: ['pdf'], maxBytes: null, via: null }] }) })).json() as { items: Array<{ id: string }> }).items;
    const file = (await (await upload(pdfWithText([['Jane Doe']]), 'cv.pdf', resume!.id)).json()) as { id: string };
    const here = (await (await app.request(`/api/applications/${appId}/materials`)).json()) as { filesNotHere: string[] };
    expect(here.filesNotHere).toEqual([]);
    const backup = await store.backup.export('local');
    const dir = await mkdtemp(join(tmpdir(), 'sr-files-'));
    try {
      for (const other of [await openStore({ file: ':memory:' }), await openStore({ file: join(dir, 'other.db') })]) {
        await other.transaction((tx) => tx.backup.restore('local', backup, { replace: true }));
        const restored = createApp({ store: other, mode: 'personal', version: 'test' });
        const v = (await (await restored.request(`/api/applications/${appId}/materials`)).json()) as { filesNotHere: string[]; check: { items: Array<{ file?: { id: string } }> } };
        expect(v.check.items[0]!.file?.id).toBe(file.id);
        expect(v.filesNotHere).toEqual([file.id]);
        expect((await errorOf(restored.request(`/api/materials/files/${file.id}`))).slice(0, 2)).toEqual([404, 'FILE_NOT_HERE']);
        // Attached again on this machine, it is here.
        expect((await restored.request(`/api/applications/${appId}/materials/files?name=cv.pdf&itemId=${resume!.id}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(pdfWithText([['Jane Doe']])) })).status).toBe(201);
        expect(((await (await restored.request(`/api/applications/${appId}/materials`)).json()) as { filesNotHere: string[] }).filesNotHere).toEqual([]);
        await other.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('flags an image-only PDF resume and a file in the wrong format', async () => {
    await app.request(`/api/applications/${appId}/materials/items`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: [{ kind: 'resume', required: true, formats: ['docx'], maxBytes: null, via: 'email' }] }) });
    const item = (await view()).items[0]!;
    expect((await upload(imageOnlyPdf(), 'scan.pdf', item.id)).status).toBe(201);
    const v = await view();
    expect(v.check.items[0]!.problems).toEqual(['Resume / CV: sent as PDF; asked for Word (.docx)', 'Resume / CV: image-only PDF: applicant tracking systems cannot read its text']);
  });

  it('refuses bad uploads with clear errors and stores nothing', async () => {
    expect(await errorOf(upload(windowsProgram(), 'cv.pdf'))).toEqual([415, 'UNSUPPORTED_FORMAT', 'the file is a program (exe), not a document, whatever its name says']);
    expect((await errorOf(upload(await docxBomb(60), 'cv.docx')))[1]).toBe('ZIP_BOMB');
    expect((await errorOf(upload(encryptedPdf(), 'cv.pdf')))[1]).toBe('ENCRYPTED_PDF');
    expect((await errorOf(upload(brokenPdf(), 'cv.pdf')))[1]).toBe('BROKEN_PDF');
    expect((await errorOf(upload('%PDF', '../../etc/passwd')))[1]).toBe('BAD_FILE_NAME');
    expect((await errorOf(upload('%PDF', 'cv\u0007.pdf')))[1]).toBe('BAD_FILE_NAME');
    expect(await errorOf(upload('%PDF', `${'a'.repeat(296)}.pdf`))).toEqual([422, 'BAD_FILE_NAME', 'the file name is 300 characters long; the limit is 255']);
    expect((await errorOf(upload('hello', 'cv.txt', undefined, 'text/html')))[0]).toBe(415);
    const big = await app.request(`/api/applications/${appId}/materials/files?name=big.pdf`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(11 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await view()).files).toEqual([]);
    expect(await store.materials.countBlobs('local')).toBe(0);
  });
});
