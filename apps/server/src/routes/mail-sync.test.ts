import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, LOCAL_OWNER_ID, type Store } from '@secondround/store';
import { createApp } from '../app';

let store: Store;
let app: ReturnType<typeof createApp>;
const send = (method: string, path: string, body?: unknown) =>
  app.request(path, { method, headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

const account = { host: 'imap.example.com', port: 993, security: 'tls', user: 'me@example.com' };

describe('IMAP settings API', () => {
  it('keeps the app password, never returns it, keeps it when left out and removes it with null', async () => {
    expect(await (await send('GET', '/api/settings/imap')).json()).toEqual({ imap: null });
    const saved = await send('PATCH', '/api/settings/imap', { ...account, password: 'app-secret-7', folder: 'Jobs' });
    expect(saved.status).toBe(200);
    const text = await saved.text();
    expect(text).not.toContain('app-secret-7');
    expect(JSON.parse(text)).toEqual({ ...account, folder: 'Jobs', hasCertificate: false, hasPassword: true });
    for (const path of ['/api/settings/imap', '/api/settings']) {
      const body = await (await send('GET', path)).text();
      expect(body).toContain('imap.example.com');
      expect(body).not.toContain('app-secret-7');
    }
    await send('PATCH', '/api/settings/imap', { ...account, folder: '' });
    expect((await store.settings.get(LOCAL_OWNER_ID)).imap).toMatchObject({ password: 'app-secret-7', folder: null });
    expect(await (await send('PATCH', '/api/settings/imap', { ...account, password: null })).json()).toMatchObject({ hasPassword: false, folder: null });
  });

  it('refuses plain IMAP to another machine, a bad port, and the IMAP key through PATCH /api/settings', async () => {
    const plain = await send('PATCH', '/api/settings/imap', { ...account, security: 'none', password: 'x' });
    expect(plain.status).toBe(422);
    expect(JSON.stringify(await plain.json())).toMatch(/unencrypted: use TLS or STARTTLS/);
    expect((await send('PATCH', '/api/settings/imap', { ...account, host: '127.0.0.1', security: 'none' })).status).toBe(200);
    expect((await send('PATCH', '/api/settings/imap', { ...account, port: 70_000 })).status).toBe(422);
    const sneaky = await send('PATCH', '/api/settings', { imap: { ...account, password: 'p', folder: null } });
    expect(sneaky.status).toBe(422);
    expect(((await sneaky.json()) as { error: { code: string } }).error.code).toBe('USE_IMAP_SETTINGS');
  });

  it('forgets where sync stopped when the account changes or is removed, not when only the password does', async () => {
    await send('PATCH', '/api/settings/imap', { ...account, password: 'a' });
    const place = () => store.mailSync.getCursor(LOCAL_OWNER_ID, 'me@example.com@imap.example.com:993', 'INBOX');
    await store.mailSync.saveCursor(LOCAL_OWNER_ID, 'me@example.com@imap.example.com:993', 'INBOX', { uidValidity: '1', lastUid: 9 });
    await send('PATCH', '/api/settings/imap', { ...account, password: 'b' });
    expect(await place()).toEqual({ uidValidity: '1', lastUid: 9 });
    await send('PATCH', '/api/settings/imap', { ...account, user: 'other@example.com' });
    expect(await place()).toBeNull();
    await store.mailSync.saveCursor(LOCAL_OWNER_ID, 'x', 'INBOX', { uidValidity: '1', lastUid: 9 });
    expect((await send('DELETE', '/api/settings/imap')).status).toBe(204);
    expect(await store.mailSync.getCursor(LOCAL_OWNER_ID, 'x', 'INBOX')).toBeNull();
    expect(await (await send('GET', '/api/settings/imap')).json()).toEqual({ imap: null });
  });
});
