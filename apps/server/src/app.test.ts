import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { settledJob } from '../../../tests/support/jobs';
import { createApp } from './app';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const patch = (path: string, body: unknown) => app.request(path, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('API (personal mode)', () => {
  it('answers health with the database kind and version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'sqlite', version: 'test', mode: 'personal' });
  });

  it('serves an OpenAPI document listing the routes', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/applications', '/api/applications/{id}', '/api/applications/{id}/events', '/api/interviews/{id}/interviewers', '/api/contacts', '/api/backup', '/api/health']));
  });

  it('creates, reads, moves, edits and deletes an application', async () => {
    const created = await post('/api/applications', { company: 'Acme', role: 'Analyst', stage: 'applied', stageDate: '2026-11-01' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await post(`/api/applications/${id}/events`, { stage: 'round1', date: '2026-11-10' })).status).toBe(201);
    const list = (await (await app.request('/api/applications')).json()) as { applications: Array<{ id: string; stage: string }> };
    expect(list.applications).toEqual([expect.objectContaining({ id, stage: 'round1' })]);
    const edited = await patch(`/api/applications/${id}`, { notes: 'Talked to Sam', salaryMin: 90000 });
    expect(await edited.json()).toMatchObject({ notes: 'Talked to Sam', salaryMin: 90000 });
    expect((await app.request(`/api/applications/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request(`/api/applications/${id}`)).status).toBe(404);
  });

  it('records an interview with an interviewer in the person’s time zone', async () => {
    const { id } = (await (await post('/api/applications', { company: 'Globex', role: 'Engineer' })).json()) as { id: string };
    const iv = await post(`/api/applications/${id}/interviews`, { round: 1, kind: 'technical', startsAt: '2026-03-29T09:30:00+02:00', endsAt: '2026-03-29T10:30:00+02:00', timeZone: 'Europe/Berlin', format: 'video' });
    expect(iv.status).toBe(201);
    const { id: interviewId, startsAt } = (await iv.json()) as { id: string; startsAt: string };
    expect(startsAt).toBe('2026-03-29T07:30:00.000Z');
    const person = await post(`/api/interviews/${interviewId}/interviewers`, { name: 'Zoë Ní Bhriain', pronunciation: 'ZOH-ee' });
    expect(person.status).toBe(201);
    const detail = (await (await app.request(`/api/applications/${id}`)).json()) as { interviews: Array<{ interviewers: Array<{ name: string }> }> };
    expect(detail.interviews[0]?.interviewers[0]?.name).toBe('Zoë Ní Bhriain');
  });

  it('answers bad input with the shared error shape and the right status', async () => {
    const malformed = await app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"company": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: 'BAD_JSON', message: expect.any(String) } });

    const wrongType = await post('/api/applications', { company: 42, role: 'x' });
    expect(wrongType.status).toBe(422);
    const body = (await wrongType.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toMatch(/company/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);

    const badDate = await post('/api/applications', { company: 'A', role: 'B', stage: 'applied', stageDate: '2025-02-30' });
    expect(badDate.status).toBe(422);
    expect(((await badDate.json()) as { error: { message: string } }).error.message).toMatch(/real calendar date/);

    const badZone = await post('/api/applications/nope/interviews', { round: 1, kind: 'technical', startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T11:00:00Z', timeZone: 'Mars/Olympus', format: 'video' });
    expect(badZone.status).toBe(422);

    expect((await app.request('/api/applications/does-not-exist')).status).toBe(404);
    expect((await post('/api/applications/does-not-exist/events', { stage: 'applied', date: '2026-01-01' })).status).toBe(404);
    expect((await app.request('/api/nothing-here')).status).toBe(404);
  });

  it('keeps markup and script as typed text', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const res = await post('/api/applications', { company: evil, role: "'; DROP TABLE applications; --" });
    const { id } = (await res.json()) as { id: string };
    const got = (await (await app.request(`/api/applications/${id}`)).json()) as { company: string; role: string };
    expect(got.company).toBe(evil);
    expect(got.role).toBe("'; DROP TABLE applications; --");
  });

  it('refuses a restore over existing records with 409 and changes nothing', async () => {
    await post('/api/applications', { company: 'Keep me', role: 'R' });
    const backup = await (await app.request('/api/backup')).json();
    const res = await post('/api/backup', backup);
    expect(res.status).toBe(409);
    const list = (await (await app.request('/api/applications')).json()) as { applications: unknown[] };
    expect(list.applications).toHaveLength(1);
  });
});

describe('host check (personal mode)', () => {
  it('rejects foreign Host and Origin headers', async () => {
    const guarded = createApp({ store, mode: 'personal', version: 't', allowedHosts: ['127.0.0.1:4870', 'localhost:4870'] });
    expect((await guarded.request('http://127.0.0.1:4870/api/health')).status).toBe(200);
    expect((await guarded.request('http://evil.example:4870/api/health')).status).toBe(403);
    const cross = await guarded.request('http://127.0.0.1:4870/api/applications', { method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: '{"company":"a","role":"b"}' });
    expect(cross.status).toBe(403);
  });
});

describe('CSV import over the API', () => {
  it('imports all or nothing and lists bad rows by line', async () => {
    const csv = 'company,role,applied_on,stage_reached,outcome\nAcme,Analyst,2026-10-01,round1,rejected\nGlobex,Dev,2026-13-01,applied,open\n';
    const send = async (q: string, body: BodyInit = csv) => settledJob((path) => app.request(path), await app.request(`/api/import/csv${q}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body }));
    const blocked = await send('');
    expect(blocked).toMatchObject({ kind: 'import-spreadsheet', status: 'done', result: { blocked: true, imported: 0 } });
    expect((blocked.result as { invalid: Array<{ line: number }> }).invalid[0]?.line).toBe(3);
    expect(((await (await app.request('/api/applications')).json()) as { applications: unknown[] }).applications).toHaveLength(0);
    const ok = await send('?skipInvalid=true&today=2026-11-25');
    expect(ok).toMatchObject({ status: 'done', result: { imported: 1 }, progress: { done: new TextEncoder().encode(csv).length, total: new TextEncoder().encode(csv).length } });
    const bad = await send('', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2]));
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'UNSUPPORTED_FORMAT' }, result: null });
    // The job's bytes are deleted when it ends; its status stays for its owner only.
    expect(await store.db.selectFrom('jobUploadChunks').select('jobId').execute()).toEqual([]);
    expect((await app.request(`/api/jobs/${bad.id}`)).status).toBe(200);
    expect((await app.request('/api/jobs/not-a-job')).status).toBe(404);
  });
});
