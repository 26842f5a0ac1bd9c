import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});
afterEach(() => {
  delete process.env.SECONDROUND_MAX_APPLICATIONS;
});

const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const HEAD = '{"format":"secondround-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"';
const T = '2026-01-01T00:00:00.000Z';
const app1 = (id: string, extra: Record<string, unknown> = {}) => ({ id, company: 'Acme', role: 'Analyst', listingText: null, listingUrl: null, source: null, location: null, workplace: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null, createdAt: T, updatedAt: T, ...extra });
const event = (id: string, applicationId: string) => ({ id, applicationId, stage: 'applied', date: '2026-01-02', reason: null, createdAt: T });
const contact = (id: string, url: string | null) => ({ id, applicationId: null, name: 'Cy', title: null, company: null, email: null, phone: null, url, notes: null, createdAt: T, updatedAt: T });
const backup = (parts: Record<string, unknown[]>) => ({ format: 'secondround-backup', version: 1, exportedAt: T, applications: [], stageEvents: [], interviews: [], interviewers: [], contacts: [], ...parts });
const count = async () => ((await (await app.request('/api/applications')).json()) as { applications: unknown[] }).applications.length;

describe('POST /api/backup under hostile input', () => {
  it('answers 1.4 million empty records (4 MB) with a clear 422, quickly, and writes nothing', async () => {
    const body = `${HEAD},"applications":[${new Array(1_400_000).fill('{}').join(',')}],"stageEvents":[],"interviews":[],"interviewers":[],"contacts":[]}`;
    expect(body.length).toBeGreaterThan(4_000_000);
    const started = Date.now();
    const res = await post('/api/backup', body);
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(err.code).toBe('BAD_BACKUP');
    expect(err.message).toMatch(/applications record 1 \(id\)/);
    // Generous for a loaded machine; it took 35 s and an out-of-memory crash before.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await count()).toBe(0);
  });

  it('answers 1 MB of empty records with a 422, not a 500', async () => {
    const res = await post('/api/backup', `${HEAD},"applications":[${new Array(350_000).fill('{}').join(',')}]}`);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('BAD_BACKUP');
  });

  it('refuses a list longer than a backup may hold', async () => {
    const settings = { id: 'x', data: '{}', updatedAt: T };
    const res = await post('/api/backup', backup({ settings: [settings, { ...settings, id: 'y' }] }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toMatch(/"settings" holds more than 1 records/);
  });

  it('refuses references to records that are not in the backup, and children before parents', async () => {
    const missing = await post('/api/backup', backup({ applications: [app1('a1')], stageEvents: [event('e1', 'nope')] }));
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).message).toMatch(/stage event e1 refers to missing application nope/);
    const reordered = await post('/api/backup', `${HEAD},"stageEvents":[${JSON.stringify(event('e1', 'a1'))}],"applications":[${JSON.stringify(app1('a1'))}]}`);
    expect(reordered.status).toBe(422);
    expect((await errorOf(reordered)).message).toMatch(/"applications" must come before "stageEvents"/);
    expect(await count()).toBe(0);
  });

  it('refuses a file that is not a backup', async () => {
    for (const body of ['[{"company":"A"}]', '{"applications":[{"id":"x"}]}', '{"format":"other","applications":[{}]}', 'window.YTD.tweets.part0 = [{"tweet":{}}]']) {
      const res = await post('/api/backup', body);
      expect(res.status, body).toBe(422);
      expect((await errorOf(res)).message, body).toMatch(/not a secondround backup/);
    }
  });

  it('restores all or nothing: a conflict found while writing leaves nothing behind', async () => {
    const res = await post('/api/backup', backup({ applications: [app1('a1'), app1('a2')], stageEvents: [event('e1', 'a1'), event('e1', 'a2')] }));
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('CONFLICT');
    expect(await count()).toBe(0);
  });

  it('drops a script link from a restored contact', async () => {
    const res = await post('/api/backup', backup({ contacts: [contact('c1', 'javascript:alert(1)'), contact('c2', 'https://example.com')] }));
    expect(res.status).toBe(200);
    const contacts = ((await (await app.request('/api/contacts')).json()) as { contacts: Array<{ id: string; url: string | null }> }).contacts;
    expect(contacts.map((c) => [c.id, c.url]).sort()).toEqual([['c1', null], ['c2', 'https://example.com']]);
  });

  it('keeps to the account cap on applications', async () => {
    process.env.SECONDROUND_MAX_APPLICATIONS = '2';
    const res = await post('/api/backup', backup({ applications: [app1('a1'), app1('a2'), app1('a3')] }));
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({ code: 'CAP_REACHED', message: expect.stringContaining('at most 2 applications') });
    expect(await count()).toBe(0);
  });
});

describe('GET /api/backup', () => {
  it('streams a backup that restores into another database as it was', async () => {
    const created = await post('/api/applications', { company: 'Acme', role: 'Analyst', stage: 'applied', stageDate: '2026-11-01', listingUrl: 'https://example.com/job' });
    expect(created.status).toBe(201);
    await post('/api/contacts', { name: 'Cy', url: 'mailto:cy@example.com' });
    // More than one page of the export's keyset reads.
    await store.bulk.insert(LOCAL_OWNER_ID, Array.from({ length: 1_100 }, (_, i) => ({ application: { company: `Co ${i}`, role: 'R', listingText: null, listingUrl: null, source: null, location: null, workplace: null, salaryMin: null, salaryMax: null, salaryCurrency: null, notes: null }, events: [{ stage: 'saved' as const, date: '2026-11-02', reason: null }] })));
    const res = await app.request('/api/backup');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="secondround-backup-\d{4}-\d{2}-\d{2}\.json"/);
    const text = await res.text();
    const parsed = JSON.parse(text) as { applications: Array<{ id: string }>; stageEvents: unknown[]; contacts: unknown[] };
    expect(parsed.applications).toHaveLength(1_101);
    expect(parsed.applications.map((a) => a.id)).toEqual(parsed.applications.map((a) => a.id).sort());

    const other = await openStore({ file: ':memory:' });
    try {
      const otherApp = createApp({ store: other, mode: 'personal', version: 'test' });
      const restored = await otherApp.request('/api/backup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
      expect(restored.status).toBe(200);
      expect(await restored.json()).toMatchObject({ applications: 1_101, stageEvents: parsed.stageEvents.length, contacts: 1 });
      // The restore refreshed the planner's statistics of what it filled.
      const stats = await sql<{ tbl: string }>`select distinct tbl from sqlite_stat1`.execute(other.db.withoutPlugins());
      expect(stats.rows.map((r) => r.tbl)).toEqual(expect.arrayContaining(['applications', 'stage_events', 'contacts']));
      const again = JSON.parse(await (await otherApp.request('/api/backup')).text()) as Record<string, unknown>;
      expect({ ...again, exportedAt: null }).toEqual({ ...parsed, exportedAt: null });
    } finally {
      await other.close();
    }
  });
});
