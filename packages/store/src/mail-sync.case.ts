import { expect, it } from 'vitest';
import type { Store } from './store';
import { LOCAL_OWNER_ID } from './repos/users';

/** Places of IMAP sync, and the IMAP password kept out of backups, on every backend. */
export function mailSyncStoreCases(current: () => Store): void {
  it('keeps one place per owner, account and folder, moves it forward, and forgets it on clear', async () => {
    const store = current();
    const owner = LOCAL_OWNER_ID;
    const other = (await store.users.create('other-sync@example.com', null))!.id;
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'INBOX')).toBeNull();
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'INBOX', { uidValidity: '1796023724', lastUid: 41 });
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'INBOX', { uidValidity: '1796023724', lastUid: 4_000_000_000 });
    await store.mailSync.saveCursor(owner, 'me@imap.example.com:993', 'Jobs', { uidValidity: '7', lastUid: 3 });
    await store.mailSync.saveCursor(other, 'me@imap.example.com:993', 'INBOX', { uidValidity: '9', lastUid: 1 });
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'INBOX')).toEqual({ uidValidity: '1796023724', lastUid: 4_000_000_000 });
    expect(await store.mailSync.getCursor(owner, 'other@imap.example.com:993', 'INBOX')).toBeNull();
    expect(await store.mailSync.clear(owner)).toBe(2);
    expect(await store.mailSync.getCursor(owner, 'me@imap.example.com:993', 'Jobs')).toBeNull();
    expect(await store.mailSync.getCursor(other, 'me@imap.example.com:993', 'INBOX')).toEqual({ uidValidity: '9', lastUid: 1 });
  });

  it('never exports the IMAP app password in a backup', async () => {
    const store = current();
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: 'imap.example.com', port: 993, security: 'tls', user: 'me', password: 'app-secret-1', folder: null } });
    const backup = await store.backup.export(LOCAL_OWNER_ID);
    expect(JSON.parse(backup.settings![0]!.data)).toMatchObject({ imap: { host: 'imap.example.com', user: 'me' } });
    let streamed = '';
    for await (const part of store.backup.exportJson(LOCAL_OWNER_ID)) streamed += part;
    expect(JSON.stringify(backup)).not.toContain('app-secret-1');
    expect(streamed).toContain('imap.example.com');
    expect(streamed).not.toContain('app-secret-1');
  });
}
