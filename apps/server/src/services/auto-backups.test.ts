import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applicationInputSchema } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import { autoBackups } from './auto-backups';

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-autobackup-'));
  const databaseFile = join(dir, 'secondround.db');
  const store = await openStore({ file: databaseFile });
  open.push(store);
  const clock = { at: new Date(2026, 10, 1, 9, 30) };
  const service = autoBackups({ databaseFile, store, now: () => clock.at });
  return { dir, databaseFile, store, clock, service };
}

const companies = async (store: Store) => (await store.applications.list(LOCAL_OWNER_ID)).map((a) => a.company).sort();

describe('automatic backups', () => {
  it('makes one copy a day the app is used and keeps the last 14 of 15 days', async () => {
    const { dir, store, clock, service } = await setup();
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
    for (let day = 1; day <= 15; day++) {
      clock.at = new Date(2026, 10, day, 9, 30);
      expect((await service.backUpToday())?.name).toBe(`secondround-2026-11-${String(day).padStart(2, '0')}.db`);
      clock.at = new Date(2026, 10, day, 17, 0);
      expect(await service.backUpToday()).toBeNull();
    }
    const names = readdirSync(join(dir, 'backups')).sort();
    expect(names).toHaveLength(14);
    expect(names[0]).toBe('secondround-2026-11-02.db');
    expect(names.at(-1)).toBe('secondround-2026-11-15.db');
    const listed = await service.list();
    expect(listed.map((f) => f.day)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(15 - i).padStart(2, '0')}`));
    expect(listed.every((f) => f.kind === 'daily' && f.bytes > 0)).toBe(true);
  });

  it('restores a copy over the live database after copying the current state, and the open store sees it', async () => {
    const { dir, databaseFile, store, clock, service } = await setup();
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
    const monday = await service.backUpToday();
    clock.at = new Date(2026, 10, 2, 10, 0);
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Globex', role: 'Engineer' }));
    expect(await companies(store)).toEqual(['Acme', 'Globex']);

    const result = await service.restore(monday!.name);
    expect(result.restored.name).toBe('secondround-2026-11-01.db');
    expect(result.before).toMatchObject({ name: 'secondround-2026-11-02-100000-before-restore.db', kind: 'before-restore' });
    expect(await companies(store)).toEqual(['Acme']);
    // The store keeps working on the restored data.
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Initech', role: 'Analyst' }));
    expect(await companies(store)).toEqual(['Acme', 'Initech']);

    // The copy taken just before holds what was there.
    const before = await openStore({ file: join(dir, 'backups', result.before.name) });
    open.push(before);
    expect(await companies(before)).toEqual(['Acme', 'Globex']);
    // And the database file itself, reopened, holds the restored state.
    const reopened = await openStore({ file: databaseFile });
    open.push(reopened);
    expect(await companies(reopened)).toEqual(['Acme', 'Initech']);
  });

  it('undoes a restore in the same second: the copy taken before is never overwritten by the next one', async () => {
    const { store, clock, service } = await setup();
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
    const daily = await service.backUpToday();
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Globex', role: 'Engineer' }));
    clock.at = new Date(2026, 10, 1, 10, 0, 0);
    const first = await service.restore(daily!.name);
    expect(await companies(store)).toEqual(['Acme']);
    // The clock has not moved: the undo's own copy must take another name than the one restored.
    const undo = await service.restore(first.before.name);
    expect(undo.before.name).not.toBe(first.before.name);
    expect(await companies(store)).toEqual(['Acme', 'Globex']);
  });

  it('refuses an unknown name or a damaged copy and leaves the data as it was', async () => {
    const { dir, store, service } = await setup();
    await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }));
    await service.backUpToday();
    await expect(service.restore('../secondround.db')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    writeFileSync(join(dir, 'backups', 'secondround-2026-10-31.db'), 'this is not a database');
    await expect(service.restore('secondround-2026-10-31.db')).rejects.toMatchObject({ code: 'BAD_BACKUP_FILE' });
    expect(await companies(store)).toEqual(['Acme']);
  });

  it('copies on the first API call of the day, in personal mode only', async () => {
    const { dir, store, service } = await setup();
    const app = createApp({ store, mode: 'personal', version: 'test', autoBackups: service });
    expect((await app.request('/api/applications')).status).toBe(200);
    for (let i = 0; i < 100 && !existsSync(join(dir, 'backups', 'secondround-2026-11-01.db')); i++) await new Promise((r) => setTimeout(r, 20));
    const list = (await (await app.request('/api/auto-backups')).json()) as { available: boolean; backups: Array<{ name: string }> };
    expect(list.available).toBe(true);
    expect(list.backups.map((b) => b.name)).toEqual(['secondround-2026-11-01.db']);
    const restored = await app.request('/api/auto-backups/restore', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'secondround-2026-11-01.db' }) });
    expect(restored.status).toBe(200);
    const missing = await app.request('/api/auto-backups/restore', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'nope.db' }) });
    expect(missing.status).toBe(404);

  });

  it('in hosted mode lists nothing, points at pg_dump and refuses a restore', async () => {
    const { store, service } = await setup();
    const app = createApp({ store, mode: 'hosted', version: 'test', autoBackups: service });
    const headers = { 'Content-Type': 'application/json', Origin: 'http://localhost' };
    const signup = await app.request('http://localhost/api/auth/signup', { method: 'POST', headers, body: JSON.stringify({ email: 'a@example.com', password: 'correct horse battery' }) });
    const cookie = `sr_session=${/sr_session=([^;]+)/.exec(signup.headers.get('set-cookie') ?? '')![1]!}`;
    const list = (await (await app.request('http://localhost/api/auto-backups', { headers: { ...headers, Cookie: cookie } })).json()) as { available: boolean; message: string };
    expect(list).toMatchObject({ available: false, message: expect.stringMatching(/pg_dump/) });
    const res = await app.request('http://localhost/api/auto-backups/restore', { method: 'POST', headers: { ...headers, Cookie: cookie }, body: JSON.stringify({ name: 'secondround-2026-11-01.db' }) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_AVAILABLE');
  });
});
